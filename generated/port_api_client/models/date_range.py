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

T = TypeVar("T", bound="DateRange")


@_attrs_define
class DateRange:
    """
    Attributes:
        from_ (datetime.datetime | None):
        to (datetime.datetime | None):
    """

    from_: datetime.datetime | None = None
    to: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "from": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "to": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
    }

    _json_names: ClassVar[dict[str, str]] = {
        "from_": "from",
        "to": "to",
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
        if self.from_ is not None:
            field_dict["from"] = _datetime_json(self.from_, self._datetime_texts)
        elif self._nulls and "from" in self._nulls:
            field_dict["from"] = None

        if self.to is not None:
            field_dict["to"] = _datetime_json(self.to, self._datetime_texts)
        elif self._nulls and "to" in self._nulls:
            field_dict["to"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        _from_ = d.pop("from", None)
        from_: Any = None
        if _from_ is None:
            if "from" in src_dict:
                nulls += ("from",)
        else:
            from_ = _parse_datetime(_from_, _isoparse)
            if from_ is UNSET:
                d["from"] = _from_
                from_ = None
            else:
                _record_datetimes(datetime_texts, from_, _from_)

        _to = d.pop("to", None)
        to: Any = None
        if _to is None:
            if "to" in src_dict:
                nulls += ("to",)
        else:
            to = _parse_datetime(_to, _isoparse)
            if to is UNSET:
                d["to"] = _to
                to = None
            else:
                _record_datetimes(datetime_texts, to, _to)

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        date_range = cls.__new__(cls)
        date_range.from_ = from_
        date_range.to = to
        date_range.additional_properties = d
        date_range._datetime_texts = datetime_texts or None
        date_range._nulls = nulls
        return date_range

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
