from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.aggregate_properties_values_literal import AggregatePropertiesValuesLiteral
from ..models.line_chart_literal import LineChartLiteral
from ..models.time_interval import TimeInterval
from ..models.widget_func import WidgetFunc
from ..types import UNSET, Unset

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
        id (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        icon (str | Unset):
        title (str | Unset):
        x_axis_title (str | Unset):
        y_axis_title (str | Unset):
        time_interval (TimeInterval | Unset):
        time_range (TimeRange | Unset):
        description (str | Unset):
        empty_state_text (str | Unset):
        dataset (SearchEntitiesBody | Unset):
    """

    type_: LineChartLiteral
    blueprint: str
    chart_type: AggregatePropertiesValuesLiteral
    func: WidgetFunc
    properties: list[str]
    measure_time_by: str
    id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    icon: str | Unset = UNSET
    title: str | Unset = UNSET
    x_axis_title: str | Unset = UNSET
    y_axis_title: str | Unset = UNSET
    time_interval: TimeInterval | Unset = UNSET
    time_range: TimeRange | Unset = UNSET
    description: str | Unset = UNSET
    empty_state_text: str | Unset = UNSET
    dataset: SearchEntitiesBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        SearchEntitiesBody = _models.SearchEntitiesBody
        TimeRange = _models.TimeRange
        type_ = self.type_.value

        blueprint = self.blueprint

        chart_type = self.chart_type.value

        func = self.func.value

        properties = self.properties

        measure_time_by = self.measure_time_by

        id = self.id

        updated_at = self.updated_at

        updated_by = self.updated_by

        created_at = self.created_at

        created_by = self.created_by

        icon = self.icon

        title = self.title

        x_axis_title = self.x_axis_title

        y_axis_title = self.y_axis_title

        time_interval: str | Unset = UNSET
        if not isinstance(self.time_interval, Unset):
            time_interval = self.time_interval.value

        time_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range.to_dict()

        description = self.description

        empty_state_text = self.empty_state_text

        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "blueprint": blueprint,
                "chartType": chart_type,
                "func": func,
                "properties": properties,
                "measureTimeBy": measure_time_by,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if icon is not UNSET:
            field_dict["icon"] = icon
        if title is not UNSET:
            field_dict["title"] = title
        if x_axis_title is not UNSET:
            field_dict["xAxisTitle"] = x_axis_title
        if y_axis_title is not UNSET:
            field_dict["yAxisTitle"] = y_axis_title
        if time_interval is not UNSET:
            field_dict["timeInterval"] = time_interval
        if time_range is not UNSET:
            field_dict["timeRange"] = time_range
        if description is not UNSET:
            field_dict["description"] = description
        if empty_state_text is not UNSET:
            field_dict["emptyStateText"] = empty_state_text
        if dataset is not UNSET:
            field_dict["dataset"] = dataset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        SearchEntitiesBody = _models.SearchEntitiesBody
        TimeRange = _models.TimeRange
        d = dict(src_dict)
        type_ = LineChartLiteral(d.pop("type"))

        blueprint = d.pop("blueprint")

        chart_type = AggregatePropertiesValuesLiteral(d.pop("chartType"))

        func = WidgetFunc(d.pop("func"))

        properties = cast(list[str], d.pop("properties"))

        measure_time_by = d.pop("measureTimeBy")

        id = d.pop("id", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        icon = d.pop("icon", UNSET)

        title = d.pop("title", UNSET)

        x_axis_title = d.pop("xAxisTitle", UNSET)

        y_axis_title = d.pop("yAxisTitle", UNSET)

        _time_interval = d.pop("timeInterval", UNSET)
        time_interval: TimeInterval | Unset
        if isinstance(_time_interval, Unset):
            time_interval = UNSET
        else:
            time_interval = TimeInterval(_time_interval)

        _time_range = d.pop("timeRange", UNSET)
        time_range: TimeRange | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = TimeRange.from_dict(_time_range)

        description = d.pop("description", UNSET)

        empty_state_text = d.pop("emptyStateText", UNSET)

        _dataset = d.pop("dataset", UNSET)
        dataset: SearchEntitiesBody | Unset
        if isinstance(_dataset, Unset):
            dataset = UNSET
        else:
            dataset = SearchEntitiesBody.from_dict(_dataset)

        grouper_widget = cls(
            type_=type_,
            blueprint=blueprint,
            chart_type=chart_type,
            func=func,
            properties=properties,
            measure_time_by=measure_time_by,
            id=id,
            updated_at=updated_at,
            updated_by=updated_by,
            created_at=created_at,
            created_by=created_by,
            icon=icon,
            title=title,
            x_axis_title=x_axis_title,
            y_axis_title=y_axis_title,
            time_interval=time_interval,
            time_range=time_range,
            description=description,
            empty_state_text=empty_state_text,
            dataset=dataset,
        )

        grouper_widget.additional_properties = d
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
