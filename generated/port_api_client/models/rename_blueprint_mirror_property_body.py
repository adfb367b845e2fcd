from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RenameBlueprintMirrorPropertyBody")


@_attrs_define
class RenameBlueprintMirrorPropertyBody:
    """
    Attributes:
        new_mirror_name (str | Unset):
    """

    new_mirror_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_mirror_name = self.new_mirror_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_mirror_name is not UNSET:
            field_dict["newMirrorName"] = new_mirror_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_mirror_name = d.pop("newMirrorName", UNSET)

        rename_blueprint_mirror_property_body = cls(
            new_mirror_name=new_mirror_name,
        )

        rename_blueprint_mirror_property_body.additional_properties = d
        return rename_blueprint_mirror_property_body

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
