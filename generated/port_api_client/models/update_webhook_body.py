from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.integration_type import IntegrationType
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "mappings": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "enabled": lambda v: isinstance(v, bool),
        "security": lambda v: isinstance(v, dict),
        "integrationType": lambda v: (
            isinstance(v, str)
            and v
            in (
                "custom",
                "template",
            )
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "title": "title",
        "description": "description",
        "icon": "icon",
        "mappings": "mappings",
        "enabled": "enabled",
        "security": "security",
        "integration_type": "integrationType",
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

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if not isinstance(self.mappings, Unset):
            field_dict["mappings"] = [item0.to_dict() for item0 in self.mappings]

        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled

        if not isinstance(self.security, Unset):
            field_dict["security"] = self.security.to_dict()

        if not isinstance(self.integration_type, Unset):
            field_dict["integrationType"] = self.integration_type.value

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

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            d["description"] = description
            description = UNSET

        icon = d.pop("icon", UNSET)
        if not isinstance(icon, str) and icon is not UNSET:
            d["icon"] = icon
            icon = UNSET

        _mappings = d.pop("mappings", UNSET)
        mappings: list[Mapping] | Unset = UNSET
        if isinstance(_mappings, list) and _all_instances(_mappings, dict):
            mappings = [_lazy_models.Mapping.from_dict(item0) for item0 in _mappings]
        elif _mappings is not UNSET:
            d["mappings"] = _mappings

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, bool) and enabled is not UNSET:
            d["enabled"] = enabled
            enabled = UNSET

        _security = d.pop("security", UNSET)
        security: Security | Unset = UNSET
        if isinstance(_security, dict):
            security = _lazy_models.Security.from_dict(_security)
        elif _security is not UNSET:
            d["security"] = _security

        _integration_type = d.pop("integrationType", UNSET)
        integration_type: IntegrationType | Unset = UNSET
        if isinstance(_integration_type, str):
            integration_type = IntegrationType(_integration_type)
        elif _integration_type is not UNSET:
            d["integrationType"] = _integration_type

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
