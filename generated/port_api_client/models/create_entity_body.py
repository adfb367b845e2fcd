from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.entity_properties import EntityProperties
    from ..models.entity_relations import EntityRelations
    from ..models.search_identifier_query_schema_schema import SearchIdentifierQuerySchemaSchema
    from ..models.search_relations_query_schema import SearchRelationsQuerySchema


T = TypeVar("T", bound="CreateEntityBody")


@_attrs_define
class CreateEntityBody:
    """
    Attributes:
        identifier (SearchIdentifierQuerySchemaSchema | str | None):
        title (str | None):
        icon (str | None):
        team (list[str] | SearchRelationsQuerySchema | str | None):
        properties (EntityProperties | None):
        relations (EntityRelations | None):
    """

    identifier: SearchIdentifierQuerySchemaSchema | str | None = None
    title: str | None = None
    icon: str | None = None
    team: list[str] | SearchRelationsQuerySchema | str | None = None
    properties: EntityProperties | None = None
    relations: EntityRelations | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str) or isinstance(v, dict),
        "title": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "team": lambda v: (
            isinstance(v, str)
            or (isinstance(v, list) and all(isinstance(item1, str) for item1 in v))
            or isinstance(v, dict)
        ),
        "properties": lambda v: isinstance(v, dict),
        "relations": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "title": "title",
        "icon": "icon",
        "team": "team",
        "properties": "properties",
        "relations": "relations",
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
        if self.identifier is not None:
            field_dict["identifier"] = (
                self.identifier.to_dict()
                if isinstance(self.identifier, _lazy_models.SearchIdentifierQuerySchemaSchema)
                else self.identifier
            )
        elif self._nulls and "identifier" in self._nulls:
            field_dict["identifier"] = None

        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.team is not None:
            field_dict["team"] = (
                self.team.to_dict()
                if isinstance(self.team, _lazy_models.SearchRelationsQuerySchema)
                else self.team
            )
        elif self._nulls and "team" in self._nulls:
            field_dict["team"] = None

        if self.properties is not None:
            field_dict["properties"] = self.properties.to_dict()
        elif self._nulls and "properties" in self._nulls:
            field_dict["properties"] = None

        if self.relations is not None:
            field_dict["relations"] = self.relations.to_dict()
        elif self._nulls and "relations" in self._nulls:
            field_dict["relations"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _identifier = d.pop("identifier", None)
        identifier: Any = None
        if _identifier is None:
            if "identifier" in src_dict:
                nulls += ("identifier",)
        else:
            identifier = _parse_identifier(_identifier)
            if identifier is UNSET:
                d["identifier"] = _identifier
                identifier = None

        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        _team = d.pop("team", None)
        team: Any = None
        if _team is None:
            if "team" in src_dict:
                nulls += ("team",)
        else:
            team = _parse_team(_team)
            if team is UNSET:
                d["team"] = _team
                team = None

        _properties = d.pop("properties", None)
        properties: Any = None
        if _properties is None:
            if "properties" in src_dict:
                nulls += ("properties",)
        elif isinstance(_properties, dict):
            properties = _lazy_models.EntityProperties.from_dict(_properties)
        else:
            d["properties"] = _properties

        _relations = d.pop("relations", None)
        relations: Any = None
        if _relations is None:
            if "relations" in src_dict:
                nulls += ("relations",)
        elif isinstance(_relations, dict):
            relations = _lazy_models.EntityRelations.from_dict(_relations)
        else:
            d["relations"] = _relations

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        create_entity_body = cls.__new__(cls)
        create_entity_body.identifier = identifier
        create_entity_body.title = title
        create_entity_body.icon = icon
        create_entity_body.team = team
        create_entity_body.properties = properties
        create_entity_body.relations = relations
        create_entity_body.additional_properties = d
        create_entity_body._nulls = nulls
        return create_entity_body

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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None


def _parse_identifier(data: Any) -> SearchIdentifierQuerySchemaSchema | str | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        return _lazy_models.SearchIdentifierQuerySchemaSchema.from_dict(data)
    return UNSET


def _parse_team(data: Any) -> list[str] | SearchRelationsQuerySchema | str | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        return _lazy_models.SearchRelationsQuerySchema.from_dict(data)
    if isinstance(data, list) and _all_instances(data, str):
        return data
    return UNSET
