from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signature_algorithm import SignatureAlgorithm
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        signature_header_name: None | str | Unset
        if isinstance(self.signature_header_name, Unset):
            signature_header_name = UNSET
        else:
            signature_header_name = self.signature_header_name

        signature_algorithm: None | str | Unset
        if isinstance(self.signature_algorithm, Unset):
            signature_algorithm = UNSET
        elif isinstance(self.signature_algorithm, SignatureAlgorithm):
            signature_algorithm = self.signature_algorithm.value
        else:
            signature_algorithm = self.signature_algorithm

        signature_prefix: None | str | Unset
        if isinstance(self.signature_prefix, Unset):
            signature_prefix = UNSET
        else:
            signature_prefix = self.signature_prefix

        request_identifier_path: None | str | Unset
        if isinstance(self.request_identifier_path, Unset):
            request_identifier_path = UNSET
        else:
            request_identifier_path = self.request_identifier_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secret is not UNSET:
            field_dict["secret"] = secret
        if signature_header_name is not UNSET:
            field_dict["signatureHeaderName"] = signature_header_name
        if signature_algorithm is not UNSET:
            field_dict["signatureAlgorithm"] = signature_algorithm
        if signature_prefix is not UNSET:
            field_dict["signaturePrefix"] = signature_prefix
        if request_identifier_path is not UNSET:
            field_dict["requestIdentifierPath"] = request_identifier_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        def _parse_signature_header_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature_header_name = _parse_signature_header_name(d.pop("signatureHeaderName", UNSET))

        def _parse_signature_algorithm(data: object) -> None | SignatureAlgorithm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signature_algorithm_type_0 = SignatureAlgorithm(data)

                return signature_algorithm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatureAlgorithm | Unset, data)

        signature_algorithm = _parse_signature_algorithm(d.pop("signatureAlgorithm", UNSET))

        def _parse_signature_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature_prefix = _parse_signature_prefix(d.pop("signaturePrefix", UNSET))

        def _parse_request_identifier_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_identifier_path = _parse_request_identifier_path(
            d.pop("requestIdentifierPath", UNSET)
        )

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
