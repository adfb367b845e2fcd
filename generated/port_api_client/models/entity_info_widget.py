from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_info_literal import EntityInfoLiteral
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntityInfoWidget")


@_attrs_define
class EntityInfoWidget:
    """
    Attributes:
        type_ (EntityInfoLiteral):
        entity (str):
        blueprint (str):
        id (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        title (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        hidden_query (list[str] | Unset):
        order (list[str] | Unset):
        show_empty_values (bool | Unset):
    """

    type_: EntityInfoLiteral
    entity: str
    blueprint: str
    id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    hidden_query: list[str] | Unset = UNSET
    order: list[str] | Unset = UNSET
    show_empty_values: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        entity = self.entity

        blueprint = self.blueprint

        id = self.id

        updated_at = self.updated_at

        updated_by = self.updated_by

        created_at = self.created_at

        created_by = self.created_by

        title = self.title

        description = self.description

        icon = self.icon

        hidden_query: list[str] | Unset = UNSET
        if not isinstance(self.hidden_query, Unset):
            hidden_query = self.hidden_query

        order: list[str] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        show_empty_values = self.show_empty_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "entity": entity,
                "blueprint": blueprint,
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
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if hidden_query is not UNSET:
            field_dict["hiddenQuery"] = hidden_query
        if order is not UNSET:
            field_dict["order"] = order
        if show_empty_values is not UNSET:
            field_dict["showEmptyValues"] = show_empty_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = EntityInfoLiteral(d.pop("type"))

        entity = d.pop("entity")

        blueprint = d.pop("blueprint")

        id = d.pop("id", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        hidden_query = cast(list[str], d.pop("hiddenQuery", UNSET))

        order = cast(list[str], d.pop("order", UNSET))

        show_empty_values = d.pop("showEmptyValues", UNSET)

        entity_info_widget = cls(
            type_=type_,
            entity=entity,
            blueprint=blueprint,
            id=id,
            updated_at=updated_at,
            updated_by=updated_by,
            created_at=created_at,
            created_by=created_by,
            title=title,
            description=description,
            icon=icon,
            hidden_query=hidden_query,
            order=order,
            show_empty_values=show_empty_values,
        )

        entity_info_widget.additional_properties = d
        return entity_info_widget

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
