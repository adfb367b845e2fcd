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
        type_ (str | None):
        url (str | None):
        agent (bool | None):
        synchronized (bool | None):
        method (str | None):
        headers (Headers | None):
        body (Body | None):
    """

    type_: str | None = None
    url: str | None = None
    agent: bool | None = None
    synchronized: bool | None = None
    method: str | None = None
    headers: Headers | None = None
    body: Body | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif self._nulls and "type" in self._nulls:
            field_dict["type"] = None

        if self.url is not None:
            field_dict["url"] = self.url
        elif self._nulls and "url" in self._nulls:
            field_dict["url"] = None

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
            field_dict["body"] = self.body.to_dict()
        elif self._nulls and "body" in self._nulls:
            field_dict["body"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        type_ = d.pop("type", None)
        if type_ is None:
            if "type" in src_dict:
                nulls += ("type",)
        elif not isinstance(type_, str):
            d["type"] = type_
            type_ = None

        url = d.pop("url", None)
        if url is None:
            if "url" in src_dict:
                nulls += ("url",)
        elif not isinstance(url, str):
            d["url"] = url
            url = None

        agent = d.pop("agent", None)
        if agent is None:
            if "agent" in src_dict:
                nulls += ("agent",)
        elif not isinstance(agent, bool):
            d["agent"] = agent
            agent = None

        synchronized = d.pop("synchronized", None)
        if synchronized is None:
            if "synchronized" in src_dict:
                nulls += ("synchronized",)
        elif not isinstance(synchronized, bool):
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
            headers = _lazy_models.Headers.from_dict(_headers)
        else:
            d["headers"] = _headers

        _body = d.pop("body", None)
        body: Any = None
        if _body is None:
            if "body" in src_dict:
                nulls += ("body",)
        elif isinstance(_body, dict):
            body = _lazy_models.Body.from_dict(_body)
        else:
            d["body"] = _body

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        payload = cls.__new__(cls)
        payload.type_ = type_
        payload.url = url
        payload.agent = agent
        payload.synchronized = synchronized
        payload.method = method
        payload.headers = headers
        payload.body = body
        payload.additional_properties = d
        payload._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
