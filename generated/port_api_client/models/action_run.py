from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        Approval = _models.Approval
        Payload = _models.Payload
        Properties = _models.Properties
        RequiredApproval = _models.RequiredApproval
        RunAction = _models.RunAction
        id = self.id

        blueprint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blueprint, Unset):
            blueprint = self.blueprint.to_dict()

        entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.to_dict()

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        raw_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw_properties, Unset):
            raw_properties = self.raw_properties.to_dict()

        ended_at: str | Unset = UNSET
        if not isinstance(self.ended_at, Unset):
            ended_at = self.ended_at.isoformat()

        source: dict[str, Any] | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, Properties):
            source = self.source.to_dict()
        else:
            source = self.source

        required_approval: bool | dict[str, Any] | Unset
        if isinstance(self.required_approval, Unset):
            required_approval = UNSET
        elif isinstance(self.required_approval, RequiredApproval):
            required_approval = self.required_approval.to_dict()
        else:
            required_approval = self.required_approval

        status = self.status

        status_label: None | str | Unset
        if isinstance(self.status_label, Unset):
            status_label = UNSET
        else:
            status_label = self.status_label

        link: list[str] | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, list):
            link = self.link

        else:
            link = self.link

        summary = self.summary

        approval: dict[str, Any] | None | Unset
        if isinstance(self.approval, Unset):
            approval = UNSET
        elif isinstance(self.approval, Approval):
            approval = self.approval.to_dict()
        else:
            approval = self.approval

        payload: dict[str, Any] | None | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, Payload):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        response: dict[str, Any] | list[Any] | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, list):
            response = self.response

        elif isinstance(self.response, Properties):
            response = self.response.to_dict()
        else:
            response = self.response

        pending_execution = self.pending_execution

        claimed_until: str | Unset = UNSET
        if not isinstance(self.claimed_until, Unset):
            claimed_until = self.claimed_until.isoformat()

        installation_id = self.installation_id

        created_by = self.created_by

        impersonated_by = self.impersonated_by

        impersonated_user_id = self.impersonated_user_id

        updated_by = self.updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if entity is not UNSET:
            field_dict["entity"] = entity
        if action is not UNSET:
            field_dict["action"] = action
        if properties is not UNSET:
            field_dict["properties"] = properties
        if raw_properties is not UNSET:
            field_dict["rawProperties"] = raw_properties
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at
        if source is not UNSET:
            field_dict["source"] = source
        if required_approval is not UNSET:
            field_dict["requiredApproval"] = required_approval
        if status is not UNSET:
            field_dict["status"] = status
        if status_label is not UNSET:
            field_dict["statusLabel"] = status_label
        if link is not UNSET:
            field_dict["link"] = link
        if summary is not UNSET:
            field_dict["summary"] = summary
        if approval is not UNSET:
            field_dict["approval"] = approval
        if payload is not UNSET:
            field_dict["payload"] = payload
        if response is not UNSET:
            field_dict["response"] = response
        if pending_execution is not UNSET:
            field_dict["pendingExecution"] = pending_execution
        if claimed_until is not UNSET:
            field_dict["claimedUntil"] = claimed_until
        if installation_id is not UNSET:
            field_dict["installationId"] = installation_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if impersonated_by is not UNSET:
            field_dict["impersonatedBy"] = impersonated_by
        if impersonated_user_id is not UNSET:
            field_dict["impersonatedUserId"] = impersonated_user_id
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Approval = _models.Approval
        Payload = _models.Payload
        Properties = _models.Properties
        RequiredApproval = _models.RequiredApproval
        RunAction = _models.RunAction
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _blueprint = d.pop("blueprint", UNSET)
        blueprint: RunAction | Unset
        if isinstance(_blueprint, Unset):
            blueprint = UNSET
        else:
            blueprint = RunAction.from_dict(_blueprint)

        _entity = d.pop("entity", UNSET)
        entity: RunAction | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = RunAction.from_dict(_entity)

        _action = d.pop("action", UNSET)
        action: RunAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = RunAction.from_dict(_action)

        _properties = d.pop("properties", UNSET)
        properties: Properties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = Properties.from_dict(_properties)

        _raw_properties = d.pop("rawProperties", UNSET)
        raw_properties: Properties | Unset
        if isinstance(_raw_properties, Unset):
            raw_properties = UNSET
        else:
            raw_properties = Properties.from_dict(_raw_properties)

        _ended_at = d.pop("endedAt", UNSET)
        ended_at: datetime.datetime | Unset
        if isinstance(_ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = _isoparse(_ended_at)

        def _parse_source(data: object) -> Properties | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = Properties.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Properties | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_required_approval(data: object) -> bool | RequiredApproval | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                required_approval_type_1 = RequiredApproval.from_dict(data)

                return required_approval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | RequiredApproval | Unset, data)

        required_approval = _parse_required_approval(d.pop("requiredApproval", UNSET))

        status = d.pop("status", UNSET)

        def _parse_status_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_label = _parse_status_label(d.pop("statusLabel", UNSET))

        def _parse_link(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                link_type_0 = cast(list[str], data)

                return link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        summary = d.pop("summary", UNSET)

        def _parse_approval(data: object) -> Approval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approval_type_0 = Approval.from_dict(data)

                return approval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Approval | None | Unset, data)

        approval = _parse_approval(d.pop("approval", UNSET))

        def _parse_payload(data: object) -> None | Payload | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = Payload.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Payload | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        def _parse_response(data: object) -> list[Any] | Properties | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_type_1 = cast(list[Any], data)

                return response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_2 = Properties.from_dict(data)

                return response_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | Properties | str | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        pending_execution = d.pop("pendingExecution", UNSET)

        _claimed_until = d.pop("claimedUntil", UNSET)
        claimed_until: datetime.datetime | Unset
        if isinstance(_claimed_until, Unset):
            claimed_until = UNSET
        else:
            claimed_until = _isoparse(_claimed_until)

        installation_id = d.pop("installationId", UNSET)

        created_by = d.pop("createdBy", UNSET)

        impersonated_by = d.pop("impersonatedBy", UNSET)

        impersonated_user_id = d.pop("impersonatedUserId", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

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
