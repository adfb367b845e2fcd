from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        Announcement = _models.Announcement
        Settings = _models.Settings
        name = self.name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        announcement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.announcement, Unset):
            announcement = self.announcement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings
        if announcement is not UNSET:
            field_dict["announcement"] = announcement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Announcement = _models.Announcement
        Settings = _models.Settings
        d = dict(src_dict)
        name = d.pop("name")

        _settings = d.pop("settings", UNSET)
        settings: Settings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = Settings.from_dict(_settings)

        _announcement = d.pop("announcement", UNSET)
        announcement: Announcement | Unset
        if isinstance(_announcement, Unset):
            announcement = UNSET
        else:
            announcement = Announcement.from_dict(_announcement)

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
