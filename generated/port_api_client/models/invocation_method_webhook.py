from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.webhook_literal import WebhookLiteral
from ..types import (
    UNSET,
    Unset,
    _present_repr,
    _unfit,
)

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
        agent (bool | str | None):
        synchronized (bool | str | None):
        method (str | None):
        headers (WebhookHeaders | None):
        body (list[Any] | Properties | None):
    """

    type_: WebhookLiteral
    url: str
    agent: bool | str | None = None
    synchronized: bool | str | None = None
    method: str | None = None
    headers: WebhookHeaders | None = None
    body: list[Any] | Properties | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("WEBHOOK",),
        "url": lambda v: isinstance(v, str),
        "agent": lambda v: isinstance(v, bool) or isinstance(v, str),
        "synchronized": lambda v: isinstance(v, bool) or isinstance(v, str),
        "method": lambda v: isinstance(v, str),
        "headers": lambda v: isinstance(v, dict),
        "body": lambda v: isinstance(v, list) or isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "url": "url",
        "agent": "agent",
        "synchronized": "synchronized",
        "method": "method",
        "headers": "headers",
        "body": "body",
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
        field_dict["type"] = self.type_.value

        field_dict["url"] = self.url

        if self.agent is not None:
            field_dict["agent"] = self.agent
        elif self._nulls and "agent" in self._nulls:
            field_dict["agent"] = None

        if self.synchronized is not None:
            field_dict["synchronized"] = self.synchronized
        elif self._nulls and "synchronized" in self._nulls:
            field_dict["synchronized"] = None

        if self.method is not None:
            field_dict["method"] = self.method
        elif self._nulls and "method" in self._nulls:
            field_dict["method"] = None

        if self.headers is not None:
            field_dict["headers"] = self.headers.to_dict()
        elif self._nulls and "headers" in self._nulls:
            field_dict["headers"] = None

        if self.body is not None:
            field_dict["body"] = (
                self.body.to_dict() if isinstance(self.body, _lazy_models.Properties) else self.body
            )
        elif self._nulls and "body" in self._nulls:
            field_dict["body"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: WebhookLiteral = WebhookLiteral(_type_)

        _url = d.pop("url")
        if not isinstance(_url, str):
            raise _unfit(cls, "url", _url)
        url: str = _url

        agent = d.pop("agent", None)
        if agent is None:
            if "agent" in src_dict:
                nulls += ("agent",)
        elif not (isinstance(agent, bool) or isinstance(agent, str)):
            d["agent"] = agent
            agent = None

        synchronized = d.pop("synchronized", None)
        if synchronized is None:
            if "synchronized" in src_dict:
                nulls += ("synchronized",)
        elif not (isinstance(synchronized, bool) or isinstance(synchronized, str)):
            d["synchronized"] = synchronized
            synchronized = None

        method = d.pop("method", None)
        if method is None:
            if "method" in src_dict:
                nulls += ("method",)
        elif not isinstance(method, str):
            d["method"] = method
            method = None

        _headers = d.pop("headers", None)
        headers: Any = None
        if _headers is None:
            if "headers" in src_dict:
                nulls += ("headers",)
        elif isinstance(_headers, dict):
            headers = _lazy_models.WebhookHeaders.from_dict(_headers)
        else:
            d["headers"] = _headers

        _body = d.pop("body", None)
        body: Any = None
        if _body is None:
            if "body" in src_dict:
                nulls += ("body",)
        else:
            body = _parse_body(_body)
            if body is UNSET:
                d["body"] = _body
                body = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        invocation_method_webhook = cls.__new__(cls)
        invocation_method_webhook.type_ = type_
        invocation_method_webhook.url = url
        invocation_method_webhook.agent = agent
        invocation_method_webhook.synchronized = synchronized
        invocation_method_webhook.method = method
        invocation_method_webhook.headers = headers
        invocation_method_webhook.body = body
        invocation_method_webhook.additional_properties = d
        invocation_method_webhook._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None


def _parse_body(data: Any) -> list[Any] | Properties | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        return _lazy_models.Properties.from_dict(data)
    if isinstance(data, list):
        return data
    return UNSET
