from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delete_literal import DeleteLiteral
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedDelete")


@_attrs_define
class AdvancedDelete:
    """
    Attributes:
        type_ (DeleteLiteral):
        delete_dependents (bool | Unset):
    """

    type_: DeleteLiteral
    delete_dependents: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        delete_dependents = self.delete_dependents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if delete_dependents is not UNSET:
            field_dict["deleteDependents"] = delete_dependents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = DeleteLiteral(d.pop("type"))

        delete_dependents = d.pop("deleteDependents", UNSET)

        advanced_delete = cls(
            type_=type_,
            delete_dependents=delete_dependents,
        )

        advanced_delete.additional_properties = d
        return advanced_delete

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
