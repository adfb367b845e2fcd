from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.property_schema_rule_operator import PropertySchemaRuleOperator
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        PropertySchema = _models.PropertySchema
        property_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_schema, Unset):
            property_schema = self.property_schema.to_dict()

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value: bool | float | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_schema is not UNSET:
            field_dict["propertySchema"] = property_schema
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        PropertySchema = _models.PropertySchema
        d = dict(src_dict)
        _property_schema = d.pop("propertySchema", UNSET)
        property_schema: PropertySchema | Unset
        if isinstance(_property_schema, Unset):
            property_schema = UNSET
        else:
            property_schema = PropertySchema.from_dict(_property_schema)

        _operator = d.pop("operator", UNSET)
        operator: PropertySchemaRuleOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = PropertySchemaRuleOperator(_operator)

        def _parse_value(data: object) -> bool | float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

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
