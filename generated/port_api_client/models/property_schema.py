from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.property_schema_items import PropertySchemaItems


T = TypeVar("T", bound="PropertySchema")


@_attrs_define
class PropertySchema:
    """
    Attributes:
        type_ (str | Unset):
        format_ (str | Unset):
        items (PropertySchemaItems | Unset):
    """

    type_: str | Unset = UNSET
    format_: str | Unset = UNSET
    items: PropertySchemaItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        PropertySchemaItems = _models.PropertySchemaItems
        type_ = self.type_

        format_ = self.format_

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        PropertySchemaItems = _models.PropertySchemaItems
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        format_ = d.pop("format", UNSET)

        _items = d.pop("items", UNSET)
        items: PropertySchemaItems | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = PropertySchemaItems.from_dict(_items)

        property_schema = cls(
            type_=type_,
            format_=format_,
            items=items,
        )

        property_schema.additional_properties = d
        return property_schema

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
