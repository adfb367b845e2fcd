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
    _present_repr,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "properties": lambda v: isinstance(v, dict),
        "relations": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "title": "title",
        "icon": "icon",
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
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if not isinstance(self.properties, Unset):
            field_dict["properties"] = self.properties.to_dict()

        if not isinstance(self.relations, Unset):
            field_dict["relations"] = self.relations.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            d["identifier"] = identifier
            identifier = UNSET

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        icon = d.pop("icon", UNSET)
        if not isinstance(icon, str) and icon is not UNSET:
            d["icon"] = icon
            icon = UNSET

        _properties = d.pop("properties", UNSET)
        properties: Details | Unset = UNSET
        if isinstance(_properties, dict):
            properties = _lazy_models.Details.from_dict(_properties)
        elif _properties is not UNSET:
            d["properties"] = _properties

        _relations = d.pop("relations", UNSET)
        relations: CreateSuggestionRelations | Unset = UNSET
        if isinstance(_relations, dict):
            relations = _lazy_models.CreateSuggestionRelations.from_dict(_relations)
        elif _relations is not UNSET:
            d["relations"] = _relations

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
