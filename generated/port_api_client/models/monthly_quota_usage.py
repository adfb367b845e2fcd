from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonthlyQuotaUsage")


@_attrs_define
class MonthlyQuotaUsage:
    """
    Attributes:
        monthly_limit (float | Unset):
        remaining_quota (float | Unset):
        month (str | Unset):
        remaining_time_ms (float | Unset):
    """

    monthly_limit: float | Unset = UNSET
    remaining_quota: float | Unset = UNSET
    month: str | Unset = UNSET
    remaining_time_ms: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monthly_limit = self.monthly_limit

        remaining_quota = self.remaining_quota

        month = self.month

        remaining_time_ms = self.remaining_time_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if monthly_limit is not UNSET:
            field_dict["monthlyLimit"] = monthly_limit
        if remaining_quota is not UNSET:
            field_dict["remainingQuota"] = remaining_quota
        if month is not UNSET:
            field_dict["month"] = month
        if remaining_time_ms is not UNSET:
            field_dict["remainingTimeMs"] = remaining_time_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        monthly_limit = d.pop("monthlyLimit", UNSET)

        remaining_quota = d.pop("remainingQuota", UNSET)

        month = d.pop("month", UNSET)

        remaining_time_ms = d.pop("remainingTimeMs", UNSET)

        monthly_quota_usage = cls(
            monthly_limit=monthly_limit,
            remaining_quota=remaining_quota,
            month=month,
            remaining_time_ms=remaining_time_ms,
        )

        monthly_quota_usage.additional_properties = d
        return monthly_quota_usage

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
