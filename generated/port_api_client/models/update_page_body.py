from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.section import Section
from ..types import UNSET, Unset

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
    from ..models.page_filter import PageFilter
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


T = TypeVar("T", bound="UpdatePageBody")


@_attrs_define
class UpdatePageBody:
    """
    Attributes:
        identifier (str | Unset):
        blueprint (str | Unset):
        title (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        parent (None | str | Unset):
        after (None | str | Unset):
        locked (bool | Unset):
        widgets (list[ActionCardWidgetWidget | ActionRunsTableWidgetWidget | AiAgentWidget | BarChartWidget |
            DashboardWidgetWidget | EntitiesNumberChartWidget | EntitiesPieChartWidget | EntityDetailsWidget |
            EntityInfoWidget | GraphEntitiesExplorerWidget | GrouperWidget | GrouperWidgetSchema | GroupWidget |
            IframeWidgetWidget | LineChartWidget | LinksWidgetWidget | MyEntitiesWidget | RecentlyUsedActionsWidget |
            RecentlyViewedEntitiesWidget | RunInfoWidget | RunsTableWidget | TableAuditLogWidget |
            TableEntitiesExplorerByDirectionWidget | TableEntitiesExplorerWidget | TeamInfoWidget | TeamsTableWidget |
            UserInfoWidget | UsersTableWidget | WidgetGroupWidget | WidgetWidget | WorkflowRunsHistoryTableWidget] | Unset):
        show_in_sidebar (bool | Unset):  Default: True.
        section (Section | Unset):
        page_filters (list[PageFilter] | Unset):
    """

    identifier: str | Unset = UNSET
    blueprint: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    parent: None | str | Unset = UNSET
    after: None | str | Unset = UNSET
    locked: bool | Unset = UNSET
    widgets: (
        list[
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
        | Unset
    ) = UNSET
    show_in_sidebar: bool | Unset = True
    section: Section | Unset = UNSET
    page_filters: list[PageFilter] | Unset = UNSET
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
        PageFilter = _models.PageFilter
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
        identifier = self.identifier

        blueprint = self.blueprint

        title = self.title

        description = self.description

        icon = self.icon

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        after: None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        else:
            after = self.after

        locked = self.locked

        widgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.widgets, Unset):
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

        show_in_sidebar = self.show_in_sidebar

        section: str | Unset = UNSET
        if not isinstance(self.section, Unset):
            section = self.section.value

        page_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.page_filters, Unset):
            page_filters = []
            for page_filters_item_data in self.page_filters:
                page_filters_item = page_filters_item_data.to_dict()
                page_filters.append(page_filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if parent is not UNSET:
            field_dict["parent"] = parent
        if after is not UNSET:
            field_dict["after"] = after
        if locked is not UNSET:
            field_dict["locked"] = locked
        if widgets is not UNSET:
            field_dict["widgets"] = widgets
        if show_in_sidebar is not UNSET:
            field_dict["showInSidebar"] = show_in_sidebar
        if section is not UNSET:
            field_dict["section"] = section
        if page_filters is not UNSET:
            field_dict["pageFilters"] = page_filters

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
        PageFilter = _models.PageFilter
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
        identifier = d.pop("identifier", UNSET)

        blueprint = d.pop("blueprint", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        def _parse_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        def _parse_after(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        after = _parse_after(d.pop("after", UNSET))

        locked = d.pop("locked", UNSET)

        _widgets = d.pop("widgets", UNSET)
        widgets: (
            list[
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
            | Unset
        ) = UNSET
        if _widgets is not UNSET:
            widgets = []
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
                        componentsschemas_create_page_body_widget_type_0 = AiAgentWidget.from_dict(
                            data
                        )

                        return componentsschemas_create_page_body_widget_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_create_page_body_widget_type_1 = (
                            EntityInfoWidget.from_dict(data)
                        )

                        return componentsschemas_create_page_body_widget_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_create_page_body_widget_type_2 = (
                            EntityDetailsWidget.from_dict(data)
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
                        componentsschemas_create_page_body_widget_type_4 = (
                            ActionCardWidgetWidget.from_dict(data)
                        )

                        return componentsschemas_create_page_body_widget_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_create_page_body_widget_type_5 = (
                            LinksWidgetWidget.from_dict(data)
                        )

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
                        componentsschemas_create_page_body_widget_type_8 = (
                            TableAuditLogWidget.from_dict(data)
                        )

                        return componentsschemas_create_page_body_widget_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_create_page_body_widget_type_9 = (
                            UsersTableWidget.from_dict(data)
                        )

                        return componentsschemas_create_page_body_widget_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_create_page_body_widget_type_10 = (
                            TeamsTableWidget.from_dict(data)
                        )

                        return componentsschemas_create_page_body_widget_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_create_page_body_widget_type_11 = (
                            RunsTableWidget.from_dict(data)
                        )

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
                        componentsschemas_create_page_body_widget_type_13 = RunInfoWidget.from_dict(
                            data
                        )

                        return componentsschemas_create_page_body_widget_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_create_page_body_widget_type_14 = (
                            UserInfoWidget.from_dict(data)
                        )

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
                        componentsschemas_create_page_body_widget_type_16 = (
                            BarChartWidget.from_dict(data)
                        )

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
                        componentsschemas_create_page_body_widget_type_20 = (
                            IframeWidgetWidget.from_dict(data)
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
                        componentsschemas_create_page_body_widget_type_22 = (
                            TeamInfoWidget.from_dict(data)
                        )

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
                        componentsschemas_create_page_body_widget_type_25 = (
                            MyEntitiesWidget.from_dict(data)
                        )

                        return componentsschemas_create_page_body_widget_type_25
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_create_page_body_widget_type_26 = (
                            DashboardWidgetWidget.from_dict(data)
                        )

                        return componentsschemas_create_page_body_widget_type_26
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_create_page_body_widget_type_27 = (
                        GrouperWidgetSchema.from_dict(data)
                    )

                    return componentsschemas_create_page_body_widget_type_27

                widgets_item = _parse_widgets_item(widgets_item_data)

                widgets.append(widgets_item)

        show_in_sidebar = d.pop("showInSidebar", UNSET)

        _section = d.pop("section", UNSET)
        section: Section | Unset
        if isinstance(_section, Unset):
            section = UNSET
        else:
            section = Section(_section)

        _page_filters = d.pop("pageFilters", UNSET)
        page_filters: list[PageFilter] | Unset = UNSET
        if _page_filters is not UNSET:
            page_filters = []
            for page_filters_item_data in _page_filters:
                page_filters_item = PageFilter.from_dict(page_filters_item_data)

                page_filters.append(page_filters_item)

        update_page_body = cls(
            identifier=identifier,
            blueprint=blueprint,
            title=title,
            description=description,
            icon=icon,
            parent=parent,
            after=after,
            locked=locked,
            widgets=widgets,
            show_in_sidebar=show_in_sidebar,
            section=section,
            page_filters=page_filters,
        )

        update_page_body.additional_properties = d
        return update_page_body

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
