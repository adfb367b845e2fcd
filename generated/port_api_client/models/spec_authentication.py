from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..types import (
    _all_instances,
    _present_repr,
)

T = TypeVar("T", bound="SpecAuthentication")


@_attrs_define
class SpecAuthentication:
    """
    Attributes:
        client_id (str | None):
        authorization_url (str | None):
        token_url (str | None):
        authorization_scope (list[str] | None):
    """

    client_id: str | None = None
    authorization_url: str | None = None
    token_url: str | None = None
    authorization_scope: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "clientId": lambda v: isinstance(v, str),
        "authorizationUrl": lambda v: isinstance(v, str),
        "tokenUrl": lambda v: isinstance(v, str),
        "authorizationScope": lambda v: (
            isinstance(v, list) and all(isinstance(item1, str) for item1 in v)
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "client_id": "clientId",
        "authorization_url": "authorizationUrl",
        "token_url": "tokenUrl",
        "authorization_scope": "authorizationScope",
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
        if self.client_id is not None:
            field_dict["clientId"] = self.client_id
        elif self._nulls and "clientId" in self._nulls:
            field_dict["clientId"] = None

        if self.authorization_url is not None:
            field_dict["authorizationUrl"] = self.authorization_url
        elif self._nulls and "authorizationUrl" in self._nulls:
            field_dict["authorizationUrl"] = None

        if self.token_url is not None:
            field_dict["tokenUrl"] = self.token_url
        elif self._nulls and "tokenUrl" in self._nulls:
            field_dict["tokenUrl"] = None

        if self.authorization_scope is not None:
            field_dict["authorizationScope"] = self.authorization_scope
        elif self._nulls and "authorizationScope" in self._nulls:
            field_dict["authorizationScope"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        client_id = d.pop("clientId", None)
        if client_id is None:
            if "clientId" in src_dict:
                nulls += ("clientId",)
        elif not isinstance(client_id, str):
            d["clientId"] = client_id
            client_id = None

        authorization_url = d.pop("authorizationUrl", None)
        if authorization_url is None:
            if "authorizationUrl" in src_dict:
                nulls += ("authorizationUrl",)
        elif not isinstance(authorization_url, str):
            d["authorizationUrl"] = authorization_url
            authorization_url = None

        token_url = d.pop("tokenUrl", None)
        if token_url is None:
            if "tokenUrl" in src_dict:
                nulls += ("tokenUrl",)
        elif not isinstance(token_url, str):
            d["tokenUrl"] = token_url
            token_url = None

        authorization_scope = d.pop("authorizationScope", None)
        if authorization_scope is None:
            if "authorizationScope" in src_dict:
                nulls += ("authorizationScope",)
        elif not (
            isinstance(authorization_scope, list) and _all_instances(authorization_scope, str)
        ):
            d["authorizationScope"] = authorization_scope
            authorization_scope = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        spec_authentication = cls.__new__(cls)
        spec_authentication.client_id = client_id
        spec_authentication.authorization_url = authorization_url
        spec_authentication.token_url = token_url
        spec_authentication.authorization_scope = authorization_scope
        spec_authentication.additional_properties = d
        spec_authentication._nulls = nulls
        return spec_authentication

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
