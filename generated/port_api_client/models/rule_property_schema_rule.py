from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.property_schema_rule_operator import PropertySchemaRuleOperator
from ..types import (
    UNSET,
    Unset,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.jq_query import JqQuery
    from ..models.property_schema import PropertySchema


T = TypeVar("T", bound="RulePropertySchemaRule")


@_attrs_define
class RulePropertySchemaRule:
    """
    Attributes:
        property_schema (PropertySchema):
        operator (PropertySchemaRuleOperator):
        value (bool | float | JqQuery | None | str):
    """

    property_schema: PropertySchema
    operator: PropertySchemaRuleOperator
    value: bool | float | JqQuery | None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "propertySchema": lambda v: isinstance(v, dict),
        "operator": lambda v: (
            isinstance(v, str)
            and v
            in (
                "=",
                "!=",
                "contains",
            )
        ),
        "value": lambda v: (
            (v is None)
            or isinstance(v, str)
            or (isinstance(v, (int, float)) and not isinstance(v, bool))
            or isinstance(v, bool)
            or isinstance(v, dict)
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "property_schema": "propertySchema",
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
        field_dict["propertySchema"] = self.property_schema.to_dict()

        field_dict["operator"] = self.operator.value

        if self.value is not None:
            field_dict["value"] = (
                self.value.to_dict() if isinstance(self.value, _lazy_models.JqQuery) else self.value
            )
        elif self._nulls and "value" in self._nulls:
            field_dict["value"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _property_schema = d.pop("propertySchema")
        if not isinstance(_property_schema, dict):
            raise _unfit(cls, "propertySchema", _property_schema)
        property_schema: PropertySchema = _lazy_models.PropertySchema.from_dict(_property_schema)

        _operator = d.pop("operator")
        if not isinstance(_operator, str):
            raise _unfit(cls, "operator", _operator)
        operator: PropertySchemaRuleOperator = PropertySchemaRuleOperator(_operator)

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
        rule_property_schema_rule = cls.__new__(cls)
        rule_property_schema_rule.property_schema = property_schema
        rule_property_schema_rule.operator = operator
        rule_property_schema_rule.value = value
        rule_property_schema_rule.additional_properties = d
        rule_property_schema_rule._nulls = nulls
        return rule_property_schema_rule

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


def _parse_value(data: Any) -> bool | float | JqQuery | None | str | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if data is None:
        return data
    if isinstance(data, str):
        return data
    if isinstance(data, (int, float)) and not isinstance(data, bool):
        return data
    if isinstance(data, bool):
        return data
    if isinstance(data, dict):
        return _lazy_models.JqQuery.from_dict(data)
    return UNSET
