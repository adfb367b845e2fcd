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
    UNSET,
    Unset,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        settings (Properties | Unset):
        announcement (Properties | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    settings: Properties | Unset = UNSET
    announcement: Properties | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if not isinstance(self.settings, Unset):
            field_dict["settings"] = self.settings.to_dict()

        if not isinstance(self.announcement, Unset):
            field_dict["announcement"] = self.announcement.to_dict()

        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at

        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            d["id"] = id
            id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            d["name"] = name
            name = UNSET

        _settings = d.pop("settings", UNSET)
        settings: Properties | Unset = UNSET
        if isinstance(_settings, dict):
            settings = _lazy_models.Properties.from_dict(_settings)
        elif _settings is not UNSET:
            d["settings"] = _settings

        _announcement = d.pop("announcement", UNSET)
        announcement: Properties | Unset = UNSET
        if isinstance(_announcement, dict):
            announcement = _lazy_models.Properties.from_dict(_announcement)
        elif _announcement is not UNSET:
            d["announcement"] = _announcement

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, str) and created_at is not UNSET:
            d["createdAt"] = created_at
            created_at = UNSET

        updated_at = d.pop("updatedAt", UNSET)
        if not isinstance(updated_at, str) and updated_at is not UNSET:
            d["updatedAt"] = updated_at
            updated_at = UNSET

        organization = cls(
            id=id,
            name=name,
            settings=settings,
            announcement=announcement,
            created_at=created_at,
            updated_at=updated_at,
        )
        organization.additional_properties = d
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
