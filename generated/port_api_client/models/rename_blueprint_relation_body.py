from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RenameBlueprintRelationBody")


@_attrs_define
class RenameBlueprintRelationBody:
    """
    Attributes:
        new_relation_identifier (str | Unset):
    """

    new_relation_identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_relation_identifier = self.new_relation_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_relation_identifier is not UNSET:
            field_dict["newRelationIdentifier"] = new_relation_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_relation_identifier = d.pop("newRelationIdentifier", UNSET)

        rename_blueprint_relation_body = cls(
            new_relation_identifier=new_relation_identifier,
        )

        rename_blueprint_relation_body.additional_properties = d
        return rename_blueprint_relation_body

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
