from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.in_rule_operator import InRuleOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="InRule")


@_attrs_define
class InRule:
    """
    Attributes:
        property_ (str | Unset):
        operator (InRuleOperator | Unset):
        value (list[str] | Unset):
    """

    property_: str | Unset = UNSET
    operator: InRuleOperator | Unset = UNSET
    value: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value: list[str] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_ is not UNSET:
            field_dict["property"] = property_
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = d.pop("property", UNSET)

        _operator = d.pop("operator", UNSET)
        operator: InRuleOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = InRuleOperator(_operator)

        value = cast(list[str], d.pop("value", UNSET))

        in_rule = cls(
            property_=property_,
            operator=operator,
            value=value,
        )

        in_rule.additional_properties = d
        return in_rule

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
