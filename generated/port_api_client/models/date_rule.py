from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.date_rule_operator import DateRuleOperator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_preset import DatePreset
    from ..models.date_range import DateRange
    from ..models.entities_query import EntitiesQuery


T = TypeVar("T", bound="DateRule")


@_attrs_define
class DateRule:
    """
    Attributes:
        property_ (EntitiesQuery | str | Unset):
        operator (DateRuleOperator | Unset):
        value (DatePreset | DateRange | EntitiesQuery | Unset):
    """

    property_: EntitiesQuery | str | Unset = UNSET
    operator: DateRuleOperator | Unset = UNSET
    value: DatePreset | DateRange | EntitiesQuery | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        DatePreset = _models.DatePreset
        DateRange = _models.DateRange
        EntitiesQuery = _models.EntitiesQuery
        property_: dict[str, Any] | str | Unset
        if isinstance(self.property_, Unset):
            property_ = UNSET
        elif isinstance(self.property_, EntitiesQuery):
            property_ = self.property_.to_dict()
        else:
            property_ = self.property_

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value: dict[str, Any] | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, DateRange):
            value = self.value.to_dict()
        elif isinstance(self.value, DatePreset):
            value = self.value.to_dict()
        else:
            value = self.value.to_dict()

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
        DatePreset = _models.DatePreset
        DateRange = _models.DateRange
        EntitiesQuery = _models.EntitiesQuery
        d = dict(src_dict)

        def _parse_property_(data: object) -> EntitiesQuery | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                property_type_1 = EntitiesQuery.from_dict(data)

                return property_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntitiesQuery | str | Unset, data)

        property_ = _parse_property_(d.pop("property", UNSET))

        _operator = d.pop("operator", UNSET)
        operator: DateRuleOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = DateRuleOperator(_operator)

        def _parse_value(data: object) -> DatePreset | DateRange | EntitiesQuery | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_date_rule_value_type_0 = DateRange.from_dict(data)

                return componentsschemas_date_rule_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_date_rule_value_type_1 = DatePreset.from_dict(data)

                return componentsschemas_date_rule_value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_date_rule_value_type_2 = EntitiesQuery.from_dict(data)

            return componentsschemas_date_rule_value_type_2

        value = _parse_value(d.pop("value", UNSET))

        date_rule = cls(
            property_=property_,
            operator=operator,
            value=value,
        )

        date_rule.additional_properties = d
        return date_rule

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
