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
    _all_instances,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.entities_query_v2_schema import EntitiesQueryV2Schema


T = TypeVar("T", bound="SearchBlueprintEntitiesBody")


@_attrs_define
class SearchBlueprintEntitiesBody:
    """
    Attributes:
        query (EntitiesQueryV2Schema | None):
        include (list[str] | None):
        exclude (list[str] | None):
        limit (int | None):
        from_ (str | None):
    """

    query: EntitiesQueryV2Schema | None = None
    include: list[str] | None = None
    exclude: list[str] | None = None
    limit: int | None = None
    from_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "query": lambda v: isinstance(v, dict),
        "include": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "exclude": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "limit": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "from": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "query": "query",
        "include": "include",
        "exclude": "exclude",
        "limit": "limit",
        "from_": "from",
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
        if self.query is not None:
            field_dict["query"] = self.query.to_dict()
        elif self._nulls and "query" in self._nulls:
            field_dict["query"] = None

        if self.include is not None:
            field_dict["include"] = self.include
        elif self._nulls and "include" in self._nulls:
            field_dict["include"] = None

        if self.exclude is not None:
            field_dict["exclude"] = self.exclude
        elif self._nulls and "exclude" in self._nulls:
            field_dict["exclude"] = None

        if self.limit is not None:
            field_dict["limit"] = self.limit
        elif self._nulls and "limit" in self._nulls:
            field_dict["limit"] = None

        if self.from_ is not None:
            field_dict["from"] = self.from_
        elif self._nulls and "from" in self._nulls:
            field_dict["from"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _query = d.pop("query", None)
        query: Any = None
        if _query is None:
            if "query" in src_dict:
                nulls += ("query",)
        elif isinstance(_query, dict):
            query = _lazy_models.EntitiesQueryV2Schema.from_dict(_query)
        else:
            d["query"] = _query

        include = d.pop("include", None)
        if include is None:
            if "include" in src_dict:
                nulls += ("include",)
        elif not (isinstance(include, list) and _all_instances(include, str)):
            d["include"] = include
            include = None

        exclude = d.pop("exclude", None)
        if exclude is None:
            if "exclude" in src_dict:
                nulls += ("exclude",)
        elif not (isinstance(exclude, list) and _all_instances(exclude, str)):
            d["exclude"] = exclude
            exclude = None

        limit = d.pop("limit", None)
        if limit is None:
            if "limit" in src_dict:
                nulls += ("limit",)
        elif not (isinstance(limit, int) and not isinstance(limit, bool)):
            d["limit"] = limit
            limit = None

        from_ = d.pop("from", None)
        if from_ is None:
            if "from" in src_dict:
                nulls += ("from",)
        elif not isinstance(from_, str):
            d["from"] = from_
            from_ = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        search_blueprint_entities_body = cls.__new__(cls)
        search_blueprint_entities_body.query = query
        search_blueprint_entities_body.include = include
        search_blueprint_entities_body.exclude = exclude
        search_blueprint_entities_body.limit = limit
        search_blueprint_entities_body.from_ = from_
        search_blueprint_entities_body.additional_properties = d
        search_blueprint_entities_body._nulls = nulls
        return search_blueprint_entities_body

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
