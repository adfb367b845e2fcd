from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models

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


T = TypeVar("T", bound="CreatePageWidgetBody")


@_attrs_define
class CreatePageWidgetBody:
    """
    Attributes:
        widget (ActionCardWidgetWidget | ActionRunsTableWidgetWidget | AiAgentWidget | BarChartWidget |
            DashboardWidgetWidget | EntitiesNumberChartWidget | EntitiesPieChartWidget | EntityDetailsWidget |
            EntityInfoWidget | GraphEntitiesExplorerWidget | GrouperWidget | GrouperWidgetSchema | GroupWidget |
            IframeWidgetWidget | LineChartWidget | LinksWidgetWidget | MyEntitiesWidget | RecentlyUsedActionsWidget |
            RecentlyViewedEntitiesWidget | RunInfoWidget | RunsTableWidget | TableAuditLogWidget |
            TableEntitiesExplorerByDirectionWidget | TableEntitiesExplorerWidget | TeamInfoWidget | TeamsTableWidget |
            UserInfoWidget | UsersTableWidget | WidgetGroupWidget | WidgetWidget | WorkflowRunsHistoryTableWidget):
        parent_widget_id (str):
    """

    widget: (
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
    )
    parent_widget_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ActionCardWidgetWidget = _models.ActionCardWidgetWidget
        ActionRunsTableWidgetWidget = _models.ActionRunsTableWidgetWidget
        AiAgentWidget = _models.AiAgentWidget
        BarChartWidget = _models.BarChartWidget
        DashboardWidgetWidget = _models.DashboardWidgetWidget
        EntitiesNumberChartWidget = _models.EntitiesNumberChartWidget
        EntitiesPieChartWidget = _models.EntitiesPieChartWidget
        EntityDetailsWidget = _models.EntityDetailsWidget
        EntityInfoWidget = _models.EntityInfoWidget
        GraphEntitiesExplorerWidget = _models.GraphEntitiesExplorerWidget
        GroupWidget = _models.GroupWidget
        GrouperWidget = _models.GrouperWidget
        GrouperWidgetSchema = _models.GrouperWidgetSchema
        IframeWidgetWidget = _models.IframeWidgetWidget
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
        widget: dict[str, Any]
        if isinstance(self.widget, AiAgentWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, EntityInfoWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, EntityDetailsWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, ActionRunsTableWidgetWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, ActionCardWidgetWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, LinksWidgetWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, TableEntitiesExplorerWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, TableEntitiesExplorerByDirectionWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, TableAuditLogWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, UsersTableWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, TeamsTableWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, RunsTableWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, WorkflowRunsHistoryTableWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, RunInfoWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, UserInfoWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, GraphEntitiesExplorerWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, BarChartWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, EntitiesPieChartWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, LineChartWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, GrouperWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, GroupWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, EntitiesNumberChartWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, IframeWidgetWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, WidgetGroupWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, WidgetWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, TeamInfoWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, RecentlyViewedEntitiesWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, RecentlyUsedActionsWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, MyEntitiesWidget):
            widget = self.widget.to_dict()
        elif isinstance(self.widget, DashboardWidgetWidget):
            widget = self.widget.to_dict()
        else:
            widget = self.widget.to_dict()

        parent_widget_id = self.parent_widget_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "widget": widget,
                "parentWidgetId": parent_widget_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ActionCardWidgetWidget = _models.ActionCardWidgetWidget
        ActionRunsTableWidgetWidget = _models.ActionRunsTableWidgetWidget
        AiAgentWidget = _models.AiAgentWidget
        BarChartWidget = _models.BarChartWidget
        DashboardWidgetWidget = _models.DashboardWidgetWidget
        EntitiesNumberChartWidget = _models.EntitiesNumberChartWidget
        EntitiesPieChartWidget = _models.EntitiesPieChartWidget
        EntityDetailsWidget = _models.EntityDetailsWidget
        EntityInfoWidget = _models.EntityInfoWidget
        GraphEntitiesExplorerWidget = _models.GraphEntitiesExplorerWidget
        GroupWidget = _models.GroupWidget
        GrouperWidget = _models.GrouperWidget
        GrouperWidgetSchema = _models.GrouperWidgetSchema
        IframeWidgetWidget = _models.IframeWidgetWidget
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

        def _parse_widget(
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
                componentsschemas_create_page_body_widget_type_0 = AiAgentWidget.from_dict(data)

                return componentsschemas_create_page_body_widget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_1 = EntityInfoWidget.from_dict(data)

                return componentsschemas_create_page_body_widget_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_2 = EntityDetailsWidget.from_dict(
                    data
                )

                return componentsschemas_create_page_body_widget_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_3 = (
                    ActionRunsTableWidgetWidget.from_dict(data)
                )

                return componentsschemas_create_page_body_widget_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_4 = ActionCardWidgetWidget.from_dict(
                    data
                )

                return componentsschemas_create_page_body_widget_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_5 = LinksWidgetWidget.from_dict(data)

                return componentsschemas_create_page_body_widget_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_6 = (
                    TableEntitiesExplorerWidget.from_dict(data)
                )

                return componentsschemas_create_page_body_widget_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_7 = (
                    TableEntitiesExplorerByDirectionWidget.from_dict(data)
                )

                return componentsschemas_create_page_body_widget_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_8 = TableAuditLogWidget.from_dict(
                    data
                )

                return componentsschemas_create_page_body_widget_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_9 = UsersTableWidget.from_dict(data)

                return componentsschemas_create_page_body_widget_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_10 = TeamsTableWidget.from_dict(data)

                return componentsschemas_create_page_body_widget_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_11 = RunsTableWidget.from_dict(data)

                return componentsschemas_create_page_body_widget_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_12 = (
                    WorkflowRunsHistoryTableWidget.from_dict(data)
                )

                return componentsschemas_create_page_body_widget_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_13 = RunInfoWidget.from_dict(data)

                return componentsschemas_create_page_body_widget_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_14 = UserInfoWidget.from_dict(data)

                return componentsschemas_create_page_body_widget_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_15 = (
                    GraphEntitiesExplorerWidget.from_dict(data)
                )

                return componentsschemas_create_page_body_widget_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_16 = BarChartWidget.from_dict(data)

                return componentsschemas_create_page_body_widget_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_17 = (
                    EntitiesPieChartWidget.from_dict(data)
                )

                return componentsschemas_create_page_body_widget_type_17
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
                componentsschemas_create_page_body_widget_type_19 = (
                    EntitiesNumberChartWidget.from_dict(data)
                )

                return componentsschemas_create_page_body_widget_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_20 = IframeWidgetWidget.from_dict(
                    data
                )

                return componentsschemas_create_page_body_widget_type_20
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
                componentsschemas_create_page_body_widget_type_22 = TeamInfoWidget.from_dict(data)

                return componentsschemas_create_page_body_widget_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_23 = (
                    RecentlyViewedEntitiesWidget.from_dict(data)
                )

                return componentsschemas_create_page_body_widget_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_24 = (
                    RecentlyUsedActionsWidget.from_dict(data)
                )

                return componentsschemas_create_page_body_widget_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_25 = MyEntitiesWidget.from_dict(data)

                return componentsschemas_create_page_body_widget_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_page_body_widget_type_26 = DashboardWidgetWidget.from_dict(
                    data
                )

                return componentsschemas_create_page_body_widget_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_create_page_body_widget_type_27 = GrouperWidgetSchema.from_dict(data)

            return componentsschemas_create_page_body_widget_type_27

        widget = _parse_widget(d.pop("widget"))

        parent_widget_id = d.pop("parentWidgetId")

        create_page_widget_body = cls(
            widget=widget,
            parent_widget_id=parent_widget_id,
        )

        create_page_widget_body.additional_properties = d
        return create_page_widget_body

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
