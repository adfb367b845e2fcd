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
    _fit,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.action_card_widget_widget import ActionCardWidgetWidget
    from ..models.action_runs_table_widget_widget import ActionRunsTableWidgetWidget
    from ..models.ai_agent_widget import AiAgentWidget
    from ..models.bar_chart_widget import BarChartWidget
    from ..models.dashboard_widget_widget import DashboardWidgetWidget
    from ..models.entities_number_chart_widget import EntitiesNumberChartWidget
    from ..models.entities_pie_chart_widget import EntitiesPieChartWidget
    from ..models.entity_details_widget import EntityDetailsWidget
    from ..models.entity_info_widget import EntityInfoWidget
    from ..models.graph_entities_explorer_widget import GraphEntitiesExplorerWidget
    from ..models.group_widget import GroupWidget
    from ..models.grouper_widget import GrouperWidget
    from ..models.grouper_widget_schema import GrouperWidgetSchema
    from ..models.iframe_widget_widget import IframeWidgetWidget
    from ..models.line_chart_widget import LineChartWidget
    from ..models.links_widget_widget import LinksWidgetWidget
    from ..models.my_entities_widget import MyEntitiesWidget
    from ..models.recently_used_actions_widget import RecentlyUsedActionsWidget
    from ..models.recently_viewed_entities_widget import RecentlyViewedEntitiesWidget
    from ..models.run_info_widget import RunInfoWidget
    from ..models.runs_table_widget import RunsTableWidget
    from ..models.table_audit_log_widget import TableAuditLogWidget
    from ..models.table_entities_explorer_by_direction_widget import (
        TableEntitiesExplorerByDirectionWidget,
    )
    from ..models.table_entities_explorer_widget import TableEntitiesExplorerWidget
    from ..models.team_info_widget import TeamInfoWidget
    from ..models.teams_table_widget import TeamsTableWidget
    from ..models.user_info_widget import UserInfoWidget
    from ..models.users_table_widget import UsersTableWidget
    from ..models.widget_group_widget import WidgetGroupWidget
    from ..models.widget_widget import WidgetWidget
    from ..models.workflow_runs_history_table_widget import WorkflowRunsHistoryTableWidget


