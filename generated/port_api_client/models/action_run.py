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
    _all_instances,
    _datetime_json,
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
        id (str | Unset):
        blueprint (RunAction | Unset):
        entity (RunAction | Unset):
        action (RunAction | Unset):
        properties (Properties | Unset):
        raw_properties (Properties | Unset):
        ended_at (datetime.datetime | Unset):
        source (Properties | str | Unset):
        required_approval (bool | RequiredApproval | Unset):
        status (str | Unset):
        status_label (None | str | Unset):
        link (list[str] | str | Unset):
        summary (str | Unset):
        approval (Approval | None | Unset):
        payload (None | Payload | Unset):
        response (list[Any] | Properties | str | Unset):
        pending_execution (bool | Unset):
        claimed_until (datetime.datetime | Unset):
        installation_id (str | Unset):
        created_by (str | Unset):
        impersonated_by (str | Unset):
        impersonated_user_id (str | Unset):
        updated_by (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    blueprint: RunAction | Unset = UNSET
    entity: RunAction | Unset = UNSET
    action: RunAction | Unset = UNSET
    properties: Properties | Unset = UNSET
    raw_properties: Properties | Unset = UNSET
    ended_at: datetime.datetime | Unset = UNSET
    source: Properties | str | Unset = UNSET
    required_approval: bool | RequiredApproval | Unset = UNSET
    status: str | Unset = UNSET
    status_label: None | str | Unset = UNSET
    link: list[str] | str | Unset = UNSET
    summary: str | Unset = UNSET
    approval: Approval | None | Unset = UNSET
    payload: None | Payload | Unset = UNSET
    response: list[Any] | Properties | str | Unset = UNSET
    pending_execution: bool | Unset = UNSET
    claimed_until: datetime.datetime | Unset = UNSET
    installation_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    impersonated_by: str | Unset = UNSET
    impersonated_user_id: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "id": lambda v: isinstance(v, str),
        "blueprint": lambda v: isinstance(v, dict),
        "entity": lambda v: isinstance(v, dict),
        "action": lambda v: isinstance(v, dict),
        "properties": lambda v: isinstance(v, dict),
        "rawProperties": lambda v: isinstance(v, dict),
        "endedAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "source": lambda v: isinstance(v, str) or isinstance(v, dict),
        "requiredApproval": lambda v: isinstance(v, bool) or isinstance(v, dict),
        "status": lambda v: isinstance(v, str),
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
        "createdAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "updatedAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
    }

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "blueprint": "blueprint",
        "entity": "entity",
        "action": "action",
        "properties": "properties",
        "raw_properties": "rawProperties",
        "ended_at": "endedAt",
        "source": "source",
        "required_approval": "requiredApproval",
        "status": "status",
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
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if not isinstance(self.blueprint, Unset):
            field_dict["blueprint"] = self.blueprint.to_dict()

        if not isinstance(self.entity, Unset):
            field_dict["entity"] = self.entity.to_dict()

        if not isinstance(self.action, Unset):
            field_dict["action"] = self.action.to_dict()

        if not isinstance(self.properties, Unset):
            field_dict["properties"] = self.properties.to_dict()

        if not isinstance(self.raw_properties, Unset):
            field_dict["rawProperties"] = self.raw_properties.to_dict()

        if not isinstance(self.ended_at, Unset):
            field_dict["endedAt"] = _datetime_json(self.ended_at, self._datetime_texts)

        if not isinstance(self.source, Unset):
            field_dict["source"] = (
                self.source.to_dict()
                if isinstance(self.source, _lazy_models.Properties)
                else self.source
            )

        if not isinstance(self.required_approval, Unset):
            field_dict["requiredApproval"] = (
                self.required_approval.to_dict()
                if isinstance(self.required_approval, _lazy_models.RequiredApproval)
                else self.required_approval
            )

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.status_label is not UNSET:
            field_dict["statusLabel"] = self.status_label

        if self.link is not UNSET:
            field_dict["link"] = self.link

        if self.summary is not UNSET:
            field_dict["summary"] = self.summary

        if not isinstance(self.approval, Unset):
            field_dict["approval"] = (
                self.approval.to_dict()
                if isinstance(self.approval, _lazy_models.Approval)
                else self.approval
            )

        if not isinstance(self.payload, Unset):
            field_dict["payload"] = (
                self.payload.to_dict()
                if isinstance(self.payload, _lazy_models.Payload)
                else self.payload
            )

        if not isinstance(self.response, Unset):
            field_dict["response"] = (
                self.response.to_dict()
                if isinstance(self.response, _lazy_models.Properties)
                else self.response
            )

        if self.pending_execution is not UNSET:
            field_dict["pendingExecution"] = self.pending_execution

        if not isinstance(self.claimed_until, Unset):
            field_dict["claimedUntil"] = _datetime_json(self.claimed_until, self._datetime_texts)

        if self.installation_id is not UNSET:
            field_dict["installationId"] = self.installation_id

        if self.created_by is not UNSET:
            field_dict["createdBy"] = self.created_by

        if self.impersonated_by is not UNSET:
            field_dict["impersonatedBy"] = self.impersonated_by

        if self.impersonated_user_id is not UNSET:
            field_dict["impersonatedUserId"] = self.impersonated_user_id

        if self.updated_by is not UNSET:
            field_dict["updatedBy"] = self.updated_by

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
        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            d["id"] = id
            id = UNSET

        _blueprint = d.pop("blueprint", UNSET)
        blueprint: RunAction | Unset = UNSET
        if isinstance(_blueprint, dict):
            blueprint = _lazy_models.RunAction.from_dict(_blueprint)
        elif _blueprint is not UNSET:
            d["blueprint"] = _blueprint

        _entity = d.pop("entity", UNSET)
        entity: RunAction | Unset = UNSET
        if isinstance(_entity, dict):
            entity = _lazy_models.RunAction.from_dict(_entity)
        elif _entity is not UNSET:
            d["entity"] = _entity

        _action = d.pop("action", UNSET)
        action: RunAction | Unset = UNSET
        if isinstance(_action, dict):
            action = _lazy_models.RunAction.from_dict(_action)
        elif _action is not UNSET:
            d["action"] = _action

        _properties = d.pop("properties", UNSET)
        properties: Properties | Unset = UNSET
        if isinstance(_properties, dict):
            properties = _lazy_models.Properties.from_dict(_properties)
        elif _properties is not UNSET:
            d["properties"] = _properties

        _raw_properties = d.pop("rawProperties", UNSET)
        raw_properties: Properties | Unset = UNSET
        if isinstance(_raw_properties, dict):
            raw_properties = _lazy_models.Properties.from_dict(_raw_properties)
        elif _raw_properties is not UNSET:
            d["rawProperties"] = _raw_properties

        _ended_at = d.pop("endedAt", UNSET)
        ended_at: datetime.datetime | Unset = UNSET
        if _ended_at is not UNSET:
            ended_at = _parse_datetime(_ended_at, _isoparse)
            if ended_at is UNSET:
                d["endedAt"] = _ended_at
            else:
                _record_datetimes(datetime_texts, ended_at, _ended_at)

        _source = d.pop("source", UNSET)
        source: Properties | str | Unset = UNSET
        if _source is not UNSET:
            source = _parse_source(_source)
            if source is UNSET:
                d["source"] = _source

        _required_approval = d.pop("requiredApproval", UNSET)
        required_approval: bool | RequiredApproval | Unset = UNSET
        if _required_approval is not UNSET:
            required_approval = _parse_required_approval(_required_approval)
            if required_approval is UNSET:
                d["requiredApproval"] = _required_approval

        status = d.pop("status", UNSET)
        if not isinstance(status, str) and status is not UNSET:
            d["status"] = status
            status = UNSET

        status_label = d.pop("statusLabel", UNSET)
        if (
            not (isinstance(status_label, str) or (status_label is None))
            and status_label is not UNSET
        ):
            d["statusLabel"] = status_label
            status_label = UNSET

        link = d.pop("link", UNSET)
        if (
            not ((isinstance(link, list) and _all_instances(link, str)) or isinstance(link, str))
            and link is not UNSET
        ):
            d["link"] = link
            link = UNSET

        summary = d.pop("summary", UNSET)
        if not isinstance(summary, str) and summary is not UNSET:
            d["summary"] = summary
            summary = UNSET

        _approval = d.pop("approval", UNSET)
        approval: Approval | None | Unset = UNSET
        if _approval is not UNSET:
            approval = _parse_approval(_approval)
            if approval is UNSET:
                d["approval"] = _approval

        _payload = d.pop("payload", UNSET)
        payload: None | Payload | Unset = UNSET
        if _payload is not UNSET:
            payload = _parse_payload(_payload)
            if payload is UNSET:
                d["payload"] = _payload

        _response = d.pop("response", UNSET)
        response: list[Any] | Properties | str | Unset = UNSET
        if _response is not UNSET:
            response = _parse_response(_response)
            if response is UNSET:
                d["response"] = _response

        pending_execution = d.pop("pendingExecution", UNSET)
        if not isinstance(pending_execution, bool) and pending_execution is not UNSET:
            d["pendingExecution"] = pending_execution
            pending_execution = UNSET

        _claimed_until = d.pop("claimedUntil", UNSET)
        claimed_until: datetime.datetime | Unset = UNSET
        if _claimed_until is not UNSET:
            claimed_until = _parse_datetime(_claimed_until, _isoparse)
            if claimed_until is UNSET:
                d["claimedUntil"] = _claimed_until
            else:
                _record_datetimes(datetime_texts, claimed_until, _claimed_until)

        installation_id = d.pop("installationId", UNSET)
        if not isinstance(installation_id, str) and installation_id is not UNSET:
            d["installationId"] = installation_id
            installation_id = UNSET

        created_by = d.pop("createdBy", UNSET)
        if not isinstance(created_by, str) and created_by is not UNSET:
            d["createdBy"] = created_by
            created_by = UNSET

        impersonated_by = d.pop("impersonatedBy", UNSET)
        if not isinstance(impersonated_by, str) and impersonated_by is not UNSET:
            d["impersonatedBy"] = impersonated_by
            impersonated_by = UNSET

        impersonated_user_id = d.pop("impersonatedUserId", UNSET)
        if not isinstance(impersonated_user_id, str) and impersonated_user_id is not UNSET:
            d["impersonatedUserId"] = impersonated_user_id
            impersonated_user_id = UNSET

        updated_by = d.pop("updatedBy", UNSET)
        if not isinstance(updated_by, str) and updated_by is not UNSET:
            d["updatedBy"] = updated_by
            updated_by = UNSET

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

        action_run = cls(
            id=id,
            blueprint=blueprint,
            entity=entity,
            action=action,
            properties=properties,
            raw_properties=raw_properties,
            ended_at=ended_at,
            source=source,
            required_approval=required_approval,
            status=status,
            status_label=status_label,
            link=link,
            summary=summary,
            approval=approval,
            payload=payload,
            response=response,
            pending_execution=pending_execution,
            claimed_until=claimed_until,
            installation_id=installation_id,
            created_by=created_by,
            impersonated_by=impersonated_by,
            impersonated_user_id=impersonated_user_id,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
        )
        action_run.additional_properties = d
        if datetime_texts:
            action_run._datetime_texts = datetime_texts
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
