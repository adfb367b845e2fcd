from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        Metrics = _models.Metrics
        integration_type = self.integration_type

        integration_identifier = self.integration_identifier

        integration_version = self.integration_version

        ocean_version = self.ocean_version

        kind_identifier = self.kind_identifier

        kind = self.kind

        kind_index = self.kind_index

        event_id = self.event_id

        sync_state = self.sync_state

        blueprint = self.blueprint

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_type is not UNSET:
            field_dict["integrationType"] = integration_type
        if integration_identifier is not UNSET:
            field_dict["integrationIdentifier"] = integration_identifier
        if integration_version is not UNSET:
            field_dict["integrationVersion"] = integration_version
        if ocean_version is not UNSET:
            field_dict["oceanVersion"] = ocean_version
        if kind_identifier is not UNSET:
            field_dict["kindIdentifier"] = kind_identifier
        if kind is not UNSET:
            field_dict["kind"] = kind
        if kind_index is not UNSET:
            field_dict["kindIndex"] = kind_index
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if sync_state is not UNSET:
            field_dict["syncState"] = sync_state
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Metrics = _models.Metrics
        d = dict(src_dict)
        integration_type = d.pop("integrationType", UNSET)

        integration_identifier = d.pop("integrationIdentifier", UNSET)

        integration_version = d.pop("integrationVersion", UNSET)

        ocean_version = d.pop("oceanVersion", UNSET)

        kind_identifier = d.pop("kindIdentifier", UNSET)

        kind = d.pop("kind", UNSET)

        kind_index = d.pop("kindIndex", UNSET)

        event_id = d.pop("eventId", UNSET)

        sync_state = d.pop("syncState", UNSET)

        blueprint = d.pop("blueprint", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: Metrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = Metrics.from_dict(_metrics)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _isoparse(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _isoparse(_updated_at)

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
