from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models

if TYPE_CHECKING:
    from ..models.permissions import Permissions


T = TypeVar("T", bound="SearchQueryIdentifier")


@_attrs_define
class SearchQueryIdentifier:
    """
    Attributes:
        combinator (str):
        rules (list[Permissions]):
    """

    combinator: str
    rules: list[Permissions]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Permissions = _models.Permissions
        combinator = self.combinator

        rules = []
        for rules_item_data in self.rules:
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
        Permissions = _models.Permissions
        d = dict(src_dict)
        combinator = d.pop("combinator")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = Permissions.from_dict(rules_item_data)

            rules.append(rules_item)

        search_query_identifier = cls(
            combinator=combinator,
            rules=rules,
        )

        search_query_identifier.additional_properties = d
        return search_query_identifier

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
