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
    _absent,
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
        identifier (str):
        title (str | None):
        icon (str | None):
        description (str | None):
        enabled (bool | None):
        url (str | None):
        webhook_key (str | None):
        integration_type (str | None):
        mappings (list[Properties] | None):
        security (Properties | None):
        created_at (str | None):
        created_by (str | None):
        updated_at (str | None):
        updated_by (str | None):
    """

    identifier: str
    title: str | None = None
    icon: str | None = None
    description: str | None = None
    enabled: bool | None = None
    url: str | None = None
    webhook_key: str | None = None
    integration_type: str | None = None
    mappings: list[Properties] | None = None
    security: Properties | None = None
    created_at: str | None = None
    created_by: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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

    if not TYPE_CHECKING:  # mypy keeps reporting misspelled attributes

        def __getattr__(self, name: str) -> Any:
            # Only reached for a promised field missing from Port's answer (or a wrong name).
            raise _absent(self, name)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _identifier = getattr(self, "identifier", UNSET)
        if _identifier is not UNSET:
            field_dict["identifier"] = _identifier

        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif self._nulls and "enabled" in self._nulls:
            field_dict["enabled"] = None

        if self.url is not None:
            field_dict["url"] = self.url
        elif self._nulls and "url" in self._nulls:
            field_dict["url"] = None

        if self.webhook_key is not None:
            field_dict["webhookKey"] = self.webhook_key
        elif self._nulls and "webhookKey" in self._nulls:
            field_dict["webhookKey"] = None

        if self.integration_type is not None:
            field_dict["integrationType"] = self.integration_type
        elif self._nulls and "integrationType" in self._nulls:
            field_dict["integrationType"] = None

        if self.mappings is not None:
            field_dict["mappings"] = [item0.to_dict() for item0 in self.mappings]
        elif self._nulls and "mappings" in self._nulls:
            field_dict["mappings"] = None

        if self.security is not None:
            field_dict["security"] = self.security.to_dict()
        elif self._nulls and "security" in self._nulls:
            field_dict["security"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        elif self._nulls and "createdBy" in self._nulls:
            field_dict["createdBy"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by
        elif self._nulls and "updatedBy" in self._nulls:
            field_dict["updatedBy"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None, or absent), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        absent: tuple[str, ...] = ()
        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str):
            if identifier is not UNSET:
                d["identifier"] = identifier
            absent += ("identifier",)

        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not isinstance(description, str):
            d["description"] = description
            description = None

        enabled = d.pop("enabled", None)
        if enabled is None:
            if "enabled" in src_dict:
                nulls += ("enabled",)
        elif not isinstance(enabled, bool):
            d["enabled"] = enabled
            enabled = None

        url = d.pop("url", None)
        if url is None:
            if "url" in src_dict:
                nulls += ("url",)
        elif not isinstance(url, str):
            d["url"] = url
            url = None

        webhook_key = d.pop("webhookKey", None)
        if webhook_key is None:
            if "webhookKey" in src_dict:
                nulls += ("webhookKey",)
        elif not isinstance(webhook_key, str):
            d["webhookKey"] = webhook_key
            webhook_key = None

        integration_type = d.pop("integrationType", None)
        if integration_type is None:
            if "integrationType" in src_dict:
                nulls += ("integrationType",)
        elif not isinstance(integration_type, str):
            d["integrationType"] = integration_type
            integration_type = None

        _mappings = d.pop("mappings", None)
        mappings: Any = None
        if _mappings is None:
            if "mappings" in src_dict:
                nulls += ("mappings",)
        elif isinstance(_mappings, list) and _all_instances(_mappings, dict):
            mappings = [_lazy_models.Properties.from_dict(item0) for item0 in _mappings]
        else:
            d["mappings"] = _mappings

        _security = d.pop("security", None)
        security: Any = None
        if _security is None:
            if "security" in src_dict:
                nulls += ("security",)
        elif isinstance(_security, dict):
            security = _lazy_models.Properties.from_dict(_security)
        else:
            d["security"] = _security

        created_at = d.pop("createdAt", None)
        if created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        elif not isinstance(created_at, str):
            d["createdAt"] = created_at
            created_at = None

        created_by = d.pop("createdBy", None)
        if created_by is None:
            if "createdBy" in src_dict:
                nulls += ("createdBy",)
        elif not isinstance(created_by, str):
            d["createdBy"] = created_by
            created_by = None

        updated_at = d.pop("updatedAt", None)
        if updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        elif not isinstance(updated_at, str):
            d["updatedAt"] = updated_at
            updated_at = None

        updated_by = d.pop("updatedBy", None)
        if updated_by is None:
            if "updatedBy" in src_dict:
                nulls += ("updatedBy",)
        elif not isinstance(updated_by, str):
            d["updatedBy"] = updated_by
            updated_by = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        webhook = cls.__new__(cls)
        webhook.identifier = identifier
        webhook.title = title
        webhook.icon = icon
        webhook.description = description
        webhook.enabled = enabled
        webhook.url = url
        webhook.webhook_key = webhook_key
        webhook.integration_type = integration_type
        webhook.mappings = mappings
        webhook.security = security
        webhook.created_at = created_at
        webhook.created_by = created_by
        webhook.updated_at = updated_at
        webhook.updated_by = updated_by
        webhook.additional_properties = d
        webhook._nulls = nulls
        for name in absent:
            object.__delattr__(webhook, name)
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
