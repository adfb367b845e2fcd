from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="Integration")


@_attrs_define
class Integration:
    """
    Attributes:
        installation_id (str | Unset):
        installation_app_type (str | Unset):
        integration_type (str | Unset):
        title (str | Unset):
        version (str | Unset):
        config (Properties | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    installation_id: str | Unset = UNSET
    installation_app_type: str | Unset = UNSET
    integration_type: str | Unset = UNSET
    title: str | Unset = UNSET
    version: str | Unset = UNSET
    config: Properties | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Properties = _models.Properties
        installation_id = self.installation_id

        installation_app_type = self.installation_app_type

        integration_type = self.integration_type

        title = self.title

        version = self.version

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if installation_id is not UNSET:
            field_dict["installationId"] = installation_id
        if installation_app_type is not UNSET:
            field_dict["installationAppType"] = installation_app_type
        if integration_type is not UNSET:
            field_dict["integrationType"] = integration_type
        if title is not UNSET:
            field_dict["title"] = title
        if version is not UNSET:
            field_dict["version"] = version
        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Properties = _models.Properties
        d = dict(src_dict)
        installation_id = d.pop("installationId", UNSET)

        installation_app_type = d.pop("installationAppType", UNSET)

        integration_type = d.pop("integrationType", UNSET)

        title = d.pop("title", UNSET)

        version = d.pop("version", UNSET)

        _config = d.pop("config", UNSET)
        config: Properties | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = Properties.from_dict(_config)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        integration = cls(
            installation_id=installation_id,
            installation_app_type=installation_app_type,
            integration_type=integration_type,
            title=title,
            version=version,
            config=config,
            created_at=created_at,
            updated_at=updated_at,
        )

        integration.additional_properties = d
        return integration

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
