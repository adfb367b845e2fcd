from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model import Model
from ..models.provider import Provider

T = TypeVar("T", bound="ReplaceDefaultLlmProviderAndModelBody")


@_attrs_define
class ReplaceDefaultLlmProviderAndModelBody:
    """
    Attributes:
        provider (Provider):
        model (Model):
    """

    provider: Provider
    model: Model
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        model = self.model.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = Provider(d.pop("provider"))

        model = Model(d.pop("model"))

        replace_default_llm_provider_and_model_body = cls(
            provider=provider,
            model=model,
        )

        replace_default_llm_provider_and_model_body.additional_properties = d
        return replace_default_llm_provider_and_model_body

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
