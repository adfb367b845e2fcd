from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.date_rule_operator import DateRuleOperator

if TYPE_CHECKING:
    from ..models.date_range import DateRange
    from ..models.preset_date_range import PresetDateRange


T = TypeVar("T", bound="PropertyBetweenCondition")


@_attrs_define
class PropertyBetweenCondition:
    """
    Attributes:
        property_ (str):
        operator (DateRuleOperator):
        value (DateRange | PresetDateRange):
    """

    property_: str
    operator: DateRuleOperator
    value: DateRange | PresetDateRange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        DateRange = _models.DateRange
        PresetDateRange = _models.PresetDateRange
        property_ = self.property_

        operator = self.operator.value

        value: dict[str, Any]
        if isinstance(self.value, DateRange):
            value = self.value.to_dict()
        else:
            value = self.value.to_dict()

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
        DateRange = _models.DateRange
        PresetDateRange = _models.PresetDateRange
        d = dict(src_dict)
        property_ = d.pop("property")

        operator = DateRuleOperator(d.pop("operator"))

        def _parse_value(data: object) -> DateRange | PresetDateRange:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_property_between_condition_value_type_0 = DateRange.from_dict(
                    data
                )

                return componentsschemas_property_between_condition_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_property_between_condition_value_type_1 = PresetDateRange.from_dict(
                data
            )

            return componentsschemas_property_between_condition_value_type_1

        value = _parse_value(d.pop("value"))

        property_between_condition = cls(
            property_=property_,
            operator=operator,
            value=value,
        )

        property_between_condition.additional_properties = d
        return property_between_condition

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
