from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.string_rule_operator import StringRuleOperator

if TYPE_CHECKING:
    from ..models.entities_query import EntitiesQuery


T = TypeVar("T", bound="EntitiesQueryV2RuleStringRule")


@_attrs_define
class EntitiesQueryV2RuleStringRule:
    """
    Attributes:
        property_ (EntitiesQuery | str):
        operator (StringRuleOperator):
        value (bool | datetime.datetime | EntitiesQuery | float | list[str] | None | str):
    """

    property_: EntitiesQuery | str
    operator: StringRuleOperator
    value: bool | datetime.datetime | EntitiesQuery | float | list[str] | None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        EntitiesQuery = _models.EntitiesQuery
        property_: dict[str, Any] | str
        if isinstance(self.property_, EntitiesQuery):
            property_ = self.property_.to_dict()
        else:
            property_ = self.property_

        operator = self.operator.value

        value: bool | dict[str, Any] | float | list[str] | None | str
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, datetime.datetime):
            value = self.value.isoformat()
        elif isinstance(self.value, EntitiesQuery):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "operator": operator,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        EntitiesQuery = _models.EntitiesQuery
        d = dict(src_dict)

        def _parse_property_(data: object) -> EntitiesQuery | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                property_type_1 = EntitiesQuery.from_dict(data)

                return property_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntitiesQuery | str, data)

        property_ = _parse_property_(d.pop("property"))

        operator = StringRuleOperator(d.pop("operator"))

        def _parse_value(
            data: object,
        ) -> bool | datetime.datetime | EntitiesQuery | float | list[str] | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_4 = cast(list[str], data)

                return value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                value_type_5 = _isoparse(data)

                return value_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_6 = EntitiesQuery.from_dict(data)

                return value_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                bool | datetime.datetime | EntitiesQuery | float | list[str] | None | str, data
            )

        value = _parse_value(d.pop("value"))

        entities_query_v2_rule_string_rule = cls(
            property_=property_,
            operator=operator,
            value=value,
        )

        entities_query_v2_rule_string_rule.additional_properties = d
        return entities_query_v2_rule_string_rule

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
