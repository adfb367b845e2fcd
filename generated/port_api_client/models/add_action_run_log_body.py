from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.termination_status import TerminationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddActionRunLogBody")


@_attrs_define
class AddActionRunLogBody:
    """
    Attributes:
        message (str):
        termination_status (TerminationStatus | Unset):
        status_label (str | Unset):
    """

    message: str
    termination_status: TerminationStatus | Unset = UNSET
    status_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        termination_status: str | Unset = UNSET
        if not isinstance(self.termination_status, Unset):
            termination_status = self.termination_status.value

        status_label = self.status_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if termination_status is not UNSET:
            field_dict["terminationStatus"] = termination_status
        if status_label is not UNSET:
            field_dict["statusLabel"] = status_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        _termination_status = d.pop("terminationStatus", UNSET)
        termination_status: TerminationStatus | Unset
        if isinstance(_termination_status, Unset):
            termination_status = UNSET
        else:
            termination_status = TerminationStatus(_termination_status)

        status_label = d.pop("statusLabel", UNSET)

        add_action_run_log_body = cls(
            message=message,
            termination_status=termination_status,
            status_label=status_label,
        )

        add_action_run_log_body.additional_properties = d
        return add_action_run_log_body

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
