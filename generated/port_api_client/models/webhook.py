from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "enabled": lambda v: isinstance(v, bool),
        "url": lambda v: isinstance(v, str),
        "webhookKey": lambda v: isinstance(v, str),
        "integrationType": lambda v: isinstance(v, str),
        "mappings": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "security": lambda v: isinstance(v, dict),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "title": "title",
        "icon": "icon",
        "description": "description",
        "enabled": "enabled",
        "url": "url",
        "webhook_key": "webhookKey",
        "integration_type": "integrationType",
        "mappings": "mappings",
        "security": "security",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
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
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled

        if self.url is not UNSET:
            field_dict["url"] = self.url

        if self.webhook_key is not UNSET:
            field_dict["webhookKey"] = self.webhook_key

        if self.integration_type is not UNSET:
            field_dict["integrationType"] = self.integration_type

        if not isinstance(self.mappings, Unset):
            field_dict["mappings"] = [item0.to_dict() for item0 in self.mappings]

        if not isinstance(self.security, Unset):
            field_dict["security"] = self.security.to_dict()

        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at

        if self.created_by is not UNSET:
            field_dict["createdBy"] = self.created_by

        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at

        if self.updated_by is not UNSET:
            field_dict["updatedBy"] = self.updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            d["identifier"] = identifier
            identifier = UNSET

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        icon = d.pop("icon", UNSET)
        if not isinstance(icon, str) and icon is not UNSET:
            d["icon"] = icon
            icon = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            d["description"] = description
            description = UNSET

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, bool) and enabled is not UNSET:
            d["enabled"] = enabled
            enabled = UNSET

        url = d.pop("url", UNSET)
        if not isinstance(url, str) and url is not UNSET:
            d["url"] = url
            url = UNSET

        webhook_key = d.pop("webhookKey", UNSET)
        if not isinstance(webhook_key, str) and webhook_key is not UNSET:
            d["webhookKey"] = webhook_key
            webhook_key = UNSET

        integration_type = d.pop("integrationType", UNSET)
        if not isinstance(integration_type, str) and integration_type is not UNSET:
            d["integrationType"] = integration_type
            integration_type = UNSET

        _mappings = d.pop("mappings", UNSET)
        mappings: list[Properties] | Unset = UNSET
        if isinstance(_mappings, list) and _all_instances(_mappings, dict):
            mappings = [_lazy_models.Properties.from_dict(item0) for item0 in _mappings]
        elif _mappings is not UNSET:
            d["mappings"] = _mappings

        _security = d.pop("security", UNSET)
        security: Properties | Unset = UNSET
        if isinstance(_security, dict):
            security = _lazy_models.Properties.from_dict(_security)
        elif _security is not UNSET:
            d["security"] = _security

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, str) and created_at is not UNSET:
            d["createdAt"] = created_at
            created_at = UNSET

        created_by = d.pop("createdBy", UNSET)
        if not isinstance(created_by, str) and created_by is not UNSET:
            d["createdBy"] = created_by
            created_by = UNSET

        updated_at = d.pop("updatedAt", UNSET)
        if not isinstance(updated_at, str) and updated_at is not UNSET:
            d["updatedAt"] = updated_at
            updated_at = UNSET

        updated_by = d.pop("updatedBy", UNSET)
        if not isinstance(updated_by, str) and updated_by is not UNSET:
            d["updatedBy"] = updated_by
            updated_by = UNSET

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
