from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.aggregate_by_property_func import AggregateByPropertyFunc
from ..models.average_of import AverageOf
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_entities_body import SearchEntitiesBody


T = TypeVar("T", bound="AggregateByProperty")


@_attrs_define
class AggregateByProperty:
    """
    Attributes:
        property_ (str):
        func (AggregateByPropertyFunc):
        query (SearchEntitiesBody):
        average_of (AverageOf | Unset):
        measure_time_by (str | Unset):
        calculation_by (str | Unset):
    """

    property_: str
    func: AggregateByPropertyFunc
    query: SearchEntitiesBody
    average_of: AverageOf | Unset = UNSET
    measure_time_by: str | Unset = UNSET
    calculation_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        SearchEntitiesBody = _models.SearchEntitiesBody
        property_ = self.property_

        func = self.func.value

        query = self.query.to_dict()

        average_of: str | Unset = UNSET
        if not isinstance(self.average_of, Unset):
            average_of = self.average_of.value

        measure_time_by = self.measure_time_by

        calculation_by = self.calculation_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "func": func,
                "query": query,
            }
        )
        if average_of is not UNSET:
            field_dict["averageOf"] = average_of
        if measure_time_by is not UNSET:
            field_dict["measureTimeBy"] = measure_time_by
        if calculation_by is not UNSET:
            field_dict["calculationBy"] = calculation_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        SearchEntitiesBody = _models.SearchEntitiesBody
        d = dict(src_dict)
        property_ = d.pop("property")

        func = AggregateByPropertyFunc(d.pop("func"))

        query = SearchEntitiesBody.from_dict(d.pop("query"))

        _average_of = d.pop("averageOf", UNSET)
        average_of: AverageOf | Unset
        if isinstance(_average_of, Unset):
            average_of = UNSET
        else:
            average_of = AverageOf(_average_of)

        measure_time_by = d.pop("measureTimeBy", UNSET)

        calculation_by = d.pop("calculationBy", UNSET)

        aggregate_by_property = cls(
            property_=property_,
            func=func,
            query=query,
            average_of=average_of,
            measure_time_by=measure_time_by,
            calculation_by=calculation_by,
        )

        aggregate_by_property.additional_properties = d
        return aggregate_by_property

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
