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
    _absent,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="Migration")


@_attrs_define
class Migration:
    """
    Attributes:
        id (str):
        status (str):
        source_blueprint (str | None):
        target_blueprint (str | None):
        mapping (Properties | None):
        actor (str | None):
        failure_count (float | None):
        success_count (float | None):
        created_at (str | None):
        updated_at (str | None):
    """

    id: str
    status: str
    source_blueprint: str | None = None
    target_blueprint: str | None = None
    mapping: Properties | None = None
    actor: str | None = None
    failure_count: float | None = None
    success_count: float | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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

    if not TYPE_CHECKING:  # mypy keeps reporting misspelled attributes

        def __getattr__(self, name: str) -> Any:
            # Only reached for a promised field missing from Port's answer (or a wrong name).
            raise _absent(self, name)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _id = getattr(self, "id", UNSET)
        if _id is not UNSET:
            field_dict["id"] = _id

        _status = getattr(self, "status", UNSET)
        if _status is not UNSET:
            field_dict["status"] = _status

        if self.source_blueprint is not None:
            field_dict["sourceBlueprint"] = self.source_blueprint
        elif self._nulls and "sourceBlueprint" in self._nulls:
            field_dict["sourceBlueprint"] = None

        if self.target_blueprint is not None:
            field_dict["targetBlueprint"] = self.target_blueprint
        elif self._nulls and "targetBlueprint" in self._nulls:
            field_dict["targetBlueprint"] = None

        if self.mapping is not None:
            field_dict["mapping"] = self.mapping.to_dict()
        elif self._nulls and "mapping" in self._nulls:
            field_dict["mapping"] = None

        if self.actor is not None:
            field_dict["actor"] = self.actor
        elif self._nulls and "actor" in self._nulls:
            field_dict["actor"] = None

        if self.failure_count is not None:
            field_dict["failureCount"] = self.failure_count
        elif self._nulls and "failureCount" in self._nulls:
            field_dict["failureCount"] = None

        if self.success_count is not None:
            field_dict["successCount"] = self.success_count
        elif self._nulls and "successCount" in self._nulls:
            field_dict["successCount"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None, or absent), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        absent: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if not isinstance(id, str):
            if id is not UNSET:
                d["id"] = id
            absent += ("id",)

        status = d.pop("status", UNSET)
        if not isinstance(status, str):
            if status is not UNSET:
                d["status"] = status
            absent += ("status",)

        source_blueprint = d.pop("sourceBlueprint", None)
        if source_blueprint is None:
            if "sourceBlueprint" in src_dict:
                nulls += ("sourceBlueprint",)
        elif not isinstance(source_blueprint, str):
            d["sourceBlueprint"] = source_blueprint
            source_blueprint = None

        target_blueprint = d.pop("targetBlueprint", None)
        if target_blueprint is None:
            if "targetBlueprint" in src_dict:
                nulls += ("targetBlueprint",)
        elif not isinstance(target_blueprint, str):
            d["targetBlueprint"] = target_blueprint
            target_blueprint = None

        _mapping = d.pop("mapping", None)
        mapping: Any = None
        if _mapping is None:
            if "mapping" in src_dict:
                nulls += ("mapping",)
        elif isinstance(_mapping, dict):
            mapping = _lazy_models.Properties.from_dict(_mapping)
        else:
            d["mapping"] = _mapping

        actor = d.pop("actor", None)
        if actor is None:
            if "actor" in src_dict:
                nulls += ("actor",)
        elif not isinstance(actor, str):
            d["actor"] = actor
            actor = None

        failure_count = d.pop("failureCount", None)
        if failure_count is None:
            if "failureCount" in src_dict:
                nulls += ("failureCount",)
        elif not (isinstance(failure_count, (int, float)) and not isinstance(failure_count, bool)):
            d["failureCount"] = failure_count
            failure_count = None

        success_count = d.pop("successCount", None)
        if success_count is None:
            if "successCount" in src_dict:
                nulls += ("successCount",)
        elif not (isinstance(success_count, (int, float)) and not isinstance(success_count, bool)):
            d["successCount"] = success_count
            success_count = None

        created_at = d.pop("createdAt", None)
        if created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        elif not isinstance(created_at, str):
            d["createdAt"] = created_at
            created_at = None

        updated_at = d.pop("updatedAt", None)
        if updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        elif not isinstance(updated_at, str):
            d["updatedAt"] = updated_at
            updated_at = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        migration = cls.__new__(cls)
        migration.id = id
        migration.status = status
        migration.source_blueprint = source_blueprint
        migration.target_blueprint = target_blueprint
        migration.mapping = mapping
        migration.actor = actor
        migration.failure_count = failure_count
        migration.success_count = success_count
        migration.created_at = created_at
        migration.updated_at = updated_at
        migration.additional_properties = d
        migration._nulls = nulls
        for name in absent:
            object.__delattr__(migration, name)
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
