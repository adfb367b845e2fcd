from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.time_interval import TimeInterval
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_entity_properties_history_body_time_range import (
        GetEntityPropertiesHistoryBodyTimeRange,
    )


T = TypeVar("T", bound="GetEntityPropertiesHistoryBody")


@_attrs_define
class GetEntityPropertiesHistoryBody:
    """
    Attributes:
        entity_identifier (str):
        blueprint_identifier (str):
        property_names (list[str]):
        time_interval (TimeInterval | Unset):
        time_range (GetEntityPropertiesHistoryBodyTimeRange | Unset):
    """

    entity_identifier: str
    blueprint_identifier: str
    property_names: list[str]
    time_interval: TimeInterval | Unset = UNSET
    time_range: GetEntityPropertiesHistoryBodyTimeRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        GetEntityPropertiesHistoryBodyTimeRange = _models.GetEntityPropertiesHistoryBodyTimeRange
        entity_identifier = self.entity_identifier

        blueprint_identifier = self.blueprint_identifier

        property_names = self.property_names

        time_interval: str | Unset = UNSET
        if not isinstance(self.time_interval, Unset):
            time_interval = self.time_interval.value

        time_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityIdentifier": entity_identifier,
                "blueprintIdentifier": blueprint_identifier,
                "propertyNames": property_names,
            }
        )
        if time_interval is not UNSET:
            field_dict["timeInterval"] = time_interval
        if time_range is not UNSET:
            field_dict["timeRange"] = time_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        GetEntityPropertiesHistoryBodyTimeRange = _models.GetEntityPropertiesHistoryBodyTimeRange
        d = dict(src_dict)
        entity_identifier = d.pop("entityIdentifier")

        blueprint_identifier = d.pop("blueprintIdentifier")

        property_names = cast(list[str], d.pop("propertyNames"))

        _time_interval = d.pop("timeInterval", UNSET)
        time_interval: TimeInterval | Unset
        if isinstance(_time_interval, Unset):
            time_interval = UNSET
        else:
            time_interval = TimeInterval(_time_interval)

        _time_range = d.pop("timeRange", UNSET)
        time_range: GetEntityPropertiesHistoryBodyTimeRange | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = GetEntityPropertiesHistoryBodyTimeRange.from_dict(_time_range)

        get_entity_properties_history_body = cls(
            entity_identifier=entity_identifier,
            blueprint_identifier=blueprint_identifier,
            property_names=property_names,
            time_interval=time_interval,
            time_range=time_range,
        )

        get_entity_properties_history_body.additional_properties = d
        return get_entity_properties_history_body

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
