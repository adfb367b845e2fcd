from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.property_contains_any_condition_operator import PropertyContainsAnyConditionOperator

T = TypeVar("T", bound="PropertyContainsAnyCondition")


@_attrs_define
class PropertyContainsAnyCondition:
    """
    Attributes:
        property_ (str):
        operator (PropertyContainsAnyConditionOperator):
        value (list[str]):
    """

    property_: str
    operator: PropertyContainsAnyConditionOperator
    value: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "operator": operator,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = d.pop("property")

        operator = PropertyContainsAnyConditionOperator(d.pop("operator"))

        value = cast(list[str], d.pop("value"))

        property_contains_any_condition = cls(
            property_=property_,
            operator=operator,
            value=value,
        )

        property_contains_any_condition.additional_properties = d
        return property_contains_any_condition

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
