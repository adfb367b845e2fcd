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
    from ..models.entity_properties import EntityProperties
    from ..models.entity_relations import EntityRelations
    from ..models.search_identifier_query_schema_schema import SearchIdentifierQuerySchemaSchema
    from ..models.search_relations_query_schema import SearchRelationsQuerySchema


T = TypeVar("T", bound="CreateEntityBody")


@_attrs_define
class CreateEntityBody:
    """
    Attributes:
        identifier (SearchIdentifierQuerySchemaSchema | str | Unset):
        title (str | Unset):
        icon (str | Unset):
        team (list[str] | SearchRelationsQuerySchema | str | Unset):
        properties (EntityProperties | Unset):
        relations (EntityRelations | Unset):
    """

    identifier: SearchIdentifierQuerySchemaSchema | str | Unset = UNSET
    title: str | Unset = UNSET
    icon: str | Unset = UNSET
    team: list[str] | SearchRelationsQuerySchema | str | Unset = UNSET
    properties: EntityProperties | Unset = UNSET
    relations: EntityRelations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        EntityProperties = _models.EntityProperties
        EntityRelations = _models.EntityRelations
        SearchIdentifierQuerySchemaSchema = _models.SearchIdentifierQuerySchemaSchema
        SearchRelationsQuerySchema = _models.SearchRelationsQuerySchema
        identifier: dict[str, Any] | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        elif isinstance(self.identifier, SearchIdentifierQuerySchemaSchema):
            identifier = self.identifier.to_dict()
        else:
            identifier = self.identifier

        title = self.title

        icon = self.icon

        team: dict[str, Any] | list[str] | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, list):
            team = self.team

        elif isinstance(self.team, SearchRelationsQuerySchema):
            team = self.team.to_dict()
        else:
            team = self.team

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        relations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relations, Unset):
            relations = self.relations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if title is not UNSET:
            field_dict["title"] = title
        if icon is not UNSET:
            field_dict["icon"] = icon
        if team is not UNSET:
            field_dict["team"] = team
        if properties is not UNSET:
            field_dict["properties"] = properties
        if relations is not UNSET:
            field_dict["relations"] = relations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        EntityProperties = _models.EntityProperties
        EntityRelations = _models.EntityRelations
        SearchIdentifierQuerySchemaSchema = _models.SearchIdentifierQuerySchemaSchema
        SearchRelationsQuerySchema = _models.SearchRelationsQuerySchema
        d = dict(src_dict)

        def _parse_identifier(data: object) -> SearchIdentifierQuerySchemaSchema | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifier_type_1 = SearchIdentifierQuerySchemaSchema.from_dict(data)

                return identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SearchIdentifierQuerySchemaSchema | str | Unset, data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        title = d.pop("title", UNSET)

        icon = d.pop("icon", UNSET)

        def _parse_team(data: object) -> list[str] | SearchRelationsQuerySchema | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                team_type_1 = cast(list[str], data)

                return team_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                team_type_2 = SearchRelationsQuerySchema.from_dict(data)

                return team_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | SearchRelationsQuerySchema | str | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: EntityProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = EntityProperties.from_dict(_properties)

        _relations = d.pop("relations", UNSET)
        relations: EntityRelations | Unset
        if isinstance(_relations, Unset):
            relations = UNSET
        else:
            relations = EntityRelations.from_dict(_relations)

        create_entity_body = cls(
            identifier=identifier,
            title=title,
            icon=icon,
            team=team,
            properties=properties,
            relations=relations,
        )

        create_entity_body.additional_properties = d
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
