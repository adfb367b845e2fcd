from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reject_literal import RejectLiteral
from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectSuggestion")


@_attrs_define
class RejectSuggestion:
    """
    Attributes:
        entity_identifier (str):
        action (RejectLiteral):
        rejection_reason (str | Unset):
    """

    entity_identifier: str
    action: RejectLiteral
    rejection_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_identifier = self.entity_identifier

        action = self.action.value

        rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityIdentifier": entity_identifier,
                "action": action,
            }
        )
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_identifier = d.pop("entityIdentifier")

        action = RejectLiteral(d.pop("action"))

        rejection_reason = d.pop("rejectionReason", UNSET)

        reject_suggestion = cls(
            entity_identifier=entity_identifier,
            action=action,
            rejection_reason=rejection_reason,
        )

        reject_suggestion.additional_properties = d
        return reject_suggestion

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
