from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.property_comparison_operator import PropertyComparisonOperator
from ..types import (
    _all_instances,
    _present_repr,
    _unfit,
)

T = TypeVar("T", bound="PropertyComparison")


@_attrs_define
class PropertyComparison:
    """
    Attributes:
        property_ (str):
        operator (PropertyComparisonOperator):
        value (bool | float | list[str] | str):
    """

    property_: str
    operator: PropertyComparisonOperator
    value: bool | float | list[str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "property": lambda v: isinstance(v, str),
        "operator": lambda v: (
            isinstance(v, str)
            and v
            in (
                "=",
                "!=",
                "\u003e",
                "\u003c",
                "\u003e=",
                "\u003c=",
                "contains",
                "doesNotContains",
                "beginsWith",
                "doesNotBeginsWith",
                "endsWith",
                "doesNotEndsWith",
            )
        ),
        "value": lambda v: (
            isinstance(v, str)
            or (isinstance(v, (int, float)) and not isinstance(v, bool))
            or isinstance(v, bool)
            or (isinstance(v, list) and all(isinstance(item1, str) for item1 in v))
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "property_": "property",
        "operator": "operator",
        "value": "value",
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
        field_dict["property"] = self.property_

        field_dict["operator"] = self.operator.value

        field_dict["value"] = self.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        _property_ = d.pop("property")
        if not isinstance(_property_, str):
            raise _unfit(cls, "property", _property_)
        property_: str = _property_

        _operator = d.pop("operator")
        if not isinstance(_operator, str):
            raise _unfit(cls, "operator", _operator)
        operator: PropertyComparisonOperator = PropertyComparisonOperator(_operator)

        _value = d.pop("value")
        if not (
            isinstance(_value, str)
            or (isinstance(_value, (int, float)) and not isinstance(_value, bool))
            or isinstance(_value, bool)
            or (isinstance(_value, list) and _all_instances(_value, str))
        ):
            raise _unfit(cls, "value", _value)
        value: bool | float | list[str] | str = _value

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        property_comparison = cls.__new__(cls)
        property_comparison.property_ = property_
        property_comparison.operator = operator
        property_comparison.value = value
        property_comparison.additional_properties = d
        return property_comparison

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
