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
    from ..models.filter_ import Filter


T = TypeVar("T", bound="Rule")


@_attrs_define
class Rule:
    """
    Attributes:
        identifier (str):
        title (str):
        level (str):
        query (Filter):
        description (str | Unset):
    """

    identifier: str
    title: str
    level: str
    query: Filter
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Filter = _models.Filter
        identifier = self.identifier

        title = self.title

        level = self.level

        query = self.query.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "title": title,
                "level": level,
                "query": query,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Filter = _models.Filter
        d = dict(src_dict)
        identifier = d.pop("identifier")

        title = d.pop("title")

        level = d.pop("level")

        query = Filter.from_dict(d.pop("query"))

        description = d.pop("description", UNSET)

        rule = cls(
            identifier=identifier,
            title=title,
            level=level,
            query=query,
            description=description,
        )

        rule.additional_properties = d
        return rule

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
