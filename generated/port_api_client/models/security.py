from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.signature_algorithm import SignatureAlgorithm
from ..types import (
    UNSET,
    Unset,
    _present_repr,
)

T = TypeVar("T", bound="Security")


@_attrs_define
class Security:
    """
    Attributes:
        secret (None | str):
        signature_header_name (None | str):
        signature_algorithm (None | SignatureAlgorithm):
        signature_prefix (None | str):
        request_identifier_path (None | str):
    """

    secret: None | str = None
    signature_header_name: None | str = None
    signature_algorithm: None | SignatureAlgorithm = None
    signature_prefix: None | str = None
    request_identifier_path: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "secret": lambda v: isinstance(v, str) or (v is None),
        "signatureHeaderName": lambda v: isinstance(v, str) or (v is None),
        "signatureAlgorithm": lambda v: (
            (
                isinstance(v, str)
                and v
                in (
                    "sha1",
                    "sha256",
                    "plain",
                )
            )
            or (v is None)
        ),
        "signaturePrefix": lambda v: isinstance(v, str) or (v is None),
        "requestIdentifierPath": lambda v: isinstance(v, str) or (v is None),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "secret": "secret",
        "signature_header_name": "signatureHeaderName",
        "signature_algorithm": "signatureAlgorithm",
        "signature_prefix": "signaturePrefix",
        "request_identifier_path": "requestIdentifierPath",
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
        if self.secret is not None:
            field_dict["secret"] = self.secret
        elif self._nulls and "secret" in self._nulls:
            field_dict["secret"] = None

        if self.signature_header_name is not None:
            field_dict["signatureHeaderName"] = self.signature_header_name
        elif self._nulls and "signatureHeaderName" in self._nulls:
            field_dict["signatureHeaderName"] = None

        if self.signature_algorithm is not None:
            field_dict["signatureAlgorithm"] = (
                self.signature_algorithm.value
                if isinstance(self.signature_algorithm, SignatureAlgorithm)
                else self.signature_algorithm
            )
        elif self._nulls and "signatureAlgorithm" in self._nulls:
            field_dict["signatureAlgorithm"] = None

        if self.signature_prefix is not None:
            field_dict["signaturePrefix"] = self.signature_prefix
        elif self._nulls and "signaturePrefix" in self._nulls:
            field_dict["signaturePrefix"] = None

        if self.request_identifier_path is not None:
            field_dict["requestIdentifierPath"] = self.request_identifier_path
        elif self._nulls and "requestIdentifierPath" in self._nulls:
            field_dict["requestIdentifierPath"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        secret = d.pop("secret", None)
        if secret is None:
            if "secret" in src_dict:
                nulls += ("secret",)
        elif not (isinstance(secret, str) or (secret is None)):
            d["secret"] = secret
            secret = None

        signature_header_name = d.pop("signatureHeaderName", None)
        if signature_header_name is None:
            if "signatureHeaderName" in src_dict:
                nulls += ("signatureHeaderName",)
        elif not (isinstance(signature_header_name, str) or (signature_header_name is None)):
            d["signatureHeaderName"] = signature_header_name
            signature_header_name = None

        _signature_algorithm = d.pop("signatureAlgorithm", None)
        signature_algorithm: Any = None
        if _signature_algorithm is None:
            if "signatureAlgorithm" in src_dict:
                nulls += ("signatureAlgorithm",)
        else:
            signature_algorithm = _parse_signature_algorithm(_signature_algorithm)
            if signature_algorithm is UNSET:
                d["signatureAlgorithm"] = _signature_algorithm
                signature_algorithm = None

        signature_prefix = d.pop("signaturePrefix", None)
        if signature_prefix is None:
            if "signaturePrefix" in src_dict:
                nulls += ("signaturePrefix",)
        elif not (isinstance(signature_prefix, str) or (signature_prefix is None)):
            d["signaturePrefix"] = signature_prefix
            signature_prefix = None

        request_identifier_path = d.pop("requestIdentifierPath", None)
        if request_identifier_path is None:
            if "requestIdentifierPath" in src_dict:
                nulls += ("requestIdentifierPath",)
        elif not (isinstance(request_identifier_path, str) or (request_identifier_path is None)):
            d["requestIdentifierPath"] = request_identifier_path
            request_identifier_path = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        security = cls.__new__(cls)
        security.secret = secret
        security.signature_header_name = signature_header_name
        security.signature_algorithm = signature_algorithm
        security.signature_prefix = signature_prefix
        security.request_identifier_path = request_identifier_path
        security.additional_properties = d
        security._nulls = nulls
        return security

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


def _parse_signature_algorithm(data: Any) -> None | SignatureAlgorithm | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if data is None:
        return data
    if isinstance(data, str):
        return SignatureAlgorithm(data)
    return UNSET
