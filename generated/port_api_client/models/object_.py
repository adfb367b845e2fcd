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
    from ..models.permissions import Permissions
    from ..models.search_query_identifier import SearchQueryIdentifier


T = TypeVar("T", bound="Object")


@_attrs_define
class Object:
    """
    Attributes:
        identifier (SearchQueryIdentifier | str):
        blueprint (str):
        title (str | Unset):
        properties (Permissions | Unset):
        relations (Permissions | Unset):
    """

    identifier: SearchQueryIdentifier | str
    blueprint: str
    title: str | Unset = UNSET
    properties: Permissions | Unset = UNSET
    relations: Permissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Permissions = _models.Permissions
        SearchQueryIdentifier = _models.SearchQueryIdentifier
        identifier: dict[str, Any] | str
        if isinstance(self.identifier, SearchQueryIdentifier):
            identifier = self.identifier.to_dict()
        else:
            identifier = self.identifier

        blueprint = self.blueprint

        title = self.title

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        relations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relations, Unset):
            relations = self.relations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "blueprint": blueprint,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if properties is not UNSET:
            field_dict["properties"] = properties
        if relations is not UNSET:
            field_dict["relations"] = relations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Permissions = _models.Permissions
        SearchQueryIdentifier = _models.SearchQueryIdentifier
        d = dict(src_dict)

        def _parse_identifier(data: object) -> SearchQueryIdentifier | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifier_type_1 = SearchQueryIdentifier.from_dict(data)

                return identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SearchQueryIdentifier | str, data)

        identifier = _parse_identifier(d.pop("identifier"))

        blueprint = d.pop("blueprint")

        title = d.pop("title", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: Permissions | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = Permissions.from_dict(_properties)

        _relations = d.pop("relations", UNSET)
        relations: Permissions | Unset
        if isinstance(_relations, Unset):
            relations = UNSET
        else:
            relations = Permissions.from_dict(_relations)

        object_ = cls(
            identifier=identifier,
            blueprint=blueprint,
            title=title,
            properties=properties,
            relations=relations,
        )

        object_.additional_properties = d
        return object_

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
