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
    _fit,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.config import Config
    from ..models.create_blueprint_action_body import CreateBlueprintActionBody
    from ..models.kafka import Kafka
    from ..models.permissions import Permissions
    from ..models.webhook_webhook import WebhookWebhook


T = TypeVar("T", bound="UpdateIntegrationBody")


@_attrs_define
class UpdateIntegrationBody:
    """
    Attributes:
        title (None | str):
        installation_app_type (str | None):
        version (str | None):
        pinned_version (str | None):
        spec (Permissions | None):
        actions_processing_enabled (bool | None):
        config (Config | None):
        changelog_destination (CreateBlueprintActionBody | Kafka | WebhookWebhook | None):
    """

    title: None | str = None
    installation_app_type: str | None = None
    version: str | None = None
    pinned_version: str | None = None
    spec: Permissions | None = None
    actions_processing_enabled: bool | None = None
    config: Config | None = None
    changelog_destination: CreateBlueprintActionBody | Kafka | WebhookWebhook | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "title": lambda v: isinstance(v, str) or (v is None),
        "installationAppType": lambda v: isinstance(v, str),
        "version": lambda v: isinstance(v, str),
        "pinnedVersion": lambda v: isinstance(v, str),
        "spec": lambda v: isinstance(v, dict),
        "actionsProcessingEnabled": lambda v: isinstance(v, bool),
        "config": lambda v: isinstance(v, dict) or (v is None),
        "changelogDestination": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "title": "title",
        "installation_app_type": "installationAppType",
        "version": "version",
        "pinned_version": "pinnedVersion",
        "spec": "spec",
        "actions_processing_enabled": "actionsProcessingEnabled",
        "config": "config",
        "changelog_destination": "changelogDestination",
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
        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.installation_app_type is not None:
            field_dict["installationAppType"] = self.installation_app_type
        elif self._nulls and "installationAppType" in self._nulls:
            field_dict["installationAppType"] = None

        if self.version is not None:
            field_dict["version"] = self.version
        elif self._nulls and "version" in self._nulls:
            field_dict["version"] = None

        if self.pinned_version is not None:
            field_dict["pinnedVersion"] = self.pinned_version
        elif self._nulls and "pinnedVersion" in self._nulls:
            field_dict["pinnedVersion"] = None

        if self.spec is not None:
            field_dict["spec"] = self.spec.to_dict()
        elif self._nulls and "spec" in self._nulls:
            field_dict["spec"] = None

        if self.actions_processing_enabled is not None:
            field_dict["actionsProcessingEnabled"] = self.actions_processing_enabled
        elif self._nulls and "actionsProcessingEnabled" in self._nulls:
            field_dict["actionsProcessingEnabled"] = None

        if self.config is not None:
            field_dict["config"] = (
                self.config.to_dict()
                if isinstance(self.config, _lazy_models.Config)
                else self.config
            )
        elif self._nulls and "config" in self._nulls:
            field_dict["config"] = None

        if self.changelog_destination is not None:
            field_dict["changelogDestination"] = (
                self.changelog_destination.to_dict()
                if isinstance(self.changelog_destination, _lazy_models.CreateBlueprintActionBody)
                else self.changelog_destination.to_dict()
                if isinstance(self.changelog_destination, _lazy_models.Kafka)
                else self.changelog_destination.to_dict()
                if isinstance(self.changelog_destination, _lazy_models.WebhookWebhook)
                else self.changelog_destination
            )
        elif self._nulls and "changelogDestination" in self._nulls:
            field_dict["changelogDestination"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not (isinstance(title, str) or (title is None)):
            d["title"] = title
            title = None

        installation_app_type = d.pop("installationAppType", None)
        if installation_app_type is None:
            if "installationAppType" in src_dict:
                nulls += ("installationAppType",)
        elif not isinstance(installation_app_type, str):
            d["installationAppType"] = installation_app_type
            installation_app_type = None

        version = d.pop("version", None)
        if version is None:
            if "version" in src_dict:
                nulls += ("version",)
        elif not isinstance(version, str):
            d["version"] = version
            version = None

        pinned_version = d.pop("pinnedVersion", None)
        if pinned_version is None:
            if "pinnedVersion" in src_dict:
                nulls += ("pinnedVersion",)
        elif not isinstance(pinned_version, str):
            d["pinnedVersion"] = pinned_version
            pinned_version = None

        _spec = d.pop("spec", None)
        spec: Any = None
        if _spec is None:
            if "spec" in src_dict:
                nulls += ("spec",)
        elif isinstance(_spec, dict):
            spec = _lazy_models.Permissions.from_dict(_spec)
        else:
            d["spec"] = _spec

        actions_processing_enabled = d.pop("actionsProcessingEnabled", None)
        if actions_processing_enabled is None:
            if "actionsProcessingEnabled" in src_dict:
                nulls += ("actionsProcessingEnabled",)
        elif not isinstance(actions_processing_enabled, bool):
            d["actionsProcessingEnabled"] = actions_processing_enabled
            actions_processing_enabled = None

        _config = d.pop("config", None)
        config: Any = None
        if _config is None:
            if "config" in src_dict:
                nulls += ("config",)
        else:
            config = _parse_config(_config)
            if config is UNSET:
                d["config"] = _config
                config = None

        _changelog_destination = d.pop("changelogDestination", None)
        changelog_destination: Any = None
        if _changelog_destination is None:
            if "changelogDestination" in src_dict:
                nulls += ("changelogDestination",)
        else:
            changelog_destination = _parse_changelog_destination(_changelog_destination)
            if changelog_destination is UNSET:
                d["changelogDestination"] = _changelog_destination
                changelog_destination = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        update_integration_body = cls.__new__(cls)
        update_integration_body.title = title
        update_integration_body.installation_app_type = installation_app_type
        update_integration_body.version = version
        update_integration_body.pinned_version = pinned_version
        update_integration_body.spec = spec
        update_integration_body.actions_processing_enabled = actions_processing_enabled
        update_integration_body.config = config
        update_integration_body.changelog_destination = changelog_destination
        update_integration_body.additional_properties = d
        update_integration_body._nulls = nulls
        return update_integration_body

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


def _parse_config(data: Any) -> Config | None | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if data is None:
        return data
    if isinstance(data, dict):
        return _lazy_models.Config.from_dict(data)
    return UNSET


def _parse_changelog_destination(
    data: Any,
) -> CreateBlueprintActionBody | Kafka | WebhookWebhook | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.CreateBlueprintActionBody._json_checks),
            _fit(data, _lazy_models.Kafka._json_checks),
            _fit(data, _lazy_models.WebhookWebhook._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.CreateBlueprintActionBody.from_dict(data)
        if fits[1] == best:
            return _lazy_models.Kafka.from_dict(data)
        return _lazy_models.WebhookWebhook.from_dict(data)
    return UNSET
