from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expired_rule_operator import ExpiredRuleOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpiredRuleExpiredRule")


@_attrs_define
class ExpiredRuleExpiredRule:
    """
    Attributes:
        operator (ExpiredRuleOperator | Unset):
        property_ (str | Unset):
    """

    operator: ExpiredRuleOperator | Unset = UNSET
    property_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        property_ = self.property_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if property_ is not UNSET:
            field_dict["property"] = property_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: ExpiredRuleOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = ExpiredRuleOperator(_operator)

        property_ = d.pop("property", UNSET)

        expired_rule_expired_rule = cls(
            operator=operator,
            property_=property_,
        )

        expired_rule_expired_rule.additional_properties = d
        return expired_rule_expired_rule

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
