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
    from ..models.mapping_entity import MappingEntity


T = TypeVar("T", bound="CreateMigrationBodyMapping")


@_attrs_define
class CreateMigrationBodyMapping:
    """
    Attributes:
        entity (MappingEntity):
        blueprint (str | Unset):
        filter_ (str | Unset):
        items_to_parse (str | Unset):
    """

    entity: MappingEntity
    blueprint: str | Unset = UNSET
    filter_: str | Unset = UNSET
    items_to_parse: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        MappingEntity = _models.MappingEntity
        entity = self.entity.to_dict()

        blueprint = self.blueprint

        filter_ = self.filter_

        items_to_parse = self.items_to_parse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
            }
        )
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if items_to_parse is not UNSET:
            field_dict["itemsToParse"] = items_to_parse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        MappingEntity = _models.MappingEntity
        d = dict(src_dict)
        entity = MappingEntity.from_dict(d.pop("entity"))

        blueprint = d.pop("blueprint", UNSET)

        filter_ = d.pop("filter", UNSET)

        items_to_parse = d.pop("itemsToParse", UNSET)

        create_migration_body_mapping = cls(
            entity=entity,
            blueprint=blueprint,
            filter_=filter_,
            items_to_parse=items_to_parse,
        )

        create_migration_body_mapping.additional_properties = d
        return create_migration_body_mapping

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
