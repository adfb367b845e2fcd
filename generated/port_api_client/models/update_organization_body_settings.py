from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

from ..models.port_agent_streamer_name import PortAgentStreamerName
from ..models.support_user_permission import SupportUserPermission
from ..models.support_user_ttl import SupportUserTtl
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOrganizationBodySettings")


@_attrs_define
class UpdateOrganizationBodySettings:
    """
    Attributes:
        hidden_blueprints (list[str] | Unset):
        federated_logout (bool | Unset):
        portal_icon (str | Unset):
        portal_title (str | Unset):
        support_user_permission (SupportUserPermission | Unset):
        support_user_ttl (SupportUserTtl | Unset):
        support_user_expires_at (datetime.datetime | Unset):
        port_agent_streamer_name (PortAgentStreamerName | Unset):
    """

    hidden_blueprints: list[str] | Unset = UNSET
    federated_logout: bool | Unset = UNSET
    portal_icon: str | Unset = UNSET
    portal_title: str | Unset = UNSET
    support_user_permission: SupportUserPermission | Unset = UNSET
    support_user_ttl: SupportUserTtl | Unset = UNSET
    support_user_expires_at: datetime.datetime | Unset = UNSET
    port_agent_streamer_name: PortAgentStreamerName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hidden_blueprints: list[str] | Unset = UNSET
        if not isinstance(self.hidden_blueprints, Unset):
            hidden_blueprints = self.hidden_blueprints

        federated_logout = self.federated_logout

        portal_icon = self.portal_icon

        portal_title = self.portal_title

        support_user_permission: str | Unset = UNSET
        if not isinstance(self.support_user_permission, Unset):
            support_user_permission = self.support_user_permission.value

        support_user_ttl: str | Unset = UNSET
        if not isinstance(self.support_user_ttl, Unset):
            support_user_ttl = self.support_user_ttl.value

        support_user_expires_at: str | Unset = UNSET
        if not isinstance(self.support_user_expires_at, Unset):
            support_user_expires_at = self.support_user_expires_at.isoformat()

        port_agent_streamer_name: str | Unset = UNSET
        if not isinstance(self.port_agent_streamer_name, Unset):
            port_agent_streamer_name = self.port_agent_streamer_name.value

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
        if support_user_permission is not UNSET:
            field_dict["supportUserPermission"] = support_user_permission
        if support_user_ttl is not UNSET:
            field_dict["supportUserTTL"] = support_user_ttl
        if support_user_expires_at is not UNSET:
            field_dict["supportUserExpiresAt"] = support_user_expires_at
        if port_agent_streamer_name is not UNSET:
            field_dict["portAgentStreamerName"] = port_agent_streamer_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hidden_blueprints = cast(list[str], d.pop("hiddenBlueprints", UNSET))

        federated_logout = d.pop("federatedLogout", UNSET)

        portal_icon = d.pop("portalIcon", UNSET)

        portal_title = d.pop("portalTitle", UNSET)

        _support_user_permission = d.pop("supportUserPermission", UNSET)
        support_user_permission: SupportUserPermission | Unset
        if isinstance(_support_user_permission, Unset):
            support_user_permission = UNSET
        else:
            support_user_permission = SupportUserPermission(_support_user_permission)

        _support_user_ttl = d.pop("supportUserTTL", UNSET)
        support_user_ttl: SupportUserTtl | Unset
        if isinstance(_support_user_ttl, Unset):
            support_user_ttl = UNSET
        else:
            support_user_ttl = SupportUserTtl(_support_user_ttl)

        _support_user_expires_at = d.pop("supportUserExpiresAt", UNSET)
        support_user_expires_at: datetime.datetime | Unset
        if isinstance(_support_user_expires_at, Unset):
            support_user_expires_at = UNSET
        else:
            support_user_expires_at = _isoparse(_support_user_expires_at)

        _port_agent_streamer_name = d.pop("portAgentStreamerName", UNSET)
        port_agent_streamer_name: PortAgentStreamerName | Unset
        if isinstance(_port_agent_streamer_name, Unset):
            port_agent_streamer_name = UNSET
        else:
            port_agent_streamer_name = PortAgentStreamerName(_port_agent_streamer_name)

        update_organization_body_settings = cls(
            hidden_blueprints=hidden_blueprints,
            federated_logout=federated_logout,
            portal_icon=portal_icon,
            portal_title=portal_title,
            support_user_permission=support_user_permission,
            support_user_ttl=support_user_ttl,
            support_user_expires_at=support_user_expires_at,
            port_agent_streamer_name=port_agent_streamer_name,
        )

        update_organization_body_settings.additional_properties = d
        return update_organization_body_settings

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
