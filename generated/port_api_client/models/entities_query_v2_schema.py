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
    from ..models.entities_query_v2_rule_empty_rule_2 import EntitiesQueryV2RuleEmptyRule2
    from ..models.entities_query_v2_rule_empty_rule_3 import EntitiesQueryV2RuleEmptyRule3
    from ..models.entities_query_v2_rule_string_rule import EntitiesQueryV2RuleStringRule
    from ..models.entities_query_v2_rule_string_rule_2 import EntitiesQueryV2RuleStringRule2
    from ..models.entities_query_v2_rule_string_rule_3 import EntitiesQueryV2RuleStringRule3
    from ..models.expired_rule_expired_rule import ExpiredRuleExpiredRule
    from ..models.match_any_match_any_rule import MatchAnyMatchAnyRule
    from ..models.number_rule import NumberRule
    from ..models.property_schema_rule import PropertySchemaRule
    from ..models.relation_rule import RelationRule


T = TypeVar("T", bound="EntitiesQueryV2Schema")


@_attrs_define
class EntitiesQueryV2Schema:
    """
    Attributes:
        combinator (Combinator):
        rules (list[DateRule | EmptyRule | EntitiesQueryV2RuleEmptyRule2 | EntitiesQueryV2RuleEmptyRule3 |
            EntitiesQueryV2RuleStringRule | EntitiesQueryV2RuleStringRule2 | EntitiesQueryV2RuleStringRule3 |
            EntitiesQueryV2Schema | ExpiredRuleExpiredRule | MatchAnyMatchAnyRule | NumberRule | PropertySchemaRule |
            RelationRule]):
    """

    combinator: Combinator
    rules: list[
        DateRule
        | EmptyRule
        | EntitiesQueryV2RuleEmptyRule2
        | EntitiesQueryV2RuleEmptyRule3
        | EntitiesQueryV2RuleStringRule
        | EntitiesQueryV2RuleStringRule2
        | EntitiesQueryV2RuleStringRule3
        | EntitiesQueryV2Schema
        | ExpiredRuleExpiredRule
        | MatchAnyMatchAnyRule
        | NumberRule
        | PropertySchemaRule
        | RelationRule
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        DateRule = _models.DateRule
        EmptyRule = _models.EmptyRule
        EntitiesQueryV2RuleEmptyRule2 = _models.EntitiesQueryV2RuleEmptyRule2
        EntitiesQueryV2RuleEmptyRule3 = _models.EntitiesQueryV2RuleEmptyRule3
        EntitiesQueryV2RuleStringRule = _models.EntitiesQueryV2RuleStringRule
        EntitiesQueryV2RuleStringRule2 = _models.EntitiesQueryV2RuleStringRule2
        EntitiesQueryV2RuleStringRule3 = _models.EntitiesQueryV2RuleStringRule3
        ExpiredRuleExpiredRule = _models.ExpiredRuleExpiredRule
        MatchAnyMatchAnyRule = _models.MatchAnyMatchAnyRule
        NumberRule = _models.NumberRule
        PropertySchemaRule = _models.PropertySchemaRule
        RelationRule = _models.RelationRule
        combinator = self.combinator.value

        rules = []
        for rules_item_data in self.rules:
            rules_item: dict[str, Any]
            if isinstance(rules_item_data, DateRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, EmptyRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, EntitiesQueryV2RuleEmptyRule2):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, EntitiesQueryV2RuleEmptyRule3):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, ExpiredRuleExpiredRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, NumberRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, EntitiesQueryV2RuleStringRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, EntitiesQueryV2RuleStringRule2):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, EntitiesQueryV2RuleStringRule3):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, RelationRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, PropertySchemaRule):
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
        EntitiesQueryV2RuleEmptyRule2 = _models.EntitiesQueryV2RuleEmptyRule2
        EntitiesQueryV2RuleEmptyRule3 = _models.EntitiesQueryV2RuleEmptyRule3
        EntitiesQueryV2RuleStringRule = _models.EntitiesQueryV2RuleStringRule
        EntitiesQueryV2RuleStringRule2 = _models.EntitiesQueryV2RuleStringRule2
        EntitiesQueryV2RuleStringRule3 = _models.EntitiesQueryV2RuleStringRule3
        ExpiredRuleExpiredRule = _models.ExpiredRuleExpiredRule
        MatchAnyMatchAnyRule = _models.MatchAnyMatchAnyRule
        NumberRule = _models.NumberRule
        PropertySchemaRule = _models.PropertySchemaRule
        RelationRule = _models.RelationRule
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
                | EntitiesQueryV2RuleEmptyRule2
                | EntitiesQueryV2RuleEmptyRule3
                | EntitiesQueryV2RuleStringRule
                | EntitiesQueryV2RuleStringRule2
                | EntitiesQueryV2RuleStringRule3
                | EntitiesQueryV2Schema
                | ExpiredRuleExpiredRule
                | MatchAnyMatchAnyRule
                | NumberRule
                | PropertySchemaRule
                | RelationRule
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
                    componentsschemas_entities_query_v2_rule_empty_rule_type_0 = (
                        EmptyRule.from_dict(data)
                    )

                    return componentsschemas_entities_query_v2_rule_empty_rule_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_entities_query_v2_rule_empty_rule_type_1 = (
                        EntitiesQueryV2RuleEmptyRule2.from_dict(data)
                    )

                    return componentsschemas_entities_query_v2_rule_empty_rule_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_entities_query_v2_rule_empty_rule_type_2 = (
                        EntitiesQueryV2RuleEmptyRule3.from_dict(data)
                    )

                    return componentsschemas_entities_query_v2_rule_empty_rule_type_2
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
                    rules_item_type_3 = NumberRule.from_dict(data)

                    return rules_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_rule_string_rule_type_0 = (
                        EntitiesQueryV2RuleStringRule.from_dict(data)
                    )

                    return componentsschemas_rule_string_rule_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_rule_string_rule_type_1 = (
                        EntitiesQueryV2RuleStringRule2.from_dict(data)
                    )

                    return componentsschemas_rule_string_rule_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_rule_string_rule_type_2 = (
                        EntitiesQueryV2RuleStringRule3.from_dict(data)
                    )

                    return componentsschemas_rule_string_rule_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_5 = RelationRule.from_dict(data)

                    return rules_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_6 = PropertySchemaRule.from_dict(data)

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
                rules_item_type_8 = EntitiesQueryV2Schema.from_dict(data)

                return rules_item_type_8

            rules_item = _parse_rules_item(rules_item_data)

            rules.append(rules_item)

        entities_query_v2_schema = cls(
            combinator=combinator,
            rules=rules,
        )

        entities_query_v2_schema.additional_properties = d
        return entities_query_v2_schema

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
