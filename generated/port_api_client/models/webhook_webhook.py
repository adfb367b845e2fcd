from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.webhook_literal import WebhookLiteral
from ..types import (
    UNSET,
    Unset,
    _present_repr,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("WEBHOOK",),
        "agent": lambda v: isinstance(v, bool),
        "url": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "agent": "agent",
        "url": "url",
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
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_.value

        if self.agent is not UNSET:
            field_dict["agent"] = self.agent

        if self.url is not UNSET:
            field_dict["url"] = self.url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: WebhookLiteral | Unset = UNSET
        if isinstance(_type_, str):
            type_ = WebhookLiteral(_type_)
        elif _type_ is not UNSET:
            d["type"] = _type_

        agent = d.pop("agent", UNSET)
        if not isinstance(agent, bool) and agent is not UNSET:
            d["agent"] = agent
            agent = UNSET

        url = d.pop("url", UNSET)
        if not isinstance(url, str) and url is not UNSET:
            d["url"] = url
            url = UNSET

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
