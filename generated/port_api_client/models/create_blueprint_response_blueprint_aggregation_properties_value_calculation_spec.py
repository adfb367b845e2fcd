from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calculation_spec_func import CalculationSpecFunc
from ..models.property_literal import PropertyLiteral
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec")


@_attrs_define
class CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec:
    """
    Attributes:
        func (CalculationSpecFunc | Unset):
        property_ (str | Unset):
        calculation_by (PropertyLiteral | Unset):
    """

    func: CalculationSpecFunc | Unset = UNSET
    property_: str | Unset = UNSET
    calculation_by: PropertyLiteral | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        func: str | Unset = UNSET
        if not isinstance(self.func, Unset):
            func = self.func.value

        property_ = self.property_

        calculation_by: str | Unset = UNSET
        if not isinstance(self.calculation_by, Unset):
            calculation_by = self.calculation_by.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if func is not UNSET:
            field_dict["func"] = func
        if property_ is not UNSET:
            field_dict["property"] = property_
        if calculation_by is not UNSET:
            field_dict["calculationBy"] = calculation_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _func = d.pop("func", UNSET)
        func: CalculationSpecFunc | Unset
        if isinstance(_func, Unset):
            func = UNSET
        else:
            func = CalculationSpecFunc(_func)

        property_ = d.pop("property", UNSET)

        _calculation_by = d.pop("calculationBy", UNSET)
        calculation_by: PropertyLiteral | Unset
        if isinstance(_calculation_by, Unset):
            calculation_by = UNSET
        else:
            calculation_by = PropertyLiteral(_calculation_by)

        create_blueprint_response_blueprint_aggregation_properties_value_calculation_spec = cls(
            func=func,
            property_=property_,
            calculation_by=calculation_by,
        )

        create_blueprint_response_blueprint_aggregation_properties_value_calculation_spec.additional_properties = d
        return create_blueprint_response_blueprint_aggregation_properties_value_calculation_spec

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
