from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models

if TYPE_CHECKING:
    from ..models.widget_blueprint_config_value import WidgetBlueprintConfigValue


T = TypeVar("T", bound="WidgetBlueprintConfig")


@_attrs_define
class WidgetBlueprintConfig:
    additional_properties: dict[str, WidgetBlueprintConfigValue] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        WidgetBlueprintConfigValue = _models.WidgetBlueprintConfigValue

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        WidgetBlueprintConfigValue = _models.WidgetBlueprintConfigValue
        d = dict(src_dict)
        widget_blueprint_config = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = WidgetBlueprintConfigValue.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        widget_blueprint_config.additional_properties = additional_properties
        return widget_blueprint_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> WidgetBlueprintConfigValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: WidgetBlueprintConfigValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
