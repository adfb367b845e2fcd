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


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """
    Attributes:
        identifier (str | Unset):
        title (str | Unset):
        icon (str | Unset):
        description (str | Unset):
        enabled (bool | Unset):
        url (str | Unset):
        webhook_key (str | Unset):
        integration_type (str | Unset):
        mappings (list[Properties] | Unset):
        security (Properties | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
    """

    identifier: str | Unset = UNSET
    title: str | Unset = UNSET
    icon: str | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    url: str | Unset = UNSET
    webhook_key: str | Unset = UNSET
    integration_type: str | Unset = UNSET
    mappings: list[Properties] | Unset = UNSET
    security: Properties | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Properties = _models.Properties
        identifier = self.identifier

        title = self.title

        icon = self.icon

        description = self.description

        enabled = self.enabled

        url = self.url

        webhook_key = self.webhook_key

        integration_type = self.integration_type

        mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mappings, Unset):
            mappings = []
            for mappings_item_data in self.mappings:
                mappings_item = mappings_item_data.to_dict()
                mappings.append(mappings_item)

        security: dict[str, Any] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security.to_dict()

        created_at = self.created_at

        created_by = self.created_by

        updated_at = self.updated_at

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if title is not UNSET:
            field_dict["title"] = title
        if icon is not UNSET:
            field_dict["icon"] = icon
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if url is not UNSET:
            field_dict["url"] = url
        if webhook_key is not UNSET:
            field_dict["webhookKey"] = webhook_key
        if integration_type is not UNSET:
            field_dict["integrationType"] = integration_type
        if mappings is not UNSET:
            field_dict["mappings"] = mappings
        if security is not UNSET:
            field_dict["security"] = security
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Properties = _models.Properties
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)

        title = d.pop("title", UNSET)

        icon = d.pop("icon", UNSET)

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        url = d.pop("url", UNSET)

        webhook_key = d.pop("webhookKey", UNSET)

        integration_type = d.pop("integrationType", UNSET)

        _mappings = d.pop("mappings", UNSET)
        mappings: list[Properties] | Unset = UNSET
        if _mappings is not UNSET:
            mappings = []
            for mappings_item_data in _mappings:
                mappings_item = Properties.from_dict(mappings_item_data)

                mappings.append(mappings_item)

        _security = d.pop("security", UNSET)
        security: Properties | Unset
        if isinstance(_security, Unset):
            security = UNSET
        else:
            security = Properties.from_dict(_security)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        webhook = cls(
            identifier=identifier,
            title=title,
            icon=icon,
            description=description,
            enabled=enabled,
            url=url,
            webhook_key=webhook_key,
            integration_type=integration_type,
            mappings=mappings,
            security=security,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        webhook.additional_properties = d
        return webhook

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
