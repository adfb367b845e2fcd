from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.match_any_literal import MatchAnyLiteral
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _fit,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.entities_query import EntitiesQuery
    from ..models.property_ import Property


T = TypeVar("T", bound="MatchAnyMatchAnyRule")


@_attrs_define
class MatchAnyMatchAnyRule:
    """
    Attributes:
        property_ (EntitiesQuery | Property | str | None):
        operator (MatchAnyLiteral | None):
        value (EntitiesQuery | list[str] | str | None):
    """

    property_: EntitiesQuery | Property | str | None = None
    operator: MatchAnyLiteral | None = None
    value: EntitiesQuery | list[str] | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "property": lambda v: isinstance(v, dict) or isinstance(v, str),
        "operator": lambda v: isinstance(v, str) and v in ("matchAny",),
        "value": lambda v: (
            (isinstance(v, list) and all(isinstance(item1, str) for item1 in v))
            or isinstance(v, str)
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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.property_ is not None:
            field_dict["property"] = (
                self.property_.to_dict()
                if isinstance(self.property_, _lazy_models.Property)
                else self.property_.to_dict()
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
                self.value.to_dict()
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
            operator = MatchAnyLiteral(_operator)
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

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        match_any_match_any_rule = cls.__new__(cls)
        match_any_match_any_rule.property_ = property_
        match_any_match_any_rule.operator = operator
        match_any_match_any_rule.value = value
        match_any_match_any_rule.additional_properties = d
        match_any_match_any_rule._nulls = nulls
        return match_any_match_any_rule

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


def _parse_property_(data: Any) -> EntitiesQuery | Property | str | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.Property._json_checks),
            _fit(data, _lazy_models.EntitiesQuery._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.Property.from_dict(data)
        return _lazy_models.EntitiesQuery.from_dict(data)
    if isinstance(data, str):
        return data
    return UNSET


def _parse_value(data: Any) -> EntitiesQuery | list[str] | str | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        return _lazy_models.EntitiesQuery.from_dict(data)
    if isinstance(data, list) and _all_instances(data, str):
        return data
    return UNSET
