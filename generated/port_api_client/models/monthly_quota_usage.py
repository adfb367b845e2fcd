from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..types import (
    _present_repr,
)

T = TypeVar("T", bound="MonthlyQuotaUsage")


@_attrs_define
class MonthlyQuotaUsage:
    """
    Attributes:
        monthly_limit (float | None):
        remaining_quota (float | None):
        month (str | None):
        remaining_time_ms (float | None):
    """

    monthly_limit: float | None = None
    remaining_quota: float | None = None
    month: str | None = None
    remaining_time_ms: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "monthlyLimit": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "remainingQuota": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "month": lambda v: isinstance(v, str),
        "remainingTimeMs": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "monthly_limit": "monthlyLimit",
        "remaining_quota": "remainingQuota",
        "month": "month",
        "remaining_time_ms": "remainingTimeMs",
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
        if self.monthly_limit is not None:
            field_dict["monthlyLimit"] = self.monthly_limit
        elif self._nulls and "monthlyLimit" in self._nulls:
            field_dict["monthlyLimit"] = None

        if self.remaining_quota is not None:
            field_dict["remainingQuota"] = self.remaining_quota
        elif self._nulls and "remainingQuota" in self._nulls:
            field_dict["remainingQuota"] = None

        if self.month is not None:
            field_dict["month"] = self.month
        elif self._nulls and "month" in self._nulls:
            field_dict["month"] = None

        if self.remaining_time_ms is not None:
            field_dict["remainingTimeMs"] = self.remaining_time_ms
        elif self._nulls and "remainingTimeMs" in self._nulls:
            field_dict["remainingTimeMs"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        monthly_limit = d.pop("monthlyLimit", None)
        if monthly_limit is None:
            if "monthlyLimit" in src_dict:
                nulls += ("monthlyLimit",)
        elif not (isinstance(monthly_limit, (int, float)) and not isinstance(monthly_limit, bool)):
            d["monthlyLimit"] = monthly_limit
            monthly_limit = None

        remaining_quota = d.pop("remainingQuota", None)
        if remaining_quota is None:
            if "remainingQuota" in src_dict:
                nulls += ("remainingQuota",)
        elif not (
            isinstance(remaining_quota, (int, float)) and not isinstance(remaining_quota, bool)
        ):
            d["remainingQuota"] = remaining_quota
            remaining_quota = None

        month = d.pop("month", None)
        if month is None:
            if "month" in src_dict:
                nulls += ("month",)
        elif not isinstance(month, str):
            d["month"] = month
            month = None

        remaining_time_ms = d.pop("remainingTimeMs", None)
        if remaining_time_ms is None:
            if "remainingTimeMs" in src_dict:
                nulls += ("remainingTimeMs",)
        elif not (
            isinstance(remaining_time_ms, (int, float)) and not isinstance(remaining_time_ms, bool)
        ):
            d["remainingTimeMs"] = remaining_time_ms
            remaining_time_ms = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        monthly_quota_usage = cls.__new__(cls)
        monthly_quota_usage.monthly_limit = monthly_limit
        monthly_quota_usage.remaining_quota = remaining_quota
        monthly_quota_usage.month = month
        monthly_quota_usage.remaining_time_ms = remaining_time_ms
        monthly_quota_usage.additional_properties = d
        monthly_quota_usage._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
