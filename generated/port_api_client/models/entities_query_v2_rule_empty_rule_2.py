from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entities_query_v2 import EntitiesQueryV2
from ..models.operator import Operator
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntitiesQueryV2RuleEmptyRule2")


@_attrs_define
class EntitiesQueryV2RuleEmptyRule2:
    """
    Attributes:
        operator (Operator):
        relation (str):
        target_property (EntitiesQueryV2 | Unset):
    """

    operator: Operator
    relation: str
    target_property: EntitiesQueryV2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator.value

        relation = self.relation

        target_property: str | Unset = UNSET
        if not isinstance(self.target_property, Unset):
            target_property = self.target_property.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
                "relation": relation,
            }
        )
        if target_property is not UNSET:
            field_dict["targetProperty"] = target_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operator = Operator(d.pop("operator"))

        relation = d.pop("relation")

        _target_property = d.pop("targetProperty", UNSET)
        target_property: EntitiesQueryV2 | Unset
        if isinstance(_target_property, Unset):
            target_property = UNSET
        else:
            target_property = EntitiesQueryV2(_target_property)

        entities_query_v2_rule_empty_rule_2 = cls(
            operator=operator,
            relation=relation,
            target_property=target_property,
        )

        entities_query_v2_rule_empty_rule_2.additional_properties = d
        return entities_query_v2_rule_empty_rule_2

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
