from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_error import ResultError
from ..models.result_status import ResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetInvocationResultResponseResult")


@_attrs_define
class GetInvocationResultResponseResult:
    """
    Attributes:
        status (ResultStatus | Unset):
        message (str | Unset):
        error (ResultError | Unset):
        invocation_identifier (str | Unset):
        selected_agent (str | Unset):
    """

    status: ResultStatus | Unset = UNSET
    message: str | Unset = UNSET
    error: ResultError | Unset = UNSET
    invocation_identifier: str | Unset = UNSET
    selected_agent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message = self.message

        error: str | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.value

        invocation_identifier = self.invocation_identifier

        selected_agent = self.selected_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error
        if invocation_identifier is not UNSET:
            field_dict["invocationIdentifier"] = invocation_identifier
        if selected_agent is not UNSET:
            field_dict["selectedAgent"] = selected_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: ResultStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResultStatus(_status)

        message = d.pop("message", UNSET)

        _error = d.pop("error", UNSET)
        error: ResultError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ResultError(_error)

        invocation_identifier = d.pop("invocationIdentifier", UNSET)

        selected_agent = d.pop("selectedAgent", UNSET)

        get_invocation_result_response_result = cls(
            status=status,
            message=message,
            error=error,
            invocation_identifier=invocation_identifier,
            selected_agent=selected_agent,
        )

        get_invocation_result_response_result.additional_properties = d
        return get_invocation_result_response_result

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
