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
    from ..models.models import Models


T = TypeVar("T", bound="AnthropicOverrides")


@_attrs_define
class AnthropicOverrides:
    """
    Attributes:
        models (Models | Unset):
    """

    models: Models | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Models = _models.Models
        models: dict[str, Any] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Models = _models.Models
        d = dict(src_dict)
        _models = d.pop("models", UNSET)
        models: Models | Unset
        if isinstance(_models, Unset):
            models = UNSET
        else:
            models = Models.from_dict(_models)

        anthropic_overrides = cls(
            models=models,
        )

        anthropic_overrides.additional_properties = d
        return anthropic_overrides

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
