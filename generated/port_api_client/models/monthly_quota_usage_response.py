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
    from ..models.monthly_quota_usage import MonthlyQuotaUsage


T = TypeVar("T", bound="MonthlyQuotaUsageResponse")


@_attrs_define
class MonthlyQuotaUsageResponse:
    """
    Attributes:
        ok (bool | Unset):
        monthly_quota_usage (MonthlyQuotaUsage | Unset):
    """

    ok: bool | Unset = UNSET
    monthly_quota_usage: MonthlyQuotaUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        MonthlyQuotaUsage = _models.MonthlyQuotaUsage
        ok = self.ok

        monthly_quota_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monthly_quota_usage, Unset):
            monthly_quota_usage = self.monthly_quota_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if monthly_quota_usage is not UNSET:
            field_dict["monthlyQuotaUsage"] = monthly_quota_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        MonthlyQuotaUsage = _models.MonthlyQuotaUsage
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        _monthly_quota_usage = d.pop("monthlyQuotaUsage", UNSET)
        monthly_quota_usage: MonthlyQuotaUsage | Unset
        if isinstance(_monthly_quota_usage, Unset):
            monthly_quota_usage = UNSET
        else:
            monthly_quota_usage = MonthlyQuotaUsage.from_dict(_monthly_quota_usage)

        monthly_quota_usage_response = cls(
            ok=ok,
            monthly_quota_usage=monthly_quota_usage,
        )

        monthly_quota_usage_response.additional_properties = d
        return monthly_quota_usage_response

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
