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
)

if TYPE_CHECKING:
    from ..models.property_schema import PropertySchema


T = TypeVar("T", bound="PropertySchemaRule")


@_attrs_define
class PropertySchemaRule:
    """
    Attributes:
        property_schema (PropertySchema | Unset):
        operator (PropertySchemaRuleOperator | Unset):
        value (bool | float | None | str | Unset):
    """

    property_schema: PropertySchema | Unset = UNSET
    operator: PropertySchemaRuleOperator | Unset = UNSET
    value: bool | float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(self.property_schema, Unset):
            field_dict["propertySchema"] = self.property_schema.to_dict()

        if not isinstance(self.operator, Unset):
            field_dict["operator"] = self.operator.value

        if self.value is not UNSET:
            field_dict["value"] = self.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        _property_schema = d.pop("propertySchema", UNSET)
        property_schema: PropertySchema | Unset = UNSET
        if isinstance(_property_schema, dict):
            property_schema = _lazy_models.PropertySchema.from_dict(_property_schema)
        elif _property_schema is not UNSET:
            d["propertySchema"] = _property_schema

        _operator = d.pop("operator", UNSET)
        operator: PropertySchemaRuleOperator | Unset = UNSET
        if isinstance(_operator, str):
            operator = PropertySchemaRuleOperator(_operator)
        elif _operator is not UNSET:
            d["operator"] = _operator

        value = d.pop("value", UNSET)
        if (
            not (
                (value is None)
                or isinstance(value, str)
                or (isinstance(value, (int, float)) and not isinstance(value, bool))
                or isinstance(value, bool)
            )
            and value is not UNSET
        ):
            d["value"] = value
            value = UNSET

        property_schema_rule = cls(
            property_schema=property_schema,
            operator=operator,
            value=value,
        )
        property_schema_rule.additional_properties = d
        return property_schema_rule

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
