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

T = TypeVar("T", bound="Resync")


@_attrs_define
class Resync:
    """
    Attributes:
        duration_seconds (float | None):
        success (float | None):
    """

    duration_seconds: float | None = None
    success: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "duration_seconds": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "success": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "duration_seconds": "duration_seconds",
        "success": "success",
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
        if self.duration_seconds is not None:
            field_dict["duration_seconds"] = self.duration_seconds
        elif self._nulls and "duration_seconds" in self._nulls:
            field_dict["duration_seconds"] = None

        if self.success is not None:
            field_dict["success"] = self.success
        elif self._nulls and "success" in self._nulls:
            field_dict["success"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        duration_seconds = d.pop("duration_seconds", None)
        if duration_seconds is None:
            if "duration_seconds" in src_dict:
                nulls += ("duration_seconds",)
        elif not (
            isinstance(duration_seconds, (int, float)) and not isinstance(duration_seconds, bool)
        ):
            d["duration_seconds"] = duration_seconds
            duration_seconds = None

        success = d.pop("success", None)
        if success is None:
            if "success" in src_dict:
                nulls += ("success",)
        elif not (isinstance(success, (int, float)) and not isinstance(success, bool)):
            d["success"] = success
            success = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        resync = cls.__new__(cls)
        resync.duration_seconds = duration_seconds
        resync.success = success
        resync.additional_properties = d
        resync._nulls = nulls
        return resync

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
