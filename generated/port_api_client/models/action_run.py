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
    _absent,
    _all_instances,
    _datetime_json,
    _fromisoformat,
    _id,
    _parse_datetime,
    _present_repr,
    _record_datetimes,
)

if TYPE_CHECKING:
    from ..models.approval import Approval
    from ..models.payload import Payload
    from ..models.properties import Properties
    from ..models.required_approval import RequiredApproval
    from ..models.run_action import RunAction


T = TypeVar("T", bound="ActionRun")


@_attrs_define
class ActionRun:
    """
    Attributes:
        id (str):
        status (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        blueprint (RunAction | None):
        entity (RunAction | None):
        action (RunAction | None):
        properties (Properties | None):
        raw_properties (Properties | None):
        ended_at (datetime.datetime | None):
        source (Properties | str | None):
        required_approval (bool | RequiredApproval | None):
        status_label (None | str):
        link (list[str] | str | None):
        summary (str | None):
        approval (Approval | None):
        payload (None | Payload):
        response (list[Any] | Properties | str | None):
        pending_execution (bool | None):
        claimed_until (datetime.datetime | None):
        installation_id (str | None):
        created_by (str | None):
        impersonated_by (str | None):
        impersonated_user_id (str | None):
        updated_by (str | None):
    """

    id: str
    status: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    blueprint: RunAction | None = None
    entity: RunAction | None = None
    action: RunAction | None = None
    properties: Properties | None = None
    raw_properties: Properties | None = None
    ended_at: datetime.datetime | None = None
    source: Properties | str | None = None
    required_approval: bool | RequiredApproval | None = None
    status_label: None | str = None
    link: list[str] | str | None = None
    summary: str | None = None
    approval: Approval | None = None
    payload: None | Payload = None
    response: list[Any] | Properties | str | None = None
    pending_execution: bool | None = None
    claimed_until: datetime.datetime | None = None
    installation_id: str | None = None
    created_by: str | None = None
    impersonated_by: str | None = None
    impersonated_user_id: str | None = None
    updated_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "id": lambda v: isinstance(v, str),
        "status": lambda v: isinstance(v, str),
        "createdAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "updatedAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "blueprint": lambda v: isinstance(v, dict),
        "entity": lambda v: isinstance(v, dict),
        "action": lambda v: isinstance(v, dict),
        "properties": lambda v: isinstance(v, dict),
        "rawProperties": lambda v: isinstance(v, dict),
        "endedAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "source": lambda v: isinstance(v, str) or isinstance(v, dict),
        "requiredApproval": lambda v: isinstance(v, bool) or isinstance(v, dict),
        "statusLabel": lambda v: isinstance(v, str) or (v is None),
        "link": lambda v: (
            (isinstance(v, list) and all(isinstance(item1, str) for item1 in v))
            or isinstance(v, str)
        ),
        "summary": lambda v: isinstance(v, str),
        "approval": lambda v: isinstance(v, dict) or (v is None),
        "payload": lambda v: isinstance(v, dict) or (v is None),
        "response": lambda v: isinstance(v, str) or isinstance(v, list) or isinstance(v, dict),
        "pendingExecution": lambda v: isinstance(v, bool),
        "claimedUntil": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "installationId": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "impersonatedBy": lambda v: isinstance(v, str),
        "impersonatedUserId": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "status": "status",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "blueprint": "blueprint",
        "entity": "entity",
        "action": "action",
        "properties": "properties",
        "raw_properties": "rawProperties",
        "ended_at": "endedAt",
        "source": "source",
        "required_approval": "requiredApproval",
        "status_label": "statusLabel",
        "link": "link",
        "summary": "summary",
        "approval": "approval",
        "payload": "payload",
        "response": "response",
        "pending_execution": "pendingExecution",
        "claimed_until": "claimedUntil",
        "installation_id": "installationId",
        "created_by": "createdBy",
        "impersonated_by": "impersonatedBy",
        "impersonated_user_id": "impersonatedUserId",
        "updated_by": "updatedBy",
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

    # The text each date-time was read from: to_dict() writes an unchanged one back as it came.
    _datetime_texts: dict[int, tuple[datetime.datetime, str]] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _id = getattr(self, "id", UNSET)
        if _id is not UNSET:
            field_dict["id"] = _id

        _status = getattr(self, "status", UNSET)
        if _status is not UNSET:
            field_dict["status"] = _status

        _created_at = getattr(self, "created_at", UNSET)
        if _created_at is not UNSET:
            field_dict["createdAt"] = _datetime_json(_created_at, self._datetime_texts)

        _updated_at = getattr(self, "updated_at", UNSET)
        if _updated_at is not UNSET:
            field_dict["updatedAt"] = _datetime_json(_updated_at, self._datetime_texts)

        if self.blueprint is not None:
            field_dict["blueprint"] = self.blueprint.to_dict()
        elif self._nulls and "blueprint" in self._nulls:
            field_dict["blueprint"] = None

        if self.entity is not None:
            field_dict["entity"] = self.entity.to_dict()
        elif self._nulls and "entity" in self._nulls:
            field_dict["entity"] = None

        if self.action is not None:
            field_dict["action"] = self.action.to_dict()
        elif self._nulls and "action" in self._nulls:
            field_dict["action"] = None

        if self.properties is not None:
            field_dict["properties"] = self.properties.to_dict()
        elif self._nulls and "properties" in self._nulls:
            field_dict["properties"] = None

        if self.raw_properties is not None:
            field_dict["rawProperties"] = self.raw_properties.to_dict()
        elif self._nulls and "rawProperties" in self._nulls:
            field_dict["rawProperties"] = None

        if self.ended_at is not None:
            field_dict["endedAt"] = _datetime_json(self.ended_at, self._datetime_texts)
        elif self._nulls and "endedAt" in self._nulls:
            field_dict["endedAt"] = None

        if self.source is not None:
            field_dict["source"] = (
                self.source.to_dict()
                if isinstance(self.source, _lazy_models.Properties)
                else self.source
            )
        elif self._nulls and "source" in self._nulls:
            field_dict["source"] = None

        if self.required_approval is not None:
            field_dict["requiredApproval"] = (
                self.required_approval.to_dict()
                if isinstance(self.required_approval, _lazy_models.RequiredApproval)
                else self.required_approval
            )
        elif self._nulls and "requiredApproval" in self._nulls:
            field_dict["requiredApproval"] = None

        if self.status_label is not None:
            field_dict["statusLabel"] = self.status_label
        elif self._nulls and "statusLabel" in self._nulls:
            field_dict["statusLabel"] = None

        if self.link is not None:
            field_dict["link"] = self.link
        elif self._nulls and "link" in self._nulls:
            field_dict["link"] = None

        if self.summary is not None:
            field_dict["summary"] = self.summary
        elif self._nulls and "summary" in self._nulls:
            field_dict["summary"] = None

        if self.approval is not None:
            field_dict["approval"] = (
                self.approval.to_dict()
                if isinstance(self.approval, _lazy_models.Approval)
                else self.approval
            )
        elif self._nulls and "approval" in self._nulls:
            field_dict["approval"] = None

        if self.payload is not None:
            field_dict["payload"] = (
                self.payload.to_dict()
                if isinstance(self.payload, _lazy_models.Payload)
                else self.payload
            )
        elif self._nulls and "payload" in self._nulls:
            field_dict["payload"] = None

        if self.response is not None:
            field_dict["response"] = (
                self.response.to_dict()
                if isinstance(self.response, _lazy_models.Properties)
                else self.response
            )
        elif self._nulls and "response" in self._nulls:
            field_dict["response"] = None

        if self.pending_execution is not None:
            field_dict["pendingExecution"] = self.pending_execution
        elif self._nulls and "pendingExecution" in self._nulls:
            field_dict["pendingExecution"] = None

        if self.claimed_until is not None:
            field_dict["claimedUntil"] = _datetime_json(self.claimed_until, self._datetime_texts)
        elif self._nulls and "claimedUntil" in self._nulls:
            field_dict["claimedUntil"] = None

        if self.installation_id is not None:
            field_dict["installationId"] = self.installation_id
        elif self._nulls and "installationId" in self._nulls:
            field_dict["installationId"] = None

        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        elif self._nulls and "createdBy" in self._nulls:
            field_dict["createdBy"] = None

        if self.impersonated_by is not None:
            field_dict["impersonatedBy"] = self.impersonated_by
        elif self._nulls and "impersonatedBy" in self._nulls:
            field_dict["impersonatedBy"] = None

        if self.impersonated_user_id is not None:
            field_dict["impersonatedUserId"] = self.impersonated_user_id
        elif self._nulls and "impersonatedUserId" in self._nulls:
            field_dict["impersonatedUserId"] = None

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by
        elif self._nulls and "updatedBy" in self._nulls:
            field_dict["updatedBy"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None, or absent), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        absent: tuple[str, ...] = ()
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
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

        _created_at = d.pop("createdAt", UNSET)
        try:  # the C parser first, inline: what Port sends almost always reads
            created_at = _fromisoformat(_created_at)
        except (TypeError, ValueError):
            created_at = _parse_datetime(_created_at, _isoparse)
        if created_at is UNSET:
            if _created_at is not UNSET:
                d["createdAt"] = _created_at
            absent += ("created_at",)
        else:
            datetime_texts[_id(created_at)] = (
                created_at,
                _created_at,
            )  # `id` may be a field's name here

        _updated_at = d.pop("updatedAt", UNSET)
        try:  # the C parser first, inline: what Port sends almost always reads
            updated_at = _fromisoformat(_updated_at)
        except (TypeError, ValueError):
            updated_at = _parse_datetime(_updated_at, _isoparse)
        if updated_at is UNSET:
            if _updated_at is not UNSET:
                d["updatedAt"] = _updated_at
            absent += ("updated_at",)
        else:
            datetime_texts[_id(updated_at)] = (
                updated_at,
                _updated_at,
            )  # `id` may be a field's name here

        _blueprint = d.pop("blueprint", None)
        blueprint: Any = None
        if _blueprint is None:
            if "blueprint" in src_dict:
                nulls += ("blueprint",)
        elif isinstance(_blueprint, dict):
            blueprint = _lazy_models.RunAction.from_dict(_blueprint)
        else:
            d["blueprint"] = _blueprint

        _entity = d.pop("entity", None)
        entity: Any = None
        if _entity is None:
            if "entity" in src_dict:
                nulls += ("entity",)
        elif isinstance(_entity, dict):
            entity = _lazy_models.RunAction.from_dict(_entity)
        else:
            d["entity"] = _entity

        _action = d.pop("action", None)
        action: Any = None
        if _action is None:
            if "action" in src_dict:
                nulls += ("action",)
        elif isinstance(_action, dict):
            action = _lazy_models.RunAction.from_dict(_action)
        else:
            d["action"] = _action

        _properties = d.pop("properties", None)
        properties: Any = None
        if _properties is None:
            if "properties" in src_dict:
                nulls += ("properties",)
        elif isinstance(_properties, dict):
            properties = _lazy_models.Properties.from_dict(_properties)
        else:
            d["properties"] = _properties

        _raw_properties = d.pop("rawProperties", None)
        raw_properties: Any = None
        if _raw_properties is None:
            if "rawProperties" in src_dict:
                nulls += ("rawProperties",)
        elif isinstance(_raw_properties, dict):
            raw_properties = _lazy_models.Properties.from_dict(_raw_properties)
        else:
            d["rawProperties"] = _raw_properties

        _ended_at = d.pop("endedAt", None)
        ended_at: Any = None
        if _ended_at is None:
            if "endedAt" in src_dict:
                nulls += ("endedAt",)
        else:
            ended_at = _parse_datetime(_ended_at, _isoparse)
            if ended_at is UNSET:
                d["endedAt"] = _ended_at
                ended_at = None
            else:
                _record_datetimes(datetime_texts, ended_at, _ended_at)

        _source = d.pop("source", None)
        source: Any = None
        if _source is None:
            if "source" in src_dict:
                nulls += ("source",)
        else:
            source = _parse_source(_source)
            if source is UNSET:
                d["source"] = _source
                source = None

        _required_approval = d.pop("requiredApproval", None)
        required_approval: Any = None
        if _required_approval is None:
            if "requiredApproval" in src_dict:
                nulls += ("requiredApproval",)
        else:
            required_approval = _parse_required_approval(_required_approval)
            if required_approval is UNSET:
                d["requiredApproval"] = _required_approval
                required_approval = None

        status_label = d.pop("statusLabel", None)
        if status_label is None:
            if "statusLabel" in src_dict:
                nulls += ("statusLabel",)
        elif not (isinstance(status_label, str) or (status_label is None)):
            d["statusLabel"] = status_label
            status_label = None

        link = d.pop("link", None)
        if link is None:
            if "link" in src_dict:
                nulls += ("link",)
        elif not ((isinstance(link, list) and _all_instances(link, str)) or isinstance(link, str)):
            d["link"] = link
            link = None

        summary = d.pop("summary", None)
        if summary is None:
            if "summary" in src_dict:
                nulls += ("summary",)
        elif not isinstance(summary, str):
            d["summary"] = summary
            summary = None

        _approval = d.pop("approval", None)
        approval: Any = None
        if _approval is None:
            if "approval" in src_dict:
                nulls += ("approval",)
        else:
            approval = _parse_approval(_approval)
            if approval is UNSET:
                d["approval"] = _approval
                approval = None

        _payload = d.pop("payload", None)
        payload: Any = None
        if _payload is None:
            if "payload" in src_dict:
                nulls += ("payload",)
        else:
            payload = _parse_payload(_payload)
            if payload is UNSET:
                d["payload"] = _payload
                payload = None

        _response = d.pop("response", None)
        response: Any = None
        if _response is None:
            if "response" in src_dict:
                nulls += ("response",)
        else:
            response = _parse_response(_response)
            if response is UNSET:
                d["response"] = _response
                response = None

        pending_execution = d.pop("pendingExecution", None)
        if pending_execution is None:
            if "pendingExecution" in src_dict:
                nulls += ("pendingExecution",)
        elif not isinstance(pending_execution, bool):
            d["pendingExecution"] = pending_execution
            pending_execution = None

        _claimed_until = d.pop("claimedUntil", None)
        claimed_until: Any = None
        if _claimed_until is None:
            if "claimedUntil" in src_dict:
                nulls += ("claimedUntil",)
        else:
            claimed_until = _parse_datetime(_claimed_until, _isoparse)
            if claimed_until is UNSET:
                d["claimedUntil"] = _claimed_until
                claimed_until = None
            else:
                _record_datetimes(datetime_texts, claimed_until, _claimed_until)

        installation_id = d.pop("installationId", None)
        if installation_id is None:
            if "installationId" in src_dict:
                nulls += ("installationId",)
        elif not isinstance(installation_id, str):
            d["installationId"] = installation_id
            installation_id = None

        created_by = d.pop("createdBy", None)
        if created_by is None:
            if "createdBy" in src_dict:
                nulls += ("createdBy",)
        elif not isinstance(created_by, str):
            d["createdBy"] = created_by
            created_by = None

        impersonated_by = d.pop("impersonatedBy", None)
        if impersonated_by is None:
            if "impersonatedBy" in src_dict:
                nulls += ("impersonatedBy",)
        elif not isinstance(impersonated_by, str):
            d["impersonatedBy"] = impersonated_by
            impersonated_by = None

        impersonated_user_id = d.pop("impersonatedUserId", None)
        if impersonated_user_id is None:
            if "impersonatedUserId" in src_dict:
                nulls += ("impersonatedUserId",)
        elif not isinstance(impersonated_user_id, str):
            d["impersonatedUserId"] = impersonated_user_id
            impersonated_user_id = None

        updated_by = d.pop("updatedBy", None)
        if updated_by is None:
            if "updatedBy" in src_dict:
                nulls += ("updatedBy",)
        elif not isinstance(updated_by, str):
            d["updatedBy"] = updated_by
            updated_by = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        action_run = cls.__new__(cls)
        action_run.id = id
        action_run.status = status
        action_run.created_at = created_at
        action_run.updated_at = updated_at
        action_run.blueprint = blueprint
        action_run.entity = entity
        action_run.action = action
        action_run.properties = properties
        action_run.raw_properties = raw_properties
        action_run.ended_at = ended_at
        action_run.source = source
        action_run.required_approval = required_approval
        action_run.status_label = status_label
        action_run.link = link
        action_run.summary = summary
        action_run.approval = approval
        action_run.payload = payload
        action_run.response = response
        action_run.pending_execution = pending_execution
        action_run.claimed_until = claimed_until
        action_run.installation_id = installation_id
        action_run.created_by = created_by
        action_run.impersonated_by = impersonated_by
        action_run.impersonated_user_id = impersonated_user_id
        action_run.updated_by = updated_by
        action_run.additional_properties = d
        action_run._datetime_texts = datetime_texts or None
        action_run._nulls = nulls
        for name in absent:
            object.__delattr__(action_run, name)
        return action_run

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


def _parse_source(data: Any) -> Properties | str | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        return _lazy_models.Properties.from_dict(data)
    return UNSET


def _parse_required_approval(data: Any) -> bool | RequiredApproval | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, bool):
        return data
    if isinstance(data, dict):
        return _lazy_models.RequiredApproval.from_dict(data)
    return UNSET


def _parse_approval(data: Any) -> Approval | None | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if data is None:
        return data
    if isinstance(data, dict):
        return _lazy_models.Approval.from_dict(data)
    return UNSET


def _parse_payload(data: Any) -> None | Payload | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if data is None:
        return data
    if isinstance(data, dict):
        return _lazy_models.Payload.from_dict(data)
    return UNSET


def _parse_response(data: Any) -> list[Any] | Properties | str | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        return _lazy_models.Properties.from_dict(data)
    if isinstance(data, list):
        return data
    return UNSET
