from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEntityPropertiesHistoryResponseResult")


@_attrs_define
class GetEntityPropertiesHistoryResponseResult:
    """
    Attributes:
        min_date (float | Unset):
        max_date (float | Unset):
        data (list[float] | Unset):
    """

    min_date: float | Unset = UNSET
    max_date: float | Unset = UNSET
    data: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_date = self.min_date

        max_date = self.max_date

        data: list[float] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_date is not UNSET:
            field_dict["minDate"] = min_date
        if max_date is not UNSET:
            field_dict["maxDate"] = max_date
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_date = d.pop("minDate", UNSET)

        max_date = d.pop("maxDate", UNSET)

        data = cast(list[float], d.pop("data", UNSET))

        get_entity_properties_history_response_result = cls(
            min_date=min_date,
            max_date=max_date,
            data=data,
        )

        get_entity_properties_history_response_result.additional_properties = d
        return get_entity_properties_history_response_result

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
