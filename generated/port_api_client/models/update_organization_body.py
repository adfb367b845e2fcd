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
    from ..models.tool_selection_provisioning import ToolSelectionProvisioning
    from ..models.update_organization_body_announcement import UpdateOrganizationBodyAnnouncement
    from ..models.update_organization_body_settings import UpdateOrganizationBodySettings


T = TypeVar("T", bound="UpdateOrganizationBody")


@_attrs_define
class UpdateOrganizationBody:
    """
    Attributes:
        name (str | Unset):
        settings (UpdateOrganizationBodySettings | Unset):
        is_onboarded (bool | Unset):
        tool_selection_provisioning (ToolSelectionProvisioning | Unset):
        announcement (UpdateOrganizationBodyAnnouncement | Unset):
    """

    name: str | Unset = UNSET
    settings: UpdateOrganizationBodySettings | Unset = UNSET
    is_onboarded: bool | Unset = UNSET
    tool_selection_provisioning: ToolSelectionProvisioning | Unset = UNSET
    announcement: UpdateOrganizationBodyAnnouncement | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ToolSelectionProvisioning = _models.ToolSelectionProvisioning
        UpdateOrganizationBodyAnnouncement = _models.UpdateOrganizationBodyAnnouncement
        UpdateOrganizationBodySettings = _models.UpdateOrganizationBodySettings
        name = self.name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        is_onboarded = self.is_onboarded

        tool_selection_provisioning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_selection_provisioning, Unset):
            tool_selection_provisioning = self.tool_selection_provisioning.to_dict()

        announcement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.announcement, Unset):
            announcement = self.announcement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if settings is not UNSET:
            field_dict["settings"] = settings
        if is_onboarded is not UNSET:
            field_dict["isOnboarded"] = is_onboarded
        if tool_selection_provisioning is not UNSET:
            field_dict["toolSelectionProvisioning"] = tool_selection_provisioning
        if announcement is not UNSET:
            field_dict["announcement"] = announcement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ToolSelectionProvisioning = _models.ToolSelectionProvisioning
        UpdateOrganizationBodyAnnouncement = _models.UpdateOrganizationBodyAnnouncement
        UpdateOrganizationBodySettings = _models.UpdateOrganizationBodySettings
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: UpdateOrganizationBodySettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UpdateOrganizationBodySettings.from_dict(_settings)

        is_onboarded = d.pop("isOnboarded", UNSET)

        _tool_selection_provisioning = d.pop("toolSelectionProvisioning", UNSET)
        tool_selection_provisioning: ToolSelectionProvisioning | Unset
        if isinstance(_tool_selection_provisioning, Unset):
            tool_selection_provisioning = UNSET
        else:
            tool_selection_provisioning = ToolSelectionProvisioning.from_dict(
                _tool_selection_provisioning
            )

        _announcement = d.pop("announcement", UNSET)
        announcement: UpdateOrganizationBodyAnnouncement | Unset
        if isinstance(_announcement, Unset):
            announcement = UNSET
        else:
            announcement = UpdateOrganizationBodyAnnouncement.from_dict(_announcement)

        update_organization_body = cls(
            name=name,
            settings=settings,
            is_onboarded=is_onboarded,
            tool_selection_provisioning=tool_selection_provisioning,
            announcement=announcement,
        )

        update_organization_body.additional_properties = d
        return update_organization_body

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
