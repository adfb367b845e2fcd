from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """
    Attributes:
        id (str | None):
        name (str | None):
        settings (Properties | None):
        announcement (Properties | None):
        created_at (str | None):
        updated_at (str | None):
    """

    id: str | None = None
    name: str | None = None
    settings: Properties | None = None
    announcement: Properties | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "id": lambda v: isinstance(v, str),
        "name": lambda v: isinstance(v, str),
        "settings": lambda v: isinstance(v, dict),
        "announcement": lambda v: isinstance(v, dict),
        "createdAt": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "settings": "settings",
        "announcement": "announcement",
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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        elif self._nulls and "id" in self._nulls:
            field_dict["id"] = None

        if self.name is not None:
            field_dict["name"] = self.name
        elif self._nulls and "name" in self._nulls:
            field_dict["name"] = None

        if self.settings is not None:
            field_dict["settings"] = self.settings.to_dict()
        elif self._nulls and "settings" in self._nulls:
            field_dict["settings"] = None

        if self.announcement is not None:
            field_dict["announcement"] = self.announcement.to_dict()
        elif self._nulls and "announcement" in self._nulls:
            field_dict["announcement"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        id = d.pop("id", None)
        if id is None:
            if "id" in src_dict:
                nulls += ("id",)
        elif not isinstance(id, str):
            d["id"] = id
            id = None

        name = d.pop("name", None)
        if name is None:
            if "name" in src_dict:
                nulls += ("name",)
        elif not isinstance(name, str):
            d["name"] = name
            name = None

        _settings = d.pop("settings", None)
        settings: Any = None
        if _settings is None:
            if "settings" in src_dict:
                nulls += ("settings",)
        elif isinstance(_settings, dict):
            settings = _lazy_models.Properties.from_dict(_settings)
        else:
            d["settings"] = _settings

        _announcement = d.pop("announcement", None)
        announcement: Any = None
        if _announcement is None:
            if "announcement" in src_dict:
                nulls += ("announcement",)
        elif isinstance(_announcement, dict):
            announcement = _lazy_models.Properties.from_dict(_announcement)
        else:
            d["announcement"] = _announcement

        created_at = d.pop("createdAt", None)
        if created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        elif not isinstance(created_at, str):
            d["createdAt"] = created_at
            created_at = None

        updated_at = d.pop("updatedAt", None)
        if updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        elif not isinstance(updated_at, str):
            d["updatedAt"] = updated_at
            updated_at = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        organization = cls.__new__(cls)
        organization.id = id
        organization.name = name
        organization.settings = settings
        organization.announcement = announcement
        organization.created_at = created_at
        organization.updated_at = updated_at
        organization.additional_properties = d
        organization._nulls = nulls
        return organization

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
