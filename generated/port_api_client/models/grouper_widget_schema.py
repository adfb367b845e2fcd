from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.grouper_literal import GrouperLiteral
from ..models.grouper_widget_display_mode import GrouperWidgetDisplayMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group


T = TypeVar("T", bound="GrouperWidgetSchema")


@_attrs_define
class GrouperWidgetSchema:
    """
    Attributes:
        type_ (GrouperLiteral):
        display_mode (GrouperWidgetDisplayMode):
        groups (list[Group]):
        id (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        title (str | Unset):
        active_group_url_param (str | Unset):
        groups_order (list[str] | Unset):
    """

    type_: GrouperLiteral
    display_mode: GrouperWidgetDisplayMode
    groups: list[Group]
    id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    title: str | Unset = UNSET
    active_group_url_param: str | Unset = UNSET
    groups_order: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Group = _models.Group
        type_ = self.type_.value

        display_mode = self.display_mode.value

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        id = self.id

        updated_at = self.updated_at

        updated_by = self.updated_by

        created_at = self.created_at

        created_by = self.created_by

        title = self.title

        active_group_url_param = self.active_group_url_param

        groups_order: list[str] | Unset = UNSET
        if not isinstance(self.groups_order, Unset):
            groups_order = self.groups_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "displayMode": display_mode,
                "groups": groups,
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
        if title is not UNSET:
            field_dict["title"] = title
        if active_group_url_param is not UNSET:
            field_dict["activeGroupUrlParam"] = active_group_url_param
        if groups_order is not UNSET:
            field_dict["groupsOrder"] = groups_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Group = _models.Group
        d = dict(src_dict)
        type_ = GrouperLiteral(d.pop("type"))

        display_mode = GrouperWidgetDisplayMode(d.pop("displayMode"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = Group.from_dict(groups_item_data)

            groups.append(groups_item)

        id = d.pop("id", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        title = d.pop("title", UNSET)

        active_group_url_param = d.pop("activeGroupUrlParam", UNSET)

        groups_order = cast(list[str], d.pop("groupsOrder", UNSET))

        grouper_widget_schema = cls(
            type_=type_,
            display_mode=display_mode,
            groups=groups,
            id=id,
            updated_at=updated_at,
            updated_by=updated_by,
            created_at=created_at,
            created_by=created_by,
            title=title,
            active_group_url_param=active_group_url_param,
            groups_order=groups_order,
        )

        grouper_widget_schema.additional_properties = d
        return grouper_widget_schema

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
