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

T = TypeVar("T", bound="Secret")


@_attrs_define
class Secret:
    """
    Attributes:
        secret_name (str | None):
        description (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    secret_name: str | None = None
    description: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "secretName": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "createdAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "updatedAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
    }

    _json_names: ClassVar[dict[str, str]] = {
        "secret_name": "secretName",
        "description": "description",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
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
        if self.secret_name is not None:
            field_dict["secretName"] = self.secret_name
        elif self._nulls and "secretName" in self._nulls:
            field_dict["secretName"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = _datetime_json(self.created_at, self._datetime_texts)
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = _datetime_json(self.updated_at, self._datetime_texts)
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        secret_name = d.pop("secretName", None)
        if secret_name is None:
            if "secretName" in src_dict:
                nulls += ("secretName",)
        elif not isinstance(secret_name, str):
            d["secretName"] = secret_name
            secret_name = None

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not isinstance(description, str):
            d["description"] = description
            description = None

        _created_at = d.pop("createdAt", None)
        created_at: Any = None
        if _created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        else:
            created_at = _parse_datetime(_created_at, _isoparse)
            if created_at is UNSET:
                d["createdAt"] = _created_at
                created_at = None
            else:
                _record_datetimes(datetime_texts, created_at, _created_at)

        _updated_at = d.pop("updatedAt", None)
        updated_at: Any = None
        if _updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        else:
            updated_at = _parse_datetime(_updated_at, _isoparse)
            if updated_at is UNSET:
                d["updatedAt"] = _updated_at
                updated_at = None
            else:
                _record_datetimes(datetime_texts, updated_at, _updated_at)

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        secret = cls.__new__(cls)
        secret.secret_name = secret_name
        secret.description = description
        secret.created_at = created_at
        secret.updated_at = updated_at
        secret.additional_properties = d
        secret._datetime_texts = datetime_texts or None
        secret._nulls = nulls
        return secret

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
