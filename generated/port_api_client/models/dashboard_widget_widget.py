from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.dashboard_widget_literal import DashboardWidgetLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_card_widget_widget import ActionCardWidgetWidget
    from ..models.action_runs_table_widget_widget import ActionRunsTableWidgetWidget
    from ..models.ai_agent_widget import AiAgentWidget
    from ..models.bar_chart_widget import BarChartWidget
    from ..models.entities_number_chart_widget import EntitiesNumberChartWidget
    from ..models.entities_pie_chart_widget import EntitiesPieChartWidget
    from ..models.entity_details_widget import EntityDetailsWidget
    from ..models.entity_info_widget import EntityInfoWidget
    from ..models.graph_entities_explorer_widget import GraphEntitiesExplorerWidget
    from ..models.group_widget import GroupWidget
    from ..models.grouper_widget import GrouperWidget
    from ..models.grouper_widget_schema import GrouperWidgetSchema
    from ..models.iframe_widget_widget import IframeWidgetWidget
    from ..models.layout import Layout
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


T = TypeVar("T", bound="DashboardWidgetWidget")


@_attrs_define
class DashboardWidgetWidget:
    """
    Attributes:
        type_ (DashboardWidgetLiteral):
        layout (list[Layout]):
        widgets (list[ActionCardWidgetWidget | ActionRunsTableWidgetWidget | AiAgentWidget | BarChartWidget |
            DashboardWidgetWidget | EntitiesNumberChartWidget | EntitiesPieChartWidget | EntityDetailsWidget |
            EntityInfoWidget | GraphEntitiesExplorerWidget | GrouperWidget | GrouperWidgetSchema | GroupWidget |
            IframeWidgetWidget | LineChartWidget | LinksWidgetWidget | MyEntitiesWidget | RecentlyUsedActionsWidget |
            RecentlyViewedEntitiesWidget | RunInfoWidget | RunsTableWidget | TableAuditLogWidget |
            TableEntitiesExplorerByDirectionWidget | TableEntitiesExplorerWidget | TeamInfoWidget | TeamsTableWidget |
            UserInfoWidget | UsersTableWidget | WidgetGroupWidget | WidgetWidget | WorkflowRunsHistoryTableWidget]):
        id (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
    """

    type_: DashboardWidgetLiteral
    layout: list[Layout]
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
    id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ActionCardWidgetWidget = _models.ActionCardWidgetWidget
        ActionRunsTableWidgetWidget = _models.ActionRunsTableWidgetWidget
        AiAgentWidget = _models.AiAgentWidget
        BarChartWidget = _models.BarChartWidget
        EntitiesNumberChartWidget = _models.EntitiesNumberChartWidget
        EntitiesPieChartWidget = _models.EntitiesPieChartWidget
        EntityDetailsWidget = _models.EntityDetailsWidget
        EntityInfoWidget = _models.EntityInfoWidget
        GraphEntitiesExplorerWidget = _models.GraphEntitiesExplorerWidget
        GroupWidget = _models.GroupWidget
        GrouperWidget = _models.GrouperWidget
        GrouperWidgetSchema = _models.GrouperWidgetSchema
        IframeWidgetWidget = _models.IframeWidgetWidget
        Layout = _models.Layout
        LineChartWidget = _models.LineChartWidget
        LinksWidgetWidget = _models.LinksWidgetWidget
        MyEntitiesWidget = _models.MyEntitiesWidget
        RecentlyUsedActionsWidget = _models.RecentlyUsedActionsWidget
        RecentlyViewedEntitiesWidget = _models.RecentlyViewedEntitiesWidget
        RunInfoWidget = _models.RunInfoWidget
        RunsTableWidget = _models.RunsTableWidget
        TableAuditLogWidget = _models.TableAuditLogWidget
        TableEntitiesExplorerByDirectionWidget = _models.TableEntitiesExplorerByDirectionWidget
        TableEntitiesExplorerWidget = _models.TableEntitiesExplorerWidget
        TeamInfoWidget = _models.TeamInfoWidget
        TeamsTableWidget = _models.TeamsTableWidget
        UserInfoWidget = _models.UserInfoWidget
        UsersTableWidget = _models.UsersTableWidget
        WidgetGroupWidget = _models.WidgetGroupWidget
        WidgetWidget = _models.WidgetWidget
        WorkflowRunsHistoryTableWidget = _models.WorkflowRunsHistoryTableWidget
        type_ = self.type_.value

        layout = []
        for layout_item_data in self.layout:
            layout_item = layout_item_data.to_dict()
            layout.append(layout_item)

        widgets = []
        for widgets_item_data in self.widgets:
            widgets_item: dict[str, Any]
            if isinstance(widgets_item_data, AiAgentWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, EntityInfoWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, EntityDetailsWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, ActionRunsTableWidgetWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, ActionCardWidgetWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, LinksWidgetWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, TableEntitiesExplorerWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, TableEntitiesExplorerByDirectionWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, TableAuditLogWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, UsersTableWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, TeamsTableWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, RunsTableWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, WorkflowRunsHistoryTableWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, RunInfoWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, UserInfoWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, GraphEntitiesExplorerWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, BarChartWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, EntitiesPieChartWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, LineChartWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, GrouperWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, GroupWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, EntitiesNumberChartWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, IframeWidgetWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, WidgetGroupWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, WidgetWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, TeamInfoWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, RecentlyViewedEntitiesWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, RecentlyUsedActionsWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, MyEntitiesWidget):
                widgets_item = widgets_item_data.to_dict()
            elif isinstance(widgets_item_data, DashboardWidgetWidget):
                widgets_item = widgets_item_data.to_dict()
            else:
                widgets_item = widgets_item_data.to_dict()

            widgets.append(widgets_item)

        id = self.id

        updated_at = self.updated_at

        updated_by = self.updated_by

        created_at = self.created_at

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "layout": layout,
                "widgets": widgets,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ActionCardWidgetWidget = _models.ActionCardWidgetWidget
        ActionRunsTableWidgetWidget = _models.ActionRunsTableWidgetWidget
        AiAgentWidget = _models.AiAgentWidget
        BarChartWidget = _models.BarChartWidget
        EntitiesNumberChartWidget = _models.EntitiesNumberChartWidget
        EntitiesPieChartWidget = _models.EntitiesPieChartWidget
        EntityDetailsWidget = _models.EntityDetailsWidget
        EntityInfoWidget = _models.EntityInfoWidget
        GraphEntitiesExplorerWidget = _models.GraphEntitiesExplorerWidget
        GroupWidget = _models.GroupWidget
        GrouperWidget = _models.GrouperWidget
        GrouperWidgetSchema = _models.GrouperWidgetSchema
        IframeWidgetWidget = _models.IframeWidgetWidget
        Layout = _models.Layout
        LineChartWidget = _models.LineChartWidget
        LinksWidgetWidget = _models.LinksWidgetWidget
        MyEntitiesWidget = _models.MyEntitiesWidget
        RecentlyUsedActionsWidget = _models.RecentlyUsedActionsWidget
        RecentlyViewedEntitiesWidget = _models.RecentlyViewedEntitiesWidget
        RunInfoWidget = _models.RunInfoWidget
        RunsTableWidget = _models.RunsTableWidget
        TableAuditLogWidget = _models.TableAuditLogWidget
        TableEntitiesExplorerByDirectionWidget = _models.TableEntitiesExplorerByDirectionWidget
        TableEntitiesExplorerWidget = _models.TableEntitiesExplorerWidget
        TeamInfoWidget = _models.TeamInfoWidget
        TeamsTableWidget = _models.TeamsTableWidget
        UserInfoWidget = _models.UserInfoWidget
        UsersTableWidget = _models.UsersTableWidget
        WidgetGroupWidget = _models.WidgetGroupWidget
        WidgetWidget = _models.WidgetWidget
        WorkflowRunsHistoryTableWidget = _models.WorkflowRunsHistoryTableWidget
        d = dict(src_dict)
        type_ = DashboardWidgetLiteral(d.pop("type"))

        layout = []
        _layout = d.pop("layout")
        for layout_item_data in _layout:
            layout_item = Layout.from_dict(layout_item_data)

            layout.append(layout_item)

        widgets = []
        _widgets = d.pop("widgets")
        for widgets_item_data in _widgets:

            def _parse_widgets_item(
                data: object,
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
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_0 = AiAgentWidget.from_dict(
                        data
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_1 = EntityInfoWidget.from_dict(
                        data
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_2 = (
                        EntityDetailsWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_3 = (
                        ActionRunsTableWidgetWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_4 = (
                        ActionCardWidgetWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_5 = (
                        LinksWidgetWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_6 = (
                        TableEntitiesExplorerWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_7 = (
                        TableEntitiesExplorerByDirectionWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_8 = (
                        TableAuditLogWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_9 = UsersTableWidget.from_dict(
                        data
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_10 = (
                        TeamsTableWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_11 = RunsTableWidget.from_dict(
                        data
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_12 = (
                        WorkflowRunsHistoryTableWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_13 = RunInfoWidget.from_dict(
                        data
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_14 = UserInfoWidget.from_dict(
                        data
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_15 = (
                        GraphEntitiesExplorerWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_16 = BarChartWidget.from_dict(
                        data
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_17 = (
                        EntitiesPieChartWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_widget_type_0 = LineChartWidget.from_dict(data)

                    return componentsschemas_widget_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_widget_type_1 = GrouperWidget.from_dict(data)

                    return componentsschemas_widget_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_widget_type_2 = GroupWidget.from_dict(data)

                    return componentsschemas_widget_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_19 = (
                        EntitiesNumberChartWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_20 = (
                        IframeWidgetWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_markdown_widget_type_0 = WidgetGroupWidget.from_dict(data)

                    return componentsschemas_markdown_widget_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_markdown_widget_type_1 = WidgetWidget.from_dict(data)

                    return componentsschemas_markdown_widget_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_22 = TeamInfoWidget.from_dict(
                        data
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_23 = (
                        RecentlyViewedEntitiesWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_24 = (
                        RecentlyUsedActionsWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_25 = (
                        MyEntitiesWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_dashboard_widget_widget_2_type_26 = (
                        DashboardWidgetWidget.from_dict(data)
                    )

                    return componentsschemas_dashboard_widget_widget_2_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_dashboard_widget_widget_2_type_27 = GrouperWidgetSchema.from_dict(
                    data
                )

                return componentsschemas_dashboard_widget_widget_2_type_27

            widgets_item = _parse_widgets_item(widgets_item_data)

            widgets.append(widgets_item)

        id = d.pop("id", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        dashboard_widget_widget = cls(
            type_=type_,
            layout=layout,
            widgets=widgets,
            id=id,
            updated_at=updated_at,
            updated_by=updated_by,
            created_at=created_at,
            created_by=created_by,
        )

        dashboard_widget_widget.additional_properties = d
        return dashboard_widget_widget

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
