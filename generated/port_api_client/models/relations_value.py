from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RelationsValue")


@_attrs_define
class RelationsValue:
    """
    Attributes:
        title (str | Unset):
        target (str | Unset):
        required (bool | Unset):  Default: False.
        many (bool | Unset):  Default: False.
        description (str | Unset):
        type_ (str | Unset):
    """

    title: str | Unset = UNSET
    target: str | Unset = UNSET
    required: bool | Unset = False
    many: bool | Unset = False
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        target = self.target

        required = self.required

        many = self.many

        description = self.description

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if target is not UNSET:
            field_dict["target"] = target
        if required is not UNSET:
            field_dict["required"] = required
        if many is not UNSET:
            field_dict["many"] = many
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        target = d.pop("target", UNSET)

        required = d.pop("required", UNSET)

        many = d.pop("many", UNSET)

        description = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        relations_value = cls(
            title=title,
            target=target,
            required=required,
            many=many,
            description=description,
            type_=type_,
        )

        relations_value.additional_properties = d
        return relations_value

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
