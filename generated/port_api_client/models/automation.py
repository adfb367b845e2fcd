from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.automation_literal import AutomationLiteral
from ..types import (
    UNSET,
    Unset,
    _fit,
    _present_repr,
    _unfit,
)

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
        condition (Jq | None):
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
    condition: Jq | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("automation",),
        "event": lambda v: isinstance(v, dict),
        "condition": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "event": "event",
        "condition": "condition",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type_.value

        field_dict["event"] = (
            self.event.to_dict()
            if isinstance(self.event, _lazy_models.EntityCreated)
            else self.event.to_dict()
            if isinstance(self.event, _lazy_models.EntityUpdated)
            else self.event.to_dict()
            if isinstance(self.event, _lazy_models.EntityDeleted)
            else self.event.to_dict()
            if isinstance(self.event, _lazy_models.TimerPropertyExpired)
            else self.event.to_dict()
            if isinstance(self.event, _lazy_models.AnyEntityChange)
            else self.event.to_dict()
            if isinstance(self.event, _lazy_models.RunCreated)
            else self.event.to_dict()
            if isinstance(self.event, _lazy_models.RunUpdated)
            else self.event.to_dict()
            if isinstance(self.event, _lazy_models.AnyRunChange)
            else self.event
        )

        if self.condition is not None:
            field_dict["condition"] = self.condition.to_dict()
        elif self._nulls and "condition" in self._nulls:
            field_dict["condition"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: AutomationLiteral = AutomationLiteral(_type_)

        _event = d.pop("event")
        event: (
            AnyEntityChange
            | AnyRunChange
            | EntityCreated
            | EntityDeleted
            | EntityUpdated
            | RunCreated
            | RunUpdated
            | TimerPropertyExpired
        ) = _parse_event(_event)
        if event is UNSET:
            raise _unfit(cls, "event", _event)

        _condition = d.pop("condition", None)
        condition: Any = None
        if _condition is None:
            if "condition" in src_dict:
                nulls += ("condition",)
        elif isinstance(_condition, dict):
            condition = _lazy_models.Jq.from_dict(_condition)
        else:
            d["condition"] = _condition

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        automation = cls.__new__(cls)
        automation.type_ = type_
        automation.event = event
        automation.condition = condition
        automation.additional_properties = d
        automation._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None


def _parse_event(
    data: Any,
) -> (
    AnyEntityChange
    | AnyRunChange
    | EntityCreated
    | EntityDeleted
    | EntityUpdated
    | RunCreated
    | RunUpdated
    | TimerPropertyExpired
    | Unset
):
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.EntityCreated._json_checks),
            _fit(data, _lazy_models.EntityUpdated._json_checks),
            _fit(data, _lazy_models.EntityDeleted._json_checks),
            _fit(data, _lazy_models.TimerPropertyExpired._json_checks),
            _fit(data, _lazy_models.AnyEntityChange._json_checks),
            _fit(data, _lazy_models.RunCreated._json_checks),
            _fit(data, _lazy_models.RunUpdated._json_checks),
            _fit(data, _lazy_models.AnyRunChange._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.EntityCreated.from_dict(data)
        if fits[1] == best:
            return _lazy_models.EntityUpdated.from_dict(data)
        if fits[2] == best:
            return _lazy_models.EntityDeleted.from_dict(data)
        if fits[3] == best:
            return _lazy_models.TimerPropertyExpired.from_dict(data)
        if fits[4] == best:
            return _lazy_models.AnyEntityChange.from_dict(data)
        if fits[5] == best:
            return _lazy_models.RunCreated.from_dict(data)
        if fits[6] == best:
            return _lazy_models.RunUpdated.from_dict(data)
        return _lazy_models.AnyRunChange.from_dict(data)
    return UNSET
