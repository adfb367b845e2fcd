from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_format import WebhookFormat
from ..models.webhook_type import WebhookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApprovalNotificationWebhook")


@_attrs_define
class ApprovalNotificationWebhook:
    """
    Attributes:
        type_ (WebhookType):
        url (str):
        format_ (WebhookFormat | Unset):
    """

    type_: WebhookType
    url: str
    format_: WebhookFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        url = self.url

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = WebhookType(d.pop("type"))

        url = d.pop("url")

        _format_ = d.pop("format", UNSET)
        format_: WebhookFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = WebhookFormat(_format_)

        approval_notification_webhook = cls(
            type_=type_,
            url=url,
            format_=format_,
        )

        approval_notification_webhook.additional_properties = d
        return approval_notification_webhook

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
