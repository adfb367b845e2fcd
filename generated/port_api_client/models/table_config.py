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
    from ..models.dashboard_widget import DashboardWidget
    from ..models.group_settings import GroupSettings
    from ..models.properties_settings import PropertiesSettings
    from ..models.sort_settings import SortSettings


T = TypeVar("T", bound="TableConfig")


@_attrs_define
class TableConfig:
    """
    Attributes:
        filter_settings (DashboardWidget | Unset):
        group_settings (GroupSettings | Unset):
        sort_settings (SortSettings | Unset):
        properties_settings (PropertiesSettings | Unset):
    """

    filter_settings: DashboardWidget | Unset = UNSET
    group_settings: GroupSettings | Unset = UNSET
    sort_settings: SortSettings | Unset = UNSET
    properties_settings: PropertiesSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        DashboardWidget = _models.DashboardWidget
        GroupSettings = _models.GroupSettings
        PropertiesSettings = _models.PropertiesSettings
        SortSettings = _models.SortSettings
        filter_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_settings, Unset):
            filter_settings = self.filter_settings.to_dict()

        group_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_settings, Unset):
            group_settings = self.group_settings.to_dict()

        sort_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sort_settings, Unset):
            sort_settings = self.sort_settings.to_dict()

        properties_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties_settings, Unset):
            properties_settings = self.properties_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_settings is not UNSET:
            field_dict["filterSettings"] = filter_settings
        if group_settings is not UNSET:
            field_dict["groupSettings"] = group_settings
        if sort_settings is not UNSET:
            field_dict["sortSettings"] = sort_settings
        if properties_settings is not UNSET:
            field_dict["propertiesSettings"] = properties_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        DashboardWidget = _models.DashboardWidget
        GroupSettings = _models.GroupSettings
        PropertiesSettings = _models.PropertiesSettings
        SortSettings = _models.SortSettings
        d = dict(src_dict)
        _filter_settings = d.pop("filterSettings", UNSET)
        filter_settings: DashboardWidget | Unset
        if isinstance(_filter_settings, Unset):
            filter_settings = UNSET
        else:
            filter_settings = DashboardWidget.from_dict(_filter_settings)

        _group_settings = d.pop("groupSettings", UNSET)
        group_settings: GroupSettings | Unset
        if isinstance(_group_settings, Unset):
            group_settings = UNSET
        else:
            group_settings = GroupSettings.from_dict(_group_settings)

        _sort_settings = d.pop("sortSettings", UNSET)
        sort_settings: SortSettings | Unset
        if isinstance(_sort_settings, Unset):
            sort_settings = UNSET
        else:
            sort_settings = SortSettings.from_dict(_sort_settings)

        _properties_settings = d.pop("propertiesSettings", UNSET)
        properties_settings: PropertiesSettings | Unset
        if isinstance(_properties_settings, Unset):
            properties_settings = UNSET
        else:
            properties_settings = PropertiesSettings.from_dict(_properties_settings)

        table_config = cls(
            filter_settings=filter_settings,
            group_settings=group_settings,
            sort_settings=sort_settings,
            properties_settings=properties_settings,
        )

        table_config.additional_properties = d
        return table_config

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
