from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.user_info_literal import UserInfoLiteral
from ..types import (
    _present_repr,
    _unfit,
)

T = TypeVar("T", bound="UserInfoWidget")


@_attrs_define
class UserInfoWidget:
    """
    Attributes:
        type_ (UserInfoLiteral):
        user_email (str):
        id (str | None):
        updated_at (str | None):
        updated_by (str | None):
        created_at (str | None):
        created_by (str | None):
        title (str | None):
    """

    type_: UserInfoLiteral
    user_email: str
    id: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None
    created_at: str | None = None
    created_by: str | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("user-info",),
        "user_email": lambda v: isinstance(v, str),
        "id": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "user_email": "user_email",
        "id": "id",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "title": "title",
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
        field_dict["type"] = self.type_.value

        field_dict["user_email"] = self.user_email

        if self.id is not None:
            field_dict["id"] = self.id
        elif self._nulls and "id" in self._nulls:
            field_dict["id"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by
        elif self._nulls and "updatedBy" in self._nulls:
            field_dict["updatedBy"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        elif self._nulls and "createdBy" in self._nulls:
            field_dict["createdBy"] = None

        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: UserInfoLiteral = UserInfoLiteral(_type_)

        _user_email = d.pop("user_email")
        if not isinstance(_user_email, str):
            raise _unfit(cls, "user_email", _user_email)
        user_email: str = _user_email

        id = d.pop("id", None)
        if id is None:
            if "id" in src_dict:
                nulls += ("id",)
        elif not isinstance(id, str):
            d["id"] = id
            id = None

        updated_at = d.pop("updatedAt", None)
        if updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        elif not isinstance(updated_at, str):
            d["updatedAt"] = updated_at
            updated_at = None

        updated_by = d.pop("updatedBy", None)
        if updated_by is None:
            if "updatedBy" in src_dict:
                nulls += ("updatedBy",)
        elif not isinstance(updated_by, str):
            d["updatedBy"] = updated_by
            updated_by = None

        created_at = d.pop("createdAt", None)
        if created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        elif not isinstance(created_at, str):
            d["createdAt"] = created_at
            created_at = None

        created_by = d.pop("createdBy", None)
        if created_by is None:
            if "createdBy" in src_dict:
                nulls += ("createdBy",)
        elif not isinstance(created_by, str):
            d["createdBy"] = created_by
            created_by = None

        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        user_info_widget = cls.__new__(cls)
        user_info_widget.type_ = type_
        user_info_widget.user_email = user_email
        user_info_widget.id = id
        user_info_widget.updated_at = updated_at
        user_info_widget.updated_by = updated_by
        user_info_widget.created_at = created_at
        user_info_widget.created_by = created_by
        user_info_widget.title = title
        user_info_widget.additional_properties = d
        user_info_widget._nulls = nulls
        return user_info_widget

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
