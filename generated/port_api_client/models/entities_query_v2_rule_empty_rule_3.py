from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operator import Operator
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntitiesQueryV2RuleEmptyRule3")


@_attrs_define
class EntitiesQueryV2RuleEmptyRule3:
    """
    Attributes:
        operator (Operator):
        scorecard (str):
        scorecard_rule (str | Unset):
    """

    operator: Operator
    scorecard: str
    scorecard_rule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator.value

        scorecard = self.scorecard

        scorecard_rule = self.scorecard_rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
                "scorecard": scorecard,
            }
        )
        if scorecard_rule is not UNSET:
            field_dict["scorecardRule"] = scorecard_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operator = Operator(d.pop("operator"))

        scorecard = d.pop("scorecard")

        scorecard_rule = d.pop("scorecardRule", UNSET)

        entities_query_v2_rule_empty_rule_3 = cls(
            operator=operator,
            scorecard=scorecard,
            scorecard_rule=scorecard_rule,
        )

        entities_query_v2_rule_empty_rule_3.additional_properties = d
        return entities_query_v2_rule_empty_rule_3

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
