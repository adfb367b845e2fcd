from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Settings")


@_attrs_define
class Settings:
    """
    Attributes:
        hidden_blueprints (list[str] | Unset):
        federated_logout (bool | Unset):
        portal_icon (str | Unset):
        portal_title (str | Unset):
    """

    hidden_blueprints: list[str] | Unset = UNSET
    federated_logout: bool | Unset = UNSET
    portal_icon: str | Unset = UNSET
    portal_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hidden_blueprints: list[str] | Unset = UNSET
        if not isinstance(self.hidden_blueprints, Unset):
            hidden_blueprints = self.hidden_blueprints

        federated_logout = self.federated_logout

        portal_icon = self.portal_icon

        portal_title = self.portal_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hidden_blueprints is not UNSET:
            field_dict["hiddenBlueprints"] = hidden_blueprints
        if federated_logout is not UNSET:
            field_dict["federatedLogout"] = federated_logout
        if portal_icon is not UNSET:
            field_dict["portalIcon"] = portal_icon
        if portal_title is not UNSET:
            field_dict["portalTitle"] = portal_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hidden_blueprints = cast(list[str], d.pop("hiddenBlueprints", UNSET))

        federated_logout = d.pop("federatedLogout", UNSET)

        portal_icon = d.pop("portalIcon", UNSET)

        portal_title = d.pop("portalTitle", UNSET)

        settings = cls(
            hidden_blueprints=hidden_blueprints,
            federated_logout=federated_logout,
            portal_icon=portal_icon,
            portal_title=portal_title,
        )

        settings.additional_properties = d
        return settings

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
