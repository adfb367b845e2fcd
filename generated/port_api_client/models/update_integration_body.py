from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        Config = _models.Config
        CreateBlueprintActionBody = _models.CreateBlueprintActionBody
        Kafka = _models.Kafka
        Permissions = _models.Permissions
        WebhookWebhook = _models.WebhookWebhook
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        installation_app_type = self.installation_app_type

        version = self.version

        pinned_version = self.pinned_version

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        actions_processing_enabled = self.actions_processing_enabled

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, Config):
            config = self.config.to_dict()
        else:
            config = self.config

        changelog_destination: dict[str, Any] | Unset
        if isinstance(self.changelog_destination, Unset):
            changelog_destination = UNSET
        elif isinstance(self.changelog_destination, CreateBlueprintActionBody):
            changelog_destination = self.changelog_destination.to_dict()
        elif isinstance(self.changelog_destination, Kafka):
            changelog_destination = self.changelog_destination.to_dict()
        else:
            changelog_destination = self.changelog_destination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if installation_app_type is not UNSET:
            field_dict["installationAppType"] = installation_app_type
        if version is not UNSET:
            field_dict["version"] = version
        if pinned_version is not UNSET:
            field_dict["pinnedVersion"] = pinned_version
        if spec is not UNSET:
            field_dict["spec"] = spec
        if actions_processing_enabled is not UNSET:
            field_dict["actionsProcessingEnabled"] = actions_processing_enabled
        if config is not UNSET:
            field_dict["config"] = config
        if changelog_destination is not UNSET:
            field_dict["changelogDestination"] = changelog_destination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Config = _models.Config
        CreateBlueprintActionBody = _models.CreateBlueprintActionBody
        Kafka = _models.Kafka
        Permissions = _models.Permissions
        WebhookWebhook = _models.WebhookWebhook
        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        installation_app_type = d.pop("installationAppType", UNSET)

        version = d.pop("version", UNSET)

        pinned_version = d.pop("pinnedVersion", UNSET)

        _spec = d.pop("spec", UNSET)
        spec: Permissions | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = Permissions.from_dict(_spec)

        actions_processing_enabled = d.pop("actionsProcessingEnabled", UNSET)

        def _parse_config(data: object) -> Config | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = Config.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Config | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_changelog_destination(
            data: object,
        ) -> CreateBlueprintActionBody | Kafka | Unset | WebhookWebhook:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_changelog_destination_type_0 = (
                    CreateBlueprintActionBody.from_dict(data)
                )

                return componentsschemas_changelog_destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_changelog_destination_type_1 = Kafka.from_dict(data)

                return componentsschemas_changelog_destination_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_changelog_destination_type_2 = WebhookWebhook.from_dict(data)

            return componentsschemas_changelog_destination_type_2

        changelog_destination = _parse_changelog_destination(d.pop("changelogDestination", UNSET))

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
