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
        filter_settings (DashboardWidget | None):
        group_settings (GroupSettings | None):
        sort_settings (SortSettings | None):
        properties_settings (ValuePropertiesSettings | None):
        tab_index (float | None):
        hidden (bool | None):
        title (str | None):
        description (str | None):
        dataset (SearchEntitiesBody | None):
        target_blueprint (str | None):
        related_property (str | None):
    """

    filter_settings: DashboardWidget | None = None
    group_settings: GroupSettings | None = None
    sort_settings: SortSettings | None = None
    properties_settings: ValuePropertiesSettings | None = None
    tab_index: float | None = None
    hidden: bool | None = None
    title: str | None = None
    description: str | None = None
    dataset: SearchEntitiesBody | None = None
    target_blueprint: str | None = None
    related_property: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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
        if self.filter_settings is not None:
            field_dict["filterSettings"] = self.filter_settings.to_dict()
        elif self._nulls and "filterSettings" in self._nulls:
            field_dict["filterSettings"] = None

        if self.group_settings is not None:
            field_dict["groupSettings"] = self.group_settings.to_dict()
        elif self._nulls and "groupSettings" in self._nulls:
            field_dict["groupSettings"] = None

        if self.sort_settings is not None:
            field_dict["sortSettings"] = self.sort_settings.to_dict()
        elif self._nulls and "sortSettings" in self._nulls:
            field_dict["sortSettings"] = None

        if self.properties_settings is not None:
            field_dict["propertiesSettings"] = self.properties_settings.to_dict()
        elif self._nulls and "propertiesSettings" in self._nulls:
            field_dict["propertiesSettings"] = None

        if self.tab_index is not None:
            field_dict["tabIndex"] = self.tab_index
        elif self._nulls and "tabIndex" in self._nulls:
            field_dict["tabIndex"] = None

        if self.hidden is not None:
            field_dict["hidden"] = self.hidden
        elif self._nulls and "hidden" in self._nulls:
            field_dict["hidden"] = None

        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.dataset is not None:
            field_dict["dataset"] = self.dataset.to_dict()
        elif self._nulls and "dataset" in self._nulls:
            field_dict["dataset"] = None

        if self.target_blueprint is not None:
            field_dict["targetBlueprint"] = self.target_blueprint
        elif self._nulls and "targetBlueprint" in self._nulls:
            field_dict["targetBlueprint"] = None

        if self.related_property is not None:
            field_dict["relatedProperty"] = self.related_property
        elif self._nulls and "relatedProperty" in self._nulls:
            field_dict["relatedProperty"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _filter_settings = d.pop("filterSettings", None)
        filter_settings: Any = None
        if _filter_settings is None:
            if "filterSettings" in src_dict:
                nulls += ("filterSettings",)
        elif isinstance(_filter_settings, dict):
            filter_settings = _lazy_models.DashboardWidget.from_dict(_filter_settings)
        else:
            d["filterSettings"] = _filter_settings

        _group_settings = d.pop("groupSettings", None)
        group_settings: Any = None
        if _group_settings is None:
            if "groupSettings" in src_dict:
                nulls += ("groupSettings",)
        elif isinstance(_group_settings, dict):
            group_settings = _lazy_models.GroupSettings.from_dict(_group_settings)
        else:
            d["groupSettings"] = _group_settings

        _sort_settings = d.pop("sortSettings", None)
        sort_settings: Any = None
        if _sort_settings is None:
            if "sortSettings" in src_dict:
                nulls += ("sortSettings",)
        elif isinstance(_sort_settings, dict):
            sort_settings = _lazy_models.SortSettings.from_dict(_sort_settings)
        else:
            d["sortSettings"] = _sort_settings

        _properties_settings = d.pop("propertiesSettings", None)
        properties_settings: Any = None
        if _properties_settings is None:
            if "propertiesSettings" in src_dict:
                nulls += ("propertiesSettings",)
        elif isinstance(_properties_settings, dict):
            properties_settings = _lazy_models.ValuePropertiesSettings.from_dict(
                _properties_settings
            )
        else:
            d["propertiesSettings"] = _properties_settings

        tab_index = d.pop("tabIndex", None)
        if tab_index is None:
            if "tabIndex" in src_dict:
                nulls += ("tabIndex",)
        elif not (isinstance(tab_index, (int, float)) and not isinstance(tab_index, bool)):
            d["tabIndex"] = tab_index
            tab_index = None

        hidden = d.pop("hidden", None)
        if hidden is None:
            if "hidden" in src_dict:
                nulls += ("hidden",)
        elif not isinstance(hidden, bool):
            d["hidden"] = hidden
            hidden = None

        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not isinstance(description, str):
            d["description"] = description
            description = None

        _dataset = d.pop("dataset", None)
        dataset: Any = None
        if _dataset is None:
            if "dataset" in src_dict:
                nulls += ("dataset",)
        elif isinstance(_dataset, dict):
            dataset = _lazy_models.SearchEntitiesBody.from_dict(_dataset)
        else:
            d["dataset"] = _dataset

        target_blueprint = d.pop("targetBlueprint", None)
        if target_blueprint is None:
            if "targetBlueprint" in src_dict:
                nulls += ("targetBlueprint",)
        elif not isinstance(target_blueprint, str):
            d["targetBlueprint"] = target_blueprint
            target_blueprint = None

        related_property = d.pop("relatedProperty", None)
        if related_property is None:
            if "relatedProperty" in src_dict:
                nulls += ("relatedProperty",)
        elif not isinstance(related_property, str):
            d["relatedProperty"] = related_property
            related_property = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        widget_blueprint_config_value = cls.__new__(cls)
        widget_blueprint_config_value.filter_settings = filter_settings
        widget_blueprint_config_value.group_settings = group_settings
        widget_blueprint_config_value.sort_settings = sort_settings
        widget_blueprint_config_value.properties_settings = properties_settings
        widget_blueprint_config_value.tab_index = tab_index
        widget_blueprint_config_value.hidden = hidden
        widget_blueprint_config_value.title = title
        widget_blueprint_config_value.description = description
        widget_blueprint_config_value.dataset = dataset
        widget_blueprint_config_value.target_blueprint = target_blueprint
        widget_blueprint_config_value.related_property = related_property
        widget_blueprint_config_value.additional_properties = d
        widget_blueprint_config_value._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
