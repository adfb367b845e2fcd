from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_suggestion_relations import CreateSuggestionRelations
    from ..models.details import Details


T = TypeVar("T", bound="CreateSuggestion")


@_attrs_define
class CreateSuggestion:
    """
    Attributes:
        identifier (str | Unset):
        title (str | Unset):
        icon (str | Unset):
        properties (Details | Unset):
        relations (CreateSuggestionRelations | Unset):
    """

    identifier: str | Unset = UNSET
    title: str | Unset = UNSET
    icon: str | Unset = UNSET
    properties: Details | Unset = UNSET
    relations: CreateSuggestionRelations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        CreateSuggestionRelations = _models.CreateSuggestionRelations
        Details = _models.Details
        identifier = self.identifier

        title = self.title

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
        if icon is not UNSET:
            field_dict["icon"] = icon
        if properties is not UNSET:
            field_dict["properties"] = properties
        if relations is not UNSET:
            field_dict["relations"] = relations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        CreateSuggestionRelations = _models.CreateSuggestionRelations
        Details = _models.Details
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)

        title = d.pop("title", UNSET)

        icon = d.pop("icon", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: Details | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = Details.from_dict(_properties)

        _relations = d.pop("relations", UNSET)
        relations: CreateSuggestionRelations | Unset
        if isinstance(_relations, Unset):
            relations = UNSET
        else:
            relations = CreateSuggestionRelations.from_dict(_relations)

        create_suggestion = cls(
            identifier=identifier,
            title=title,
            icon=icon,
            properties=properties,
            relations=relations,
        )

        create_suggestion.additional_properties = d
        return create_suggestion

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
