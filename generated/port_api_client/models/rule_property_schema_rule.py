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
    from ..models.jq_query import JqQuery
    from ..models.property_schema import PropertySchema


T = TypeVar("T", bound="RulePropertySchemaRule")


@_attrs_define
class RulePropertySchemaRule:
    """
    Attributes:
        property_schema (PropertySchema):
        operator (PropertySchemaRuleOperator):
        value (bool | float | JqQuery | None | str | Unset):
    """

    property_schema: PropertySchema
    operator: PropertySchemaRuleOperator
    value: bool | float | JqQuery | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        JqQuery = _models.JqQuery
        PropertySchema = _models.PropertySchema
        property_schema = self.property_schema.to_dict()

        operator = self.operator.value

        value: bool | dict[str, Any] | float | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, JqQuery):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "propertySchema": property_schema,
                "operator": operator,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        JqQuery = _models.JqQuery
        PropertySchema = _models.PropertySchema
        d = dict(src_dict)
        property_schema = PropertySchema.from_dict(d.pop("propertySchema"))

        operator = PropertySchemaRuleOperator(d.pop("operator"))

        def _parse_value(data: object) -> bool | float | JqQuery | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_4 = JqQuery.from_dict(data)

                return value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | JqQuery | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        rule_property_schema_rule = cls(
            property_schema=property_schema,
            operator=operator,
            value=value,
        )

        rule_property_schema_rule.additional_properties = d
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
