from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

from ..models.entities_query_v2 import EntitiesQueryV2
from ..models.string_rule_operator import StringRuleOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntitiesQueryV2RuleStringRule2")


@_attrs_define
class EntitiesQueryV2RuleStringRule2:
    """
    Attributes:
        relation (str):
        operator (StringRuleOperator):
        value (bool | datetime.datetime | float | list[str] | None | str):
        target_property (EntitiesQueryV2 | Unset):
    """

    relation: str
    operator: StringRuleOperator
    value: bool | datetime.datetime | float | list[str] | None | str
    target_property: EntitiesQueryV2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relation = self.relation

        operator = self.operator.value

        value: bool | float | list[str] | None | str
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, datetime.datetime):
            value = self.value.isoformat()
        else:
            value = self.value

        target_property: str | Unset = UNSET
        if not isinstance(self.target_property, Unset):
            target_property = self.target_property.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relation": relation,
                "operator": operator,
                "value": value,
            }
        )
        if target_property is not UNSET:
            field_dict["targetProperty"] = target_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        relation = d.pop("relation")

        operator = StringRuleOperator(d.pop("operator"))

        def _parse_value(data: object) -> bool | datetime.datetime | float | list[str] | None | str:
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
            return cast(bool | datetime.datetime | float | list[str] | None | str, data)

        value = _parse_value(d.pop("value"))

        _target_property = d.pop("targetProperty", UNSET)
        target_property: EntitiesQueryV2 | Unset
        if isinstance(_target_property, Unset):
            target_property = UNSET
        else:
            target_property = EntitiesQueryV2(_target_property)

        entities_query_v2_rule_string_rule_2 = cls(
            relation=relation,
            operator=operator,
            value=value,
            target_property=target_property,
        )

        entities_query_v2_rule_string_rule_2.additional_properties = d
        return entities_query_v2_rule_string_rule_2

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
