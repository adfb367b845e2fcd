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
        title (None | str | Unset):
        installation_app_type (str | Unset):
        version (str | Unset):
        pinned_version (str | Unset):
        spec (Permissions | Unset):
        actions_processing_enabled (bool | Unset):  Default: False.
        config (Config | None | Unset):
        changelog_destination (CreateBlueprintActionBody | Kafka | Unset | WebhookWebhook):
    """

    title: None | str | Unset = UNSET
    installation_app_type: str | Unset = UNSET
    version: str | Unset = UNSET
    pinned_version: str | Unset = UNSET
    spec: Permissions | Unset = UNSET
    actions_processing_enabled: bool | Unset = False
    config: Config | None | Unset = UNSET
    changelog_destination: CreateBlueprintActionBody | Kafka | Unset | WebhookWebhook = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.installation_app_type is not UNSET:
            field_dict["installationAppType"] = self.installation_app_type

        if self.version is not UNSET:
            field_dict["version"] = self.version

        if self.pinned_version is not UNSET:
            field_dict["pinnedVersion"] = self.pinned_version

        if not isinstance(self.spec, Unset):
            field_dict["spec"] = self.spec.to_dict()

        if self.actions_processing_enabled is not UNSET:
            field_dict["actionsProcessingEnabled"] = self.actions_processing_enabled

        if not isinstance(self.config, Unset):
            field_dict["config"] = (
                self.config.to_dict()
                if isinstance(self.config, _lazy_models.Config)
                else self.config
            )

        if not isinstance(self.changelog_destination, Unset):
            field_dict["changelogDestination"] = (
                self.changelog_destination.to_dict()
                if isinstance(self.changelog_destination, _lazy_models.CreateBlueprintActionBody)
                else self.changelog_destination.to_dict()
                if isinstance(self.changelog_destination, _lazy_models.Kafka)
                else self.changelog_destination.to_dict()
                if isinstance(self.changelog_destination, _lazy_models.WebhookWebhook)
                else self.changelog_destination
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        if not (isinstance(title, str) or (title is None)) and title is not UNSET:
            d["title"] = title
            title = UNSET

        installation_app_type = d.pop("installationAppType", UNSET)
        if not isinstance(installation_app_type, str) and installation_app_type is not UNSET:
            d["installationAppType"] = installation_app_type
            installation_app_type = UNSET

        version = d.pop("version", UNSET)
        if not isinstance(version, str) and version is not UNSET:
            d["version"] = version
            version = UNSET

        pinned_version = d.pop("pinnedVersion", UNSET)
        if not isinstance(pinned_version, str) and pinned_version is not UNSET:
            d["pinnedVersion"] = pinned_version
            pinned_version = UNSET

        _spec = d.pop("spec", UNSET)
        spec: Permissions | Unset = UNSET
        if isinstance(_spec, dict):
            spec = _lazy_models.Permissions.from_dict(_spec)
        elif _spec is not UNSET:
            d["spec"] = _spec

        actions_processing_enabled = d.pop("actionsProcessingEnabled", UNSET)
        if (
            not isinstance(actions_processing_enabled, bool)
            and actions_processing_enabled is not UNSET
        ):
            d["actionsProcessingEnabled"] = actions_processing_enabled
            actions_processing_enabled = UNSET

        _config = d.pop("config", UNSET)
        config: Config | None | Unset = UNSET
        if _config is not UNSET:
            config = _parse_config(_config)
            if config is UNSET:
                d["config"] = _config

        _changelog_destination = d.pop("changelogDestination", UNSET)
        changelog_destination: CreateBlueprintActionBody | Kafka | Unset | WebhookWebhook = UNSET
        if _changelog_destination is not UNSET:
            changelog_destination = _parse_changelog_destination(_changelog_destination)
            if changelog_destination is UNSET:
                d["changelogDestination"] = _changelog_destination

        update_integration_body = cls(
            title=title,
            installation_app_type=installation_app_type,
            version=version,
            pinned_version=pinned_version,
            spec=spec,
            actions_processing_enabled=actions_processing_enabled,
            config=config,
            changelog_destination=changelog_destination,
        )
        update_integration_body.additional_properties = d
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
