from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.integration_type import IntegrationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mapping import Mapping
    from ..models.security import Security


T = TypeVar("T", bound="UpdateWebhookBody")


@_attrs_define
class UpdateWebhookBody:
    """
    Attributes:
        identifier (str | Unset):
        title (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        mappings (list[Mapping] | Unset):
        enabled (bool | Unset):  Default: True.
        security (Security | Unset):
        integration_type (IntegrationType | Unset):
    """

    identifier: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    mappings: list[Mapping] | Unset = UNSET
    enabled: bool | Unset = True
    security: Security | Unset = UNSET
    integration_type: IntegrationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Mapping = _models.Mapping
        Security = _models.Security
        identifier = self.identifier

        title = self.title

        description = self.description

        icon = self.icon

        mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mappings, Unset):
            mappings = []
            for mappings_item_data in self.mappings:
                mappings_item = mappings_item_data.to_dict()
                mappings.append(mappings_item)

        enabled = self.enabled

        security: dict[str, Any] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security.to_dict()

        integration_type: str | Unset = UNSET
        if not isinstance(self.integration_type, Unset):
            integration_type = self.integration_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if mappings is not UNSET:
            field_dict["mappings"] = mappings
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if security is not UNSET:
            field_dict["security"] = security
        if integration_type is not UNSET:
            field_dict["integrationType"] = integration_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Mapping = _models.Mapping
        Security = _models.Security
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        _mappings = d.pop("mappings", UNSET)
        mappings: list[Mapping] | Unset = UNSET
        if _mappings is not UNSET:
            mappings = []
            for mappings_item_data in _mappings:
                mappings_item = Mapping.from_dict(mappings_item_data)

                mappings.append(mappings_item)

        enabled = d.pop("enabled", UNSET)

        _security = d.pop("security", UNSET)
        security: Security | Unset
        if isinstance(_security, Unset):
            security = UNSET
        else:
            security = Security.from_dict(_security)

        _integration_type = d.pop("integrationType", UNSET)
        integration_type: IntegrationType | Unset
        if isinstance(_integration_type, Unset):
            integration_type = UNSET
        else:
            integration_type = IntegrationType(_integration_type)

        update_webhook_body = cls(
            identifier=identifier,
            title=title,
            description=description,
            icon=icon,
            mappings=mappings,
            enabled=enabled,
            security=security,
            integration_type=integration_type,
        )

        update_webhook_body.additional_properties = d
        return update_webhook_body

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
