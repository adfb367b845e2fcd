from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.entities_pie_chart_literal import EntitiesPieChartLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_entities_body import SearchEntitiesBody


T = TypeVar("T", bound="EntitiesPieChartWidget")


@_attrs_define
class EntitiesPieChartWidget:
    """
    Attributes:
        type_ (EntitiesPieChartLiteral):
        property_ (str):
        dataset (SearchEntitiesBody):
        id (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        icon (str | Unset):
        title (str | Unset):
        blueprint (str | Unset):
        description (str | Unset):
        empty_state_text (str | Unset):
    """

    type_: EntitiesPieChartLiteral
    property_: str
    dataset: SearchEntitiesBody
    id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    icon: str | Unset = UNSET
    title: str | Unset = UNSET
    blueprint: str | Unset = UNSET
    description: str | Unset = UNSET
    empty_state_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        SearchEntitiesBody = _models.SearchEntitiesBody
        type_ = self.type_.value

        property_ = self.property_

        dataset = self.dataset.to_dict()

        id = self.id

        updated_at = self.updated_at

        updated_by = self.updated_by

        created_at = self.created_at

        created_by = self.created_by

        icon = self.icon

        title = self.title

        blueprint = self.blueprint

        description = self.description

        empty_state_text = self.empty_state_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "property": property_,
                "dataset": dataset,
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
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if description is not UNSET:
            field_dict["description"] = description
        if empty_state_text is not UNSET:
            field_dict["emptyStateText"] = empty_state_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        SearchEntitiesBody = _models.SearchEntitiesBody
        d = dict(src_dict)
        type_ = EntitiesPieChartLiteral(d.pop("type"))

        property_ = d.pop("property")

        dataset = SearchEntitiesBody.from_dict(d.pop("dataset"))

        id = d.pop("id", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        icon = d.pop("icon", UNSET)

        title = d.pop("title", UNSET)

        blueprint = d.pop("blueprint", UNSET)

        description = d.pop("description", UNSET)

        empty_state_text = d.pop("emptyStateText", UNSET)

        entities_pie_chart_widget = cls(
            type_=type_,
            property_=property_,
            dataset=dataset,
            id=id,
            updated_at=updated_at,
            updated_by=updated_by,
            created_at=created_at,
            created_by=created_by,
            icon=icon,
            title=title,
            blueprint=blueprint,
            description=description,
            empty_state_text=empty_state_text,
        )

        entities_pie_chart_widget.additional_properties = d
        return entities_pie_chart_widget

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
