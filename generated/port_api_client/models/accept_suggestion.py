from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accept_literal import AcceptLiteral

T = TypeVar("T", bound="AcceptSuggestion")


@_attrs_define
class AcceptSuggestion:
    """
    Attributes:
        entity_identifier (str):
        action (AcceptLiteral):
    """

    entity_identifier: str
    action: AcceptLiteral
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_identifier = self.entity_identifier

        action = self.action.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityIdentifier": entity_identifier,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_identifier = d.pop("entityIdentifier")

        action = AcceptLiteral(d.pop("action"))

        accept_suggestion = cls(
            entity_identifier=entity_identifier,
            action=action,
        )

        accept_suggestion.additional_properties = d
        return accept_suggestion

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
