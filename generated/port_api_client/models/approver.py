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

T = TypeVar("T", bound="Approver")


@_attrs_define
class Approver:
    """
    Attributes:
        user_id (str | None):
        state (str | None):
        description (None | str):
    """

    user_id: str | None = None
    state: str | None = None
    description: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "userId": lambda v: isinstance(v, str),
        "state": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str) or (v is None),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "user_id": "userId",
        "state": "state",
        "description": "description",
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
        if self.user_id is not None:
            field_dict["userId"] = self.user_id
        elif self._nulls and "userId" in self._nulls:
            field_dict["userId"] = None

        if self.state is not None:
            field_dict["state"] = self.state
        elif self._nulls and "state" in self._nulls:
            field_dict["state"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        user_id = d.pop("userId", None)
        if user_id is None:
            if "userId" in src_dict:
                nulls += ("userId",)
        elif not isinstance(user_id, str):
            d["userId"] = user_id
            user_id = None

        state = d.pop("state", None)
        if state is None:
            if "state" in src_dict:
                nulls += ("state",)
        elif not isinstance(state, str):
            d["state"] = state
            state = None

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not (isinstance(description, str) or (description is None)):
            d["description"] = description
            description = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        approver = cls.__new__(cls)
        approver.user_id = user_id
        approver.state = state
        approver.description = description
        approver.additional_properties = d
        approver._nulls = nulls
        return approver

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
