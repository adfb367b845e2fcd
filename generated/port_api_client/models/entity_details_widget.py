from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.entity_details_literal import EntityDetailsLiteral
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
    _unfit,
)

T = TypeVar("T", bound="EntityDetailsWidget")


@_attrs_define
class EntityDetailsWidget:
    """
    Attributes:
        type_ (EntityDetailsLiteral):
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

    type_: EntityDetailsLiteral
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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("entity-details",),
        "entity": lambda v: isinstance(v, str),
        "blueprint": lambda v: isinstance(v, str),
        "id": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "hiddenQuery": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "order": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "showEmptyValues": lambda v: isinstance(v, bool),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "entity": "entity",
        "blueprint": "blueprint",
        "id": "id",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "title": "title",
        "description": "description",
        "icon": "icon",
        "hidden_query": "hiddenQuery",
        "order": "order",
        "show_empty_values": "showEmptyValues",
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

        field_dict["entity"] = self.entity

        field_dict["blueprint"] = self.blueprint

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

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if self.hidden_query is not UNSET:
            field_dict["hiddenQuery"] = self.hidden_query

        if self.order is not UNSET:
            field_dict["order"] = self.order

        if self.show_empty_values is not UNSET:
            field_dict["showEmptyValues"] = self.show_empty_values

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
        type_: EntityDetailsLiteral = EntityDetailsLiteral(_type_)

        _entity = d.pop("entity")
        if not isinstance(_entity, str):
            raise _unfit(cls, "entity", _entity)
        entity: str = _entity

        _blueprint = d.pop("blueprint")
        if not isinstance(_blueprint, str):
            raise _unfit(cls, "blueprint", _blueprint)
        blueprint: str = _blueprint

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

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            d["description"] = description
            description = UNSET

        icon = d.pop("icon", UNSET)
        if not isinstance(icon, str) and icon is not UNSET:
            d["icon"] = icon
            icon = UNSET

        hidden_query = d.pop("hiddenQuery", UNSET)
        if (
            not (isinstance(hidden_query, list) and _all_instances(hidden_query, str))
            and hidden_query is not UNSET
        ):
            d["hiddenQuery"] = hidden_query
            hidden_query = UNSET

        order = d.pop("order", UNSET)
        if not (isinstance(order, list) and _all_instances(order, str)) and order is not UNSET:
            d["order"] = order
            order = UNSET

        show_empty_values = d.pop("showEmptyValues", UNSET)
        if not isinstance(show_empty_values, bool) and show_empty_values is not UNSET:
            d["showEmptyValues"] = show_empty_values
            show_empty_values = UNSET

        entity_details_widget = cls(
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
        entity_details_widget.additional_properties = d
        return entity_details_widget

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
