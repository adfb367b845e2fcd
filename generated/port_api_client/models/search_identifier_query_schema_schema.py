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
    from ..models.contains_contains_rule import ContainsContainsRule
    from ..models.in_rule import InRule
    from ..models.search_identifier_query_schema import SearchIdentifierQuerySchema


T = TypeVar("T", bound="SearchIdentifierQuerySchemaSchema")


@_attrs_define
class SearchIdentifierQuerySchemaSchema:
    """
    Attributes:
        combinator (Combinator):
        rules (list[ContainsContainsRule | InRule | SearchIdentifierQuerySchema | SearchIdentifierQuerySchemaSchema]):
    """

    combinator: Combinator
    rules: list[
        ContainsContainsRule
        | InRule
        | SearchIdentifierQuerySchema
        | SearchIdentifierQuerySchemaSchema
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ContainsContainsRule = _models.ContainsContainsRule
        InRule = _models.InRule
        SearchIdentifierQuerySchema = _models.SearchIdentifierQuerySchema
        combinator = self.combinator.value

        rules = []
        for rules_item_data in self.rules:
            rules_item: dict[str, Any]
            if isinstance(rules_item_data, SearchIdentifierQuerySchema):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, InRule):
                rules_item = rules_item_data.to_dict()
            elif isinstance(rules_item_data, ContainsContainsRule):
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
        ContainsContainsRule = _models.ContainsContainsRule
        InRule = _models.InRule
        SearchIdentifierQuerySchema = _models.SearchIdentifierQuerySchema
        d = dict(src_dict)
        combinator = Combinator(d.pop("combinator"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:

            def _parse_rules_item(
                data: object,
            ) -> (
                ContainsContainsRule
                | InRule
                | SearchIdentifierQuerySchema
                | SearchIdentifierQuerySchemaSchema
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_0 = SearchIdentifierQuerySchema.from_dict(data)

                    return rules_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_1 = InRule.from_dict(data)

                    return rules_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_2 = ContainsContainsRule.from_dict(data)

                    return rules_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                rules_item_type_3 = SearchIdentifierQuerySchemaSchema.from_dict(data)

                return rules_item_type_3

            rules_item = _parse_rules_item(rules_item_data)

            rules.append(rules_item)

        search_identifier_query_schema_schema = cls(
            combinator=combinator,
            rules=rules,
        )

        search_identifier_query_schema_schema.additional_properties = d
        return search_identifier_query_schema_schema

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
