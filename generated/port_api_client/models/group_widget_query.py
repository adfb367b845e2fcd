from __future__ import annotations

import datetime
import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.action_type import ActionType
from ..models.include import Include
from ..models.resource import Resource
from ..models.termination_status import TerminationStatus
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _datetime_json,
    _parse_datetime,
    _present_repr,
    _record_datetimes,
)

T = TypeVar("T", bound="GroupWidgetQuery")


@_attrs_define
class GroupWidgetQuery:
    """
    Attributes:
        identifier (str | Unset):
        entity (str | Unset):
        include_deleted_entities (bool | Unset):
        blueprint (str | Unset):
        run_id (str | Unset):
        webhook_id (str | Unset):
        webhook_event_id (str | Unset):
        origin (list[str] | Unset):
        installation_id (str | Unset):
        resources (list[Resource] | Resource | Unset):
        includes (list[Include] | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        action (str | Unset):
        status (TerminationStatus | Unset):
        limit (int | Unset):
        action_type (ActionType | Unset):
    """

    identifier: str | Unset = UNSET
    entity: str | Unset = UNSET
    include_deleted_entities: bool | Unset = UNSET
    blueprint: str | Unset = UNSET
    run_id: str | Unset = UNSET
    webhook_id: str | Unset = UNSET
    webhook_event_id: str | Unset = UNSET
    origin: list[str] | Unset = UNSET
    installation_id: str | Unset = UNSET
    resources: list[Resource] | Resource | Unset = UNSET
    includes: list[Include] | Unset = UNSET
    from_: datetime.datetime | Unset = UNSET
    to: datetime.datetime | Unset = UNSET
    action: str | Unset = UNSET
    status: TerminationStatus | Unset = UNSET
    limit: int | Unset = UNSET
    action_type: ActionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "entity": lambda v: isinstance(v, str),
        "include_deleted_entities": lambda v: isinstance(v, bool),
        "blueprint": lambda v: isinstance(v, str),
        "run_id": lambda v: isinstance(v, str),
        "webhookId": lambda v: isinstance(v, str),
        "webhookEventId": lambda v: isinstance(v, str),
        "origin": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "InstallationId": lambda v: isinstance(v, str),
        "resources": lambda v: (
            (
                isinstance(v, list)
                and all(
                    (
                        isinstance(item1, str)
                        and item1
                        in (
                            "blueprint",
                            "entity",
                            "run",
                            "webhook",
                            "scorecard",
                            "action",
                            "integration",
                        )
                    )
                    for item1 in v
                )
            )
            or (
                isinstance(v, str)
                and v
                in (
                    "blueprint",
                    "entity",
                    "run",
                    "webhook",
                    "scorecard",
                    "action",
                    "integration",
                )
            )
        ),
        "includes": lambda v: (
            isinstance(v, list)
            and all(
                (
                    isinstance(item1, str)
                    and item1
                    in (
                        "action",
                        "context",
                        "diff",
                        "identifier",
                        "resourceType",
                        "status",
                        "trigger",
                        "additionalData",
                        "message",
                    )
                )
                for item1 in v
            )
        ),
        "from": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "to": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "action": lambda v: isinstance(v, str),
        "status": lambda v: (
            isinstance(v, str)
            and v
            in (
                "SUCCESS",
                "FAILURE",
            )
        ),
        "limit": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "actionType": lambda v: (
            isinstance(v, str)
            and v
            in (
                "automation",
                "self-service",
            )
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "entity": "entity",
        "include_deleted_entities": "include_deleted_entities",
        "blueprint": "blueprint",
        "run_id": "run_id",
        "webhook_id": "webhookId",
        "webhook_event_id": "webhookEventId",
        "origin": "origin",
        "installation_id": "InstallationId",
        "resources": "resources",
        "includes": "includes",
        "from_": "from",
        "to": "to",
        "action": "action",
        "status": "status",
        "limit": "limit",
        "action_type": "actionType",
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
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier

        if self.entity is not UNSET:
            field_dict["entity"] = self.entity

        if self.include_deleted_entities is not UNSET:
            field_dict["include_deleted_entities"] = self.include_deleted_entities

        if self.blueprint is not UNSET:
            field_dict["blueprint"] = self.blueprint

        if self.run_id is not UNSET:
            field_dict["run_id"] = self.run_id

        if self.webhook_id is not UNSET:
            field_dict["webhookId"] = self.webhook_id

        if self.webhook_event_id is not UNSET:
            field_dict["webhookEventId"] = self.webhook_event_id

        if self.origin is not UNSET:
            field_dict["origin"] = self.origin

        if self.installation_id is not UNSET:
            field_dict["InstallationId"] = self.installation_id

        if not isinstance(self.resources, Unset):
            field_dict["resources"] = (
                self.resources.value
                if isinstance(self.resources, Resource)
                else [
                    (item0.value if isinstance(item0, Resource) else item0)
                    for item0 in self.resources
                ]
                if isinstance(self.resources, list)
                else self.resources
            )

        if not isinstance(self.includes, Unset):
            field_dict["includes"] = [item0.value for item0 in self.includes]

        if not isinstance(self.from_, Unset):
            field_dict["from"] = _datetime_json(self.from_, self._datetime_texts)

        if not isinstance(self.to, Unset):
            field_dict["to"] = _datetime_json(self.to, self._datetime_texts)

        if self.action is not UNSET:
            field_dict["action"] = self.action

        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status.value

        if self.limit is not UNSET:
            field_dict["limit"] = self.limit

        if not isinstance(self.action_type, Unset):
            field_dict["actionType"] = self.action_type.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            d["identifier"] = identifier
            identifier = UNSET

        entity = d.pop("entity", UNSET)
        if not isinstance(entity, str) and entity is not UNSET:
            d["entity"] = entity
            entity = UNSET

        include_deleted_entities = d.pop("include_deleted_entities", UNSET)
        if not isinstance(include_deleted_entities, bool) and include_deleted_entities is not UNSET:
            d["include_deleted_entities"] = include_deleted_entities
            include_deleted_entities = UNSET

        blueprint = d.pop("blueprint", UNSET)
        if not isinstance(blueprint, str) and blueprint is not UNSET:
            d["blueprint"] = blueprint
            blueprint = UNSET

        run_id = d.pop("run_id", UNSET)
        if not isinstance(run_id, str) and run_id is not UNSET:
            d["run_id"] = run_id
            run_id = UNSET

        webhook_id = d.pop("webhookId", UNSET)
        if not isinstance(webhook_id, str) and webhook_id is not UNSET:
            d["webhookId"] = webhook_id
            webhook_id = UNSET

        webhook_event_id = d.pop("webhookEventId", UNSET)
        if not isinstance(webhook_event_id, str) and webhook_event_id is not UNSET:
            d["webhookEventId"] = webhook_event_id
            webhook_event_id = UNSET

        origin = d.pop("origin", UNSET)
        if not (isinstance(origin, list) and _all_instances(origin, str)) and origin is not UNSET:
            d["origin"] = origin
            origin = UNSET

        installation_id = d.pop("InstallationId", UNSET)
        if not isinstance(installation_id, str) and installation_id is not UNSET:
            d["InstallationId"] = installation_id
            installation_id = UNSET

        _resources = d.pop("resources", UNSET)
        resources: list[Resource] | Resource | Unset = UNSET
        if _resources is not UNSET:
            resources = _parse_resources(_resources)
            if resources is UNSET:
                d["resources"] = _resources

        _includes = d.pop("includes", UNSET)
        includes: list[Include] | Unset = UNSET
        if isinstance(_includes, list) and _all_instances(_includes, str):
            includes = [Include(item0) for item0 in _includes]
        elif _includes is not UNSET:
            d["includes"] = _includes

        _from_ = d.pop("from", UNSET)
        from_: datetime.datetime | Unset = UNSET
        if _from_ is not UNSET:
            from_ = _parse_datetime(_from_, _isoparse)
            if from_ is UNSET:
                d["from"] = _from_
            else:
                _record_datetimes(datetime_texts, from_, _from_)

        _to = d.pop("to", UNSET)
        to: datetime.datetime | Unset = UNSET
        if _to is not UNSET:
            to = _parse_datetime(_to, _isoparse)
            if to is UNSET:
                d["to"] = _to
            else:
                _record_datetimes(datetime_texts, to, _to)

        action = d.pop("action", UNSET)
        if not isinstance(action, str) and action is not UNSET:
            d["action"] = action
            action = UNSET

        _status = d.pop("status", UNSET)
        status: TerminationStatus | Unset = UNSET
        if isinstance(_status, str):
            status = TerminationStatus(_status)
        elif _status is not UNSET:
            d["status"] = _status

        limit = d.pop("limit", UNSET)
        if not (isinstance(limit, int) and not isinstance(limit, bool)) and limit is not UNSET:
            d["limit"] = limit
            limit = UNSET

        _action_type = d.pop("actionType", UNSET)
        action_type: ActionType | Unset = UNSET
        if isinstance(_action_type, str):
            action_type = ActionType(_action_type)
        elif _action_type is not UNSET:
            d["actionType"] = _action_type

        group_widget_query = cls(
            identifier=identifier,
            entity=entity,
            include_deleted_entities=include_deleted_entities,
            blueprint=blueprint,
            run_id=run_id,
            webhook_id=webhook_id,
            webhook_event_id=webhook_event_id,
            origin=origin,
            installation_id=installation_id,
            resources=resources,
            includes=includes,
            from_=from_,
            to=to,
            action=action,
            status=status,
            limit=limit,
            action_type=action_type,
        )
        group_widget_query.additional_properties = d
        if datetime_texts:
            group_widget_query._datetime_texts = datetime_texts
        return group_widget_query

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


def _parse_resources(data: Any) -> list[Resource] | Resource | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, list) and _all_instances(data, str):
        return [Resource(item0) for item0 in data]
    if isinstance(data, str):
        return Resource(data)
    return UNSET