T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """
    Attributes:
        title (str):
        widgets (list[ActionCardWidgetWidget | ActionRunsTableWidgetWidget | AiAgentWidget | BarChartWidget |
            DashboardWidgetWidget | EntitiesNumberChartWidget | EntitiesPieChartWidget | EntityDetailsWidget |
            EntityInfoWidget | GraphEntitiesExplorerWidget | GrouperWidget | GrouperWidgetSchema | GroupWidget |
            IframeWidgetWidget | LineChartWidget | LinksWidgetWidget | MyEntitiesWidget | RecentlyUsedActionsWidget |
            RecentlyViewedEntitiesWidget | RunInfoWidget | RunsTableWidget | TableAuditLogWidget |
            TableEntitiesExplorerByDirectionWidget | TableEntitiesExplorerWidget | TeamInfoWidget | TeamsTableWidget |
            UserInfoWidget | UsersTableWidget | WidgetGroupWidget | WidgetWidget | WorkflowRunsHistoryTableWidget]):
        icon (str | None):
    """

    title: str
    widgets: list[
        ActionCardWidgetWidget
        | ActionRunsTableWidgetWidget
        | AiAgentWidget
        | BarChartWidget
        | DashboardWidgetWidget
        | EntitiesNumberChartWidget
        | EntitiesPieChartWidget
        | EntityDetailsWidget
        | EntityInfoWidget
        | GraphEntitiesExplorerWidget
        | GrouperWidget
        | GrouperWidgetSchema
        | GroupWidget
        | IframeWidgetWidget
        | LineChartWidget
        | LinksWidgetWidget
        | MyEntitiesWidget
        | RecentlyUsedActionsWidget
        | RecentlyViewedEntitiesWidget
        | RunInfoWidget
        | RunsTableWidget
        | TableAuditLogWidget
        | TableEntitiesExplorerByDirectionWidget
        | TableEntitiesExplorerWidget
        | TeamInfoWidget
        | TeamsTableWidget
        | UserInfoWidget
        | UsersTableWidget
        | WidgetGroupWidget
        | WidgetWidget
        | WorkflowRunsHistoryTableWidget
    ]
    icon: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "title": lambda v: isinstance(v, str),
        "widgets": lambda v: isinstance(v, list) and all((isinstance(item1, dict)) for item1 in v),
        "icon": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "title": "title",
        "widgets": "widgets",
        "icon": "icon",
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
        field_dict["title"] = self.title

        field_dict["widgets"] = [
            (
                item0.to_dict()
                if isinstance(item0, _lazy_models.AiAgentWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.EntityInfoWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.EntityDetailsWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.ActionRunsTableWidgetWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.ActionCardWidgetWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.LinksWidgetWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.TableEntitiesExplorerWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.TableEntitiesExplorerByDirectionWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.TableAuditLogWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.UsersTableWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.TeamsTableWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.RunsTableWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.WorkflowRunsHistoryTableWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.RunInfoWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.UserInfoWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.GraphEntitiesExplorerWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.BarChartWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.EntitiesPieChartWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.LineChartWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.GrouperWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.GroupWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.EntitiesNumberChartWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.IframeWidgetWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.WidgetGroupWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.WidgetWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.TeamInfoWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.RecentlyViewedEntitiesWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.RecentlyUsedActionsWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.MyEntitiesWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.DashboardWidgetWidget)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.GrouperWidgetSchema)
                else item0
            )
            for item0 in self.widgets
        ]

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _title = d.pop("title")
        if not isinstance(_title, str):
            raise _unfit(cls, "title", _title)
        title: str = _title

        _widgets = d.pop("widgets")
        if not (
            isinstance(_widgets, list) and all((isinstance(item0, dict)) for item0 in _widgets)
        ):
            raise _unfit(cls, "widgets", _widgets)
        widgets: list[
            ActionCardWidgetWidget
            | ActionRunsTableWidgetWidget
            | AiAgentWidget
            | BarChartWidget
            | DashboardWidgetWidget
            | EntitiesNumberChartWidget
            | EntitiesPieChartWidget
            | EntityDetailsWidget
            | EntityInfoWidget
            | GraphEntitiesExplorerWidget
            | GrouperWidget
            | GrouperWidgetSchema
            | GroupWidget
            | IframeWidgetWidget
            | LineChartWidget
            | LinksWidgetWidget
            | MyEntitiesWidget
            | RecentlyUsedActionsWidget
            | RecentlyViewedEntitiesWidget
            | RunInfoWidget
            | RunsTableWidget
            | TableAuditLogWidget
            | TableEntitiesExplorerByDirectionWidget
            | TableEntitiesExplorerWidget
            | TeamInfoWidget
            | TeamsTableWidget
            | UserInfoWidget
            | UsersTableWidget
            | WidgetGroupWidget
            | WidgetWidget
            | WorkflowRunsHistoryTableWidget
        ] = [_parse_widgets_item(item0) for item0 in _widgets]

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        group = cls.__new__(cls)
        group.title = title
        group.widgets = widgets
        group.icon = icon
        group.additional_properties = d
        group._nulls = nulls
        return group

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


