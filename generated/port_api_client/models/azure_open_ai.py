from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AzureOpenAi")


@_attrs_define
class AzureOpenAi:
    """
    Attributes:
        api_key_secret_name (str | Unset):
        resource_name (str | Unset):
        deployment_id (str | Unset):
    """

    api_key_secret_name: str | Unset = UNSET
    resource_name: str | Unset = UNSET
    deployment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_secret_name = self.api_key_secret_name

        resource_name = self.resource_name

        deployment_id = self.deployment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_secret_name is not UNSET:
            field_dict["apiKeySecretName"] = api_key_secret_name
        if resource_name is not UNSET:
            field_dict["resourceName"] = resource_name
        if deployment_id is not UNSET:
            field_dict["deploymentId"] = deployment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_secret_name = d.pop("apiKeySecretName", UNSET)

        resource_name = d.pop("resourceName", UNSET)

        deployment_id = d.pop("deploymentId", UNSET)

        azure_open_ai = cls(
            api_key_secret_name=api_key_secret_name,
            resource_name=resource_name,
            deployment_id=deployment_id,
        )

        azure_open_ai.additional_properties = d
        return azure_open_ai

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
