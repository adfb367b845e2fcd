from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.termination_status import TerminationStatus
from ..types import (
    _present_repr,
    _unfit,
)

T = TypeVar("T", bound="AddActionRunLogBody")


@_attrs_define
class AddActionRunLogBody:
    """
    Attributes:
        message (str):
        termination_status (TerminationStatus | None):
        status_label (str | None):
    """

    message: str
    termination_status: TerminationStatus | None = None
    status_label: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "message": lambda v: isinstance(v, str),
        "terminationStatus": lambda v: (
            isinstance(v, str)
            and v
            in (
                "SUCCESS",
                "FAILURE",
            )
        ),
        "statusLabel": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "message": "message",
        "termination_status": "terminationStatus",
        "status_label": "statusLabel",
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
        field_dict["message"] = self.message

        if self.termination_status is not None:
            field_dict["terminationStatus"] = self.termination_status.value
        elif self._nulls and "terminationStatus" in self._nulls:
            field_dict["terminationStatus"] = None

        if self.status_label is not None:
            field_dict["statusLabel"] = self.status_label
        elif self._nulls and "statusLabel" in self._nulls:
            field_dict["statusLabel"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _message = d.pop("message")
        if not isinstance(_message, str):
            raise _unfit(cls, "message", _message)
        message: str = _message

        _termination_status = d.pop("terminationStatus", None)
        termination_status: Any = None
        if _termination_status is None:
            if "terminationStatus" in src_dict:
                nulls += ("terminationStatus",)
        elif isinstance(_termination_status, str):
            termination_status = TerminationStatus(_termination_status)
        else:
            d["terminationStatus"] = _termination_status

        status_label = d.pop("statusLabel", None)
        if status_label is None:
            if "statusLabel" in src_dict:
                nulls += ("statusLabel",)
        elif not isinstance(status_label, str):
            d["statusLabel"] = status_label
            status_label = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        add_action_run_log_body = cls.__new__(cls)
        add_action_run_log_body.message = message
        add_action_run_log_body.termination_status = termination_status
        add_action_run_log_body.status_label = status_label
        add_action_run_log_body.additional_properties = d
        add_action_run_log_body._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
