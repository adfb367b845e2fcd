from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.bedrock_literal import BedrockLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_overrides import AnthropicOverrides
    from ..models.bedrock import Bedrock
    from ..models.result_config import ResultConfig


T = TypeVar("T", bound="CreateOrConnectLlmProviderBodyBedrock")


@_attrs_define
class CreateOrConnectLlmProviderBodyBedrock:
    """
    Attributes:
        provider (BedrockLiteral):
        config (Bedrock | ResultConfig):
        overrides (AnthropicOverrides | Unset):
        enabled (bool | Unset):  Default: True.
    """

    provider: BedrockLiteral
    config: Bedrock | ResultConfig
    overrides: AnthropicOverrides | Unset = UNSET
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        AnthropicOverrides = _models.AnthropicOverrides
        Bedrock = _models.Bedrock
        ResultConfig = _models.ResultConfig
        provider = self.provider.value

        config: dict[str, Any]
        if isinstance(self.config, Bedrock):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "config": config,
            }
        )
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        AnthropicOverrides = _models.AnthropicOverrides
        Bedrock = _models.Bedrock
        ResultConfig = _models.ResultConfig
        d = dict(src_dict)
        provider = BedrockLiteral(d.pop("provider"))

        def _parse_config(data: object) -> Bedrock | ResultConfig:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = Bedrock.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            config_type_1 = ResultConfig.from_dict(data)

            return config_type_1

        config = _parse_config(d.pop("config"))

        _overrides = d.pop("overrides", UNSET)
        overrides: AnthropicOverrides | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = AnthropicOverrides.from_dict(_overrides)

        enabled = d.pop("enabled", UNSET)

        create_or_connect_llm_provider_body_bedrock = cls(
            provider=provider,
            config=config,
            overrides=overrides,
            enabled=enabled,
        )

        create_or_connect_llm_provider_body_bedrock.additional_properties = d
        return create_or_connect_llm_provider_body_bedrock

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
