from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="Page")


@_attrs_define
class Page:
    """
    Attributes:
        id (str | Unset):
        identifier (str | Unset):
        title (str | Unset):
        icon (str | Unset):
        type_ (str | Unset):
        parent (None | str | Unset):
        after (None | str | Unset):
        blueprint (str | Unset):
        widgets (list[Properties] | Unset):
        section (str | Unset):
        locked (bool | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
    """

    id: str | Unset = UNSET
    identifier: str | Unset = UNSET
    title: str | Unset = UNSET
    icon: str | Unset = UNSET
    type_: str | Unset = UNSET
    parent: None | str | Unset = UNSET
    after: None | str | Unset = UNSET
    blueprint: str | Unset = UNSET
    widgets: list[Properties] | Unset = UNSET
    section: str | Unset = UNSET
    locked: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Properties = _models.Properties
        id = self.id

        identifier = self.identifier

        title = self.title

        icon = self.icon

        type_ = self.type_

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

        blueprint = self.blueprint

        widgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.widgets, Unset):
            widgets = []
            for widgets_item_data in self.widgets:
                widgets_item = widgets_item_data.to_dict()
                widgets.append(widgets_item)

        section = self.section

        locked = self.locked

        created_at = self.created_at

        created_by = self.created_by

        updated_at = self.updated_at

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if title is not UNSET:
            field_dict["title"] = title
        if icon is not UNSET:
            field_dict["icon"] = icon
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parent is not UNSET:
            field_dict["parent"] = parent
        if after is not UNSET:
            field_dict["after"] = after
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if widgets is not UNSET:
            field_dict["widgets"] = widgets
        if section is not UNSET:
            field_dict["section"] = section
        if locked is not UNSET:
            field_dict["locked"] = locked
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Properties = _models.Properties
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        identifier = d.pop("identifier", UNSET)

        title = d.pop("title", UNSET)

        icon = d.pop("icon", UNSET)

        type_ = d.pop("type", UNSET)

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

        blueprint = d.pop("blueprint", UNSET)

        _widgets = d.pop("widgets", UNSET)
        widgets: list[Properties] | Unset = UNSET
        if _widgets is not UNSET:
            widgets = []
            for widgets_item_data in _widgets:
                widgets_item = Properties.from_dict(widgets_item_data)

                widgets.append(widgets_item)

        section = d.pop("section", UNSET)

        locked = d.pop("locked", UNSET)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        page = cls(
            id=id,
            identifier=identifier,
            title=title,
            icon=icon,
            type_=type_,
            parent=parent,
            after=after,
            blueprint=blueprint,
            widgets=widgets,
            section=section,
            locked=locked,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        page.additional_properties = d
        return page

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
