from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.combinator import Combinator

if TYPE_CHECKING:
    from ..models.date_rule import DateRule
    from ..models.empty_rule import EmptyRule
    from ..models.expired_rule_expired_rule import ExpiredRuleExpiredRule
    from ..models.match_any_match_any_rule import MatchAnyMatchAnyRule
    from ..models.related_to_relation_rule import RelatedToRelationRule
    from ..models.rule_number_rule import RuleNumberRule
    from ..models.rule_property_schema_rule import RulePropertySchemaRule
    from ..models.rule_string_rule_string_rule import RuleStringRuleStringRule


T = TypeVar("T", bound="EntitiesQueryWithJqQuery")


@_attrs_define
class EntitiesQueryWithJqQuery:
    """
    Attributes:
        combinator (Combinator):
        rules (list[DateRule | EmptyRule | EntitiesQueryWithJqQuery | ExpiredRuleExpiredRule | MatchAnyMatchAnyRule |
            RelatedToRelationRule | RuleNumberRule | RulePropertySchemaRule | RuleStringRuleStringRule]):
    """

    combinator: Combinator
    rules: list[
        DateRule
        | EmptyRule
        | EntitiesQueryWithJqQuery
        | ExpiredRuleExpiredRule
        | MatchAnyMatchAnyRule
        | RelatedToRelationRule
        | RuleNumberRule
        | RulePropertySchemaRule
        | RuleStringRuleStringRule
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        DateRule = _models.DateRule
        EmptyRule = _models.EmptyRule
        ExpiredRuleExpiredRule = _models.ExpiredRuleExpiredRule
        MatchAnyMatchAnyRule = _models.MatchAnyMatchAnyRule
        RelatedToRelationRule = _models.RelatedToRelationRule
        RuleNumberRule = _models.RuleNumberRule
        RulePropertySchemaRule = _models.RulePropertySchemaRule
        RuleStringRuleStringRule = _models.RuleStringRuleStringRule
        combinator = self.combinator.value

        rules = []
        for rules_item_data in self.rules:
            rules_item: dict[str, Any]
            if isinstance(rules_item_data, DateRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, EmptyRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, ExpiredRuleExpiredRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, RuleNumberRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, RuleStringRuleStringRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, RelatedToRelationRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, RulePropertySchemaRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, MatchAnyMatchAnyRule):
                rules_item = rules_item_data.to_dict()
            else:
                rules_item = rules_item_data.to_dict()

            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "combinator": combinator,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        DateRule = _models.DateRule
        EmptyRule = _models.EmptyRule
        ExpiredRuleExpiredRule = _models.ExpiredRuleExpiredRule
        MatchAnyMatchAnyRule = _models.MatchAnyMatchAnyRule
        RelatedToRelationRule = _models.RelatedToRelationRule
        RuleNumberRule = _models.RuleNumberRule
        RulePropertySchemaRule = _models.RulePropertySchemaRule
        RuleStringRuleStringRule = _models.RuleStringRuleStringRule
        d = dict(src_dict)
        combinator = Combinator(d.pop("combinator"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:

            def _parse_rules_item(
                data: object,
            ) -> (
                DateRule
                | EmptyRule
                | EntitiesQueryWithJqQuery
                | ExpiredRuleExpiredRule
                | MatchAnyMatchAnyRule
                | RelatedToRelationRule
                | RuleNumberRule
                | RulePropertySchemaRule
                | RuleStringRuleStringRule
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_0 = DateRule.from_dict(data)

                    return rules_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_1 = EmptyRule.from_dict(data)

                    return rules_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_2 = ExpiredRuleExpiredRule.from_dict(data)

                    return rules_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_3 = RuleNumberRule.from_dict(data)

                    return rules_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_4 = RuleStringRuleStringRule.from_dict(data)

                    return rules_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_5 = RelatedToRelationRule.from_dict(data)

                    return rules_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_6 = RulePropertySchemaRule.from_dict(data)

                    return rules_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_7 = MatchAnyMatchAnyRule.from_dict(data)

                    return rules_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                rules_item_type_8 = EntitiesQueryWithJqQuery.from_dict(data)

                return rules_item_type_8

            rules_item = _parse_rules_item(rules_item_data)

            rules.append(rules_item)

        entities_query_with_jq_query = cls(
            combinator=combinator,
            rules=rules,
        )

        entities_query_with_jq_query.additional_properties = d
        return entities_query_with_jq_query

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
