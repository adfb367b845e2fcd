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

T = TypeVar("T", bound="Bedrock")


@_attrs_define
class Bedrock:
    """
    Attributes:
        access_key_id_secret_name (str | Unset):
        secret_access_key_secret_name (str | Unset):
        region (str | Unset):
        guardrail_identifier (str | Unset):
        guardrail_version (str | Unset):
    """

    access_key_id_secret_name: str | Unset = UNSET
    secret_access_key_secret_name: str | Unset = UNSET
    region: str | Unset = UNSET
    guardrail_identifier: str | Unset = UNSET
    guardrail_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "accessKeyIdSecretName": lambda v: isinstance(v, str),
        "secretAccessKeySecretName": lambda v: isinstance(v, str),
        "region": lambda v: isinstance(v, str),
        "guardrailIdentifier": lambda v: isinstance(v, str),
        "guardrailVersion": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "access_key_id_secret_name": "accessKeyIdSecretName",
        "secret_access_key_secret_name": "secretAccessKeySecretName",
        "region": "region",
        "guardrail_identifier": "guardrailIdentifier",
        "guardrail_version": "guardrailVersion",
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
        if self.access_key_id_secret_name is not UNSET:
            field_dict["accessKeyIdSecretName"] = self.access_key_id_secret_name

        if self.secret_access_key_secret_name is not UNSET:
            field_dict["secretAccessKeySecretName"] = self.secret_access_key_secret_name

        if self.region is not UNSET:
            field_dict["region"] = self.region

        if self.guardrail_identifier is not UNSET:
            field_dict["guardrailIdentifier"] = self.guardrail_identifier

        if self.guardrail_version is not UNSET:
            field_dict["guardrailVersion"] = self.guardrail_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        access_key_id_secret_name = d.pop("accessKeyIdSecretName", UNSET)
        if (
            not isinstance(access_key_id_secret_name, str)
            and access_key_id_secret_name is not UNSET
        ):
            d["accessKeyIdSecretName"] = access_key_id_secret_name
            access_key_id_secret_name = UNSET

        secret_access_key_secret_name = d.pop("secretAccessKeySecretName", UNSET)
        if (
            not isinstance(secret_access_key_secret_name, str)
            and secret_access_key_secret_name is not UNSET
        ):
            d["secretAccessKeySecretName"] = secret_access_key_secret_name
            secret_access_key_secret_name = UNSET

        region = d.pop("region", UNSET)
        if not isinstance(region, str) and region is not UNSET:
            d["region"] = region
            region = UNSET

        guardrail_identifier = d.pop("guardrailIdentifier", UNSET)
        if not isinstance(guardrail_identifier, str) and guardrail_identifier is not UNSET:
            d["guardrailIdentifier"] = guardrail_identifier
            guardrail_identifier = UNSET

        guardrail_version = d.pop("guardrailVersion", UNSET)
        if not isinstance(guardrail_version, str) and guardrail_version is not UNSET:
            d["guardrailVersion"] = guardrail_version
            guardrail_version = UNSET

        bedrock = cls(
            access_key_id_secret_name=access_key_id_secret_name,
            secret_access_key_secret_name=secret_access_key_secret_name,
            region=region,
            guardrail_identifier=guardrail_identifier,
            guardrail_version=guardrail_version,
        )
        bedrock.additional_properties = d
        return bedrock

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
