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
    from ..models.sort_by import SortBy


T = TypeVar("T", bound="SortSettings")


@_attrs_define
class SortSettings:
    """
    Attributes:
        sort_by (list[SortBy] | Unset):
    """

    sort_by: list[SortBy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        SortBy = _models.SortBy
        sort_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = []
            for sort_by_item_data in self.sort_by:
                sort_by_item = sort_by_item_data.to_dict()
                sort_by.append(sort_by_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sort_by is not UNSET:
            field_dict["sortBy"] = sort_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        SortBy = _models.SortBy
        d = dict(src_dict)
        _sort_by = d.pop("sortBy", UNSET)
        sort_by: list[SortBy] | Unset = UNSET
        if _sort_by is not UNSET:
            sort_by = []
            for sort_by_item_data in _sort_by:
                sort_by_item = SortBy.from_dict(sort_by_item_data)

                sort_by.append(sort_by_item)

        sort_settings = cls(
            sort_by=sort_by,
        )

        sort_settings.additional_properties = d
        return sort_settings

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
