from __future__ import annotations

import datetime
import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.provider import Provider
from ..types import (
    UNSET,
    Unset,
    _datetime_json,
    _fit,
    _parse_datetime,
    _present_repr,
    _record_datetimes,
)

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
        provider (Provider | None):
        enabled (bool | None):
        config (Anthropic | AzureOpenAi | Bedrock | CreateBlueprintActionBody | ResultConfig | None):
        overrides (Overrides | None):
        effective_models (EffectiveModels | None):
        created_at (datetime.datetime | None):
        created_by (str | None):
        updated_at (datetime.datetime | None):
        updated_by (str | None):
    """

    provider: Provider | None = None
    enabled: bool | None = None
    config: Anthropic | AzureOpenAi | Bedrock | CreateBlueprintActionBody | ResultConfig | None = (
        None
    )
    overrides: Overrides | None = None
    effective_models: EffectiveModels | None = None
    created_at: datetime.datetime | None = None
    created_by: str | None = None
    updated_at: datetime.datetime | None = None
    updated_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "provider": lambda v: (
            isinstance(v, str)
            and v
            in (
                "openai",
                "azure-openai",
                "anthropic",
                "bedrock",
                "port",
            )
        ),
        "enabled": lambda v: isinstance(v, bool),
        "config": lambda v: isinstance(v, dict),
        "overrides": lambda v: isinstance(v, dict),
        "effectiveModels": lambda v: isinstance(v, dict),
        "createdAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "createdBy": lambda v: isinstance(v, str),
        "updatedAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "updatedBy": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "provider": "provider",
        "enabled": "enabled",
        "config": "config",
        "overrides": "overrides",
        "effective_models": "effectiveModels",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    # The text each date-time was read from: to_dict() writes an unchanged one back as it came.
    _datetime_texts: dict[int, tuple[datetime.datetime, str]] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.provider is not None:
            field_dict["provider"] = self.provider.value
        elif self._nulls and "provider" in self._nulls:
            field_dict["provider"] = None

        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif self._nulls and "enabled" in self._nulls:
            field_dict["enabled"] = None

        if self.config is not None:
            field_dict["config"] = (
                self.config.to_dict()
                if isinstance(self.config, _lazy_models.Anthropic)
                else self.config.to_dict()
                if isinstance(self.config, _lazy_models.AzureOpenAi)
                else self.config.to_dict()
                if isinstance(self.config, _lazy_models.Bedrock)
                else self.config.to_dict()
                if isinstance(self.config, _lazy_models.ResultConfig)
                else self.config.to_dict()
                if isinstance(self.config, _lazy_models.CreateBlueprintActionBody)
                else self.config
            )
        elif self._nulls and "config" in self._nulls:
            field_dict["config"] = None

        if self.overrides is not None:
            field_dict["overrides"] = self.overrides.to_dict()
        elif self._nulls and "overrides" in self._nulls:
            field_dict["overrides"] = None

        if self.effective_models is not None:
            field_dict["effectiveModels"] = self.effective_models.to_dict()
        elif self._nulls and "effectiveModels" in self._nulls:
            field_dict["effectiveModels"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = _datetime_json(self.created_at, self._datetime_texts)
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        elif self._nulls and "createdBy" in self._nulls:
            field_dict["createdBy"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = _datetime_json(self.updated_at, self._datetime_texts)
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
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        _provider = d.pop("provider", None)
        provider: Any = None
        if _provider is None:
            if "provider" in src_dict:
                nulls += ("provider",)
        elif isinstance(_provider, str):
            provider = Provider(_provider)
        else:
            d["provider"] = _provider

        enabled = d.pop("enabled", None)
        if enabled is None:
            if "enabled" in src_dict:
                nulls += ("enabled",)
        elif not isinstance(enabled, bool):
            d["enabled"] = enabled
            enabled = None

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

        _overrides = d.pop("overrides", None)
        overrides: Any = None
        if _overrides is None:
            if "overrides" in src_dict:
                nulls += ("overrides",)
        elif isinstance(_overrides, dict):
            overrides = _lazy_models.Overrides.from_dict(_overrides)
        else:
            d["overrides"] = _overrides

        _effective_models = d.pop("effectiveModels", None)
        effective_models: Any = None
        if _effective_models is None:
            if "effectiveModels" in src_dict:
                nulls += ("effectiveModels",)
        elif isinstance(_effective_models, dict):
            effective_models = _lazy_models.EffectiveModels.from_dict(_effective_models)
        else:
            d["effectiveModels"] = _effective_models

        _created_at = d.pop("createdAt", None)
        created_at: Any = None
        if _created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        else:
            created_at = _parse_datetime(_created_at, _isoparse)
            if created_at is UNSET:
                d["createdAt"] = _created_at
                created_at = None
            else:
                _record_datetimes(datetime_texts, created_at, _created_at)

        created_by = d.pop("createdBy", None)
        if created_by is None:
            if "createdBy" in src_dict:
                nulls += ("createdBy",)
        elif not isinstance(created_by, str):
            d["createdBy"] = created_by
            created_by = None

        _updated_at = d.pop("updatedAt", None)
        updated_at: Any = None
        if _updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        else:
            updated_at = _parse_datetime(_updated_at, _isoparse)
            if updated_at is UNSET:
                d["updatedAt"] = _updated_at
                updated_at = None
            else:
                _record_datetimes(datetime_texts, updated_at, _updated_at)

        updated_by = d.pop("updatedBy", None)
        if updated_by is None:
            if "updatedBy" in src_dict:
                nulls += ("updatedBy",)
        elif not isinstance(updated_by, str):
            d["updatedBy"] = updated_by
            updated_by = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        create_or_connect_llm_provider_response_result = cls.__new__(cls)
        create_or_connect_llm_provider_response_result.provider = provider
        create_or_connect_llm_provider_response_result.enabled = enabled
        create_or_connect_llm_provider_response_result.config = config
        create_or_connect_llm_provider_response_result.overrides = overrides
        create_or_connect_llm_provider_response_result.effective_models = effective_models
        create_or_connect_llm_provider_response_result.created_at = created_at
        create_or_connect_llm_provider_response_result.created_by = created_by
        create_or_connect_llm_provider_response_result.updated_at = updated_at
        create_or_connect_llm_provider_response_result.updated_by = updated_by
        create_or_connect_llm_provider_response_result.additional_properties = d
        create_or_connect_llm_provider_response_result._datetime_texts = datetime_texts or None
        create_or_connect_llm_provider_response_result._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None


def _parse_config(
    data: Any,
) -> Anthropic | AzureOpenAi | Bedrock | CreateBlueprintActionBody | ResultConfig | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.Anthropic._json_checks),
            _fit(data, _lazy_models.AzureOpenAi._json_checks),
            _fit(data, _lazy_models.Bedrock._json_checks),
            _fit(data, _lazy_models.ResultConfig._json_checks),
            _fit(data, _lazy_models.CreateBlueprintActionBody._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.Anthropic.from_dict(data)
        if fits[1] == best:
            return _lazy_models.AzureOpenAi.from_dict(data)
        if fits[2] == best:
            return _lazy_models.Bedrock.from_dict(data)
        if fits[3] == best:
            return _lazy_models.ResultConfig.from_dict(data)
        return _lazy_models.CreateBlueprintActionBody.from_dict(data)
    return UNSET
