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
    Unset,
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
        integration_type (str | Unset):
        integration_identifier (str | Unset):
        integration_version (str | Unset):
        ocean_version (str | Unset):
        kind_identifier (str | Unset):
        kind (str | Unset):
        kind_index (float | Unset):
        event_id (str | Unset):
        sync_state (str | Unset):
        blueprint (str | Unset):
        metrics (Metrics | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    integration_type: str | Unset = UNSET
    integration_identifier: str | Unset = UNSET
    integration_version: str | Unset = UNSET
    ocean_version: str | Unset = UNSET
    kind_identifier: str | Unset = UNSET
    kind: str | Unset = UNSET
    kind_index: float | Unset = UNSET
    event_id: str | Unset = UNSET
    sync_state: str | Unset = UNSET
    blueprint: str | Unset = UNSET
    metrics: Metrics | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.integration_type is not UNSET:
            field_dict["integrationType"] = self.integration_type

        if self.integration_identifier is not UNSET:
            field_dict["integrationIdentifier"] = self.integration_identifier

        if self.integration_version is not UNSET:
            field_dict["integrationVersion"] = self.integration_version

        if self.ocean_version is not UNSET:
            field_dict["oceanVersion"] = self.ocean_version

        if self.kind_identifier is not UNSET:
            field_dict["kindIdentifier"] = self.kind_identifier

        if self.kind is not UNSET:
            field_dict["kind"] = self.kind

        if self.kind_index is not UNSET:
            field_dict["kindIndex"] = self.kind_index

        if self.event_id is not UNSET:
            field_dict["eventId"] = self.event_id

        if self.sync_state is not UNSET:
            field_dict["syncState"] = self.sync_state

        if self.blueprint is not UNSET:
            field_dict["blueprint"] = self.blueprint

        if not isinstance(self.metrics, Unset):
            field_dict["metrics"] = self.metrics.to_dict()

        if not isinstance(self.created_at, Unset):
            field_dict["createdAt"] = _datetime_json(self.created_at, self._datetime_texts)

        if not isinstance(self.updated_at, Unset):
            field_dict["updatedAt"] = _datetime_json(self.updated_at, self._datetime_texts)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        integration_type = d.pop("integrationType", UNSET)
        if not isinstance(integration_type, str) and integration_type is not UNSET:
            d["integrationType"] = integration_type
            integration_type = UNSET

        integration_identifier = d.pop("integrationIdentifier", UNSET)
        if not isinstance(integration_identifier, str) and integration_identifier is not UNSET:
            d["integrationIdentifier"] = integration_identifier
            integration_identifier = UNSET

        integration_version = d.pop("integrationVersion", UNSET)
        if not isinstance(integration_version, str) and integration_version is not UNSET:
            d["integrationVersion"] = integration_version
            integration_version = UNSET

        ocean_version = d.pop("oceanVersion", UNSET)
        if not isinstance(ocean_version, str) and ocean_version is not UNSET:
            d["oceanVersion"] = ocean_version
            ocean_version = UNSET

        kind_identifier = d.pop("kindIdentifier", UNSET)
        if not isinstance(kind_identifier, str) and kind_identifier is not UNSET:
            d["kindIdentifier"] = kind_identifier
            kind_identifier = UNSET

        kind = d.pop("kind", UNSET)
        if not isinstance(kind, str) and kind is not UNSET:
            d["kind"] = kind
            kind = UNSET

        kind_index = d.pop("kindIndex", UNSET)
        if (
            not (isinstance(kind_index, (int, float)) and not isinstance(kind_index, bool))
            and kind_index is not UNSET
        ):
            d["kindIndex"] = kind_index
            kind_index = UNSET

        event_id = d.pop("eventId", UNSET)
        if not isinstance(event_id, str) and event_id is not UNSET:
            d["eventId"] = event_id
            event_id = UNSET

        sync_state = d.pop("syncState", UNSET)
        if not isinstance(sync_state, str) and sync_state is not UNSET:
            d["syncState"] = sync_state
            sync_state = UNSET

        blueprint = d.pop("blueprint", UNSET)
        if not isinstance(blueprint, str) and blueprint is not UNSET:
            d["blueprint"] = blueprint
            blueprint = UNSET

        _metrics = d.pop("metrics", UNSET)
        metrics: Metrics | Unset = UNSET
        if isinstance(_metrics, dict):
            metrics = _lazy_models.Metrics.from_dict(_metrics)
        elif _metrics is not UNSET:
            d["metrics"] = _metrics

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            created_at = _parse_datetime(_created_at, _isoparse)
            if created_at is UNSET:
                d["createdAt"] = _created_at
            else:
                _record_datetimes(datetime_texts, created_at, _created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            updated_at = _parse_datetime(_updated_at, _isoparse)
            if updated_at is UNSET:
                d["updatedAt"] = _updated_at
            else:
                _record_datetimes(datetime_texts, updated_at, _updated_at)

        data = cls(
            integration_type=integration_type,
            integration_identifier=integration_identifier,
            integration_version=integration_version,
            ocean_version=ocean_version,
            kind_identifier=kind_identifier,
            kind=kind,
            kind_index=kind_index,
            event_id=event_id,
            sync_state=sync_state,
            blueprint=blueprint,
            metrics=metrics,
            created_at=created_at,
            updated_at=updated_at,
        )
        data.additional_properties = d
        if datetime_texts:
            data._datetime_texts = datetime_texts
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
