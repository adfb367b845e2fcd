from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..types import (
    _present_repr,
)

T = TypeVar("T", bound="CreateAccessTokenResponse")


@_attrs_define
class CreateAccessTokenResponse:
    """
    Attributes:
        ok (bool | None):
        access_token (str | None):
        expires_in (float | None):
        token_type (str | None):
    """

    ok: bool | None = None
    access_token: str | None = None
    expires_in: float | None = None
    token_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "ok": lambda v: isinstance(v, bool),
        "accessToken": lambda v: isinstance(v, str),
        "expiresIn": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "tokenType": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "ok": "ok",
        "access_token": "accessToken",
        "expires_in": "expiresIn",
        "token_type": "tokenType",
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
        if self.ok is not None:
            field_dict["ok"] = self.ok
        elif self._nulls and "ok" in self._nulls:
            field_dict["ok"] = None

        if self.access_token is not None:
            field_dict["accessToken"] = self.access_token
        elif self._nulls and "accessToken" in self._nulls:
            field_dict["accessToken"] = None

        if self.expires_in is not None:
            field_dict["expiresIn"] = self.expires_in
        elif self._nulls and "expiresIn" in self._nulls:
            field_dict["expiresIn"] = None

        if self.token_type is not None:
            field_dict["tokenType"] = self.token_type
        elif self._nulls and "tokenType" in self._nulls:
            field_dict["tokenType"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        ok = d.pop("ok", None)
        if ok is None:
            if "ok" in src_dict:
                nulls += ("ok",)
        elif not isinstance(ok, bool):
            d["ok"] = ok
            ok = None

        access_token = d.pop("accessToken", None)
        if access_token is None:
            if "accessToken" in src_dict:
                nulls += ("accessToken",)
        elif not isinstance(access_token, str):
            d["accessToken"] = access_token
            access_token = None

        expires_in = d.pop("expiresIn", None)
        if expires_in is None:
            if "expiresIn" in src_dict:
                nulls += ("expiresIn",)
        elif not (isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool)):
            d["expiresIn"] = expires_in
            expires_in = None

        token_type = d.pop("tokenType", None)
        if token_type is None:
            if "tokenType" in src_dict:
                nulls += ("tokenType",)
        elif not isinstance(token_type, str):
            d["tokenType"] = token_type
            token_type = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        create_access_token_response = cls.__new__(cls)
        create_access_token_response.ok = ok
        create_access_token_response.access_token = access_token
        create_access_token_response.expires_in = expires_in
        create_access_token_response.token_type = token_type
        create_access_token_response.additional_properties = d
        create_access_token_response._nulls = nulls
        return create_access_token_response

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
