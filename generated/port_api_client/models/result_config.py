from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        role_arn = self.role_arn

        external_id_secret_name = self.external_id_secret_name

        region = self.region

        guardrail_identifier = self.guardrail_identifier

        guardrail_version = self.guardrail_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_arn is not UNSET:
            field_dict["roleArn"] = role_arn
        if external_id_secret_name is not UNSET:
            field_dict["externalIdSecretName"] = external_id_secret_name
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
        role_arn = d.pop("roleArn", UNSET)

        external_id_secret_name = d.pop("externalIdSecretName", UNSET)

        region = d.pop("region", UNSET)

        guardrail_identifier = d.pop("guardrailIdentifier", UNSET)

        guardrail_version = d.pop("guardrailVersion", UNSET)

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
