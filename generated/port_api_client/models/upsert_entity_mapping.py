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
    from ..models.mapping_relations import MappingRelations
    from ..models.properties import Properties


T = TypeVar("T", bound="UpsertEntityMapping")


@_attrs_define
class UpsertEntityMapping:
    """
    Attributes:
        identifier (str | Unset):
        title (str | Unset):
        team (list[str] | str | Unset):
        icon (str | Unset):
        properties (Properties | Unset):
        relations (MappingRelations | Unset):
    """

    identifier: str | Unset = UNSET
    title: str | Unset = UNSET
    team: list[str] | str | Unset = UNSET
    icon: str | Unset = UNSET
    properties: Properties | Unset = UNSET
    relations: MappingRelations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        MappingRelations = _models.MappingRelations
        Properties = _models.Properties
        identifier = self.identifier

        title = self.title

        team: list[str] | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, list):
            team = self.team

        else:
            team = self.team

        icon = self.icon

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
        if team is not UNSET:
            field_dict["team"] = team
        if icon is not UNSET:
            field_dict["icon"] = icon
        if properties is not UNSET:
            field_dict["properties"] = properties
        if relations is not UNSET:
            field_dict["relations"] = relations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        MappingRelations = _models.MappingRelations
        Properties = _models.Properties
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)

        title = d.pop("title", UNSET)

        def _parse_team(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                team_type_1 = cast(list[str], data)

                return team_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        icon = d.pop("icon", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: Properties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = Properties.from_dict(_properties)

        _relations = d.pop("relations", UNSET)
        relations: MappingRelations | Unset
        if isinstance(_relations, Unset):
            relations = UNSET
        else:
            relations = MappingRelations.from_dict(_relations)

        upsert_entity_mapping = cls(
            identifier=identifier,
            title=title,
            team=team,
            icon=icon,
            properties=properties,
            relations=relations,
        )

        upsert_entity_mapping.additional_properties = d
        return upsert_entity_mapping

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
