from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletedEntitiesResponse")


@_attrs_define
class DeletedEntitiesResponse:
    """
    Attributes:
        ok (bool | Unset):
        deleted_entities (list[str] | Unset):
    """

    ok: bool | Unset = UNSET
    deleted_entities: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        deleted_entities: list[str] | Unset = UNSET
        if not isinstance(self.deleted_entities, Unset):
            deleted_entities = self.deleted_entities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if deleted_entities is not UNSET:
            field_dict["deletedEntities"] = deleted_entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        deleted_entities = cast(list[str], d.pop("deletedEntities", UNSET))

        deleted_entities_response = cls(
            ok=ok,
            deleted_entities=deleted_entities,
        )

        deleted_entities_response.additional_properties = d
        return deleted_entities_response

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
