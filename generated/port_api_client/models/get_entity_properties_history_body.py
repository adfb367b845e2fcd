from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.time_interval import TimeInterval
from ..types import (
    _all_instances,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.get_entity_properties_history_body_time_range import (
        GetEntityPropertiesHistoryBodyTimeRange,
    )


T = TypeVar("T", bound="GetEntityPropertiesHistoryBody")


@_attrs_define
class GetEntityPropertiesHistoryBody:
    """
    Attributes:
        entity_identifier (str):
        blueprint_identifier (str):
        property_names (list[str]):
        time_interval (TimeInterval | None):
        time_range (GetEntityPropertiesHistoryBodyTimeRange | None):
    """

    entity_identifier: str
    blueprint_identifier: str
    property_names: list[str]
    time_interval: TimeInterval | None = None
    time_range: GetEntityPropertiesHistoryBodyTimeRange | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "entityIdentifier": lambda v: isinstance(v, str),
        "blueprintIdentifier": lambda v: isinstance(v, str),
        "propertyNames": lambda v: (
            isinstance(v, list) and all(isinstance(item1, str) for item1 in v)
        ),
        "timeInterval": lambda v: (
            isinstance(v, str)
            and v
            in (
                "hour",
                "day",
                "isoWeek",
                "month",
                "quarter",
            )
        ),
        "timeRange": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "entity_identifier": "entityIdentifier",
        "blueprint_identifier": "blueprintIdentifier",
        "property_names": "propertyNames",
        "time_interval": "timeInterval",
        "time_range": "timeRange",
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
        field_dict["entityIdentifier"] = self.entity_identifier

        field_dict["blueprintIdentifier"] = self.blueprint_identifier

        field_dict["propertyNames"] = self.property_names

        if self.time_interval is not None:
            field_dict["timeInterval"] = self.time_interval.value
        elif self._nulls and "timeInterval" in self._nulls:
            field_dict["timeInterval"] = None

        if self.time_range is not None:
            field_dict["timeRange"] = self.time_range.to_dict()
        elif self._nulls and "timeRange" in self._nulls:
            field_dict["timeRange"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _entity_identifier = d.pop("entityIdentifier")
        if not isinstance(_entity_identifier, str):
            raise _unfit(cls, "entityIdentifier", _entity_identifier)
        entity_identifier: str = _entity_identifier

        _blueprint_identifier = d.pop("blueprintIdentifier")
        if not isinstance(_blueprint_identifier, str):
            raise _unfit(cls, "blueprintIdentifier", _blueprint_identifier)
        blueprint_identifier: str = _blueprint_identifier

        _property_names = d.pop("propertyNames")
        if not (isinstance(_property_names, list) and _all_instances(_property_names, str)):
            raise _unfit(cls, "propertyNames", _property_names)
        property_names: list[str] = _property_names

        _time_interval = d.pop("timeInterval", None)
        time_interval: Any = None
        if _time_interval is None:
            if "timeInterval" in src_dict:
                nulls += ("timeInterval",)
        elif isinstance(_time_interval, str):
            time_interval = TimeInterval(_time_interval)
        else:
            d["timeInterval"] = _time_interval

        _time_range = d.pop("timeRange", None)
        time_range: Any = None
        if _time_range is None:
            if "timeRange" in src_dict:
                nulls += ("timeRange",)
        elif isinstance(_time_range, dict):
            time_range = _lazy_models.GetEntityPropertiesHistoryBodyTimeRange.from_dict(_time_range)
        else:
            d["timeRange"] = _time_range

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        get_entity_properties_history_body = cls.__new__(cls)
        get_entity_properties_history_body.entity_identifier = entity_identifier
        get_entity_properties_history_body.blueprint_identifier = blueprint_identifier
        get_entity_properties_history_body.property_names = property_names
        get_entity_properties_history_body.time_interval = time_interval
        get_entity_properties_history_body.time_range = time_range
        get_entity_properties_history_body.additional_properties = d
        get_entity_properties_history_body._nulls = nulls
        return get_entity_properties_history_body

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
