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
    from ..models.properties import Properties


T = TypeVar("T", bound="Scorecard")


@_attrs_define
class Scorecard:
    """
    Attributes:
        id (str | Unset):
        identifier (str | Unset):
        title (str | Unset):
        blueprint (str | Unset):
        levels (list[Properties] | Unset):
        rules (list[Properties] | Unset):
        filter_ (Properties | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
    """

    id: str | Unset = UNSET
    identifier: str | Unset = UNSET
    title: str | Unset = UNSET
    blueprint: str | Unset = UNSET
    levels: list[Properties] | Unset = UNSET
    rules: list[Properties] | Unset = UNSET
    filter_: Properties | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "id": lambda v: isinstance(v, str),
        "identifier": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "blueprint": lambda v: isinstance(v, str),
        "levels": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "rules": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "filter": lambda v: isinstance(v, dict),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "identifier": "identifier",
        "title": "title",
        "blueprint": "blueprint",
        "levels": "levels",
        "rules": "rules",
        "filter_": "filter",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
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
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.blueprint is not UNSET:
            field_dict["blueprint"] = self.blueprint

        if not isinstance(self.levels, Unset):
            field_dict["levels"] = [item0.to_dict() for item0 in self.levels]

        if not isinstance(self.rules, Unset):
            field_dict["rules"] = [item0.to_dict() for item0 in self.rules]

        if not isinstance(self.filter_, Unset):
            field_dict["filter"] = self.filter_.to_dict()

        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at

        if self.created_by is not UNSET:
            field_dict["createdBy"] = self.created_by

        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at

        if self.updated_by is not UNSET:
            field_dict["updatedBy"] = self.updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            d["id"] = id
            id = UNSET

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            d["identifier"] = identifier
            identifier = UNSET

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        blueprint = d.pop("blueprint", UNSET)
        if not isinstance(blueprint, str) and blueprint is not UNSET:
            d["blueprint"] = blueprint
            blueprint = UNSET

        _levels = d.pop("levels", UNSET)
        levels: list[Properties] | Unset = UNSET
        if isinstance(_levels, list) and _all_instances(_levels, dict):
            levels = [_lazy_models.Properties.from_dict(item0) for item0 in _levels]
        elif _levels is not UNSET:
            d["levels"] = _levels

        _rules = d.pop("rules", UNSET)
        rules: list[Properties] | Unset = UNSET
        if isinstance(_rules, list) and _all_instances(_rules, dict):
            rules = [_lazy_models.Properties.from_dict(item0) for item0 in _rules]
        elif _rules is not UNSET:
            d["rules"] = _rules

        _filter_ = d.pop("filter", UNSET)
        filter_: Properties | Unset = UNSET
        if isinstance(_filter_, dict):
            filter_ = _lazy_models.Properties.from_dict(_filter_)
        elif _filter_ is not UNSET:
            d["filter"] = _filter_

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, str) and created_at is not UNSET:
            d["createdAt"] = created_at
            created_at = UNSET

        created_by = d.pop("createdBy", UNSET)
        if not isinstance(created_by, str) and created_by is not UNSET:
            d["createdBy"] = created_by
            created_by = UNSET

        updated_at = d.pop("updatedAt", UNSET)
        if not isinstance(updated_at, str) and updated_at is not UNSET:
            d["updatedAt"] = updated_at
            updated_at = UNSET

        updated_by = d.pop("updatedBy", UNSET)
        if not isinstance(updated_by, str) and updated_by is not UNSET:
            d["updatedBy"] = updated_by
            updated_by = UNSET

        scorecard = cls(
            id=id,
            identifier=identifier,
            title=title,
            blueprint=blueprint,
            levels=levels,
            rules=rules,
            filter_=filter_,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
        )
        scorecard.additional_properties = d
        return scorecard

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
