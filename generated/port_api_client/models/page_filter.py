from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models

if TYPE_CHECKING:
    from ..models.filter_tag import FilterTag


T = TypeVar("T", bound="PageFilter")


@_attrs_define
class PageFilter:
    """
    Attributes:
        query (FilterTag):
        identifier (str):
        title (str):
    """

    query: FilterTag
    identifier: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        FilterTag = _models.FilterTag
        query = self.query.to_dict()

        identifier = self.identifier

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
                "identifier": identifier,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        FilterTag = _models.FilterTag
        d = dict(src_dict)
        query = FilterTag.from_dict(d.pop("query"))

        identifier = d.pop("identifier")

        title = d.pop("title")

        page_filter = cls(
            query=query,
            identifier=identifier,
            title=title,
        )

        page_filter.additional_properties = d
        return page_filter

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
