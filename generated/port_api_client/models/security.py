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
        secret (None | str | Unset):
        signature_header_name (None | str | Unset):
        signature_algorithm (None | SignatureAlgorithm | Unset):
        signature_prefix (None | str | Unset):
        request_identifier_path (None | str | Unset):
    """

    secret: None | str | Unset = UNSET
    signature_header_name: None | str | Unset = UNSET
    signature_algorithm: None | SignatureAlgorithm | Unset = UNSET
    signature_prefix: None | str | Unset = UNSET
    request_identifier_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.secret is not UNSET:
            field_dict["secret"] = self.secret

        if self.signature_header_name is not UNSET:
            field_dict["signatureHeaderName"] = self.signature_header_name

        if not isinstance(self.signature_algorithm, Unset):
            field_dict["signatureAlgorithm"] = (
                self.signature_algorithm.value
                if isinstance(self.signature_algorithm, SignatureAlgorithm)
                else self.signature_algorithm
            )

        if self.signature_prefix is not UNSET:
            field_dict["signaturePrefix"] = self.signature_prefix

        if self.request_identifier_path is not UNSET:
            field_dict["requestIdentifierPath"] = self.request_identifier_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        secret = d.pop("secret", UNSET)
        if not (isinstance(secret, str) or (secret is None)) and secret is not UNSET:
            d["secret"] = secret
            secret = UNSET

        signature_header_name = d.pop("signatureHeaderName", UNSET)
        if (
            not (isinstance(signature_header_name, str) or (signature_header_name is None))
            and signature_header_name is not UNSET
        ):
            d["signatureHeaderName"] = signature_header_name
            signature_header_name = UNSET

        _signature_algorithm = d.pop("signatureAlgorithm", UNSET)
        signature_algorithm: None | SignatureAlgorithm | Unset = UNSET
        if _signature_algorithm is not UNSET:
            signature_algorithm = _parse_signature_algorithm(_signature_algorithm)
            if signature_algorithm is UNSET:
                d["signatureAlgorithm"] = _signature_algorithm

        signature_prefix = d.pop("signaturePrefix", UNSET)
        if (
            not (isinstance(signature_prefix, str) or (signature_prefix is None))
            and signature_prefix is not UNSET
        ):
            d["signaturePrefix"] = signature_prefix
            signature_prefix = UNSET

        request_identifier_path = d.pop("requestIdentifierPath", UNSET)
        if (
            not (isinstance(request_identifier_path, str) or (request_identifier_path is None))
            and request_identifier_path is not UNSET
        ):
            d["requestIdentifierPath"] = request_identifier_path
            request_identifier_path = UNSET

        security = cls(
            secret=secret,
            signature_header_name=signature_header_name,
            signature_algorithm=signature_algorithm,
            signature_prefix=signature_prefix,
            request_identifier_path=request_identifier_path,
        )
        security.additional_properties = d
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


def _parse_signature_algorithm(data: Any) -> None | SignatureAlgorithm | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if data is None:
        return data
    if isinstance(data, str):
        return SignatureAlgorithm(data)
    return UNSET
