from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.entities_pie_chart_literal import EntitiesPieChartLiteral
from ..types import (
    UNSET,
    Unset,
    _present_repr,
    _unfit,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("entities-pie-chart",),
        "property": lambda v: isinstance(v, str),
        "dataset": lambda v: isinstance(v, dict),
        "id": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "blueprint": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "emptyStateText": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "property_": "property",
        "dataset": "dataset",
        "id": "id",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "icon": "icon",
        "title": "title",
        "blueprint": "blueprint",
        "description": "description",
        "empty_state_text": "emptyStateText",
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
        field_dict["type"] = self.type_.value

        field_dict["property"] = self.property_

        field_dict["dataset"] = self.dataset.to_dict()

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at

        if self.updated_by is not UNSET:
            field_dict["updatedBy"] = self.updated_by

        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at

        if self.created_by is not UNSET:
            field_dict["createdBy"] = self.created_by

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.blueprint is not UNSET:
            field_dict["blueprint"] = self.blueprint

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.empty_state_text is not UNSET:
            field_dict["emptyStateText"] = self.empty_state_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: EntitiesPieChartLiteral = EntitiesPieChartLiteral(_type_)

        _property_ = d.pop("property")
        if not isinstance(_property_, str):
            raise _unfit(cls, "property", _property_)
        property_: str = _property_

        _dataset = d.pop("dataset")
        if not isinstance(_dataset, dict):
            raise _unfit(cls, "dataset", _dataset)
        dataset: SearchEntitiesBody = _lazy_models.SearchEntitiesBody.from_dict(_dataset)

        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            d["id"] = id
            id = UNSET

        updated_at = d.pop("updatedAt", UNSET)
        if not isinstance(updated_at, str) and updated_at is not UNSET:
            d["updatedAt"] = updated_at
            updated_at = UNSET

        updated_by = d.pop("updatedBy", UNSET)
        if not isinstance(updated_by, str) and updated_by is not UNSET:
            d["updatedBy"] = updated_by
            updated_by = UNSET

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, str) and created_at is not UNSET:
            d["createdAt"] = created_at
            created_at = UNSET

        created_by = d.pop("createdBy", UNSET)
        if not isinstance(created_by, str) and created_by is not UNSET:
            d["createdBy"] = created_by
            created_by = UNSET

        icon = d.pop("icon", UNSET)
        if not isinstance(icon, str) and icon is not UNSET:
            d["icon"] = icon
            icon = UNSET

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        blueprint = d.pop("blueprint", UNSET)
        if not isinstance(blueprint, str) and blueprint is not UNSET:
            d["blueprint"] = blueprint
            blueprint = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            d["description"] = description
            description = UNSET

        empty_state_text = d.pop("emptyStateText", UNSET)
        if not isinstance(empty_state_text, str) and empty_state_text is not UNSET:
            d["emptyStateText"] = empty_state_text
            empty_state_text = UNSET

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
