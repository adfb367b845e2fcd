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
    from ..models.entities_query_v2_schema import EntitiesQueryV2Schema


T = TypeVar("T", bound="SearchBlueprintEntitiesBody")


@_attrs_define
class SearchBlueprintEntitiesBody:
    """
    Attributes:
        query (EntitiesQueryV2Schema | Unset):
        include (list[str] | Unset):
        exclude (list[str] | Unset):
        limit (float | Unset):  Default: 200.0.
        from_ (str | Unset):
    """

    query: EntitiesQueryV2Schema | Unset = UNSET
    include: list[str] | Unset = UNSET
    exclude: list[str] | Unset = UNSET
    limit: float | Unset = 200.0
    from_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        EntitiesQueryV2Schema = _models.EntitiesQueryV2Schema
        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        exclude: list[str] | Unset = UNSET
        if not isinstance(self.exclude, Unset):
            exclude = self.exclude

        limit = self.limit

        from_ = self.from_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query is not UNSET:
            field_dict["query"] = query
        if include is not UNSET:
            field_dict["include"] = include
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if limit is not UNSET:
            field_dict["limit"] = limit
        if from_ is not UNSET:
            field_dict["from"] = from_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        EntitiesQueryV2Schema = _models.EntitiesQueryV2Schema
        d = dict(src_dict)
        _query = d.pop("query", UNSET)
        query: EntitiesQueryV2Schema | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = EntitiesQueryV2Schema.from_dict(_query)

        include = cast(list[str], d.pop("include", UNSET))

        exclude = cast(list[str], d.pop("exclude", UNSET))

        limit = d.pop("limit", UNSET)

        from_ = d.pop("from", UNSET)

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
