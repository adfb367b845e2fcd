from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        Body = _models.Body
        Headers = _models.Headers
        type_ = self.type_

        url = self.url

        agent = self.agent

        synchronized = self.synchronized

        method = self.method

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
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
        Body = _models.Body
        Headers = _models.Headers
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        url = d.pop("url", UNSET)

        agent = d.pop("agent", UNSET)

        synchronized = d.pop("synchronized", UNSET)

        method = d.pop("method", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: Headers | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = Headers.from_dict(_headers)

        _body = d.pop("body", UNSET)
        body: Body | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = Body.from_dict(_body)

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
