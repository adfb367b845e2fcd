from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.average_literal import AverageLiteral
from ..models.average_of import AverageOf
from ..models.entities_literal import EntitiesLiteral
from ..types import (
    _present_repr,
)

T = TypeVar("T", bound="AggregationPropertiesValueCalculationSpec")


@_attrs_define
class AggregationPropertiesValueCalculationSpec:
    """
    Attributes:
        func (AverageLiteral | None):
        measure_time_by (str | None):
        average_of (AverageOf | None):
        calculation_by (EntitiesLiteral | None):
    """

    func: AverageLiteral | None = None
    measure_time_by: str | None = None
    average_of: AverageOf | None = None
    calculation_by: EntitiesLiteral | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "func": lambda v: isinstance(v, str) and v in ("average",),
        "measureTimeBy": lambda v: isinstance(v, str),
        "averageOf": lambda v: (
            isinstance(v, str)
            and v
            in (
                "hour",
                "day",
                "week",
                "month",
                "total",
            )
        ),
        "calculationBy": lambda v: isinstance(v, str) and v in ("entities",),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "func": "func",
        "measure_time_by": "measureTimeBy",
        "average_of": "averageOf",
        "calculation_by": "calculationBy",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.func is not None:
            field_dict["func"] = self.func.value
        elif self._nulls and "func" in self._nulls:
            field_dict["func"] = None

        if self.measure_time_by is not None:
            field_dict["measureTimeBy"] = self.measure_time_by
        elif self._nulls and "measureTimeBy" in self._nulls:
            field_dict["measureTimeBy"] = None

        if self.average_of is not None:
            field_dict["averageOf"] = self.average_of.value
        elif self._nulls and "averageOf" in self._nulls:
            field_dict["averageOf"] = None

        if self.calculation_by is not None:
            field_dict["calculationBy"] = self.calculation_by.value
        elif self._nulls and "calculationBy" in self._nulls:
            field_dict["calculationBy"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _func = d.pop("func", None)
        func: Any = None
        if _func is None:
            if "func" in src_dict:
                nulls += ("func",)
        elif isinstance(_func, str):
            func = AverageLiteral(_func)
        else:
            d["func"] = _func

        measure_time_by = d.pop("measureTimeBy", None)
        if measure_time_by is None:
            if "measureTimeBy" in src_dict:
                nulls += ("measureTimeBy",)
        elif not isinstance(measure_time_by, str):
            d["measureTimeBy"] = measure_time_by
            measure_time_by = None

        _average_of = d.pop("averageOf", None)
        average_of: Any = None
        if _average_of is None:
            if "averageOf" in src_dict:
                nulls += ("averageOf",)
        elif isinstance(_average_of, str):
            average_of = AverageOf(_average_of)
        else:
            d["averageOf"] = _average_of

        _calculation_by = d.pop("calculationBy", None)
        calculation_by: Any = None
        if _calculation_by is None:
            if "calculationBy" in src_dict:
                nulls += ("calculationBy",)
        elif isinstance(_calculation_by, str):
            calculation_by = EntitiesLiteral(_calculation_by)
        else:
            d["calculationBy"] = _calculation_by

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        aggregation_properties_value_calculation_spec = cls.__new__(cls)
        aggregation_properties_value_calculation_spec.func = func
        aggregation_properties_value_calculation_spec.measure_time_by = measure_time_by
        aggregation_properties_value_calculation_spec.average_of = average_of
        aggregation_properties_value_calculation_spec.calculation_by = calculation_by
        aggregation_properties_value_calculation_spec.additional_properties = d
        aggregation_properties_value_calculation_spec._nulls = nulls
        return aggregation_properties_value_calculation_spec

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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
