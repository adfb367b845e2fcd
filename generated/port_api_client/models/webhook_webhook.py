from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_literal import WebhookLiteral
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookWebhook")


@_attrs_define
class WebhookWebhook:
    """
    Attributes:
        type_ (WebhookLiteral | Unset):
        agent (bool | Unset):
        url (str | Unset):
    """

    type_: WebhookLiteral | Unset = UNSET
    agent: bool | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        agent = self.agent

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if agent is not UNSET:
            field_dict["agent"] = agent
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: WebhookLiteral | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WebhookLiteral(_type_)

        agent = d.pop("agent", UNSET)

        url = d.pop("url", UNSET)

        webhook_webhook = cls(
            type_=type_,
            agent=agent,
            url=url,
        )

        webhook_webhook.additional_properties = d
        return webhook_webhook

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
