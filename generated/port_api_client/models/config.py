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
    from ..models.config_resource import ConfigResource


T = TypeVar("T", bound="Config")


@_attrs_define
class Config:
    """
    Attributes:
        delete_dependent_entities (bool | Unset):
        create_missing_related_entities (bool | Unset):
        resources (list[ConfigResource] | Unset):
    """

    delete_dependent_entities: bool | Unset = UNSET
    create_missing_related_entities: bool | Unset = UNSET
    resources: list[ConfigResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ConfigResource = _models.ConfigResource
        delete_dependent_entities = self.delete_dependent_entities

        create_missing_related_entities = self.create_missing_related_entities

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delete_dependent_entities is not UNSET:
            field_dict["deleteDependentEntities"] = delete_dependent_entities
        if create_missing_related_entities is not UNSET:
            field_dict["createMissingRelatedEntities"] = create_missing_related_entities
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ConfigResource = _models.ConfigResource
        d = dict(src_dict)
        delete_dependent_entities = d.pop("deleteDependentEntities", UNSET)

        create_missing_related_entities = d.pop("createMissingRelatedEntities", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: list[ConfigResource] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = ConfigResource.from_dict(resources_item_data)

                resources.append(resources_item)

        config = cls(
            delete_dependent_entities=delete_dependent_entities,
            create_missing_related_entities=create_missing_related_entities,
            resources=resources,
        )

        config.additional_properties = d
        return config

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
