from __future__ import annotations

import datetime
import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..types import (
    UNSET,
    _datetime_json,
    _parse_datetime,
    _present_repr,
    _record_datetimes,
)

T = TypeVar("T", bound="OrgMember")


@_attrs_define
class OrgMember:
    """
    Attributes:
        org_id (str | None):
        status (str | None):
        last_login_at (datetime.datetime | None):
    """

    org_id: str | None = None
    status: str | None = None
    last_login_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "orgId": lambda v: isinstance(v, str),
        "status": lambda v: isinstance(v, str),
        "lastLoginAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
    }

    _json_names: ClassVar[dict[str, str]] = {
        "org_id": "orgId",
        "status": "status",
        "last_login_at": "lastLoginAt",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    # The text each date-time was read from: to_dict() writes an unchanged one back as it came.
    _datetime_texts: dict[int, tuple[datetime.datetime, str]] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.org_id is not None:
            field_dict["orgId"] = self.org_id
        elif self._nulls and "orgId" in self._nulls:
            field_dict["orgId"] = None

        if self.status is not None:
            field_dict["status"] = self.status
        elif self._nulls and "status" in self._nulls:
            field_dict["status"] = None

        if self.last_login_at is not None:
            field_dict["lastLoginAt"] = _datetime_json(self.last_login_at, self._datetime_texts)
        elif self._nulls and "lastLoginAt" in self._nulls:
            field_dict["lastLoginAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        org_id = d.pop("orgId", None)
        if org_id is None:
            if "orgId" in src_dict:
                nulls += ("orgId",)
        elif not isinstance(org_id, str):
            d["orgId"] = org_id
            org_id = None

        status = d.pop("status", None)
        if status is None:
            if "status" in src_dict:
                nulls += ("status",)
        elif not isinstance(status, str):
            d["status"] = status
            status = None

        _last_login_at = d.pop("lastLoginAt", None)
        last_login_at: Any = None
        if _last_login_at is None:
            if "lastLoginAt" in src_dict:
                nulls += ("lastLoginAt",)
        else:
            last_login_at = _parse_datetime(_last_login_at, _isoparse)
            if last_login_at is UNSET:
                d["lastLoginAt"] = _last_login_at
                last_login_at = None
            else:
                _record_datetimes(datetime_texts, last_login_at, _last_login_at)

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        org_member = cls.__new__(cls)
        org_member.org_id = org_id
        org_member.status = status
        org_member.last_login_at = last_login_at
        org_member.additional_properties = d
        org_member._datetime_texts = datetime_texts or None
        org_member._nulls = nulls
        return org_member

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
