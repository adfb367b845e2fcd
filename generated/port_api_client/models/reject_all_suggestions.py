from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reject_all_literal import RejectAllLiteral
from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectAllSuggestions")


@_attrs_define
class RejectAllSuggestions:
    """
    Attributes:
        action (RejectAllLiteral):
        rejection_reason (str | Unset):
    """

    action: RejectAllLiteral
    rejection_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = RejectAllLiteral(d.pop("action"))

        rejection_reason = d.pop("rejectionReason", UNSET)

        reject_all_suggestions = cls(
            action=action,
            rejection_reason=rejection_reason,
        )

        reject_all_suggestions.additional_properties = d
        return reject_all_suggestions

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
