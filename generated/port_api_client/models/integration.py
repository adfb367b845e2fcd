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
    _present_repr,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "installationId": lambda v: isinstance(v, str),
        "installationAppType": lambda v: isinstance(v, str),
        "integrationType": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "version": lambda v: isinstance(v, str),
        "config": lambda v: isinstance(v, dict),
        "createdAt": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "installation_id": "installationId",
        "installation_app_type": "installationAppType",
        "integration_type": "integrationType",
        "title": "title",
        "version": "version",
        "config": "config",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
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
        if self.installation_id is not UNSET:
            field_dict["installationId"] = self.installation_id

        if self.installation_app_type is not UNSET:
            field_dict["installationAppType"] = self.installation_app_type

        if self.integration_type is not UNSET:
            field_dict["integrationType"] = self.integration_type

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.version is not UNSET:
            field_dict["version"] = self.version

        if not isinstance(self.config, Unset):
            field_dict["config"] = self.config.to_dict()

        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at

        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        installation_id = d.pop("installationId", UNSET)
        if not isinstance(installation_id, str) and installation_id is not UNSET:
            d["installationId"] = installation_id
            installation_id = UNSET

        installation_app_type = d.pop("installationAppType", UNSET)
        if not isinstance(installation_app_type, str) and installation_app_type is not UNSET:
            d["installationAppType"] = installation_app_type
            installation_app_type = UNSET

        integration_type = d.pop("integrationType", UNSET)
        if not isinstance(integration_type, str) and integration_type is not UNSET:
            d["integrationType"] = integration_type
            integration_type = UNSET

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        version = d.pop("version", UNSET)
        if not isinstance(version, str) and version is not UNSET:
            d["version"] = version
            version = UNSET

        _config = d.pop("config", UNSET)
        config: Properties | Unset = UNSET
        if isinstance(_config, dict):
            config = _lazy_models.Properties.from_dict(_config)
        elif _config is not UNSET:
            d["config"] = _config

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, str) and created_at is not UNSET:
            d["createdAt"] = created_at
            created_at = UNSET

        updated_at = d.pop("updatedAt", UNSET)
        if not isinstance(updated_at, str) and updated_at is not UNSET:
            d["updatedAt"] = updated_at
            updated_at = UNSET

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
