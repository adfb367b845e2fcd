from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.bedrock_literal import BedrockLiteral
from ..types import (
    UNSET,
    Unset,
    _fit,
    _present_repr,
    _unfit,
)

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
        overrides (AnthropicOverrides | None):
        enabled (bool | None):
    """

    provider: BedrockLiteral
    config: Bedrock | ResultConfig
    overrides: AnthropicOverrides | None = None
    enabled: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "provider": lambda v: isinstance(v, str) and v in ("bedrock",),
        "config": lambda v: isinstance(v, dict),
        "overrides": lambda v: isinstance(v, dict),
        "enabled": lambda v: isinstance(v, bool),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "provider": "provider",
        "config": "config",
        "overrides": "overrides",
        "enabled": "enabled",
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
        field_dict["provider"] = self.provider.value

        field_dict["config"] = (
            self.config.to_dict()
            if isinstance(self.config, _lazy_models.Bedrock)
            else self.config.to_dict()
            if isinstance(self.config, _lazy_models.ResultConfig)
            else self.config
        )

        if self.overrides is not None:
            field_dict["overrides"] = self.overrides.to_dict()
        elif self._nulls and "overrides" in self._nulls:
            field_dict["overrides"] = None

        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif self._nulls and "enabled" in self._nulls:
            field_dict["enabled"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _provider = d.pop("provider")
        if not isinstance(_provider, str):
            raise _unfit(cls, "provider", _provider)
        provider: BedrockLiteral = BedrockLiteral(_provider)

        _config = d.pop("config")
        config: Bedrock | ResultConfig = _parse_config(_config)
        if config is UNSET:
            raise _unfit(cls, "config", _config)

        _overrides = d.pop("overrides", None)
        overrides: Any = None
        if _overrides is None:
            if "overrides" in src_dict:
                nulls += ("overrides",)
        elif isinstance(_overrides, dict):
            overrides = _lazy_models.AnthropicOverrides.from_dict(_overrides)
        else:
            d["overrides"] = _overrides

        enabled = d.pop("enabled", None)
        if enabled is None:
            if "enabled" in src_dict:
                nulls += ("enabled",)
        elif not isinstance(enabled, bool):
            d["enabled"] = enabled
            enabled = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        create_or_connect_llm_provider_body_bedrock = cls.__new__(cls)
        create_or_connect_llm_provider_body_bedrock.provider = provider
        create_or_connect_llm_provider_body_bedrock.config = config
        create_or_connect_llm_provider_body_bedrock.overrides = overrides
        create_or_connect_llm_provider_body_bedrock.enabled = enabled
        create_or_connect_llm_provider_body_bedrock.additional_properties = d
        create_or_connect_llm_provider_body_bedrock._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None


def _parse_config(data: Any) -> Bedrock | ResultConfig | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.Bedrock._json_checks),
            _fit(data, _lazy_models.ResultConfig._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.Bedrock.from_dict(data)
        return _lazy_models.ResultConfig.from_dict(data)
    return UNSET
