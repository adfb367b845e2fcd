from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_deleted_literal import EntityDeletedLiteral

T = TypeVar("T", bound="EntityDeleted")


@_attrs_define
class EntityDeleted:
    """
    Attributes:
        type_ (EntityDeletedLiteral):
        blueprint_identifier (str):
    """

    type_: EntityDeletedLiteral
    blueprint_identifier: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        blueprint_identifier = self.blueprint_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "blueprintIdentifier": blueprint_identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = EntityDeletedLiteral(d.pop("type"))

        blueprint_identifier = d.pop("blueprintIdentifier")

        entity_deleted = cls(
            type_=type_,
            blueprint_identifier=blueprint_identifier,
        )

        entity_deleted.additional_properties = d
        return entity_deleted

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
