from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.count_values_literal import CountValuesLiteral

if TYPE_CHECKING:
    from ..models.search_entities_body import SearchEntitiesBody


T = TypeVar("T", bound="GroupByProperty")


@_attrs_define
class GroupByProperty:
    """
    Attributes:
        func (CountValuesLiteral):
        query (SearchEntitiesBody):
        property_ (str):
    """

    func: CountValuesLiteral
    query: SearchEntitiesBody
    property_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        SearchEntitiesBody = _models.SearchEntitiesBody
        func = self.func.value

        query = self.query.to_dict()

        property_ = self.property_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "func": func,
                "query": query,
                "property": property_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        SearchEntitiesBody = _models.SearchEntitiesBody
        d = dict(src_dict)
        func = CountValuesLiteral(d.pop("func"))

        query = SearchEntitiesBody.from_dict(d.pop("query"))

        property_ = d.pop("property")

        group_by_property = cls(
            func=func,
            query=query,
            property_=property_,
        )

        group_by_property.additional_properties = d
        return group_by_property

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
