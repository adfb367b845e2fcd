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
    _absent,
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
        identifier (str):
        title (str):
        blueprint (str):
        rules (list[Properties]):
        id (str | None):
        levels (list[Properties] | None):
        filter_ (Properties | None):
        created_at (str | None):
        created_by (str | None):
        updated_at (str | None):
        updated_by (str | None):
    """

    identifier: str
    title: str
    blueprint: str
    rules: list[Properties]
    id: str | None = None
    levels: list[Properties] | None = None
    filter_: Properties | None = None
    created_at: str | None = None
    created_by: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "blueprint": lambda v: isinstance(v, str),
        "rules": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "id": lambda v: isinstance(v, str),
        "levels": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "filter": lambda v: isinstance(v, dict),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "title": "title",
        "blueprint": "blueprint",
        "rules": "rules",
        "id": "id",
        "levels": "levels",
        "filter_": "filter",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _identifier = getattr(self, "identifier", UNSET)
        if _identifier is not UNSET:
            field_dict["identifier"] = _identifier

        _title = getattr(self, "title", UNSET)
        if _title is not UNSET:
            field_dict["title"] = _title

        _blueprint = getattr(self, "blueprint", UNSET)
        if _blueprint is not UNSET:
            field_dict["blueprint"] = _blueprint

        _rules = getattr(self, "rules", UNSET)
        if _rules is not UNSET:
            field_dict["rules"] = [item0.to_dict() for item0 in _rules]

        if self.id is not None:
            field_dict["id"] = self.id
        elif self._nulls and "id" in self._nulls:
            field_dict["id"] = None

        if self.levels is not None:
            field_dict["levels"] = [item0.to_dict() for item0 in self.levels]
        elif self._nulls and "levels" in self._nulls:
            field_dict["levels"] = None

        if self.filter_ is not None:
            field_dict["filter"] = self.filter_.to_dict()
        elif self._nulls and "filter" in self._nulls:
            field_dict["filter"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        elif self._nulls and "createdBy" in self._nulls:
            field_dict["createdBy"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by
        elif self._nulls and "updatedBy" in self._nulls:
            field_dict["updatedBy"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None, or absent), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        absent: tuple[str, ...] = ()
        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str):
            if identifier is not UNSET:
                d["identifier"] = identifier
            absent += ("identifier",)

        title = d.pop("title", UNSET)
        if not isinstance(title, str):
            if title is not UNSET:
                d["title"] = title
            absent += ("title",)

        blueprint = d.pop("blueprint", UNSET)
        if not isinstance(blueprint, str):
            if blueprint is not UNSET:
                d["blueprint"] = blueprint
            absent += ("blueprint",)

        _rules = d.pop("rules", UNSET)
        if (isinstance(_rules, list) and _all_instances(_rules, dict)) and _rules is not UNSET:
            rules = [_lazy_models.Properties.from_dict(item0) for item0 in _rules]
        else:
            rules = UNSET
            if _rules is not UNSET:
                d["rules"] = _rules
            absent += ("rules",)

        id = d.pop("id", None)
        if id is None:
            if "id" in src_dict:
                nulls += ("id",)
        elif not isinstance(id, str):
            d["id"] = id
            id = None

        _levels = d.pop("levels", None)
        levels: Any = None
        if _levels is None:
            if "levels" in src_dict:
                nulls += ("levels",)
        elif isinstance(_levels, list) and _all_instances(_levels, dict):
            levels = [_lazy_models.Properties.from_dict(item0) for item0 in _levels]
        else:
            d["levels"] = _levels

        _filter_ = d.pop("filter", None)
        filter_: Any = None
        if _filter_ is None:
            if "filter" in src_dict:
                nulls += ("filter",)
        elif isinstance(_filter_, dict):
            filter_ = _lazy_models.Properties.from_dict(_filter_)
        else:
            d["filter"] = _filter_

        created_at = d.pop("createdAt", None)
        if created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        elif not isinstance(created_at, str):
            d["createdAt"] = created_at
            created_at = None

        created_by = d.pop("createdBy", None)
        if created_by is None:
            if "createdBy" in src_dict:
                nulls += ("createdBy",)
        elif not isinstance(created_by, str):
            d["createdBy"] = created_by
            created_by = None

        updated_at = d.pop("updatedAt", None)
        if updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        elif not isinstance(updated_at, str):
            d["updatedAt"] = updated_at
            updated_at = None

        updated_by = d.pop("updatedBy", None)
        if updated_by is None:
            if "updatedBy" in src_dict:
                nulls += ("updatedBy",)
        elif not isinstance(updated_by, str):
            d["updatedBy"] = updated_by
            updated_by = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        scorecard = cls.__new__(cls)
        scorecard.identifier = identifier
        scorecard.title = title
        scorecard.blueprint = blueprint
        scorecard.rules = rules
        scorecard.id = id
        scorecard.levels = levels
        scorecard.filter_ = filter_
        scorecard.created_at = created_at
        scorecard.created_by = created_by
        scorecard.updated_at = updated_at
        scorecard.updated_by = updated_by
        scorecard.additional_properties = d
        scorecard._nulls = nulls
        for name in absent:
            object.__delattr__(scorecard, name)
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
