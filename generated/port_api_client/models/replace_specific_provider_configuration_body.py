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
        config (Anthropic | AzureOpenAi | Bedrock | CreateBlueprintActionBody | ResultConfig | None):
        overrides (Overrides | None):
        enabled (bool | None):
    """

    config: Anthropic | AzureOpenAi | Bedrock | CreateBlueprintActionBody | ResultConfig | None = (
        None
    )
    overrides: Overrides | None = None
    enabled: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "config": lambda v: isinstance(v, dict),
        "overrides": lambda v: isinstance(v, dict),
        "enabled": lambda v: isinstance(v, bool),
    }

    _json_names: ClassVar[dict[str, str]] = {
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

        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif self._nulls and "enabled" in self._nulls:
            field_dict["enabled"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
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

        enabled = d.pop("enabled", None)
        if enabled is None:
            if "enabled" in src_dict:
                nulls += ("enabled",)
        elif not isinstance(enabled, bool):
            d["enabled"] = enabled
            enabled = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        replace_specific_provider_configuration_body = cls.__new__(cls)
        replace_specific_provider_configuration_body.config = config
        replace_specific_provider_configuration_body.overrides = overrides
        replace_specific_provider_configuration_body.enabled = enabled
        replace_specific_provider_configuration_body.additional_properties = d
        replace_specific_provider_configuration_body._nulls = nulls
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
