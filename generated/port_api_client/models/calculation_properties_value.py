from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.spec import Spec
from ..models.type_ import Type
from ..models.value_format import ValueFormat
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        Colors = _models.Colors
        Items = _models.Items
        SpecAuthentication = _models.SpecAuthentication
        title = self.title

        description = self.description

        icon = self.icon

        calculation = self.calculation

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        spec: str | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.value

        spec_authentication: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec_authentication, Unset):
            spec_authentication = self.spec_authentication.to_dict()

        colorized = self.colorized

        colors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = self.colors.to_dict()

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if calculation is not UNSET:
            field_dict["calculation"] = calculation
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if spec is not UNSET:
            field_dict["spec"] = spec
        if spec_authentication is not UNSET:
            field_dict["specAuthentication"] = spec_authentication
        if colorized is not UNSET:
            field_dict["colorized"] = colorized
        if colors is not UNSET:
            field_dict["colors"] = colors
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Colors = _models.Colors
        Items = _models.Items
        SpecAuthentication = _models.SpecAuthentication
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        calculation = d.pop("calculation", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = Type(_type_)

        _format_ = d.pop("format", UNSET)
        format_: ValueFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ValueFormat(_format_)

        _spec = d.pop("spec", UNSET)
        spec: Spec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = Spec(_spec)

        _spec_authentication = d.pop("specAuthentication", UNSET)
        spec_authentication: SpecAuthentication | Unset
        if isinstance(_spec_authentication, Unset):
            spec_authentication = UNSET
        else:
            spec_authentication = SpecAuthentication.from_dict(_spec_authentication)

        colorized = d.pop("colorized", UNSET)

        _colors = d.pop("colors", UNSET)
        colors: Colors | Unset
        if isinstance(_colors, Unset):
            colors = UNSET
        else:
            colors = Colors.from_dict(_colors)

        _items = d.pop("items", UNSET)
        items: Items | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = Items.from_dict(_items)

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
