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


T = TypeVar("T", bound="CreateWebhookBody")


@_attrs_define
class CreateWebhookBody:
    """
    Attributes:
        title (str):
        enabled (bool):  Default: True.
        identifier (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        mappings (list[Mapping] | Unset):
        security (Security | Unset):
        integration_type (IntegrationType | Unset):
    """

    title: str
    enabled: bool = True
    identifier: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    mappings: list[Mapping] | Unset = UNSET
    security: Security | Unset = UNSET
    integration_type: IntegrationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Mapping = _models.Mapping
        Security = _models.Security
        title = self.title

        enabled = self.enabled

        identifier = self.identifier

        description = self.description

        icon = self.icon

        mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mappings, Unset):
            mappings = []
            for mappings_item_data in self.mappings:
                mappings_item = mappings_item_data.to_dict()
                mappings.append(mappings_item)

        security: dict[str, Any] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security.to_dict()

        integration_type: str | Unset = UNSET
        if not isinstance(self.integration_type, Unset):
            integration_type = self.integration_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "enabled": enabled,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if mappings is not UNSET:
            field_dict["mappings"] = mappings
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
        title = d.pop("title")

        enabled = d.pop("enabled")

        identifier = d.pop("identifier", UNSET)

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        _mappings = d.pop("mappings", UNSET)
        mappings: list[Mapping] | Unset = UNSET
        if _mappings is not UNSET:
            mappings = []
            for mappings_item_data in _mappings:
                mappings_item = Mapping.from_dict(mappings_item_data)

                mappings.append(mappings_item)

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

        create_webhook_body = cls(
            title=title,
            enabled=enabled,
            identifier=identifier,
            description=description,
            icon=icon,
            mappings=mappings,
            security=security,
            integration_type=integration_type,
        )

        create_webhook_body.additional_properties = d
        return create_webhook_body

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
