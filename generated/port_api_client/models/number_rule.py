from __future__ import annotations

import datetime
import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.number_rule_operator import NumberRuleOperator
from ..types import (
    UNSET,
    Unset,
    _datetime_json,
    _parse_datetime,
    _present_repr,
    _record_datetimes,
)

if TYPE_CHECKING:
    from ..models.entities_query import EntitiesQuery


T = TypeVar("T", bound="NumberRule")


@_attrs_define
class NumberRule:
    """
    Attributes:
        property_ (EntitiesQuery | str | None):
        operator (NumberRuleOperator | None):
        value (datetime.datetime | EntitiesQuery | float | None):
    """

    property_: EntitiesQuery | str | None = None
    operator: NumberRuleOperator | None = None
    value: datetime.datetime | EntitiesQuery | float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "property": lambda v: isinstance(v, str) or isinstance(v, dict),
        "operator": lambda v: (
            isinstance(v, str)
            and v
            in (
                "\u003e",
                "\u003e=",
                "\u003c",
                "\u003c=",
            )
        ),
        "value": lambda v: (
            (isinstance(v, (int, float)) and not isinstance(v, bool))
            or _parse_datetime(v, _isoparse) is not UNSET
            or isinstance(v, dict)
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

    # The text each date-time was read from: to_dict() writes an unchanged one back as it came.
    _datetime_texts: dict[int, tuple[datetime.datetime, str]] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.property_ is not None:
            field_dict["property"] = (
                self.property_.to_dict()
                if isinstance(self.property_, _lazy_models.EntitiesQuery)
                else self.property_
            )
        elif self._nulls and "property" in self._nulls:
            field_dict["property"] = None

        if self.operator is not None:
            field_dict["operator"] = self.operator.value
        elif self._nulls and "operator" in self._nulls:
            field_dict["operator"] = None

        if self.value is not None:
            field_dict["value"] = (
                _datetime_json(self.value, self._datetime_texts)
                if isinstance(self.value, datetime.datetime)
                else self.value.to_dict()
                if isinstance(self.value, _lazy_models.EntitiesQuery)
                else self.value
            )
        elif self._nulls and "value" in self._nulls:
            field_dict["value"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        _property_ = d.pop("property", None)
        property_: Any = None
        if _property_ is None:
            if "property" in src_dict:
                nulls += ("property",)
        else:
            property_ = _parse_property_(_property_)
            if property_ is UNSET:
                d["property"] = _property_
                property_ = None

        _operator = d.pop("operator", None)
        operator: Any = None
        if _operator is None:
            if "operator" in src_dict:
                nulls += ("operator",)
        elif isinstance(_operator, str):
            operator = NumberRuleOperator(_operator)
        else:
            d["operator"] = _operator

        _value = d.pop("value", None)
        value: Any = None
        if _value is None:
            if "value" in src_dict:
                nulls += ("value",)
        else:
            value = _parse_value(_value)
            if value is UNSET:
                d["value"] = _value
                value = None
            else:
                _record_datetimes(datetime_texts, value, _value)

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        number_rule = cls.__new__(cls)
        number_rule.property_ = property_
        number_rule.operator = operator
        number_rule.value = value
        number_rule.additional_properties = d
        number_rule._datetime_texts = datetime_texts or None
        number_rule._nulls = nulls
        return number_rule

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


def _parse_property_(data: Any) -> EntitiesQuery | str | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        return _lazy_models.EntitiesQuery.from_dict(data)
    return UNSET


def _parse_value(data: Any) -> datetime.datetime | EntitiesQuery | float | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, (int, float)) and not isinstance(data, bool):
        return data
    if isinstance(data, dict):
        return _lazy_models.EntitiesQuery.from_dict(data)
    if isinstance(data, str):
        value = _parse_datetime(data, _isoparse)
        if value is not UNSET:
            return value
    return UNSET
