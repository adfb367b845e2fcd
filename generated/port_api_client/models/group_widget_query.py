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
        identifier (str | None):
        entity (str | None):
        include_deleted_entities (bool | None):
        blueprint (str | None):
        run_id (str | None):
        webhook_id (str | None):
        webhook_event_id (str | None):
        origin (list[str] | None):
        installation_id (str | None):
        resources (list[Resource] | Resource | None):
        includes (list[Include] | None):
        from_ (datetime.datetime | None):
        to (datetime.datetime | None):
        action (str | None):
        status (TerminationStatus | None):
        limit (int | None):
        action_type (ActionType | None):
    """

    identifier: str | None = None
    entity: str | None = None
    include_deleted_entities: bool | None = None
    blueprint: str | None = None
    run_id: str | None = None
    webhook_id: str | None = None
    webhook_event_id: str | None = None
    origin: list[str] | None = None
    installation_id: str | None = None
    resources: list[Resource] | Resource | None = None
    includes: list[Include] | None = None
    from_: datetime.datetime | None = None
    to: datetime.datetime | None = None
    action: str | None = None
    status: TerminationStatus | None = None
    limit: int | None = None
    action_type: ActionType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif self._nulls and "identifier" in self._nulls:
            field_dict["identifier"] = None

        if self.entity is not None:
            field_dict["entity"] = self.entity
        elif self._nulls and "entity" in self._nulls:
            field_dict["entity"] = None

        if self.include_deleted_entities is not None:
            field_dict["include_deleted_entities"] = self.include_deleted_entities
        elif self._nulls and "include_deleted_entities" in self._nulls:
            field_dict["include_deleted_entities"] = None

        if self.blueprint is not None:
            field_dict["blueprint"] = self.blueprint
        elif self._nulls and "blueprint" in self._nulls:
            field_dict["blueprint"] = None

        if self.run_id is not None:
            field_dict["run_id"] = self.run_id
        elif self._nulls and "run_id" in self._nulls:
            field_dict["run_id"] = None

        if self.webhook_id is not None:
            field_dict["webhookId"] = self.webhook_id
        elif self._nulls and "webhookId" in self._nulls:
            field_dict["webhookId"] = None

        if self.webhook_event_id is not None:
            field_dict["webhookEventId"] = self.webhook_event_id
        elif self._nulls and "webhookEventId" in self._nulls:
            field_dict["webhookEventId"] = None

        if self.origin is not None:
            field_dict["origin"] = self.origin
        elif self._nulls and "origin" in self._nulls:
            field_dict["origin"] = None

        if self.installation_id is not None:
            field_dict["InstallationId"] = self.installation_id
        elif self._nulls and "InstallationId" in self._nulls:
            field_dict["InstallationId"] = None

        if self.resources is not None:
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
        elif self._nulls and "resources" in self._nulls:
            field_dict["resources"] = None

        if self.includes is not None:
            field_dict["includes"] = [item0.value for item0 in self.includes]
        elif self._nulls and "includes" in self._nulls:
            field_dict["includes"] = None

        if self.from_ is not None:
            field_dict["from"] = _datetime_json(self.from_, self._datetime_texts)
        elif self._nulls and "from" in self._nulls:
            field_dict["from"] = None

        if self.to is not None:
            field_dict["to"] = _datetime_json(self.to, self._datetime_texts)
        elif self._nulls and "to" in self._nulls:
            field_dict["to"] = None

        if self.action is not None:
            field_dict["action"] = self.action
        elif self._nulls and "action" in self._nulls:
            field_dict["action"] = None

        if self.status is not None:
            field_dict["status"] = self.status.value
        elif self._nulls and "status" in self._nulls:
            field_dict["status"] = None

        if self.limit is not None:
            field_dict["limit"] = self.limit
        elif self._nulls and "limit" in self._nulls:
            field_dict["limit"] = None

        if self.action_type is not None:
            field_dict["actionType"] = self.action_type.value
        elif self._nulls and "actionType" in self._nulls:
            field_dict["actionType"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        identifier = d.pop("identifier", None)
        if identifier is None:
            if "identifier" in src_dict:
                nulls += ("identifier",)
        elif not isinstance(identifier, str):
            d["identifier"] = identifier
            identifier = None

        entity = d.pop("entity", None)
        if entity is None:
            if "entity" in src_dict:
                nulls += ("entity",)
        elif not isinstance(entity, str):
            d["entity"] = entity
            entity = None

        include_deleted_entities = d.pop("include_deleted_entities", None)
        if include_deleted_entities is None:
            if "include_deleted_entities" in src_dict:
                nulls += ("include_deleted_entities",)
        elif not isinstance(include_deleted_entities, bool):
            d["include_deleted_entities"] = include_deleted_entities
            include_deleted_entities = None

        blueprint = d.pop("blueprint", None)
        if blueprint is None:
            if "blueprint" in src_dict:
                nulls += ("blueprint",)
        elif not isinstance(blueprint, str):
            d["blueprint"] = blueprint
            blueprint = None

        run_id = d.pop("run_id", None)
        if run_id is None:
            if "run_id" in src_dict:
                nulls += ("run_id",)
        elif not isinstance(run_id, str):
            d["run_id"] = run_id
            run_id = None

        webhook_id = d.pop("webhookId", None)
        if webhook_id is None:
            if "webhookId" in src_dict:
                nulls += ("webhookId",)
        elif not isinstance(webhook_id, str):
            d["webhookId"] = webhook_id
            webhook_id = None

        webhook_event_id = d.pop("webhookEventId", None)
        if webhook_event_id is None:
            if "webhookEventId" in src_dict:
                nulls += ("webhookEventId",)
        elif not isinstance(webhook_event_id, str):
            d["webhookEventId"] = webhook_event_id
            webhook_event_id = None

        origin = d.pop("origin", None)
        if origin is None:
            if "origin" in src_dict:
                nulls += ("origin",)
        elif not (isinstance(origin, list) and _all_instances(origin, str)):
            d["origin"] = origin
            origin = None

        installation_id = d.pop("InstallationId", None)
        if installation_id is None:
            if "InstallationId" in src_dict:
                nulls += ("InstallationId",)
        elif not isinstance(installation_id, str):
            d["InstallationId"] = installation_id
            installation_id = None

        _resources = d.pop("resources", None)
        resources: Any = None
        if _resources is None:
            if "resources" in src_dict:
                nulls += ("resources",)
        else:
            resources = _parse_resources(_resources)
            if resources is UNSET:
                d["resources"] = _resources
                resources = None

        _includes = d.pop("includes", None)
        includes: Any = None
        if _includes is None:
            if "includes" in src_dict:
                nulls += ("includes",)
        elif isinstance(_includes, list) and _all_instances(_includes, str):
            includes = [Include(item0) for item0 in _includes]
        else:
            d["includes"] = _includes

        _from_ = d.pop("from", None)
        from_: Any = None
        if _from_ is None:
            if "from" in src_dict:
                nulls += ("from",)
        else:
            from_ = _parse_datetime(_from_, _isoparse)
            if from_ is UNSET:
                d["from"] = _from_
                from_ = None
            else:
                _record_datetimes(datetime_texts, from_, _from_)

        _to = d.pop("to", None)
        to: Any = None
        if _to is None:
            if "to" in src_dict:
                nulls += ("to",)
        else:
            to = _parse_datetime(_to, _isoparse)
            if to is UNSET:
                d["to"] = _to
                to = None
            else:
                _record_datetimes(datetime_texts, to, _to)

        action = d.pop("action", None)
        if action is None:
            if "action" in src_dict:
                nulls += ("action",)
        elif not isinstance(action, str):
            d["action"] = action
            action = None

        _status = d.pop("status", None)
        status: Any = None
        if _status is None:
            if "status" in src_dict:
                nulls += ("status",)
        elif isinstance(_status, str):
            status = TerminationStatus(_status)
        else:
            d["status"] = _status

        limit = d.pop("limit", None)
        if limit is None:
            if "limit" in src_dict:
                nulls += ("limit",)
        elif not (isinstance(limit, int) and not isinstance(limit, bool)):
            d["limit"] = limit
            limit = None

        _action_type = d.pop("actionType", None)
        action_type: Any = None
        if _action_type is None:
            if "actionType" in src_dict:
                nulls += ("actionType",)
        elif isinstance(_action_type, str):
            action_type = ActionType(_action_type)
        else:
            d["actionType"] = _action_type

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        group_widget_query = cls.__new__(cls)
        group_widget_query.identifier = identifier
        group_widget_query.entity = entity
        group_widget_query.include_deleted_entities = include_deleted_entities
        group_widget_query.blueprint = blueprint
        group_widget_query.run_id = run_id
        group_widget_query.webhook_id = webhook_id
        group_widget_query.webhook_event_id = webhook_event_id
        group_widget_query.origin = origin
        group_widget_query.installation_id = installation_id
        group_widget_query.resources = resources
        group_widget_query.includes = includes
        group_widget_query.from_ = from_
        group_widget_query.to = to
        group_widget_query.action = action
        group_widget_query.status = status
        group_widget_query.limit = limit
        group_widget_query.action_type = action_type
        group_widget_query.additional_properties = d
        group_widget_query._datetime_texts = datetime_texts or None
        group_widget_query._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None


def _parse_resources(data: Any) -> list[Resource] | Resource | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, list) and _all_instances(data, str):
        return [Resource(item0) for item0 in data]
    if isinstance(data, str):
        return Resource(data)
    return UNSET
