from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contains_literal import ContainsLiteral
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainsContainsRule")


@_attrs_define
class ContainsContainsRule:
    """
    Attributes:
        property_ (str | Unset):
        operator (ContainsLiteral | Unset):
        value (list[str] | None | str | Unset):
    """

    property_: str | Unset = UNSET
    operator: ContainsLiteral | Unset = UNSET
    value: list[str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value: list[str] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        else:
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
        operator: ContainsLiteral | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = ContainsLiteral(_operator)

        def _parse_value(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_1 = cast(list[str], data)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        contains_contains_rule = cls(
            property_=property_,
            operator=operator,
            value=value,
        )

        contains_contains_rule.additional_properties = d
        return contains_contains_rule

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
