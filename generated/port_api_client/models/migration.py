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
    from ..models.properties import Properties


T = TypeVar("T", bound="Migration")


@_attrs_define
class Migration:
    """
    Attributes:
        id (str | Unset):
        status (str | Unset):
        source_blueprint (str | Unset):
        target_blueprint (str | Unset):
        mapping (Properties | Unset):
        actor (str | Unset):
        failure_count (float | Unset):
        success_count (float | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    id: str | Unset = UNSET
    status: str | Unset = UNSET
    source_blueprint: str | Unset = UNSET
    target_blueprint: str | Unset = UNSET
    mapping: Properties | Unset = UNSET
    actor: str | Unset = UNSET
    failure_count: float | Unset = UNSET
    success_count: float | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Properties = _models.Properties
        id = self.id

        status = self.status

        source_blueprint = self.source_blueprint

        target_blueprint = self.target_blueprint

        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        actor = self.actor

        failure_count = self.failure_count

        success_count = self.success_count

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if source_blueprint is not UNSET:
            field_dict["sourceBlueprint"] = source_blueprint
        if target_blueprint is not UNSET:
            field_dict["targetBlueprint"] = target_blueprint
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if actor is not UNSET:
            field_dict["actor"] = actor
        if failure_count is not UNSET:
            field_dict["failureCount"] = failure_count
        if success_count is not UNSET:
            field_dict["successCount"] = success_count
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Properties = _models.Properties
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        source_blueprint = d.pop("sourceBlueprint", UNSET)

        target_blueprint = d.pop("targetBlueprint", UNSET)

        _mapping = d.pop("mapping", UNSET)
        mapping: Properties | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = Properties.from_dict(_mapping)

        actor = d.pop("actor", UNSET)

        failure_count = d.pop("failureCount", UNSET)

        success_count = d.pop("successCount", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        migration = cls(
            id=id,
            status=status,
            source_blueprint=source_blueprint,
            target_blueprint=target_blueprint,
            mapping=mapping,
            actor=actor,
            failure_count=failure_count,
            success_count=success_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        migration.additional_properties = d
        return migration

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
