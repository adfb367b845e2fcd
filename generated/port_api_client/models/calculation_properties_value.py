from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.spec import Spec
from ..models.type_ import Type
from ..models.value_format import ValueFormat
from ..types import (
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.colors import Colors
    from ..models.items import Items
    from ..models.spec_authentication import SpecAuthentication


T = TypeVar("T", bound="CalculationPropertiesValue")


@_attrs_define
class CalculationPropertiesValue:
    """
    Attributes:
        title (str | None):
        description (str | None):
        icon (str | None):
        calculation (str | None):
        type_ (Type | None):
        format_ (ValueFormat | None):
        spec (Spec | None):
        spec_authentication (SpecAuthentication | None):
        colorized (bool | None):
        colors (Colors | None):
        items (Items | None):
    """

    title: str | None = None
    description: str | None = None
    icon: str | None = None
    calculation: str | None = None
    type_: Type | None = None
    format_: ValueFormat | None = None
    spec: Spec | None = None
    spec_authentication: SpecAuthentication | None = None
    colorized: bool | None = None
    colors: Colors | None = None
    items: Items | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "title": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "calculation": lambda v: isinstance(v, str),
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
                "team",
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
        "colorized": lambda v: isinstance(v, bool),
        "colors": lambda v: isinstance(v, dict),
        "items": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "title": "title",
        "description": "description",
        "icon": "icon",
        "calculation": "calculation",
        "type_": "type",
        "format_": "format",
        "spec": "spec",
        "spec_authentication": "specAuthentication",
        "colorized": "colorized",
        "colors": "colors",
        "items": "items",
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

        if self.calculation is not None:
            field_dict["calculation"] = self.calculation
        elif self._nulls and "calculation" in self._nulls:
            field_dict["calculation"] = None

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

        if self.colorized is not None:
            field_dict["colorized"] = self.colorized
        elif self._nulls and "colorized" in self._nulls:
            field_dict["colorized"] = None

        if self.colors is not None:
            field_dict["colors"] = self.colors.to_dict()
        elif self._nulls and "colors" in self._nulls:
            field_dict["colors"] = None

        if self.items is not None:
            field_dict["items"] = self.items.to_dict()
        elif self._nulls and "items" in self._nulls:
            field_dict["items"] = None

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

        calculation = d.pop("calculation", None)
        if calculation is None:
            if "calculation" in src_dict:
                nulls += ("calculation",)
        elif not isinstance(calculation, str):
            d["calculation"] = calculation
            calculation = None

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
            format_ = ValueFormat(_format_)
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

        colorized = d.pop("colorized", None)
        if colorized is None:
            if "colorized" in src_dict:
                nulls += ("colorized",)
        elif not isinstance(colorized, bool):
            d["colorized"] = colorized
            colorized = None

        _colors = d.pop("colors", None)
        colors: Any = None
        if _colors is None:
            if "colors" in src_dict:
                nulls += ("colors",)
        elif isinstance(_colors, dict):
            colors = _lazy_models.Colors.from_dict(_colors)
        else:
            d["colors"] = _colors

        _items = d.pop("items", None)
        items: Any = None
        if _items is None:
            if "items" in src_dict:
                nulls += ("items",)
        elif isinstance(_items, dict):
            items = _lazy_models.Items.from_dict(_items)
        else:
            d["items"] = _items

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        calculation_properties_value = cls.__new__(cls)
        calculation_properties_value.title = title
        calculation_properties_value.description = description
        calculation_properties_value.icon = icon
        calculation_properties_value.calculation = calculation
        calculation_properties_value.type_ = type_
        calculation_properties_value.format_ = format_
        calculation_properties_value.spec = spec
        calculation_properties_value.spec_authentication = spec_authentication
        calculation_properties_value.colorized = colorized
        calculation_properties_value.colors = colors
        calculation_properties_value.items = items
        calculation_properties_value.additional_properties = d
        calculation_properties_value._nulls = nulls
        return calculation_properties_value

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
