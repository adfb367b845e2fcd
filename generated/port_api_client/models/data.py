from __future__ import annotations

import datetime
import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    UNSET,
    _datetime_json,
    _parse_datetime,
    _present_repr,
    _record_datetimes,
)

if TYPE_CHECKING:
    from ..models.metrics import Metrics


T = TypeVar("T", bound="Data")


@_attrs_define
class Data:
    """
    Attributes:
        integration_type (str | None):
        integration_identifier (str | None):
        integration_version (str | None):
        ocean_version (str | None):
        kind_identifier (str | None):
        kind (str | None):
        kind_index (float | None):
        event_id (str | None):
        sync_state (str | None):
        blueprint (str | None):
        metrics (Metrics | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    integration_type: str | None = None
    integration_identifier: str | None = None
    integration_version: str | None = None
    ocean_version: str | None = None
    kind_identifier: str | None = None
    kind: str | None = None
    kind_index: float | None = None
    event_id: str | None = None
    sync_state: str | None = None
    blueprint: str | None = None
    metrics: Metrics | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "integrationType": lambda v: isinstance(v, str),
        "integrationIdentifier": lambda v: isinstance(v, str),
        "integrationVersion": lambda v: isinstance(v, str),
        "oceanVersion": lambda v: isinstance(v, str),
        "kindIdentifier": lambda v: isinstance(v, str),
        "kind": lambda v: isinstance(v, str),
        "kindIndex": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "eventId": lambda v: isinstance(v, str),
        "syncState": lambda v: isinstance(v, str),
        "blueprint": lambda v: isinstance(v, str),
        "metrics": lambda v: isinstance(v, dict),
        "createdAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "updatedAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
    }

    _json_names: ClassVar[dict[str, str]] = {
        "integration_type": "integrationType",
        "integration_identifier": "integrationIdentifier",
        "integration_version": "integrationVersion",
        "ocean_version": "oceanVersion",
        "kind_identifier": "kindIdentifier",
        "kind": "kind",
        "kind_index": "kindIndex",
        "event_id": "eventId",
        "sync_state": "syncState",
        "blueprint": "blueprint",
        "metrics": "metrics",
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

    # The text each date-time was read from: to_dict() writes an unchanged one back as it came.
    _datetime_texts: dict[int, tuple[datetime.datetime, str]] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.integration_type is not None:
            field_dict["integrationType"] = self.integration_type
        elif self._nulls and "integrationType" in self._nulls:
            field_dict["integrationType"] = None

        if self.integration_identifier is not None:
            field_dict["integrationIdentifier"] = self.integration_identifier
        elif self._nulls and "integrationIdentifier" in self._nulls:
            field_dict["integrationIdentifier"] = None

        if self.integration_version is not None:
            field_dict["integrationVersion"] = self.integration_version
        elif self._nulls and "integrationVersion" in self._nulls:
            field_dict["integrationVersion"] = None

        if self.ocean_version is not None:
            field_dict["oceanVersion"] = self.ocean_version
        elif self._nulls and "oceanVersion" in self._nulls:
            field_dict["oceanVersion"] = None

        if self.kind_identifier is not None:
            field_dict["kindIdentifier"] = self.kind_identifier
        elif self._nulls and "kindIdentifier" in self._nulls:
            field_dict["kindIdentifier"] = None

        if self.kind is not None:
            field_dict["kind"] = self.kind
        elif self._nulls and "kind" in self._nulls:
            field_dict["kind"] = None

        if self.kind_index is not None:
            field_dict["kindIndex"] = self.kind_index
        elif self._nulls and "kindIndex" in self._nulls:
            field_dict["kindIndex"] = None

        if self.event_id is not None:
            field_dict["eventId"] = self.event_id
        elif self._nulls and "eventId" in self._nulls:
            field_dict["eventId"] = None

        if self.sync_state is not None:
            field_dict["syncState"] = self.sync_state
        elif self._nulls and "syncState" in self._nulls:
            field_dict["syncState"] = None

        if self.blueprint is not None:
            field_dict["blueprint"] = self.blueprint
        elif self._nulls and "blueprint" in self._nulls:
            field_dict["blueprint"] = None

        if self.metrics is not None:
            field_dict["metrics"] = self.metrics.to_dict()
        elif self._nulls and "metrics" in self._nulls:
            field_dict["metrics"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = _datetime_json(self.created_at, self._datetime_texts)
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = _datetime_json(self.updated_at, self._datetime_texts)
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        integration_type = d.pop("integrationType", None)
        if integration_type is None:
            if "integrationType" in src_dict:
                nulls += ("integrationType",)
        elif not isinstance(integration_type, str):
            d["integrationType"] = integration_type
            integration_type = None

        integration_identifier = d.pop("integrationIdentifier", None)
        if integration_identifier is None:
            if "integrationIdentifier" in src_dict:
                nulls += ("integrationIdentifier",)
        elif not isinstance(integration_identifier, str):
            d["integrationIdentifier"] = integration_identifier
            integration_identifier = None

        integration_version = d.pop("integrationVersion", None)
        if integration_version is None:
            if "integrationVersion" in src_dict:
                nulls += ("integrationVersion",)
        elif not isinstance(integration_version, str):
            d["integrationVersion"] = integration_version
            integration_version = None

        ocean_version = d.pop("oceanVersion", None)
        if ocean_version is None:
            if "oceanVersion" in src_dict:
                nulls += ("oceanVersion",)
        elif not isinstance(ocean_version, str):
            d["oceanVersion"] = ocean_version
            ocean_version = None

        kind_identifier = d.pop("kindIdentifier", None)
        if kind_identifier is None:
            if "kindIdentifier" in src_dict:
                nulls += ("kindIdentifier",)
        elif not isinstance(kind_identifier, str):
            d["kindIdentifier"] = kind_identifier
            kind_identifier = None

        kind = d.pop("kind", None)
        if kind is None:
            if "kind" in src_dict:
                nulls += ("kind",)
        elif not isinstance(kind, str):
            d["kind"] = kind
            kind = None

        kind_index = d.pop("kindIndex", None)
        if kind_index is None:
            if "kindIndex" in src_dict:
                nulls += ("kindIndex",)
        elif not (isinstance(kind_index, (int, float)) and not isinstance(kind_index, bool)):
            d["kindIndex"] = kind_index
            kind_index = None

        event_id = d.pop("eventId", None)
        if event_id is None:
            if "eventId" in src_dict:
                nulls += ("eventId",)
        elif not isinstance(event_id, str):
            d["eventId"] = event_id
            event_id = None

        sync_state = d.pop("syncState", None)
        if sync_state is None:
            if "syncState" in src_dict:
                nulls += ("syncState",)
        elif not isinstance(sync_state, str):
            d["syncState"] = sync_state
            sync_state = None

        blueprint = d.pop("blueprint", None)
        if blueprint is None:
            if "blueprint" in src_dict:
                nulls += ("blueprint",)
        elif not isinstance(blueprint, str):
            d["blueprint"] = blueprint
            blueprint = None

        _metrics = d.pop("metrics", None)
        metrics: Any = None
        if _metrics is None:
            if "metrics" in src_dict:
                nulls += ("metrics",)
        elif isinstance(_metrics, dict):
            metrics = _lazy_models.Metrics.from_dict(_metrics)
        else:
            d["metrics"] = _metrics

        _created_at = d.pop("createdAt", None)
        created_at: Any = None
        if _created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        else:
            created_at = _parse_datetime(_created_at, _isoparse)
            if created_at is UNSET:
                d["createdAt"] = _created_at
                created_at = None
            else:
                _record_datetimes(datetime_texts, created_at, _created_at)

        _updated_at = d.pop("updatedAt", None)
        updated_at: Any = None
        if _updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        else:
            updated_at = _parse_datetime(_updated_at, _isoparse)
            if updated_at is UNSET:
                d["updatedAt"] = _updated_at
                updated_at = None
            else:
                _record_datetimes(datetime_texts, updated_at, _updated_at)

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        data = cls.__new__(cls)
        data.integration_type = integration_type
        data.integration_identifier = integration_identifier
        data.integration_version = integration_version
        data.ocean_version = ocean_version
        data.kind_identifier = kind_identifier
        data.kind = kind
        data.kind_index = kind_index
        data.event_id = event_id
        data.sync_state = sync_state
        data.blueprint = blueprint
        data.metrics = metrics
        data.created_at = created_at
        data.updated_at = updated_at
        data.additional_properties = d
        data._datetime_texts = datetime_texts or None
        data._nulls = nulls
        return data

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
