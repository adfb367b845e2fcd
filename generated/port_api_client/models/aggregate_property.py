from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.aggregate_properties_values_literal import AggregatePropertiesValuesLiteral
from ..models.aggregate_property_func import AggregatePropertyFunc
from ..models.time_interval import TimeInterval
from ..types import (
    _all_instances,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.aggregate_property_time_range import AggregatePropertyTimeRange
    from ..models.search_entities_body import SearchEntitiesBody


T = TypeVar("T", bound="AggregateProperty")


@_attrs_define
class AggregateProperty:
    """
    Attributes:
        func (AggregatePropertyFunc):
        properties (list[str]):
        blueprint (str | None):
        time_range (AggregatePropertyTimeRange | None):
        time_interval (TimeInterval | None):
        query (SearchEntitiesBody | None):
        measure_time_by (str | None):
        aggregation_type (AggregatePropertiesValuesLiteral | None):
    """

    func: AggregatePropertyFunc
    properties: list[str]
    blueprint: str | None = None
    time_range: AggregatePropertyTimeRange | None = None
    time_interval: TimeInterval | None = None
    query: SearchEntitiesBody | None = None
    measure_time_by: str | None = None
    aggregation_type: AggregatePropertiesValuesLiteral | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "func": lambda v: (
            isinstance(v, str)
            and v
            in (
                "average",
                "sum",
                "min",
                "max",
                "median",
                "last",
            )
        ),
        "properties": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "blueprint": lambda v: isinstance(v, str),
        "timeRange": lambda v: isinstance(v, dict),
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
        "query": lambda v: isinstance(v, dict),
        "measureTimeBy": lambda v: isinstance(v, str),
        "aggregationType": lambda v: isinstance(v, str) and v in ("aggregatePropertiesValues",),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "func": "func",
        "properties": "properties",
        "blueprint": "blueprint",
        "time_range": "timeRange",
        "time_interval": "timeInterval",
        "query": "query",
        "measure_time_by": "measureTimeBy",
        "aggregation_type": "aggregationType",
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
        field_dict["func"] = self.func.value

        field_dict["properties"] = self.properties

        if self.blueprint is not None:
            field_dict["blueprint"] = self.blueprint
        elif self._nulls and "blueprint" in self._nulls:
            field_dict["blueprint"] = None

        if self.time_range is not None:
            field_dict["timeRange"] = self.time_range.to_dict()
        elif self._nulls and "timeRange" in self._nulls:
            field_dict["timeRange"] = None

        if self.time_interval is not None:
            field_dict["timeInterval"] = self.time_interval.value
        elif self._nulls and "timeInterval" in self._nulls:
            field_dict["timeInterval"] = None

        if self.query is not None:
            field_dict["query"] = self.query.to_dict()
        elif self._nulls and "query" in self._nulls:
            field_dict["query"] = None

        if self.measure_time_by is not None:
            field_dict["measureTimeBy"] = self.measure_time_by
        elif self._nulls and "measureTimeBy" in self._nulls:
            field_dict["measureTimeBy"] = None

        if self.aggregation_type is not None:
            field_dict["aggregationType"] = self.aggregation_type.value
        elif self._nulls and "aggregationType" in self._nulls:
            field_dict["aggregationType"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _func = d.pop("func")
        if not isinstance(_func, str):
            raise _unfit(cls, "func", _func)
        func: AggregatePropertyFunc = AggregatePropertyFunc(_func)

        _properties = d.pop("properties")
        if not (isinstance(_properties, list) and _all_instances(_properties, str)):
            raise _unfit(cls, "properties", _properties)
        properties: list[str] = _properties

        blueprint = d.pop("blueprint", None)
        if blueprint is None:
            if "blueprint" in src_dict:
                nulls += ("blueprint",)
        elif not isinstance(blueprint, str):
            d["blueprint"] = blueprint
            blueprint = None

        _time_range = d.pop("timeRange", None)
        time_range: Any = None
        if _time_range is None:
            if "timeRange" in src_dict:
                nulls += ("timeRange",)
        elif isinstance(_time_range, dict):
            time_range = _lazy_models.AggregatePropertyTimeRange.from_dict(_time_range)
        else:
            d["timeRange"] = _time_range

        _time_interval = d.pop("timeInterval", None)
        time_interval: Any = None
        if _time_interval is None:
            if "timeInterval" in src_dict:
                nulls += ("timeInterval",)
        elif isinstance(_time_interval, str):
            time_interval = TimeInterval(_time_interval)
        else:
            d["timeInterval"] = _time_interval

        _query = d.pop("query", None)
        query: Any = None
        if _query is None:
            if "query" in src_dict:
                nulls += ("query",)
        elif isinstance(_query, dict):
            query = _lazy_models.SearchEntitiesBody.from_dict(_query)
        else:
            d["query"] = _query

        measure_time_by = d.pop("measureTimeBy", None)
        if measure_time_by is None:
            if "measureTimeBy" in src_dict:
                nulls += ("measureTimeBy",)
        elif not isinstance(measure_time_by, str):
            d["measureTimeBy"] = measure_time_by
            measure_time_by = None

        _aggregation_type = d.pop("aggregationType", None)
        aggregation_type: Any = None
        if _aggregation_type is None:
            if "aggregationType" in src_dict:
                nulls += ("aggregationType",)
        elif isinstance(_aggregation_type, str):
            aggregation_type = AggregatePropertiesValuesLiteral(_aggregation_type)
        else:
            d["aggregationType"] = _aggregation_type

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        aggregate_property = cls.__new__(cls)
        aggregate_property.func = func
        aggregate_property.properties = properties
        aggregate_property.blueprint = blueprint
        aggregate_property.time_range = time_range
        aggregate_property.time_interval = time_interval
        aggregate_property.query = query
        aggregate_property.measure_time_by = measure_time_by
        aggregate_property.aggregation_type = aggregation_type
        aggregate_property.additional_properties = d
        aggregate_property._nulls = nulls
        return aggregate_property

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
