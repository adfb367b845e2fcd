from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.automation_literal import AutomationLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.any_entity_change import AnyEntityChange
    from ..models.any_run_change import AnyRunChange
    from ..models.entity_created import EntityCreated
    from ..models.entity_deleted import EntityDeleted
    from ..models.entity_updated import EntityUpdated
    from ..models.jq import Jq
    from ..models.run_created import RunCreated
    from ..models.run_updated import RunUpdated
    from ..models.timer_property_expired import TimerPropertyExpired


T = TypeVar("T", bound="Automation")


@_attrs_define
class Automation:
    """
    Attributes:
        type_ (AutomationLiteral):
        event (AnyEntityChange | AnyRunChange | EntityCreated | EntityDeleted | EntityUpdated | RunCreated | RunUpdated
            | TimerPropertyExpired):
        condition (Jq | Unset):
    """

    type_: AutomationLiteral
    event: (
        AnyEntityChange
        | AnyRunChange
        | EntityCreated
        | EntityDeleted
        | EntityUpdated
        | RunCreated
        | RunUpdated
        | TimerPropertyExpired
    )
    condition: Jq | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        AnyEntityChange = _models.AnyEntityChange
        AnyRunChange = _models.AnyRunChange
        EntityCreated = _models.EntityCreated
        EntityDeleted = _models.EntityDeleted
        EntityUpdated = _models.EntityUpdated
        Jq = _models.Jq
        RunCreated = _models.RunCreated
        RunUpdated = _models.RunUpdated
        TimerPropertyExpired = _models.TimerPropertyExpired
        type_ = self.type_.value

        event: dict[str, Any]
        if isinstance(self.event, EntityCreated):
            event = self.event.to_dict()
        elif isinstance(self.event, EntityUpdated):
            event = self.event.to_dict()
        elif isinstance(self.event, EntityDeleted):
            event = self.event.to_dict()
        elif isinstance(self.event, TimerPropertyExpired):
            event = self.event.to_dict()
        elif isinstance(self.event, AnyEntityChange):
            event = self.event.to_dict()
        elif isinstance(self.event, RunCreated):
            event = self.event.to_dict()
        elif isinstance(self.event, RunUpdated):
            event = self.event.to_dict()
        else:
            event = self.event.to_dict()

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        AnyEntityChange = _models.AnyEntityChange
        AnyRunChange = _models.AnyRunChange
        EntityCreated = _models.EntityCreated
        EntityDeleted = _models.EntityDeleted
        EntityUpdated = _models.EntityUpdated
        Jq = _models.Jq
        RunCreated = _models.RunCreated
        RunUpdated = _models.RunUpdated
        TimerPropertyExpired = _models.TimerPropertyExpired
        d = dict(src_dict)
        type_ = AutomationLiteral(d.pop("type"))

        def _parse_event(
            data: object,
        ) -> (
            AnyEntityChange
            | AnyRunChange
            | EntityCreated
            | EntityDeleted
            | EntityUpdated
            | RunCreated
            | RunUpdated
            | TimerPropertyExpired
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = EntityCreated.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_1 = EntityUpdated.from_dict(data)

                return event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_2 = EntityDeleted.from_dict(data)

                return event_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_3 = TimerPropertyExpired.from_dict(data)

                return event_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_4 = AnyEntityChange.from_dict(data)

                return event_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_5 = RunCreated.from_dict(data)

                return event_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_6 = RunUpdated.from_dict(data)

                return event_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            event_type_7 = AnyRunChange.from_dict(data)

            return event_type_7

        event = _parse_event(d.pop("event"))

        _condition = d.pop("condition", UNSET)
        condition: Jq | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = Jq.from_dict(_condition)

        automation = cls(
            type_=type_,
            event=event,
            condition=condition,
        )

        automation.additional_properties = d
        return automation

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
