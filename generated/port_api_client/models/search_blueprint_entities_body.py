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
    from ..models.entities_query_v2_schema import EntitiesQueryV2Schema


T = TypeVar("T", bound="SearchBlueprintEntitiesBody")


@_attrs_define
class SearchBlueprintEntitiesBody:
    """
    Attributes:
        query (EntitiesQueryV2Schema | Unset):
        include (list[str] | Unset):
        exclude (list[str] | Unset):
        limit (int | Unset):  Default: 200.
        from_ (str | Unset):
    """

    query: EntitiesQueryV2Schema | Unset = UNSET
    include: list[str] | Unset = UNSET
    exclude: list[str] | Unset = UNSET
    limit: int | Unset = 200
    from_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(self.query, Unset):
            field_dict["query"] = self.query.to_dict()

        if self.include is not UNSET:
            field_dict["include"] = self.include

        if self.exclude is not UNSET:
            field_dict["exclude"] = self.exclude

        if self.limit is not UNSET:
            field_dict["limit"] = self.limit

        if self.from_ is not UNSET:
            field_dict["from"] = self.from_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        _query = d.pop("query", UNSET)
        query: EntitiesQueryV2Schema | Unset = UNSET
        if isinstance(_query, dict):
            query = _lazy_models.EntitiesQueryV2Schema.from_dict(_query)
        elif _query is not UNSET:
            d["query"] = _query

        include = d.pop("include", UNSET)
        if (
            not (isinstance(include, list) and _all_instances(include, str))
            and include is not UNSET
        ):
            d["include"] = include
            include = UNSET

        exclude = d.pop("exclude", UNSET)
        if (
            not (isinstance(exclude, list) and _all_instances(exclude, str))
            and exclude is not UNSET
        ):
            d["exclude"] = exclude
            exclude = UNSET

        limit = d.pop("limit", UNSET)
        if not (isinstance(limit, int) and not isinstance(limit, bool)) and limit is not UNSET:
            d["limit"] = limit
            limit = UNSET

        from_ = d.pop("from", UNSET)
        if not isinstance(from_, str) and from_ is not UNSET:
            d["from"] = from_
            from_ = UNSET

        search_blueprint_entities_body = cls(
            query=query,
            include=include,
            exclude=exclude,
            limit=limit,
            from_=from_,
        )
        search_blueprint_entities_body.additional_properties = d
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
