from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..types import (
    UNSET,
    Unset,
    _present_repr,
)

T = TypeVar("T", bound="TeamUser")


@_attrs_define
class TeamUser:
    """
    Attributes:
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        picture (str | Unset):
        status (str | Unset):
    """

    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    picture: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.email is not UNSET:
            field_dict["email"] = self.email

        if self.first_name is not UNSET:
            field_dict["firstName"] = self.first_name

        if self.last_name is not UNSET:
            field_dict["lastName"] = self.last_name

        if self.picture is not UNSET:
            field_dict["picture"] = self.picture

        if self.status is not UNSET:
            field_dict["status"] = self.status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        email = d.pop("email", UNSET)
        if not isinstance(email, str) and email is not UNSET:
            d["email"] = email
            email = UNSET

        first_name = d.pop("firstName", UNSET)
        if not isinstance(first_name, str) and first_name is not UNSET:
            d["firstName"] = first_name
            first_name = UNSET

        last_name = d.pop("lastName", UNSET)
        if not isinstance(last_name, str) and last_name is not UNSET:
            d["lastName"] = last_name
            last_name = UNSET

        picture = d.pop("picture", UNSET)
        if not isinstance(picture, str) and picture is not UNSET:
            d["picture"] = picture
            picture = UNSET

        status = d.pop("status", UNSET)
        if not isinstance(status, str) and status is not UNSET:
            d["status"] = status
            status = UNSET

        team_user = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            picture=picture,
            status=status,
        )
        team_user.additional_properties = d
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
