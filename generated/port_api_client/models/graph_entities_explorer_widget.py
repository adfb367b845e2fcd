from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.graph_entities_explorer_literal import GraphEntitiesExplorerLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_entities_body import SearchEntitiesBody


T = TypeVar("T", bound="GraphEntitiesExplorerWidget")


@_attrs_define
class GraphEntitiesExplorerWidget:
    """
    Attributes:
        type_ (GraphEntitiesExplorerLiteral):
        dataset (SearchEntitiesBody):
        id (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        title (str | Unset):
        hidden_blueprints (list[str] | Unset):
    """

    type_: GraphEntitiesExplorerLiteral
    dataset: SearchEntitiesBody
    id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    title: str | Unset = UNSET
    hidden_blueprints: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        SearchEntitiesBody = _models.SearchEntitiesBody
        type_ = self.type_.value

        dataset = self.dataset.to_dict()

        id = self.id

        updated_at = self.updated_at

        updated_by = self.updated_by

        created_at = self.created_at

        created_by = self.created_by

        title = self.title

        hidden_blueprints: list[str] | Unset = UNSET
        if not isinstance(self.hidden_blueprints, Unset):
            hidden_blueprints = self.hidden_blueprints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
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
        if title is not UNSET:
            field_dict["title"] = title
        if hidden_blueprints is not UNSET:
            field_dict["hiddenBlueprints"] = hidden_blueprints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        SearchEntitiesBody = _models.SearchEntitiesBody
        d = dict(src_dict)
        type_ = GraphEntitiesExplorerLiteral(d.pop("type"))

        dataset = SearchEntitiesBody.from_dict(d.pop("dataset"))

        id = d.pop("id", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        title = d.pop("title", UNSET)

        hidden_blueprints = cast(list[str], d.pop("hiddenBlueprints", UNSET))

        graph_entities_explorer_widget = cls(
            type_=type_,
            dataset=dataset,
            id=id,
            updated_at=updated_at,
            updated_by=updated_by,
            created_at=created_at,
            created_by=created_by,
            title=title,
            hidden_blueprints=hidden_blueprints,
        )

        graph_entities_explorer_widget.additional_properties = d
        return graph_entities_explorer_widget

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
