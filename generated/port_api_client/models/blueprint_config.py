from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models

if TYPE_CHECKING:
    from ..models.blueprint_config_value import BlueprintConfigValue


T = TypeVar("T", bound="BlueprintConfig")


@_attrs_define
class BlueprintConfig:
    additional_properties: dict[str, BlueprintConfigValue] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        BlueprintConfigValue = _models.BlueprintConfigValue

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        BlueprintConfigValue = _models.BlueprintConfigValue
        d = dict(src_dict)
        blueprint_config = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = BlueprintConfigValue.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        blueprint_config.additional_properties = additional_properties
        return blueprint_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BlueprintConfigValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BlueprintConfigValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
