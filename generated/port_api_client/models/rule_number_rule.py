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
    _fit,
    _parse_datetime,
    _present_repr,
    _record_datetimes,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.entities_query import EntitiesQuery
    from ..models.jq_query import JqQuery


T = TypeVar("T", bound="RuleNumberRule")


@_attrs_define
class RuleNumberRule:
    """
    Attributes:
        property_ (EntitiesQuery | str):
        operator (NumberRuleOperator):
        value (datetime.datetime | EntitiesQuery | float | JqQuery):
    """

    property_: EntitiesQuery | str
    operator: NumberRuleOperator
    value: datetime.datetime | EntitiesQuery | float | JqQuery
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        field_dict["property"] = (
            self.property_.to_dict()
            if isinstance(self.property_, _lazy_models.EntitiesQuery)
            else self.property_
        )

        field_dict["operator"] = self.operator.value

        field_dict["value"] = (
            _datetime_json(self.value, self._datetime_texts)
            if isinstance(self.value, datetime.datetime)
            else self.value.to_dict()
            if isinstance(self.value, _lazy_models.JqQuery)
            else self.value.to_dict()
            if isinstance(self.value, _lazy_models.EntitiesQuery)
            else self.value
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        _property_ = d.pop("property")
        property_: EntitiesQuery | str = _parse_property_(_property_)
        if property_ is UNSET:
            raise _unfit(cls, "property", _property_)

        _operator = d.pop("operator")
        if not isinstance(_operator, str):
            raise _unfit(cls, "operator", _operator)
        operator: NumberRuleOperator = NumberRuleOperator(_operator)

        _value = d.pop("value")
        value: datetime.datetime | EntitiesQuery | float | JqQuery = _parse_value(_value)
        if value is UNSET:
            raise _unfit(cls, "value", _value)
        _record_datetimes(datetime_texts, value, _value)

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        rule_number_rule = cls.__new__(cls)
        rule_number_rule.property_ = property_
        rule_number_rule.operator = operator
        rule_number_rule.value = value
        rule_number_rule.additional_properties = d
        rule_number_rule._datetime_texts = datetime_texts or None
        return rule_number_rule

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


def _parse_value(data: Any) -> datetime.datetime | EntitiesQuery | float | JqQuery | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.JqQuery._json_checks),
            _fit(data, _lazy_models.EntitiesQuery._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.JqQuery.from_dict(data)
        return _lazy_models.EntitiesQuery.from_dict(data)
    if isinstance(data, (int, float)) and not isinstance(data, bool):
        return data
    if isinstance(data, str):
        value = _parse_datetime(data, _isoparse)
        if value is not UNSET:
            return value
    return UNSET
