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
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.dashboard_widget import DashboardWidget
    from ..models.group_settings import GroupSettings
    from ..models.search_entities_body import SearchEntitiesBody
    from ..models.sort_settings import SortSettings
    from ..models.value_properties_settings import ValuePropertiesSettings


T = TypeVar("T", bound="WidgetBlueprintConfigValue")


@_attrs_define
class WidgetBlueprintConfigValue:
    """
    Attributes:
        filter_settings (DashboardWidget | Unset):
        group_settings (GroupSettings | Unset):
        sort_settings (SortSettings | Unset):
        properties_settings (ValuePropertiesSettings | Unset):
        tab_index (float | Unset):
        hidden (bool | Unset):
        title (str | Unset):
        description (str | Unset):
        dataset (SearchEntitiesBody | Unset):
        target_blueprint (str | Unset):
        related_property (str | Unset):
    """

    filter_settings: DashboardWidget | Unset = UNSET
    group_settings: GroupSettings | Unset = UNSET
    sort_settings: SortSettings | Unset = UNSET
    properties_settings: ValuePropertiesSettings | Unset = UNSET
    tab_index: float | Unset = UNSET
    hidden: bool | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    dataset: SearchEntitiesBody | Unset = UNSET
    target_blueprint: str | Unset = UNSET
    related_property: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "filterSettings": lambda v: isinstance(v, dict),
        "groupSettings": lambda v: isinstance(v, dict),
        "sortSettings": lambda v: isinstance(v, dict),
        "propertiesSettings": lambda v: isinstance(v, dict),
        "tabIndex": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "hidden": lambda v: isinstance(v, bool),
        "title": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "dataset": lambda v: isinstance(v, dict),
        "targetBlueprint": lambda v: isinstance(v, str),
        "relatedProperty": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "filter_settings": "filterSettings",
        "group_settings": "groupSettings",
        "sort_settings": "sortSettings",
        "properties_settings": "propertiesSettings",
        "tab_index": "tabIndex",
        "hidden": "hidden",
        "title": "title",
        "description": "description",
        "dataset": "dataset",
        "target_blueprint": "targetBlueprint",
        "related_property": "relatedProperty",
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
        if not isinstance(self.filter_settings, Unset):
            field_dict["filterSettings"] = self.filter_settings.to_dict()

        if not isinstance(self.group_settings, Unset):
            field_dict["groupSettings"] = self.group_settings.to_dict()

        if not isinstance(self.sort_settings, Unset):
            field_dict["sortSettings"] = self.sort_settings.to_dict()

        if not isinstance(self.properties_settings, Unset):
            field_dict["propertiesSettings"] = self.properties_settings.to_dict()

        if self.tab_index is not UNSET:
            field_dict["tabIndex"] = self.tab_index

        if self.hidden is not UNSET:
            field_dict["hidden"] = self.hidden

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if not isinstance(self.dataset, Unset):
            field_dict["dataset"] = self.dataset.to_dict()

        if self.target_blueprint is not UNSET:
            field_dict["targetBlueprint"] = self.target_blueprint

        if self.related_property is not UNSET:
            field_dict["relatedProperty"] = self.related_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        _filter_settings = d.pop("filterSettings", UNSET)
        filter_settings: DashboardWidget | Unset = UNSET
        if isinstance(_filter_settings, dict):
            filter_settings = _lazy_models.DashboardWidget.from_dict(_filter_settings)
        elif _filter_settings is not UNSET:
            d["filterSettings"] = _filter_settings

        _group_settings = d.pop("groupSettings", UNSET)
        group_settings: GroupSettings | Unset = UNSET
        if isinstance(_group_settings, dict):
            group_settings = _lazy_models.GroupSettings.from_dict(_group_settings)
        elif _group_settings is not UNSET:
            d["groupSettings"] = _group_settings

        _sort_settings = d.pop("sortSettings", UNSET)
        sort_settings: SortSettings | Unset = UNSET
        if isinstance(_sort_settings, dict):
            sort_settings = _lazy_models.SortSettings.from_dict(_sort_settings)
        elif _sort_settings is not UNSET:
            d["sortSettings"] = _sort_settings

        _properties_settings = d.pop("propertiesSettings", UNSET)
        properties_settings: ValuePropertiesSettings | Unset = UNSET
        if isinstance(_properties_settings, dict):
            properties_settings = _lazy_models.ValuePropertiesSettings.from_dict(
                _properties_settings
            )
        elif _properties_settings is not UNSET:
            d["propertiesSettings"] = _properties_settings

        tab_index = d.pop("tabIndex", UNSET)
        if (
            not (isinstance(tab_index, (int, float)) and not isinstance(tab_index, bool))
            and tab_index is not UNSET
        ):
            d["tabIndex"] = tab_index
            tab_index = UNSET

        hidden = d.pop("hidden", UNSET)
        if not isinstance(hidden, bool) and hidden is not UNSET:
            d["hidden"] = hidden
            hidden = UNSET

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            d["description"] = description
            description = UNSET

        _dataset = d.pop("dataset", UNSET)
        dataset: SearchEntitiesBody | Unset = UNSET
        if isinstance(_dataset, dict):
            dataset = _lazy_models.SearchEntitiesBody.from_dict(_dataset)
        elif _dataset is not UNSET:
            d["dataset"] = _dataset

        target_blueprint = d.pop("targetBlueprint", UNSET)
        if not isinstance(target_blueprint, str) and target_blueprint is not UNSET:
            d["targetBlueprint"] = target_blueprint
            target_blueprint = UNSET

        related_property = d.pop("relatedProperty", UNSET)
        if not isinstance(related_property, str) and related_property is not UNSET:
            d["relatedProperty"] = related_property
            related_property = UNSET

        widget_blueprint_config_value = cls(
            filter_settings=filter_settings,
            group_settings=group_settings,
            sort_settings=sort_settings,
            properties_settings=properties_settings,
            tab_index=tab_index,
            hidden=hidden,
            title=title,
            description=description,
            dataset=dataset,
            target_blueprint=target_blueprint,
            related_property=related_property,
        )
        widget_blueprint_config_value.additional_properties = d
        return widget_blueprint_config_value

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
