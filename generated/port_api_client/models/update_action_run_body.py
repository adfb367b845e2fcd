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
    UNSET,
    Unset,
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
        status (TerminationStatus | Unset):
        status_label (str | Unset):
        link (list[str] | str | Unset):
        message (Message | Unset):
        summary (str | Unset):
        external_run_id (str | Unset):
    """

    status: TerminationStatus | Unset = UNSET
    status_label: str | Unset = UNSET
    link: list[str] | str | Unset = UNSET
    message: Message | Unset = UNSET
    summary: str | Unset = UNSET
    external_run_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status.value

        if self.status_label is not UNSET:
            field_dict["statusLabel"] = self.status_label

        if self.link is not UNSET:
            field_dict["link"] = self.link

        if not isinstance(self.message, Unset):
            field_dict["message"] = self.message.to_dict()

        if self.summary is not UNSET:
            field_dict["summary"] = self.summary

        if self.external_run_id is not UNSET:
            field_dict["externalRunId"] = self.external_run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: TerminationStatus | Unset = UNSET
        if isinstance(_status, str):
            status = TerminationStatus(_status)
        elif _status is not UNSET:
            d["status"] = _status

        status_label = d.pop("statusLabel", UNSET)
        if not isinstance(status_label, str) and status_label is not UNSET:
            d["statusLabel"] = status_label
            status_label = UNSET

        link = d.pop("link", UNSET)
        if (
            not (isinstance(link, str) or (isinstance(link, list) and _all_instances(link, str)))
            and link is not UNSET
        ):
            d["link"] = link
            link = UNSET

        _message = d.pop("message", UNSET)
        message: Message | Unset = UNSET
        if isinstance(_message, dict):
            message = _lazy_models.Message.from_dict(_message)
        elif _message is not UNSET:
            d["message"] = _message

        summary = d.pop("summary", UNSET)
        if not isinstance(summary, str) and summary is not UNSET:
            d["summary"] = summary
            summary = UNSET

        external_run_id = d.pop("externalRunId", UNSET)
        if not isinstance(external_run_id, str) and external_run_id is not UNSET:
            d["externalRunId"] = external_run_id
            external_run_id = UNSET

        update_action_run_body = cls(
            status=status,
            status_label=status_label,
            link=link,
            message=message,
            summary=summary,
            external_run_id=external_run_id,
        )
        update_action_run_body.additional_properties = d
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
