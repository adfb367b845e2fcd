from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.webhook_literal import WebhookLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties import Properties
    from ..models.webhook_headers import WebhookHeaders


T = TypeVar("T", bound="InvocationMethodWebhook")


@_attrs_define
class InvocationMethodWebhook:
    """
    Attributes:
        type_ (WebhookLiteral):
        url (str):
        agent (bool | str | Unset):
        synchronized (bool | str | Unset):
        method (str | Unset):
        headers (WebhookHeaders | Unset):
        body (list[Any] | Properties | Unset):
    """

    type_: WebhookLiteral
    url: str
    agent: bool | str | Unset = UNSET
    synchronized: bool | str | Unset = UNSET
    method: str | Unset = UNSET
    headers: WebhookHeaders | Unset = UNSET
    body: list[Any] | Properties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Properties = _models.Properties
        WebhookHeaders = _models.WebhookHeaders
        type_ = self.type_.value

        url = self.url

        agent: bool | str | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        synchronized: bool | str | Unset
        if isinstance(self.synchronized, Unset):
            synchronized = UNSET
        else:
            synchronized = self.synchronized

        method = self.method

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        body: dict[str, Any] | list[Any] | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        elif isinstance(self.body, list):
            body = self.body

        else:
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if synchronized is not UNSET:
            field_dict["synchronized"] = synchronized
        if method is not UNSET:
            field_dict["method"] = method
        if headers is not UNSET:
            field_dict["headers"] = headers
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Properties = _models.Properties
        WebhookHeaders = _models.WebhookHeaders
        d = dict(src_dict)
        type_ = WebhookLiteral(d.pop("type"))

        url = d.pop("url")

        def _parse_agent(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        agent = _parse_agent(d.pop("agent", UNSET))

        def _parse_synchronized(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        synchronized = _parse_synchronized(d.pop("synchronized", UNSET))

        method = d.pop("method", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: WebhookHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = WebhookHeaders.from_dict(_headers)

        def _parse_body(data: object) -> list[Any] | Properties | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                body_type_0 = cast(list[Any], data)

                return body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            body_type_1 = Properties.from_dict(data)

            return body_type_1

        body = _parse_body(d.pop("body", UNSET))

        invocation_method_webhook = cls(
            type_=type_,
            url=url,
            agent=agent,
            synchronized=synchronized,
            method=method,
            headers=headers,
            body=body,
        )

        invocation_method_webhook.additional_properties = d
        return invocation_method_webhook

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
