from __future__ import annotations

import datetime
import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    UNSET,
    _absent,
    _all_instances,
    _datetime_json,
    _fromisoformat,
    _id,
    _parse_datetime,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.entity_properties import EntityProperties
    from ..models.entity_relations import EntityRelations


T = TypeVar("T", bound="Entity")


@_attrs_define
class Entity:
    """
    Attributes:
        identifier (str):
        properties (EntityProperties):
        relations (EntityRelations):
        blueprint (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        created_by (str):
        updated_by (str):
        title (str | None):
        icon (str | None):
        team (list[str] | str | None):
    """

    identifier: str
    properties: EntityProperties
    relations: EntityRelations
    blueprint: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by: str
    updated_by: str
    title: str | None = None
    icon: str | None = None
    team: list[str] | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "properties": lambda v: isinstance(v, dict),
        "relations": lambda v: isinstance(v, dict),
        "blueprint": lambda v: isinstance(v, str),
        "createdAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "updatedAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "createdBy": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "team": lambda v: (
            isinstance(v, str)
            or (isinstance(v, list) and all(isinstance(item1, str) for item1 in v))
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "properties": "properties",
        "relations": "relations",
        "blueprint": "blueprint",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "created_by": "createdBy",
        "updated_by": "updatedBy",
        "title": "title",
        "icon": "icon",
        "team": "team",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    if not TYPE_CHECKING:  # mypy keeps reporting misspelled attributes

        def __getattr__(self, name: str) -> Any:
            # Only reached for a promised field missing from Port's answer (or a wrong name).
            raise _absent(self, name)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    # The text each date-time was read from: to_dict() writes an unchanged one back as it came.
    _datetime_texts: dict[int, tuple[datetime.datetime, str]] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _identifier = getattr(self, "identifier", UNSET)
        if _identifier is not UNSET:
            field_dict["identifier"] = _identifier

        _properties = getattr(self, "properties", UNSET)
        if _properties is not UNSET:
            field_dict["properties"] = _properties.to_dict()

        _relations = getattr(self, "relations", UNSET)
        if _relations is not UNSET:
            field_dict["relations"] = _relations.to_dict()

        _blueprint = getattr(self, "blueprint", UNSET)
        if _blueprint is not UNSET:
            field_dict["blueprint"] = _blueprint

        _created_at = getattr(self, "created_at", UNSET)
        if _created_at is not UNSET:
            field_dict["createdAt"] = _datetime_json(_created_at, self._datetime_texts)

        _updated_at = getattr(self, "updated_at", UNSET)
        if _updated_at is not UNSET:
            field_dict["updatedAt"] = _datetime_json(_updated_at, self._datetime_texts)

        _created_by = getattr(self, "created_by", UNSET)
        if _created_by is not UNSET:
            field_dict["createdBy"] = _created_by

        _updated_by = getattr(self, "updated_by", UNSET)
        if _updated_by is not UNSET:
            field_dict["updatedBy"] = _updated_by

        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.team is not None:
            field_dict["team"] = self.team
        elif self._nulls and "team" in self._nulls:
            field_dict["team"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None, or absent), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        absent: tuple[str, ...] = ()
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str):
            if identifier is not UNSET:
                d["identifier"] = identifier
            absent += ("identifier",)

        _properties = d.pop("properties", UNSET)
        if isinstance(_properties, dict) and _properties is not UNSET:
            properties = _lazy_models.EntityProperties.from_dict(_properties)
        else:
            properties = UNSET
            if _properties is not UNSET:
                d["properties"] = _properties
            absent += ("properties",)

        _relations = d.pop("relations", UNSET)
        if isinstance(_relations, dict) and _relations is not UNSET:
            relations = _lazy_models.EntityRelations.from_dict(_relations)
        else:
            relations = UNSET
            if _relations is not UNSET:
                d["relations"] = _relations
            absent += ("relations",)

        blueprint = d.pop("blueprint", UNSET)
        if not isinstance(blueprint, str):
            if blueprint is not UNSET:
                d["blueprint"] = blueprint
            absent += ("blueprint",)

        _created_at = d.pop("createdAt", UNSET)
        try:  # the C parser first, inline: what Port sends almost always reads
            created_at = _fromisoformat(_created_at)
        except (TypeError, ValueError):
            created_at = _parse_datetime(_created_at, _isoparse)
        if created_at is UNSET:
            if _created_at is not UNSET:
                d["createdAt"] = _created_at
            absent += ("created_at",)
        else:
            datetime_texts[_id(created_at)] = (
                created_at,
                _created_at,
            )  # `id` may be a field's name here

        _updated_at = d.pop("updatedAt", UNSET)
        try:  # the C parser first, inline: what Port sends almost always reads
            updated_at = _fromisoformat(_updated_at)
        except (TypeError, ValueError):
            updated_at = _parse_datetime(_updated_at, _isoparse)
        if updated_at is UNSET:
            if _updated_at is not UNSET:
                d["updatedAt"] = _updated_at
            absent += ("updated_at",)
        else:
            datetime_texts[_id(updated_at)] = (
                updated_at,
                _updated_at,
            )  # `id` may be a field's name here

        created_by = d.pop("createdBy", UNSET)
        if not isinstance(created_by, str):
            if created_by is not UNSET:
                d["createdBy"] = created_by
            absent += ("created_by",)

        updated_by = d.pop("updatedBy", UNSET)
        if not isinstance(updated_by, str):
            if updated_by is not UNSET:
                d["updatedBy"] = updated_by
            absent += ("updated_by",)

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

        team = d.pop("team", None)
        if team is None:
            if "team" in src_dict:
                nulls += ("team",)
        elif not (isinstance(team, str) or (isinstance(team, list) and _all_instances(team, str))):
            d["team"] = team
            team = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        entity = cls.__new__(cls)
        entity.identifier = identifier
        entity.properties = properties
        entity.relations = relations
        entity.blueprint = blueprint
        entity.created_at = created_at
        entity.updated_at = updated_at
        entity.created_by = created_by
        entity.updated_by = updated_by
        entity.title = title
        entity.icon = icon
        entity.team = team
        entity.additional_properties = d
        entity._datetime_texts = datetime_texts or None
        entity._nulls = nulls
        for name in absent:
            object.__delattr__(entity, name)
        return entity

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
