from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    UNSET,
    Unset,
    _present_repr,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "id": lambda v: isinstance(v, str),
        "status": lambda v: isinstance(v, str),
        "sourceBlueprint": lambda v: isinstance(v, str),
        "targetBlueprint": lambda v: isinstance(v, str),
        "mapping": lambda v: isinstance(v, dict),
        "actor": lambda v: isinstance(v, str),
        "failureCount": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "successCount": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "createdAt": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "status": "status",
        "source_blueprint": "sourceBlueprint",
        "target_blueprint": "targetBlueprint",
        "mapping": "mapping",
        "actor": "actor",
        "failure_count": "failureCount",
        "success_count": "successCount",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.source_blueprint is not UNSET:
            field_dict["sourceBlueprint"] = self.source_blueprint

        if self.target_blueprint is not UNSET:
            field_dict["targetBlueprint"] = self.target_blueprint

        if not isinstance(self.mapping, Unset):
            field_dict["mapping"] = self.mapping.to_dict()

        if self.actor is not UNSET:
            field_dict["actor"] = self.actor

        if self.failure_count is not UNSET:
            field_dict["failureCount"] = self.failure_count

        if self.success_count is not UNSET:
            field_dict["successCount"] = self.success_count

        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at

        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            d["id"] = id
            id = UNSET

        status = d.pop("status", UNSET)
        if not isinstance(status, str) and status is not UNSET:
            d["status"] = status
            status = UNSET

        source_blueprint = d.pop("sourceBlueprint", UNSET)
        if not isinstance(source_blueprint, str) and source_blueprint is not UNSET:
            d["sourceBlueprint"] = source_blueprint
            source_blueprint = UNSET

        target_blueprint = d.pop("targetBlueprint", UNSET)
        if not isinstance(target_blueprint, str) and target_blueprint is not UNSET:
            d["targetBlueprint"] = target_blueprint
            target_blueprint = UNSET

        _mapping = d.pop("mapping", UNSET)
        mapping: Properties | Unset = UNSET
        if isinstance(_mapping, dict):
            mapping = _lazy_models.Properties.from_dict(_mapping)
        elif _mapping is not UNSET:
            d["mapping"] = _mapping

        actor = d.pop("actor", UNSET)
        if not isinstance(actor, str) and actor is not UNSET:
            d["actor"] = actor
            actor = UNSET

        failure_count = d.pop("failureCount", UNSET)
        if (
            not (isinstance(failure_count, (int, float)) and not isinstance(failure_count, bool))
            and failure_count is not UNSET
        ):
            d["failureCount"] = failure_count
            failure_count = UNSET

        success_count = d.pop("successCount", UNSET)
        if (
            not (isinstance(success_count, (int, float)) and not isinstance(success_count, bool))
            and success_count is not UNSET
        ):
            d["successCount"] = success_count
            success_count = UNSET

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, str) and created_at is not UNSET:
            d["createdAt"] = created_at
            created_at = UNSET

        updated_at = d.pop("updatedAt", UNSET)
        if not isinstance(updated_at, str) and updated_at is not UNSET:
            d["updatedAt"] = updated_at
            updated_at = UNSET

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
