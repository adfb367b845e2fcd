from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.openai_literal import OpenaiLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic import Anthropic
    from ..models.azure_openai_overrides import AzureOpenaiOverrides


T = TypeVar("T", bound="Openai")


@_attrs_define
class Openai:
    """
    Attributes:
        provider (OpenaiLiteral):
        config (Anthropic):
        overrides (AzureOpenaiOverrides | Unset):
        enabled (bool | Unset):  Default: True.
    """

    provider: OpenaiLiteral
    config: Anthropic
    overrides: AzureOpenaiOverrides | Unset = UNSET
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Anthropic = _models.Anthropic
        AzureOpenaiOverrides = _models.AzureOpenaiOverrides
        provider = self.provider.value

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
        Anthropic = _models.Anthropic
        AzureOpenaiOverrides = _models.AzureOpenaiOverrides
        d = dict(src_dict)
        provider = OpenaiLiteral(d.pop("provider"))

        config = Anthropic.from_dict(d.pop("config"))

        _overrides = d.pop("overrides", UNSET)
        overrides: AzureOpenaiOverrides | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = AzureOpenaiOverrides.from_dict(_overrides)

        enabled = d.pop("enabled", UNSET)

        openai = cls(
            provider=provider,
            config=config,
            overrides=overrides,
            enabled=enabled,
        )

        openai.additional_properties = d
        return openai

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
