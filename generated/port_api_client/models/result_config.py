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

T = TypeVar("T", bound="ResultConfig")


@_attrs_define
class ResultConfig:
    """
    Attributes:
        role_arn (str | Unset):
        external_id_secret_name (str | Unset):
        region (str | Unset):
        guardrail_identifier (str | Unset):
        guardrail_version (str | Unset):
    """

    role_arn: str | Unset = UNSET
    external_id_secret_name: str | Unset = UNSET
    region: str | Unset = UNSET
    guardrail_identifier: str | Unset = UNSET
    guardrail_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "roleArn": lambda v: isinstance(v, str),
        "externalIdSecretName": lambda v: isinstance(v, str),
        "region": lambda v: isinstance(v, str),
        "guardrailIdentifier": lambda v: isinstance(v, str),
        "guardrailVersion": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "role_arn": "roleArn",
        "external_id_secret_name": "externalIdSecretName",
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
        if self.role_arn is not UNSET:
            field_dict["roleArn"] = self.role_arn

        if self.external_id_secret_name is not UNSET:
            field_dict["externalIdSecretName"] = self.external_id_secret_name

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
        role_arn = d.pop("roleArn", UNSET)
        if not isinstance(role_arn, str) and role_arn is not UNSET:
            d["roleArn"] = role_arn
            role_arn = UNSET

        external_id_secret_name = d.pop("externalIdSecretName", UNSET)
        if not isinstance(external_id_secret_name, str) and external_id_secret_name is not UNSET:
            d["externalIdSecretName"] = external_id_secret_name
            external_id_secret_name = UNSET

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

        result_config = cls(
            role_arn=role_arn,
            external_id_secret_name=external_id_secret_name,
            region=region,
            guardrail_identifier=guardrail_identifier,
            guardrail_version=guardrail_version,
        )
        result_config.additional_properties = d
        return result_config

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
