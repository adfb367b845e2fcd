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
    UNSET,
    Unset,
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
        title (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        calculation (str | Unset):
        type_ (Type | Unset):
        format_ (ValueFormat | Unset):
        spec (Spec | Unset):
        spec_authentication (SpecAuthentication | Unset):
        colorized (bool | Unset):
        colors (Colors | Unset):
        items (Items | Unset):
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    calculation: str | Unset = UNSET
    type_: Type | Unset = UNSET
    format_: ValueFormat | Unset = UNSET
    spec: Spec | Unset = UNSET
    spec_authentication: SpecAuthentication | Unset = UNSET
    colorized: bool | Unset = UNSET
    colors: Colors | Unset = UNSET
    items: Items | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if self.calculation is not UNSET:
            field_dict["calculation"] = self.calculation

        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_.value

        if not isinstance(self.format_, Unset):
            field_dict["format"] = self.format_.value

        if not isinstance(self.spec, Unset):
            field_dict["spec"] = self.spec.value

        if not isinstance(self.spec_authentication, Unset):
            field_dict["specAuthentication"] = self.spec_authentication.to_dict()

        if self.colorized is not UNSET:
            field_dict["colorized"] = self.colorized

        if not isinstance(self.colors, Unset):
            field_dict["colors"] = self.colors.to_dict()

        if not isinstance(self.items, Unset):
            field_dict["items"] = self.items.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            d["description"] = description
            description = UNSET

        icon = d.pop("icon", UNSET)
        if not isinstance(icon, str) and icon is not UNSET:
            d["icon"] = icon
            icon = UNSET

        calculation = d.pop("calculation", UNSET)
        if not isinstance(calculation, str) and calculation is not UNSET:
            d["calculation"] = calculation
            calculation = UNSET

        _type_ = d.pop("type", UNSET)
        type_: Type | Unset = UNSET
        if isinstance(_type_, str):
            type_ = Type(_type_)
        elif _type_ is not UNSET:
            d["type"] = _type_

        _format_ = d.pop("format", UNSET)
        format_: ValueFormat | Unset = UNSET
        if isinstance(_format_, str):
            format_ = ValueFormat(_format_)
        elif _format_ is not UNSET:
            d["format"] = _format_

        _spec = d.pop("spec", UNSET)
        spec: Spec | Unset = UNSET
        if isinstance(_spec, str):
            spec = Spec(_spec)
        elif _spec is not UNSET:
            d["spec"] = _spec

        _spec_authentication = d.pop("specAuthentication", UNSET)
        spec_authentication: SpecAuthentication | Unset = UNSET
        if isinstance(_spec_authentication, dict):
            spec_authentication = _lazy_models.SpecAuthentication.from_dict(_spec_authentication)
        elif _spec_authentication is not UNSET:
            d["specAuthentication"] = _spec_authentication

        colorized = d.pop("colorized", UNSET)
        if not isinstance(colorized, bool) and colorized is not UNSET:
            d["colorized"] = colorized
            colorized = UNSET

        _colors = d.pop("colors", UNSET)
        colors: Colors | Unset = UNSET
        if isinstance(_colors, dict):
            colors = _lazy_models.Colors.from_dict(_colors)
        elif _colors is not UNSET:
            d["colors"] = _colors

        _items = d.pop("items", UNSET)
        items: Items | Unset = UNSET
        if isinstance(_items, dict):
            items = _lazy_models.Items.from_dict(_items)
        elif _items is not UNSET:
            d["items"] = _items

        calculation_properties_value = cls(
            title=title,
            description=description,
            icon=icon,
            calculation=calculation,
            type_=type_,
            format_=format_,
            spec=spec,
            spec_authentication=spec_authentication,
            colorized=colorized,
            colors=colors,
            items=items,
        )
        calculation_properties_value.additional_properties = d
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
