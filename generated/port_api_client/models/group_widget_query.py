from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

from ..models.action_type import ActionType
from ..models.include import Include
from ..models.resource import Resource
from ..models.termination_status import TerminationStatus
from ..types import UNSET, Unset

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
        limit (float | Unset):
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
    limit: float | Unset = UNSET
    action_type: ActionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        entity = self.entity

        include_deleted_entities = self.include_deleted_entities

        blueprint = self.blueprint

        run_id = self.run_id

        webhook_id = self.webhook_id

        webhook_event_id = self.webhook_event_id

        origin: list[str] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin

        installation_id = self.installation_id

        resources: list[str] | str | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, list):
            resources = []
            for resources_type_0_item_data in self.resources:
                resources_type_0_item = resources_type_0_item_data.value
                resources.append(resources_type_0_item)

        else:
            resources = self.resources.value

        includes: list[str] | Unset = UNSET
        if not isinstance(self.includes, Unset):
            includes = []
            for includes_item_data in self.includes:
                includes_item = includes_item_data.value
                includes.append(includes_item)

        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.isoformat()

        to: str | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.isoformat()

        action = self.action

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        limit = self.limit

        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if entity is not UNSET:
            field_dict["entity"] = entity
        if include_deleted_entities is not UNSET:
            field_dict["include_deleted_entities"] = include_deleted_entities
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        if webhook_event_id is not UNSET:
            field_dict["webhookEventId"] = webhook_event_id
        if origin is not UNSET:
            field_dict["origin"] = origin
        if installation_id is not UNSET:
            field_dict["InstallationId"] = installation_id
        if resources is not UNSET:
            field_dict["resources"] = resources
        if includes is not UNSET:
            field_dict["includes"] = includes
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if limit is not UNSET:
            field_dict["limit"] = limit
        if action_type is not UNSET:
            field_dict["actionType"] = action_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)

        entity = d.pop("entity", UNSET)

        include_deleted_entities = d.pop("include_deleted_entities", UNSET)

        blueprint = d.pop("blueprint", UNSET)

        run_id = d.pop("run_id", UNSET)

        webhook_id = d.pop("webhookId", UNSET)

        webhook_event_id = d.pop("webhookEventId", UNSET)

        origin = cast(list[str], d.pop("origin", UNSET))

        installation_id = d.pop("InstallationId", UNSET)

        def _parse_resources(data: object) -> list[Resource] | Resource | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                resources_type_0 = []
                _resources_type_0 = data
                for resources_type_0_item_data in _resources_type_0:
                    resources_type_0_item = Resource(resources_type_0_item_data)

                    resources_type_0.append(resources_type_0_item)

                return resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            resources_type_1 = Resource(data)

            return resources_type_1

        resources = _parse_resources(d.pop("resources", UNSET))

        _includes = d.pop("includes", UNSET)
        includes: list[Include] | Unset = UNSET
        if _includes is not UNSET:
            includes = []
            for includes_item_data in _includes:
                includes_item = Include(includes_item_data)

                includes.append(includes_item)

        _from_ = d.pop("from", UNSET)
        from_: datetime.datetime | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = _isoparse(_from_)

        _to = d.pop("to", UNSET)
        to: datetime.datetime | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = _isoparse(_to)

        action = d.pop("action", UNSET)

        _status = d.pop("status", UNSET)
        status: TerminationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TerminationStatus(_status)

        limit = d.pop("limit", UNSET)

        _action_type = d.pop("actionType", UNSET)
        action_type: ActionType | Unset
        if isinstance(_action_type, Unset):
            action_type = UNSET
        else:
            action_type = ActionType(_action_type)

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
