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
    _present_repr,
)

T = TypeVar("T", bound="GetInvocationResultResponseResult")


@_attrs_define
class GetInvocationResultResponseResult:
    """
    Attributes:
        status (ResultStatus | None):
        message (str | None):
        error (ResultError | None):
        invocation_identifier (str | None):
        selected_agent (str | None):
    """

    status: ResultStatus | None = None
    message: str | None = None
    error: ResultError | None = None
    invocation_identifier: str | None = None
    selected_agent: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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
        if self.status is not None:
            field_dict["status"] = self.status.value
        elif self._nulls and "status" in self._nulls:
            field_dict["status"] = None

        if self.message is not None:
            field_dict["message"] = self.message
        elif self._nulls and "message" in self._nulls:
            field_dict["message"] = None

        if self.error is not None:
            field_dict["error"] = self.error.value
        elif self._nulls and "error" in self._nulls:
            field_dict["error"] = None

        if self.invocation_identifier is not None:
            field_dict["invocationIdentifier"] = self.invocation_identifier
        elif self._nulls and "invocationIdentifier" in self._nulls:
            field_dict["invocationIdentifier"] = None

        if self.selected_agent is not None:
            field_dict["selectedAgent"] = self.selected_agent
        elif self._nulls and "selectedAgent" in self._nulls:
            field_dict["selectedAgent"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _status = d.pop("status", None)
        status: Any = None
        if _status is None:
            if "status" in src_dict:
                nulls += ("status",)
        elif isinstance(_status, str):
            status = ResultStatus(_status)
        else:
            d["status"] = _status

        message = d.pop("message", None)
        if message is None:
            if "message" in src_dict:
                nulls += ("message",)
        elif not isinstance(message, str):
            d["message"] = message
            message = None

        _error = d.pop("error", None)
        error: Any = None
        if _error is None:
            if "error" in src_dict:
                nulls += ("error",)
        elif isinstance(_error, str):
            error = ResultError(_error)
        else:
            d["error"] = _error

        invocation_identifier = d.pop("invocationIdentifier", None)
        if invocation_identifier is None:
            if "invocationIdentifier" in src_dict:
                nulls += ("invocationIdentifier",)
        elif not isinstance(invocation_identifier, str):
            d["invocationIdentifier"] = invocation_identifier
            invocation_identifier = None

        selected_agent = d.pop("selectedAgent", None)
        if selected_agent is None:
            if "selectedAgent" in src_dict:
                nulls += ("selectedAgent",)
        elif not isinstance(selected_agent, str):
            d["selectedAgent"] = selected_agent
            selected_agent = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        get_invocation_result_response_result = cls.__new__(cls)
        get_invocation_result_response_result.status = status
        get_invocation_result_response_result.message = message
        get_invocation_result_response_result.error = error
        get_invocation_result_response_result.invocation_identifier = invocation_identifier
        get_invocation_result_response_result.selected_agent = selected_agent
        get_invocation_result_response_result.additional_properties = d
        get_invocation_result_response_result._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
