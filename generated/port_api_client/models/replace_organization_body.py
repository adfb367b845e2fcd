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
    _unfit,
)

if TYPE_CHECKING:
    from ..models.announcement import Announcement
    from ..models.settings import Settings


T = TypeVar("T", bound="ReplaceOrganizationBody")


@_attrs_define
class ReplaceOrganizationBody:
    """
    Attributes:
        name (str):
        settings (Settings | Unset):
        announcement (Announcement | Unset):
    """

    name: str
    settings: Settings | Unset = UNSET
    announcement: Announcement | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "name": lambda v: isinstance(v, str),
        "settings": lambda v: isinstance(v, dict),
        "announcement": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "settings": "settings",
        "announcement": "announcement",
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
        field_dict["name"] = self.name

        if not isinstance(self.settings, Unset):
            field_dict["settings"] = self.settings.to_dict()

        if not isinstance(self.announcement, Unset):
            field_dict["announcement"] = self.announcement.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        _name = d.pop("name")
        if not isinstance(_name, str):
            raise _unfit(cls, "name", _name)
        name: str = _name

        _settings = d.pop("settings", UNSET)
        settings: Settings | Unset = UNSET
        if isinstance(_settings, dict):
            settings = _lazy_models.Settings.from_dict(_settings)
        elif _settings is not UNSET:
            d["settings"] = _settings

        _announcement = d.pop("announcement", UNSET)
        announcement: Announcement | Unset = UNSET
        if isinstance(_announcement, dict):
            announcement = _lazy_models.Announcement.from_dict(_announcement)
        elif _announcement is not UNSET:
            d["announcement"] = _announcement

        replace_organization_body = cls(
            name=name,
            settings=settings,
            announcement=announcement,
        )
        replace_organization_body.additional_properties = d
        return replace_organization_body

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
