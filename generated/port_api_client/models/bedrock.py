from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        access_key_id_secret_name = self.access_key_id_secret_name

        secret_access_key_secret_name = self.secret_access_key_secret_name

        region = self.region

        guardrail_identifier = self.guardrail_identifier

        guardrail_version = self.guardrail_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key_id_secret_name is not UNSET:
            field_dict["accessKeyIdSecretName"] = access_key_id_secret_name
        if secret_access_key_secret_name is not UNSET:
            field_dict["secretAccessKeySecretName"] = secret_access_key_secret_name
        if region is not UNSET:
            field_dict["region"] = region
        if guardrail_identifier is not UNSET:
            field_dict["guardrailIdentifier"] = guardrail_identifier
        if guardrail_version is not UNSET:
            field_dict["guardrailVersion"] = guardrail_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_key_id_secret_name = d.pop("accessKeyIdSecretName", UNSET)

        secret_access_key_secret_name = d.pop("secretAccessKeySecretName", UNSET)

        region = d.pop("region", UNSET)

        guardrail_identifier = d.pop("guardrailIdentifier", UNSET)

        guardrail_version = d.pop("guardrailVersion", UNSET)

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
