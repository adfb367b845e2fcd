from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.upsert_entity_literal import UpsertEntityLiteral

if TYPE_CHECKING:
    from ..models.upsert_entity_mapping import UpsertEntityMapping


T = TypeVar("T", bound="UpsertEntity")


@_attrs_define
class UpsertEntity:
    """
    Attributes:
        type_ (UpsertEntityLiteral):
        blueprint_identifier (str):
        mapping (UpsertEntityMapping):
    """

    type_: UpsertEntityLiteral
    blueprint_identifier: str
    mapping: UpsertEntityMapping
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        UpsertEntityMapping = _models.UpsertEntityMapping
        type_ = self.type_.value

        blueprint_identifier = self.blueprint_identifier

        mapping = self.mapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "blueprintIdentifier": blueprint_identifier,
                "mapping": mapping,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        UpsertEntityMapping = _models.UpsertEntityMapping
        d = dict(src_dict)
        type_ = UpsertEntityLiteral(d.pop("type"))

        blueprint_identifier = d.pop("blueprintIdentifier")

        mapping = UpsertEntityMapping.from_dict(d.pop("mapping"))

        upsert_entity = cls(
            type_=type_,
            blueprint_identifier=blueprint_identifier,
            mapping=mapping,
        )

        upsert_entity.additional_properties = d
        return upsert_entity

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