def _parse_widgets_item(
    data: Any,
) -> (
    ActionCardWidgetWidget
    | ActionRunsTableWidgetWidget
    | AiAgentWidget
    | BarChartWidget
    | DashboardWidgetWidget
    | EntitiesNumberChartWidget
    | EntitiesPieChartWidget
    | EntityDetailsWidget
    | EntityInfoWidget
    | GraphEntitiesExplorerWidget
    | GrouperWidget
    | GrouperWidgetSchema
    | GroupWidget
    | IframeWidgetWidget
    | LineChartWidget
    | LinksWidgetWidget
    | MyEntitiesWidget
    | RecentlyUsedActionsWidget
    | RecentlyViewedEntitiesWidget
    | RunInfoWidget
    | RunsTableWidget
    | TableAuditLogWidget
    | TableEntitiesExplorerByDirectionWidget
    | TableEntitiesExplorerWidget
    | TeamInfoWidget
    | TeamsTableWidget
    | UserInfoWidget
    | UsersTableWidget
    | WidgetGroupWidget
    | WidgetWidget
    | WorkflowRunsHistoryTableWidget
    | Unset
):
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.AiAgentWidget._json_checks),
            _fit(data, _lazy_models.EntityInfoWidget._json_checks),
            _fit(data, _lazy_models.EntityDetailsWidget._json_checks),
            _fit(data, _lazy_models.ActionRunsTableWidgetWidget._json_checks),
            _fit(data, _lazy_models.ActionCardWidgetWidget._json_checks),
            _fit(data, _lazy_models.LinksWidgetWidget._json_checks),
            _fit(data, _lazy_models.TableEntitiesExplorerWidget._json_checks),
            _fit(data, _lazy_models.TableEntitiesExplorerByDirectionWidget._json_checks),
            _fit(data, _lazy_models.TableAuditLogWidget._json_checks),
            _fit(data, _lazy_models.UsersTableWidget._json_checks),
            _fit(data, _lazy_models.TeamsTableWidget._json_checks),
            _fit(data, _lazy_models.RunsTableWidget._json_checks),
            _fit(data, _lazy_models.WorkflowRunsHistoryTableWidget._json_checks),
            _fit(data, _lazy_models.RunInfoWidget._json_checks),
            _fit(data, _lazy_models.UserInfoWidget._json_checks),
            _fit(data, _lazy_models.GraphEntitiesExplorerWidget._json_checks),
            _fit(data, _lazy_models.BarChartWidget._json_checks),
            _fit(data, _lazy_models.EntitiesPieChartWidget._json_checks),
            _fit(data, _lazy_models.LineChartWidget._json_checks),
            _fit(data, _lazy_models.GrouperWidget._json_checks),
            _fit(data, _lazy_models.GroupWidget._json_checks),
            _fit(data, _lazy_models.EntitiesNumberChartWidget._json_checks),
            _fit(data, _lazy_models.IframeWidgetWidget._json_checks),
            _fit(data, _lazy_models.WidgetGroupWidget._json_checks),
            _fit(data, _lazy_models.WidgetWidget._json_checks),
            _fit(data, _lazy_models.TeamInfoWidget._json_checks),
            _fit(data, _lazy_models.RecentlyViewedEntitiesWidget._json_checks),
            _fit(data, _lazy_models.RecentlyUsedActionsWidget._json_checks),
            _fit(data, _lazy_models.MyEntitiesWidget._json_checks),
            _fit(data, _lazy_models.DashboardWidgetWidget._json_checks),
            _fit(data, _lazy_models.GrouperWidgetSchema._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.AiAgentWidget.from_dict(data)
        if fits[1] == best:
            return _lazy_models.EntityInfoWidget.from_dict(data)
        if fits[2] == best:
            return _lazy_models.EntityDetailsWidget.from_dict(data)
        if fits[3] == best:
            return _lazy_models.ActionRunsTableWidgetWidget.from_dict(data)
        if fits[4] == best:
            return _lazy_models.ActionCardWidgetWidget.from_dict(data)
        if fits[5] == best:
            return _lazy_models.LinksWidgetWidget.from_dict(data)
        if fits[6] == best:
            return _lazy_models.TableEntitiesExplorerWidget.from_dict(data)
        if fits[7] == best:
            return _lazy_models.TableEntitiesExplorerByDirectionWidget.from_dict(data)
        if fits[8] == best:
            return _lazy_models.TableAuditLogWidget.from_dict(data)
        if fits[9] == best:
            return _lazy_models.UsersTableWidget.from_dict(data)
        if fits[10] == best:
            return _lazy_models.TeamsTableWidget.from_dict(data)
        if fits[11] == best:
            return _lazy_models.RunsTableWidget.from_dict(data)
        if fits[12] == best:
            return _lazy_models.WorkflowRunsHistoryTableWidget.from_dict(data)
        if fits[13] == best:
            return _lazy_models.RunInfoWidget.from_dict(data)
        if fits[14] == best:
            return _lazy_models.UserInfoWidget.from_dict(data)
        if fits[15] == best:
            return _lazy_models.GraphEntitiesExplorerWidget.from_dict(data)
        if fits[16] == best:
            return _lazy_models.BarChartWidget.from_dict(data)
        if fits[17] == best:
            return _lazy_models.EntitiesPieChartWidget.from_dict(data)
        if fits[18] == best:
            return _lazy_models.LineChartWidget.from_dict(data)
        if fits[19] == best:
            return _lazy_models.GrouperWidget.from_dict(data)
        if fits[20] == best:
            return _lazy_models.GroupWidget.from_dict(data)
        if fits[21] == best:
            return _lazy_models.EntitiesNumberChartWidget.from_dict(data)
        if fits[22] == best:
            return _lazy_models.IframeWidgetWidget.from_dict(data)
        if fits[23] == best:
            return _lazy_models.WidgetGroupWidget.from_dict(data)
        if fits[24] == best:
            return _lazy_models.WidgetWidget.from_dict(data)
        if fits[25] == best:
            return _lazy_models.TeamInfoWidget.from_dict(data)
        if fits[26] == best:
            return _lazy_models.RecentlyViewedEntitiesWidget.from_dict(data)
        if fits[27] == best:
            return _lazy_models.RecentlyUsedActionsWidget.from_dict(data)
        if fits[28] == best:
            return _lazy_models.MyEntitiesWidget.from_dict(data)
        if fits[29] == best:
            return _lazy_models.DashboardWidgetWidget.from_dict(data)
        return _lazy_models.GrouperWidgetSchema.from_dict(data)
    return UNSET
