from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.count_entities_literal import CountEntitiesLiteral
from ..models.func import Func
from ..models.time_interval import TimeInterval
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aggregate_property_time_range import AggregatePropertyTimeRange
    from ..models.search_entities_body import SearchEntitiesBody


T = TypeVar("T", bound="AggregateEntitiesOverTimeBodyCountEntities")


@_attrs_define
class AggregateEntitiesOverTimeBodyCountEntities:
    """
    Attributes:
        func (Func):
        blueprint (str | Unset):
        time_range (AggregatePropertyTimeRange | Unset):
        time_interval (TimeInterval | Unset):
        query (SearchEntitiesBody | Unset):
        measure_time_by (str | Unset):
        aggregation_type (CountEntitiesLiteral | Unset):
        breakdown_property (str | Unset):
    """

    func: Func
    blueprint: str | Unset = UNSET
    time_range: AggregatePropertyTimeRange | Unset = UNSET
    time_interval: TimeInterval | Unset = UNSET
    query: SearchEntitiesBody | Unset = UNSET
    measure_time_by: str | Unset = UNSET
    aggregation_type: CountEntitiesLiteral | Unset = UNSET
    breakdown_property: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        AggregatePropertyTimeRange = _models.AggregatePropertyTimeRange
        SearchEntitiesBody = _models.SearchEntitiesBody
        func = self.func.value

        blueprint = self.blueprint

        time_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range.to_dict()

        time_interval: str | Unset = UNSET
        if not isinstance(self.time_interval, Unset):
            time_interval = self.time_interval.value

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        measure_time_by = self.measure_time_by

        aggregation_type: str | Unset = UNSET
        if not isinstance(self.aggregation_type, Unset):
            aggregation_type = self.aggregation_type.value

        breakdown_property = self.breakdown_property

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "func": func,
            }
        )
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if time_range is not UNSET:
            field_dict["timeRange"] = time_range
        if time_interval is not UNSET:
            field_dict["timeInterval"] = time_interval
        if query is not UNSET:
            field_dict["query"] = query
        if measure_time_by is not UNSET:
            field_dict["measureTimeBy"] = measure_time_by
        if aggregation_type is not UNSET:
            field_dict["aggregationType"] = aggregation_type
        if breakdown_property is not UNSET:
            field_dict["breakdownProperty"] = breakdown_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        AggregatePropertyTimeRange = _models.AggregatePropertyTimeRange
        SearchEntitiesBody = _models.SearchEntitiesBody
        d = dict(src_dict)
        func = Func(d.pop("func"))

        blueprint = d.pop("blueprint", UNSET)

        _time_range = d.pop("timeRange", UNSET)
        time_range: AggregatePropertyTimeRange | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = AggregatePropertyTimeRange.from_dict(_time_range)

        _time_interval = d.pop("timeInterval", UNSET)
        time_interval: TimeInterval | Unset
        if isinstance(_time_interval, Unset):
            time_interval = UNSET
        else:
            time_interval = TimeInterval(_time_interval)

        _query = d.pop("query", UNSET)
        query: SearchEntitiesBody | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = SearchEntitiesBody.from_dict(_query)

        measure_time_by = d.pop("measureTimeBy", UNSET)

        _aggregation_type = d.pop("aggregationType", UNSET)
        aggregation_type: CountEntitiesLiteral | Unset
        if isinstance(_aggregation_type, Unset):
            aggregation_type = UNSET
        else:
            aggregation_type = CountEntitiesLiteral(_aggregation_type)

        breakdown_property = d.pop("breakdownProperty", UNSET)

        aggregate_entities_over_time_body_count_entities = cls(
            func=func,
            blueprint=blueprint,
            time_range=time_range,
            time_interval=time_interval,
            query=query,
            measure_time_by=measure_time_by,
            aggregation_type=aggregation_type,
            breakdown_property=breakdown_property,
        )

        aggregate_entities_over_time_body_count_entities.additional_properties = d
        return aggregate_entities_over_time_body_count_entities

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
