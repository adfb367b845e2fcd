from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.result_error import ResultError
from ..models.result_status import ResultStatus
from ..types import (
    UNSET,
    Unset,
    _present_repr,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "status": lambda v: (
            isinstance(v, str)
            and v
            in (
                "In Progress",
                "Completed",
                "Failed",
            )
        ),
        "message": lambda v: isinstance(v, str),
        "error": lambda v: (
            isinstance(v, str)
            and v
            in (
                "internal_error",
                "no_agent_available",
                "no_agent_match",
            )
        ),
        "invocationIdentifier": lambda v: isinstance(v, str),
        "selectedAgent": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "status": "status",
        "message": "message",
        "error": "error",
        "invocation_identifier": "invocationIdentifier",
        "selected_agent": "selectedAgent",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status.value

        if self.message is not UNSET:
            field_dict["message"] = self.message

        if not isinstance(self.error, Unset):
            field_dict["error"] = self.error.value

        if self.invocation_identifier is not UNSET:
            field_dict["invocationIdentifier"] = self.invocation_identifier

        if self.selected_agent is not UNSET:
            field_dict["selectedAgent"] = self.selected_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: ResultStatus | Unset = UNSET
        if isinstance(_status, str):
            status = ResultStatus(_status)
        elif _status is not UNSET:
            d["status"] = _status

        message = d.pop("message", UNSET)
        if not isinstance(message, str) and message is not UNSET:
            d["message"] = message
            message = UNSET

        _error = d.pop("error", UNSET)
        error: ResultError | Unset = UNSET
        if isinstance(_error, str):
            error = ResultError(_error)
        elif _error is not UNSET:
            d["error"] = _error

        invocation_identifier = d.pop("invocationIdentifier", UNSET)
        if not isinstance(invocation_identifier, str) and invocation_identifier is not UNSET:
            d["invocationIdentifier"] = invocation_identifier
            invocation_identifier = UNSET

        selected_agent = d.pop("selectedAgent", UNSET)
        if not isinstance(selected_agent, str) and selected_agent is not UNSET:
            d["selectedAgent"] = selected_agent
            selected_agent = UNSET

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
