from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.action_card_widget_literal import ActionCardWidgetLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_action import WidgetAction


T = TypeVar("T", bound="ActionCardWidgetWidget")


@_attrs_define
class ActionCardWidgetWidget:
    """
    Attributes:
        type_ (ActionCardWidgetLiteral):
        actions (list[WidgetAction]):
        id (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        icon (str | Unset):
        description (str | Unset):
        title (str | Unset):
    """

    type_: ActionCardWidgetLiteral
    actions: list[WidgetAction]
    id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    icon: str | Unset = UNSET
    description: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        WidgetAction = _models.WidgetAction
        type_ = self.type_.value

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        id = self.id

        updated_at = self.updated_at

        updated_by = self.updated_by

        created_at = self.created_at

        created_by = self.created_by

        icon = self.icon

        description = self.description

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "actions": actions,
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
        if description is not UNSET:
            field_dict["description"] = description
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        WidgetAction = _models.WidgetAction
        d = dict(src_dict)
        type_ = ActionCardWidgetLiteral(d.pop("type"))

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = WidgetAction.from_dict(actions_item_data)

            actions.append(actions_item)

        id = d.pop("id", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        icon = d.pop("icon", UNSET)

        description = d.pop("description", UNSET)

        title = d.pop("title", UNSET)

        action_card_widget_widget = cls(
            type_=type_,
            actions=actions,
            id=id,
            updated_at=updated_at,
            updated_by=updated_by,
            created_at=created_at,
            created_by=created_by,
            icon=icon,
            description=description,
            title=title,
        )

        action_card_widget_widget.additional_properties = d
        return action_card_widget_widget

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
