from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    UNSET,
    Unset,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.body import Body
    from ..models.headers import Headers


T = TypeVar("T", bound="Payload")


@_attrs_define
class Payload:
    """
    Attributes:
        type_ (str | Unset):
        url (str | Unset):
        agent (bool | Unset):
        synchronized (bool | Unset):
        method (str | Unset):
        headers (Headers | Unset):
        body (Body | Unset):
    """

    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    agent: bool | Unset = UNSET
    synchronized: bool | Unset = UNSET
    method: str | Unset = UNSET
    headers: Headers | Unset = UNSET
    body: Body | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str),
        "url": lambda v: isinstance(v, str),
        "agent": lambda v: isinstance(v, bool),
        "synchronized": lambda v: isinstance(v, bool),
        "method": lambda v: isinstance(v, str),
        "headers": lambda v: isinstance(v, dict),
        "body": lambda v: isinstance(v, dict),
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
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.url is not UNSET:
            field_dict["url"] = self.url

        if self.agent is not UNSET:
            field_dict["agent"] = self.agent

        if self.synchronized is not UNSET:
            field_dict["synchronized"] = self.synchronized

        if self.method is not UNSET:
            field_dict["method"] = self.method

        if not isinstance(self.headers, Unset):
            field_dict["headers"] = self.headers.to_dict()

        if not isinstance(self.body, Unset):
            field_dict["body"] = self.body.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str) and type_ is not UNSET:
            d["type"] = type_
            type_ = UNSET

        url = d.pop("url", UNSET)
        if not isinstance(url, str) and url is not UNSET:
            d["url"] = url
            url = UNSET

        agent = d.pop("agent", UNSET)
        if not isinstance(agent, bool) and agent is not UNSET:
            d["agent"] = agent
            agent = UNSET

        synchronized = d.pop("synchronized", UNSET)
        if not isinstance(synchronized, bool) and synchronized is not UNSET:
            d["synchronized"] = synchronized
            synchronized = UNSET

        method = d.pop("method", UNSET)
        if not isinstance(method, str) and method is not UNSET:
            d["method"] = method
            method = UNSET

        _headers = d.pop("headers", UNSET)
        headers: Headers | Unset = UNSET
        if isinstance(_headers, dict):
            headers = _lazy_models.Headers.from_dict(_headers)
        elif _headers is not UNSET:
            d["headers"] = _headers

        _body = d.pop("body", UNSET)
        body: Body | Unset = UNSET
        if isinstance(_body, dict):
            body = _lazy_models.Body.from_dict(_body)
        elif _body is not UNSET:
            d["body"] = _body

        payload = cls(
            type_=type_,
            url=url,
            agent=agent,
            synchronized=synchronized,
            method=method,
            headers=headers,
            body=body,
        )
        payload.additional_properties = d
        return payload

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
