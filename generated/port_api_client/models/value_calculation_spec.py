from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.count_literal import CountLiteral
from ..models.entities_literal import EntitiesLiteral
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValueCalculationSpec")


@_attrs_define
class ValueCalculationSpec:
    """
    Attributes:
        func (CountLiteral | Unset):
        calculation_by (EntitiesLiteral | Unset):
    """

    func: CountLiteral | Unset = UNSET
    calculation_by: EntitiesLiteral | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        func: str | Unset = UNSET
        if not isinstance(self.func, Unset):
            func = self.func.value

        calculation_by: str | Unset = UNSET
        if not isinstance(self.calculation_by, Unset):
            calculation_by = self.calculation_by.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if func is not UNSET:
            field_dict["func"] = func
        if calculation_by is not UNSET:
            field_dict["calculationBy"] = calculation_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _func = d.pop("func", UNSET)
        func: CountLiteral | Unset
        if isinstance(_func, Unset):
            func = UNSET
        else:
            func = CountLiteral(_func)

        _calculation_by = d.pop("calculationBy", UNSET)
        calculation_by: EntitiesLiteral | Unset
        if isinstance(_calculation_by, Unset):
            calculation_by = UNSET
        else:
            calculation_by = EntitiesLiteral(_calculation_by)

        value_calculation_spec = cls(
            func=func,
            calculation_by=calculation_by,
        )

        value_calculation_spec.additional_properties = d
        return value_calculation_spec

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
