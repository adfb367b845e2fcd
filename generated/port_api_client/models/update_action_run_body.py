from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.termination_status import TerminationStatus
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        Message = _models.Message
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_label = self.status_label

        link: list[str] | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, list):
            link = self.link

        else:
            link = self.link

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        summary = self.summary

        external_run_id = self.external_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if status_label is not UNSET:
            field_dict["statusLabel"] = status_label
        if link is not UNSET:
            field_dict["link"] = link
        if message is not UNSET:
            field_dict["message"] = message
        if summary is not UNSET:
            field_dict["summary"] = summary
        if external_run_id is not UNSET:
            field_dict["externalRunId"] = external_run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Message = _models.Message
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: TerminationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TerminationStatus(_status)

        status_label = d.pop("statusLabel", UNSET)

        def _parse_link(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                link_type_1 = cast(list[str], data)

                return link_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        _message = d.pop("message", UNSET)
        message: Message | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = Message.from_dict(_message)

        summary = d.pop("summary", UNSET)

        external_run_id = d.pop("externalRunId", UNSET)

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
