from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset import Preset
from ..models.time_zone import TimeZone

T = TypeVar("T", bound="GetEntityPropertiesHistoryBodyTimeRange")


@_attrs_define
class GetEntityPropertiesHistoryBodyTimeRange:
    """
    Attributes:
        preset (Preset):
        time_zone (TimeZone):
    """

    preset: Preset
    time_zone: TimeZone
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preset = self.preset.value

        time_zone = self.time_zone.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "preset": preset,
                "timeZone": time_zone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preset = Preset(d.pop("preset"))

        time_zone = TimeZone(d.pop("timeZone"))

        get_entity_properties_history_body_time_range = cls(
            preset=preset,
            time_zone=time_zone,
        )

        get_entity_properties_history_body_time_range.additional_properties = d
        return get_entity_properties_history_body_time_range

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
