from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic import Anthropic
    from ..models.azure_open_ai import AzureOpenAi
    from ..models.bedrock import Bedrock
    from ..models.create_blueprint_action_body import CreateBlueprintActionBody
    from ..models.overrides import Overrides
    from ..models.result_config import ResultConfig


T = TypeVar("T", bound="ReplaceSpecificProviderConfigurationBody")


@_attrs_define
class ReplaceSpecificProviderConfigurationBody:
    """
    Attributes:
        config (Anthropic | AzureOpenAi | Bedrock | CreateBlueprintActionBody | ResultConfig | Unset):
        overrides (Overrides | Unset):
        enabled (bool | Unset):  Default: True.
    """

    config: Anthropic | AzureOpenAi | Bedrock | CreateBlueprintActionBody | ResultConfig | Unset = (
        UNSET
    )
    overrides: Overrides | Unset = UNSET
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Anthropic = _models.Anthropic
        AzureOpenAi = _models.AzureOpenAi
        Bedrock = _models.Bedrock
        CreateBlueprintActionBody = _models.CreateBlueprintActionBody
        Overrides = _models.Overrides
        ResultConfig = _models.ResultConfig
        config: dict[str, Any] | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, Anthropic):
            config = self.config.to_dict()
        elif isinstance(self.config, AzureOpenAi):
            config = self.config.to_dict()
        elif isinstance(self.config, Bedrock):
            config = self.config.to_dict()
        elif isinstance(self.config, ResultConfig):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Anthropic = _models.Anthropic
        AzureOpenAi = _models.AzureOpenAi
        Bedrock = _models.Bedrock
        CreateBlueprintActionBody = _models.CreateBlueprintActionBody
        Overrides = _models.Overrides
        ResultConfig = _models.ResultConfig
        d = dict(src_dict)

        def _parse_config(
            data: object,
        ) -> Anthropic | AzureOpenAi | Bedrock | CreateBlueprintActionBody | ResultConfig | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = Anthropic.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_2 = AzureOpenAi.from_dict(data)

                return config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_3 = Bedrock.from_dict(data)

                return config_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_4 = ResultConfig.from_dict(data)

                return config_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            config_type_5 = CreateBlueprintActionBody.from_dict(data)

            return config_type_5

        config = _parse_config(d.pop("config", UNSET))

        _overrides = d.pop("overrides", UNSET)
        overrides: Overrides | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = Overrides.from_dict(_overrides)

        enabled = d.pop("enabled", UNSET)

        replace_specific_provider_configuration_body = cls(
            config=config,
            overrides=overrides,
            enabled=enabled,
        )

        replace_specific_provider_configuration_body.additional_properties = d
        return replace_specific_provider_configuration_body

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
