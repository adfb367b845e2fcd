from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.aggregate_properties_values_literal import AggregatePropertiesValuesLiteral
from ..models.line_chart_literal import LineChartLiteral
from ..models.time_interval import TimeInterval
from ..models.widget_func import WidgetFunc
from ..types import (
    _all_instances,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.search_entities_body import SearchEntitiesBody
    from ..models.time_range import TimeRange


T = TypeVar("T", bound="GrouperWidget")


@_attrs_define
class GrouperWidget:
    """
    Attributes:
        type_ (LineChartLiteral):
        blueprint (str):
        chart_type (AggregatePropertiesValuesLiteral):
        func (WidgetFunc):
        properties (list[str]):
        measure_time_by (str):
        id (str | None):
        updated_at (str | None):
        updated_by (str | None):
        created_at (str | None):
        created_by (str | None):
        icon (str | None):
        title (str | None):
        x_axis_title (str | None):
        y_axis_title (str | None):
        time_interval (TimeInterval | None):
        time_range (TimeRange | None):
        description (str | None):
        empty_state_text (str | None):
        dataset (SearchEntitiesBody | None):
    """

    type_: LineChartLiteral
    blueprint: str
    chart_type: AggregatePropertiesValuesLiteral
    func: WidgetFunc
    properties: list[str]
    measure_time_by: str
    id: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None
    created_at: str | None = None
    created_by: str | None = None
    icon: str | None = None
    title: str | None = None
    x_axis_title: str | None = None
    y_axis_title: str | None = None
    time_interval: TimeInterval | None = None
    time_range: TimeRange | None = None
    description: str | None = None
    empty_state_text: str | None = None
    dataset: SearchEntitiesBody | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("line-chart",),
        "blueprint": lambda v: isinstance(v, str),
        "chartType": lambda v: isinstance(v, str) and v in ("aggregatePropertiesValues",),
        "func": lambda v: (
            isinstance(v, str)
            and v
            in (
                "sum",
                "average",
                "min",
                "max",
                "median",
                "last",
            )
        ),
        "properties": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "measureTimeBy": lambda v: isinstance(v, str),
        "id": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "xAxisTitle": lambda v: isinstance(v, str),
        "yAxisTitle": lambda v: isinstance(v, str),
        "timeInterval": lambda v: (
            isinstance(v, str)
            and v
            in (
                "hour",
                "day",
                "isoWeek",
                "month",
                "quarter",
            )
        ),
        "timeRange": lambda v: isinstance(v, dict),
        "description": lambda v: isinstance(v, str),
        "emptyStateText": lambda v: isinstance(v, str),
        "dataset": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "blueprint": "blueprint",
        "chart_type": "chartType",
        "func": "func",
        "properties": "properties",
        "measure_time_by": "measureTimeBy",
        "id": "id",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "icon": "icon",
        "title": "title",
        "x_axis_title": "xAxisTitle",
        "y_axis_title": "yAxisTitle",
        "time_interval": "timeInterval",
        "time_range": "timeRange",
        "description": "description",
        "empty_state_text": "emptyStateText",
        "dataset": "dataset",
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
        field_dict["type"] = self.type_.value

        field_dict["blueprint"] = self.blueprint

        field_dict["chartType"] = self.chart_type.value

        field_dict["func"] = self.func.value

        field_dict["properties"] = self.properties

        field_dict["measureTimeBy"] = self.measure_time_by

        if self.id is not None:
            field_dict["id"] = self.id
        elif self._nulls and "id" in self._nulls:
            field_dict["id"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by
        elif self._nulls and "updatedBy" in self._nulls:
            field_dict["updatedBy"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        elif self._nulls and "createdBy" in self._nulls:
            field_dict["createdBy"] = None

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.x_axis_title is not None:
            field_dict["xAxisTitle"] = self.x_axis_title
        elif self._nulls and "xAxisTitle" in self._nulls:
            field_dict["xAxisTitle"] = None

        if self.y_axis_title is not None:
            field_dict["yAxisTitle"] = self.y_axis_title
        elif self._nulls and "yAxisTitle" in self._nulls:
            field_dict["yAxisTitle"] = None

        if self.time_interval is not None:
            field_dict["timeInterval"] = self.time_interval.value
        elif self._nulls and "timeInterval" in self._nulls:
            field_dict["timeInterval"] = None

        if self.time_range is not None:
            field_dict["timeRange"] = self.time_range.to_dict()
        elif self._nulls and "timeRange" in self._nulls:
            field_dict["timeRange"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.empty_state_text is not None:
            field_dict["emptyStateText"] = self.empty_state_text
        elif self._nulls and "emptyStateText" in self._nulls:
            field_dict["emptyStateText"] = None

        if self.dataset is not None:
            field_dict["dataset"] = self.dataset.to_dict()
        elif self._nulls and "dataset" in self._nulls:
            field_dict["dataset"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: LineChartLiteral = LineChartLiteral(_type_)

        _blueprint = d.pop("blueprint")
        if not isinstance(_blueprint, str):
            raise _unfit(cls, "blueprint", _blueprint)
        blueprint: str = _blueprint

        _chart_type = d.pop("chartType")
        if not isinstance(_chart_type, str):
            raise _unfit(cls, "chartType", _chart_type)
        chart_type: AggregatePropertiesValuesLiteral = AggregatePropertiesValuesLiteral(_chart_type)

        _func = d.pop("func")
        if not isinstance(_func, str):
            raise _unfit(cls, "func", _func)
        func: WidgetFunc = WidgetFunc(_func)

        _properties = d.pop("properties")
        if not (isinstance(_properties, list) and _all_instances(_properties, str)):
            raise _unfit(cls, "properties", _properties)
        properties: list[str] = _properties

        _measure_time_by = d.pop("measureTimeBy")
        if not isinstance(_measure_time_by, str):
            raise _unfit(cls, "measureTimeBy", _measure_time_by)
        measure_time_by: str = _measure_time_by

        id = d.pop("id", None)
        if id is None:
            if "id" in src_dict:
                nulls += ("id",)
        elif not isinstance(id, str):
            d["id"] = id
            id = None

        updated_at = d.pop("updatedAt", None)
        if updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        elif not isinstance(updated_at, str):
            d["updatedAt"] = updated_at
            updated_at = None

        updated_by = d.pop("updatedBy", None)
        if updated_by is None:
            if "updatedBy" in src_dict:
                nulls += ("updatedBy",)
        elif not isinstance(updated_by, str):
            d["updatedBy"] = updated_by
            updated_by = None

        created_at = d.pop("createdAt", None)
        if created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        elif not isinstance(created_at, str):
            d["createdAt"] = created_at
            created_at = None

        created_by = d.pop("createdBy", None)
        if created_by is None:
            if "createdBy" in src_dict:
                nulls += ("createdBy",)
        elif not isinstance(created_by, str):
            d["createdBy"] = created_by
            created_by = None

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        x_axis_title = d.pop("xAxisTitle", None)
        if x_axis_title is None:
            if "xAxisTitle" in src_dict:
                nulls += ("xAxisTitle",)
        elif not isinstance(x_axis_title, str):
            d["xAxisTitle"] = x_axis_title
            x_axis_title = None

        y_axis_title = d.pop("yAxisTitle", None)
        if y_axis_title is None:
            if "yAxisTitle" in src_dict:
                nulls += ("yAxisTitle",)
        elif not isinstance(y_axis_title, str):
            d["yAxisTitle"] = y_axis_title
            y_axis_title = None

        _time_interval = d.pop("timeInterval", None)
        time_interval: Any = None
        if _time_interval is None:
            if "timeInterval" in src_dict:
                nulls += ("timeInterval",)
        elif isinstance(_time_interval, str):
            time_interval = TimeInterval(_time_interval)
        else:
            d["timeInterval"] = _time_interval

        _time_range = d.pop("timeRange", None)
        time_range: Any = None
        if _time_range is None:
            if "timeRange" in src_dict:
                nulls += ("timeRange",)
        elif isinstance(_time_range, dict):
            time_range = _lazy_models.TimeRange.from_dict(_time_range)
        else:
            d["timeRange"] = _time_range

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not isinstance(description, str):
            d["description"] = description
            description = None

        empty_state_text = d.pop("emptyStateText", None)
        if empty_state_text is None:
            if "emptyStateText" in src_dict:
                nulls += ("emptyStateText",)
        elif not isinstance(empty_state_text, str):
            d["emptyStateText"] = empty_state_text
            empty_state_text = None

        _dataset = d.pop("dataset", None)
        dataset: Any = None
        if _dataset is None:
            if "dataset" in src_dict:
                nulls += ("dataset",)
        elif isinstance(_dataset, dict):
            dataset = _lazy_models.SearchEntitiesBody.from_dict(_dataset)
        else:
            d["dataset"] = _dataset

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        grouper_widget = cls.__new__(cls)
        grouper_widget.type_ = type_
        grouper_widget.blueprint = blueprint
        grouper_widget.chart_type = chart_type
        grouper_widget.func = func
        grouper_widget.properties = properties
        grouper_widget.measure_time_by = measure_time_by
        grouper_widget.id = id
        grouper_widget.updated_at = updated_at
        grouper_widget.updated_by = updated_by
        grouper_widget.created_at = created_at
        grouper_widget.created_by = created_by
        grouper_widget.icon = icon
        grouper_widget.title = title
        grouper_widget.x_axis_title = x_axis_title
        grouper_widget.y_axis_title = y_axis_title
        grouper_widget.time_interval = time_interval
        grouper_widget.time_range = time_range
        grouper_widget.description = description
        grouper_widget.empty_state_text = empty_state_text
        grouper_widget.dataset = dataset
        grouper_widget.additional_properties = d
        grouper_widget._nulls = nulls
        return grouper_widget

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
