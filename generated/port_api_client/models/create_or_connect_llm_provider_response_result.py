from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.provider import Provider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic import Anthropic
    from ..models.azure_open_ai import AzureOpenAi
    from ..models.bedrock import Bedrock
    from ..models.create_blueprint_action_body import CreateBlueprintActionBody
    from ..models.effective_models import EffectiveModels
    from ..models.overrides import Overrides
    from ..models.result_config import ResultConfig


T = TypeVar("T", bound="CreateOrConnectLlmProviderResponseResult")


@_attrs_define
class CreateOrConnectLlmProviderResponseResult:
    """
    Attributes:
        provider (Provider | Unset):
        enabled (bool | Unset):
        config (Anthropic | AzureOpenAi | Bedrock | CreateBlueprintActionBody | ResultConfig | Unset):
        overrides (Overrides | Unset):
        effective_models (EffectiveModels | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    provider: Provider | Unset = UNSET
    enabled: bool | Unset = UNSET
    config: Anthropic | AzureOpenAi | Bedrock | CreateBlueprintActionBody | ResultConfig | Unset = (
        UNSET
    )
    overrides: Overrides | Unset = UNSET
    effective_models: EffectiveModels | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Anthropic = _models.Anthropic
        AzureOpenAi = _models.AzureOpenAi
        Bedrock = _models.Bedrock
        CreateBlueprintActionBody = _models.CreateBlueprintActionBody
        EffectiveModels = _models.EffectiveModels
        Overrides = _models.Overrides
        ResultConfig = _models.ResultConfig
        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        enabled = self.enabled

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

        effective_models: dict[str, Any] | Unset = UNSET
        if not isinstance(self.effective_models, Unset):
            effective_models = self.effective_models.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if config is not UNSET:
            field_dict["config"] = config
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if effective_models is not UNSET:
            field_dict["effectiveModels"] = effective_models
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Anthropic = _models.Anthropic
        AzureOpenAi = _models.AzureOpenAi
        Bedrock = _models.Bedrock
        CreateBlueprintActionBody = _models.CreateBlueprintActionBody
        EffectiveModels = _models.EffectiveModels
        Overrides = _models.Overrides
        ResultConfig = _models.ResultConfig
        d = dict(src_dict)
        _provider = d.pop("provider", UNSET)
        provider: Provider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = Provider(_provider)

        enabled = d.pop("enabled", UNSET)

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

        _effective_models = d.pop("effectiveModels", UNSET)
        effective_models: EffectiveModels | Unset
        if isinstance(_effective_models, Unset):
            effective_models = UNSET
        else:
            effective_models = EffectiveModels.from_dict(_effective_models)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _isoparse(_created_at)

        created_by = d.pop("createdBy", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _isoparse(_updated_at)

        updated_by = d.pop("updatedBy", UNSET)

        create_or_connect_llm_provider_response_result = cls(
            provider=provider,
            enabled=enabled,
            config=config,
            overrides=overrides,
            effective_models=effective_models,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        create_or_connect_llm_provider_response_result.additional_properties = d
        return create_or_connect_llm_provider_response_result

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
