from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.property_comparison_operator import PropertyComparisonOperator

T = TypeVar("T", bound="RelationComparison")


@_attrs_define
class RelationComparison:
    """
    Attributes:
        relation (str):
        operator (PropertyComparisonOperator):
        value (bool | float | list[str] | str):
    """

    relation: str
    operator: PropertyComparisonOperator
    value: bool | float | list[str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relation = self.relation

        operator = self.operator.value

        value: bool | float | list[str] | str
        if isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relation": relation,
                "operator": operator,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        relation = d.pop("relation")

        operator = PropertyComparisonOperator(d.pop("operator"))

        def _parse_value(data: object) -> bool | float | list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_3 = cast(list[str], data)

                return value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | list[str] | str, data)

        value = _parse_value(d.pop("value"))

        relation_comparison = cls(
            relation=relation,
            operator=operator,
            value=value,
        )

        relation_comparison.additional_properties = d
        return relation_comparison

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
