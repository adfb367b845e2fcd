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
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="Integration")


@_attrs_define
class Integration:
    """
    Attributes:
        installation_id (str | None):
        installation_app_type (str | None):
        integration_type (str | None):
        title (str | None):
        version (str | None):
        config (Properties | None):
        created_at (str | None):
        updated_at (str | None):
    """

    installation_id: str | None = None
    installation_app_type: str | None = None
    integration_type: str | None = None
    title: str | None = None
    version: str | None = None
    config: Properties | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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
        if self.installation_id is not None:
            field_dict["installationId"] = self.installation_id
        elif self._nulls and "installationId" in self._nulls:
            field_dict["installationId"] = None

        if self.installation_app_type is not None:
            field_dict["installationAppType"] = self.installation_app_type
        elif self._nulls and "installationAppType" in self._nulls:
            field_dict["installationAppType"] = None

        if self.integration_type is not None:
            field_dict["integrationType"] = self.integration_type
        elif self._nulls and "integrationType" in self._nulls:
            field_dict["integrationType"] = None

        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.version is not None:
            field_dict["version"] = self.version
        elif self._nulls and "version" in self._nulls:
            field_dict["version"] = None

        if self.config is not None:
            field_dict["config"] = self.config.to_dict()
        elif self._nulls and "config" in self._nulls:
            field_dict["config"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        installation_id = d.pop("installationId", None)
        if installation_id is None:
            if "installationId" in src_dict:
                nulls += ("installationId",)
        elif not isinstance(installation_id, str):
            d["installationId"] = installation_id
            installation_id = None

        installation_app_type = d.pop("installationAppType", None)
        if installation_app_type is None:
            if "installationAppType" in src_dict:
                nulls += ("installationAppType",)
        elif not isinstance(installation_app_type, str):
            d["installationAppType"] = installation_app_type
            installation_app_type = None

        integration_type = d.pop("integrationType", None)
        if integration_type is None:
            if "integrationType" in src_dict:
                nulls += ("integrationType",)
        elif not isinstance(integration_type, str):
            d["integrationType"] = integration_type
            integration_type = None

        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        version = d.pop("version", None)
        if version is None:
            if "version" in src_dict:
                nulls += ("version",)
        elif not isinstance(version, str):
            d["version"] = version
            version = None

        _config = d.pop("config", None)
        config: Any = None
        if _config is None:
            if "config" in src_dict:
                nulls += ("config",)
        elif isinstance(_config, dict):
            config = _lazy_models.Properties.from_dict(_config)
        else:
            d["config"] = _config

        created_at = d.pop("createdAt", None)
        if created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        elif not isinstance(created_at, str):
            d["createdAt"] = created_at
            created_at = None

        updated_at = d.pop("updatedAt", None)
        if updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        elif not isinstance(updated_at, str):
            d["updatedAt"] = updated_at
            updated_at = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        integration = cls.__new__(cls)
        integration.installation_id = installation_id
        integration.installation_app_type = installation_app_type
        integration.integration_type = integration_type
        integration.title = title
        integration.version = version
        integration.config = config
        integration.created_at = created_at
        integration.updated_at = updated_at
        integration.additional_properties = d
        integration._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
