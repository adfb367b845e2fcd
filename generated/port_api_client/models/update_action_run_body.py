from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.termination_status import TerminationStatus
from ..types import (
    _all_instances,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="UpdateActionRunBody")


@_attrs_define
class UpdateActionRunBody:
    """
    Attributes:
        status (TerminationStatus | None):
        status_label (str | None):
        link (list[str] | str | None):
        message (Message | None):
        summary (str | None):
        external_run_id (str | None):
    """

    status: TerminationStatus | None = None
    status_label: str | None = None
    link: list[str] | str | None = None
    message: Message | None = None
    summary: str | None = None
    external_run_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "status": lambda v: (
            isinstance(v, str)
            and v
            in (
                "SUCCESS",
                "FAILURE",
            )
        ),
        "statusLabel": lambda v: isinstance(v, str),
        "link": lambda v: (
            isinstance(v, str)
            or (isinstance(v, list) and all(isinstance(item1, str) for item1 in v))
        ),
        "message": lambda v: isinstance(v, dict),
        "summary": lambda v: isinstance(v, str),
        "externalRunId": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "status": "status",
        "status_label": "statusLabel",
        "link": "link",
        "message": "message",
        "summary": "summary",
        "external_run_id": "externalRunId",
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

        if self.status_label is not None:
            field_dict["statusLabel"] = self.status_label
        elif self._nulls and "statusLabel" in self._nulls:
            field_dict["statusLabel"] = None

        if self.link is not None:
            field_dict["link"] = self.link
        elif self._nulls and "link" in self._nulls:
            field_dict["link"] = None

        if self.message is not None:
            field_dict["message"] = self.message.to_dict()
        elif self._nulls and "message" in self._nulls:
            field_dict["message"] = None

        if self.summary is not None:
            field_dict["summary"] = self.summary
        elif self._nulls and "summary" in self._nulls:
            field_dict["summary"] = None

        if self.external_run_id is not None:
            field_dict["externalRunId"] = self.external_run_id
        elif self._nulls and "externalRunId" in self._nulls:
            field_dict["externalRunId"] = None

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
            status = TerminationStatus(_status)
        else:
            d["status"] = _status

        status_label = d.pop("statusLabel", None)
        if status_label is None:
            if "statusLabel" in src_dict:
                nulls += ("statusLabel",)
        elif not isinstance(status_label, str):
            d["statusLabel"] = status_label
            status_label = None

        link = d.pop("link", None)
        if link is None:
            if "link" in src_dict:
                nulls += ("link",)
        elif not (isinstance(link, str) or (isinstance(link, list) and _all_instances(link, str))):
            d["link"] = link
            link = None

        _message = d.pop("message", None)
        message: Any = None
        if _message is None:
            if "message" in src_dict:
                nulls += ("message",)
        elif isinstance(_message, dict):
            message = _lazy_models.Message.from_dict(_message)
        else:
            d["message"] = _message

        summary = d.pop("summary", None)
        if summary is None:
            if "summary" in src_dict:
                nulls += ("summary",)
        elif not isinstance(summary, str):
            d["summary"] = summary
            summary = None

        external_run_id = d.pop("externalRunId", None)
        if external_run_id is None:
            if "externalRunId" in src_dict:
                nulls += ("externalRunId",)
        elif not isinstance(external_run_id, str):
            d["externalRunId"] = external_run_id
            external_run_id = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        update_action_run_body = cls.__new__(cls)
        update_action_run_body.status = status
        update_action_run_body.status_label = status_label
        update_action_run_body.link = link
        update_action_run_body.message = message
        update_action_run_body.summary = summary
        update_action_run_body.external_run_id = external_run_id
        update_action_run_body.additional_properties = d
        update_action_run_body._nulls = nulls
        return update_action_run_body

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
