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

T = TypeVar("T", bound="TeamUser")


@_attrs_define
class TeamUser:
    """
    Attributes:
        email (str | None):
        first_name (str | None):
        last_name (str | None):
        picture (str | None):
        status (str | None):
    """

    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    picture: str | None = None
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "email": lambda v: isinstance(v, str),
        "firstName": lambda v: isinstance(v, str),
        "lastName": lambda v: isinstance(v, str),
        "picture": lambda v: isinstance(v, str),
        "status": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "email": "email",
        "first_name": "firstName",
        "last_name": "lastName",
        "picture": "picture",
        "status": "status",
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
        if self.email is not None:
            field_dict["email"] = self.email
        elif self._nulls and "email" in self._nulls:
            field_dict["email"] = None

        if self.first_name is not None:
            field_dict["firstName"] = self.first_name
        elif self._nulls and "firstName" in self._nulls:
            field_dict["firstName"] = None

        if self.last_name is not None:
            field_dict["lastName"] = self.last_name
        elif self._nulls and "lastName" in self._nulls:
            field_dict["lastName"] = None

        if self.picture is not None:
            field_dict["picture"] = self.picture
        elif self._nulls and "picture" in self._nulls:
            field_dict["picture"] = None

        if self.status is not None:
            field_dict["status"] = self.status
        elif self._nulls and "status" in self._nulls:
            field_dict["status"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        email = d.pop("email", None)
        if email is None:
            if "email" in src_dict:
                nulls += ("email",)
        elif not isinstance(email, str):
            d["email"] = email
            email = None

        first_name = d.pop("firstName", None)
        if first_name is None:
            if "firstName" in src_dict:
                nulls += ("firstName",)
        elif not isinstance(first_name, str):
            d["firstName"] = first_name
            first_name = None

        last_name = d.pop("lastName", None)
        if last_name is None:
            if "lastName" in src_dict:
                nulls += ("lastName",)
        elif not isinstance(last_name, str):
            d["lastName"] = last_name
            last_name = None

        picture = d.pop("picture", None)
        if picture is None:
            if "picture" in src_dict:
                nulls += ("picture",)
        elif not isinstance(picture, str):
            d["picture"] = picture
            picture = None

        status = d.pop("status", None)
        if status is None:
            if "status" in src_dict:
                nulls += ("status",)
        elif not isinstance(status, str):
            d["status"] = status
            status = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        team_user = cls.__new__(cls)
        team_user.email = email
        team_user.first_name = first_name
        team_user.last_name = last_name
        team_user.picture = picture
        team_user.status = status
        team_user.additional_properties = d
        team_user._nulls = nulls
        return team_user

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
