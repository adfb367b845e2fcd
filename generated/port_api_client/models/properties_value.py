from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.properties_value_format import PropertiesValueFormat
from ..models.spec import Spec
from ..models.type_ import Type
from ..types import (
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.properties_value_enum_colors import PropertiesValueEnumColors
    from ..models.properties_value_items import PropertiesValueItems
    from ..models.spec_authentication import SpecAuthentication


T = TypeVar("T", bound="PropertiesValue")


@_attrs_define
class PropertiesValue:
    """
    Attributes:
        title (str | None):
        description (str | None):
        icon (str | None):
        type_ (Type | None):
        format_ (PropertiesValueFormat | None):
        spec (Spec | None):
        spec_authentication (SpecAuthentication | None):
        enum (list[Any] | None):
        enum_colors (PropertiesValueEnumColors | None):
        default (Any | None):
        items (PropertiesValueItems | None):
        pattern (str | None):
        min_length (int | None):
        max_length (int | None):
        minimum (float | None):
        maximum (float | None):
        min_items (int | None):
        max_items (int | None):
        unique_items (bool | None):
    """

    title: str | None = None
    description: str | None = None
    icon: str | None = None
    type_: Type | None = None
    format_: PropertiesValueFormat | None = None
    spec: Spec | None = None
    spec_authentication: SpecAuthentication | None = None
    enum: list[Any] | None = None
    enum_colors: PropertiesValueEnumColors | None = None
    default: Any | None = None
    items: PropertiesValueItems | None = None
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "title": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "type": lambda v: (
            isinstance(v, str)
            and v
            in (
                "string",
                "number",
                "boolean",
                "object",
                "array",
            )
        ),
        "format": lambda v: (
            isinstance(v, str)
            and v
            in (
                "date-time",
                "url",
                "email",
                "idn-email",
                "ipv4",
                "ipv6",
                "markdown",
                "yaml",
                "user",
                "blueprints",
                "team",
                "timer",
                "proto",
                "labeled-url",
            )
        ),
        "spec": lambda v: (
            isinstance(v, str)
            and v
            in (
                "open-api",
                "embedded-url",
                "async-api",
            )
        ),
        "specAuthentication": lambda v: isinstance(v, dict),
        "enum": lambda v: isinstance(v, list),
        "enumColors": lambda v: isinstance(v, dict),
        "default": lambda v: True,
        "items": lambda v: isinstance(v, dict),
        "pattern": lambda v: isinstance(v, str),
        "minLength": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "maxLength": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "minimum": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "maximum": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "minItems": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "maxItems": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "uniqueItems": lambda v: isinstance(v, bool),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "title": "title",
        "description": "description",
        "icon": "icon",
        "type_": "type",
        "format_": "format",
        "spec": "spec",
        "spec_authentication": "specAuthentication",
        "enum": "enum",
        "enum_colors": "enumColors",
        "default": "default",
        "items": "items",
        "pattern": "pattern",
        "min_length": "minLength",
        "max_length": "maxLength",
        "minimum": "minimum",
        "maximum": "maximum",
        "min_items": "minItems",
        "max_items": "maxItems",
        "unique_items": "uniqueItems",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.type_ is not None:
            field_dict["type"] = self.type_.value
        elif self._nulls and "type" in self._nulls:
            field_dict["type"] = None

        if self.format_ is not None:
            field_dict["format"] = self.format_.value
        elif self._nulls and "format" in self._nulls:
            field_dict["format"] = None

        if self.spec is not None:
            field_dict["spec"] = self.spec.value
        elif self._nulls and "spec" in self._nulls:
            field_dict["spec"] = None

        if self.spec_authentication is not None:
            field_dict["specAuthentication"] = self.spec_authentication.to_dict()
        elif self._nulls and "specAuthentication" in self._nulls:
            field_dict["specAuthentication"] = None

        if self.enum is not None:
            field_dict["enum"] = self.enum
        elif self._nulls and "enum" in self._nulls:
            field_dict["enum"] = None

        if self.enum_colors is not None:
            field_dict["enumColors"] = self.enum_colors.to_dict()
        elif self._nulls and "enumColors" in self._nulls:
            field_dict["enumColors"] = None

        if self.default is not None:
            field_dict["default"] = self.default
        elif self._nulls and "default" in self._nulls:
            field_dict["default"] = None

        if self.items is not None:
            field_dict["items"] = self.items.to_dict()
        elif self._nulls and "items" in self._nulls:
            field_dict["items"] = None

        if self.pattern is not None:
            field_dict["pattern"] = self.pattern
        elif self._nulls and "pattern" in self._nulls:
            field_dict["pattern"] = None

        if self.min_length is not None:
            field_dict["minLength"] = self.min_length
        elif self._nulls and "minLength" in self._nulls:
            field_dict["minLength"] = None

        if self.max_length is not None:
            field_dict["maxLength"] = self.max_length
        elif self._nulls and "maxLength" in self._nulls:
            field_dict["maxLength"] = None

        if self.minimum is not None:
            field_dict["minimum"] = self.minimum
        elif self._nulls and "minimum" in self._nulls:
            field_dict["minimum"] = None

        if self.maximum is not None:
            field_dict["maximum"] = self.maximum
        elif self._nulls and "maximum" in self._nulls:
            field_dict["maximum"] = None

        if self.min_items is not None:
            field_dict["minItems"] = self.min_items
        elif self._nulls and "minItems" in self._nulls:
            field_dict["minItems"] = None

        if self.max_items is not None:
            field_dict["maxItems"] = self.max_items
        elif self._nulls and "maxItems" in self._nulls:
            field_dict["maxItems"] = None

        if self.unique_items is not None:
            field_dict["uniqueItems"] = self.unique_items
        elif self._nulls and "uniqueItems" in self._nulls:
            field_dict["uniqueItems"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not isinstance(description, str):
            d["description"] = description
            description = None

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        _type_ = d.pop("type", None)
        type_: Any = None
        if _type_ is None:
            if "type" in src_dict:
                nulls += ("type",)
        elif isinstance(_type_, str):
            type_ = Type(_type_)
        else:
            d["type"] = _type_

        _format_ = d.pop("format", None)
        format_: Any = None
        if _format_ is None:
            if "format" in src_dict:
                nulls += ("format",)
        elif isinstance(_format_, str):
            format_ = PropertiesValueFormat(_format_)
        else:
            d["format"] = _format_

        _spec = d.pop("spec", None)
        spec: Any = None
        if _spec is None:
            if "spec" in src_dict:
                nulls += ("spec",)
        elif isinstance(_spec, str):
            spec = Spec(_spec)
        else:
            d["spec"] = _spec

        _spec_authentication = d.pop("specAuthentication", None)
        spec_authentication: Any = None
        if _spec_authentication is None:
            if "specAuthentication" in src_dict:
                nulls += ("specAuthentication",)
        elif isinstance(_spec_authentication, dict):
            spec_authentication = _lazy_models.SpecAuthentication.from_dict(_spec_authentication)
        else:
            d["specAuthentication"] = _spec_authentication

        enum = d.pop("enum", None)
        if enum is None:
            if "enum" in src_dict:
                nulls += ("enum",)
        elif not isinstance(enum, list):
            d["enum"] = enum
            enum = None

        _enum_colors = d.pop("enumColors", None)
        enum_colors: Any = None
        if _enum_colors is None:
            if "enumColors" in src_dict:
                nulls += ("enumColors",)
        elif isinstance(_enum_colors, dict):
            enum_colors = _lazy_models.PropertiesValueEnumColors.from_dict(_enum_colors)
        else:
            d["enumColors"] = _enum_colors

        default = d.pop("default", None)
        if default is None and "default" in src_dict:
            nulls += ("default",)

        _items = d.pop("items", None)
        items: Any = None
        if _items is None:
            if "items" in src_dict:
                nulls += ("items",)
        elif isinstance(_items, dict):
            items = _lazy_models.PropertiesValueItems.from_dict(_items)
        else:
            d["items"] = _items

        pattern = d.pop("pattern", None)
        if pattern is None:
            if "pattern" in src_dict:
                nulls += ("pattern",)
        elif not isinstance(pattern, str):
            d["pattern"] = pattern
            pattern = None

        min_length = d.pop("minLength", None)
        if min_length is None:
            if "minLength" in src_dict:
                nulls += ("minLength",)
        elif not (isinstance(min_length, int) and not isinstance(min_length, bool)):
            d["minLength"] = min_length
            min_length = None

        max_length = d.pop("maxLength", None)
        if max_length is None:
            if "maxLength" in src_dict:
                nulls += ("maxLength",)
        elif not (isinstance(max_length, int) and not isinstance(max_length, bool)):
            d["maxLength"] = max_length
            max_length = None

        minimum = d.pop("minimum", None)
        if minimum is None:
            if "minimum" in src_dict:
                nulls += ("minimum",)
        elif not (isinstance(minimum, (int, float)) and not isinstance(minimum, bool)):
            d["minimum"] = minimum
            minimum = None

        maximum = d.pop("maximum", None)
        if maximum is None:
            if "maximum" in src_dict:
                nulls += ("maximum",)
        elif not (isinstance(maximum, (int, float)) and not isinstance(maximum, bool)):
            d["maximum"] = maximum
            maximum = None

        min_items = d.pop("minItems", None)
        if min_items is None:
            if "minItems" in src_dict:
                nulls += ("minItems",)
        elif not (isinstance(min_items, int) and not isinstance(min_items, bool)):
            d["minItems"] = min_items
            min_items = None

        max_items = d.pop("maxItems", None)
        if max_items is None:
            if "maxItems" in src_dict:
                nulls += ("maxItems",)
        elif not (isinstance(max_items, int) and not isinstance(max_items, bool)):
            d["maxItems"] = max_items
            max_items = None

        unique_items = d.pop("uniqueItems", None)
        if unique_items is None:
            if "uniqueItems" in src_dict:
                nulls += ("uniqueItems",)
        elif not isinstance(unique_items, bool):
            d["uniqueItems"] = unique_items
            unique_items = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        properties_value = cls.__new__(cls)
        properties_value.title = title
        properties_value.description = description
        properties_value.icon = icon
        properties_value.type_ = type_
        properties_value.format_ = format_
        properties_value.spec = spec
        properties_value.spec_authentication = spec_authentication
        properties_value.enum = enum
        properties_value.enum_colors = enum_colors
        properties_value.default = default
        properties_value.items = items
        properties_value.pattern = pattern
        properties_value.min_length = min_length
        properties_value.max_length = max_length
        properties_value.minimum = minimum
        properties_value.maximum = maximum
        properties_value.min_items = min_items
        properties_value.max_items = max_items
        properties_value.unique_items = unique_items
        properties_value.additional_properties = d
        properties_value._nulls = nulls
        return properties_value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
