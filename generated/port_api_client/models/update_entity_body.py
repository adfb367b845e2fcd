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
    from ..models.create_scorecard_body_properties import CreateScorecardBodyProperties
    from ..models.entity_relations import EntityRelations
    from ..models.search_relations_query_schema import SearchRelationsQuerySchema


T = TypeVar("T", bound="UpdateEntityBody")


@_attrs_define
class UpdateEntityBody:
    """
    Attributes:
        identifier (str | Unset):
        title (None | str | Unset):
        icon (None | str | Unset):
        team (list[str] | None | SearchRelationsQuerySchema | str | Unset):
        properties (CreateScorecardBodyProperties | Unset):
        relations (EntityRelations | Unset):
    """

    identifier: str | Unset = UNSET
    title: None | str | Unset = UNSET
    icon: None | str | Unset = UNSET
    team: list[str] | None | SearchRelationsQuerySchema | str | Unset = UNSET
    properties: CreateScorecardBodyProperties | Unset = UNSET
    relations: EntityRelations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        CreateScorecardBodyProperties = _models.CreateScorecardBodyProperties
        EntityRelations = _models.EntityRelations
        SearchRelationsQuerySchema = _models.SearchRelationsQuerySchema
        identifier = self.identifier

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        team: dict[str, Any] | list[str] | None | str | Unset
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
        CreateScorecardBodyProperties = _models.CreateScorecardBodyProperties
        EntityRelations = _models.EntityRelations
        SearchRelationsQuerySchema = _models.SearchRelationsQuerySchema
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_team(
            data: object,
        ) -> list[str] | None | SearchRelationsQuerySchema | str | Unset:
            if data is None:
                return data
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
            return cast(list[str] | None | SearchRelationsQuerySchema | str | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: CreateScorecardBodyProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = CreateScorecardBodyProperties.from_dict(_properties)

        _relations = d.pop("relations", UNSET)
        relations: EntityRelations | Unset
        if isinstance(_relations, Unset):
            relations = UNSET
        else:
            relations = EntityRelations.from_dict(_relations)

        update_entity_body = cls(
            identifier=identifier,
            title=title,
            icon=icon,
            team=team,
            properties=properties,
            relations=relations,
        )

        update_entity_body.additional_properties = d
        return update_entity_body

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
