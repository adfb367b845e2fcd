from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..types import (
    UNSET,
    Unset,
    _present_repr,
)

T = TypeVar("T", bound="CreateAccessTokenResponse")


@_attrs_define
class CreateAccessTokenResponse:
    """
    Attributes:
        ok (bool | Unset):
        access_token (str | Unset):
        expires_in (float | Unset):
        token_type (str | Unset):
    """

    ok: bool | Unset = UNSET
    access_token: str | Unset = UNSET
    expires_in: float | Unset = UNSET
    token_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.ok is not UNSET:
            field_dict["ok"] = self.ok

        if self.access_token is not UNSET:
            field_dict["accessToken"] = self.access_token

        if self.expires_in is not UNSET:
            field_dict["expiresIn"] = self.expires_in

        if self.token_type is not UNSET:
            field_dict["tokenType"] = self.token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)
        if not isinstance(ok, bool) and ok is not UNSET:
            d["ok"] = ok
            ok = UNSET

        access_token = d.pop("accessToken", UNSET)
        if not isinstance(access_token, str) and access_token is not UNSET:
            d["accessToken"] = access_token
            access_token = UNSET

        expires_in = d.pop("expiresIn", UNSET)
        if (
            not (isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool))
            and expires_in is not UNSET
        ):
            d["expiresIn"] = expires_in
            expires_in = UNSET

        token_type = d.pop("tokenType", UNSET)
        if not isinstance(token_type, str) and token_type is not UNSET:
            d["tokenType"] = token_type
            token_type = UNSET

        create_access_token_response = cls(
            ok=ok,
            access_token=access_token,
            expires_in=expires_in,
            token_type=token_type,
        )
        create_access_token_response.additional_properties = d
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
