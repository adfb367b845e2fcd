from __future__ import annotations

import datetime
import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.port_agent_streamer_name import PortAgentStreamerName
from ..models.support_user_permission import SupportUserPermission
from ..models.support_user_ttl import SupportUserTtl
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _datetime_json,
    _parse_datetime,
    _present_repr,
    _record_datetimes,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "hiddenBlueprints": lambda v: (
            isinstance(v, list) and all(isinstance(item1, str) for item1 in v)
        ),
        "federatedLogout": lambda v: isinstance(v, bool),
        "portalIcon": lambda v: isinstance(v, str),
        "portalTitle": lambda v: isinstance(v, str),
        "supportUserPermission": lambda v: (
            isinstance(v, str)
            and v
            in (
                "OPT_OUT",
                "OPT_IN",
            )
        ),
        "supportUserTTL": lambda v: (
            isinstance(v, str)
            and v
            in (
                "ONE_DAY",
                "ONE_WEEK",
                "ONE_MONTH",
                "FOREVER",
            )
        ),
        "supportUserExpiresAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "portAgentStreamerName": lambda v: (
            isinstance(v, str)
            and v
            in (
                "KAFKA",
                "POLLING",
            )
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "hidden_blueprints": "hiddenBlueprints",
        "federated_logout": "federatedLogout",
        "portal_icon": "portalIcon",
        "portal_title": "portalTitle",
        "support_user_permission": "supportUserPermission",
        "support_user_ttl": "supportUserTTL",
        "support_user_expires_at": "supportUserExpiresAt",
        "port_agent_streamer_name": "portAgentStreamerName",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    # The text each date-time was read from: to_dict() writes an unchanged one back as it came.
    _datetime_texts: dict[int, tuple[datetime.datetime, str]] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.hidden_blueprints is not UNSET:
            field_dict["hiddenBlueprints"] = self.hidden_blueprints

        if self.federated_logout is not UNSET:
            field_dict["federatedLogout"] = self.federated_logout

        if self.portal_icon is not UNSET:
            field_dict["portalIcon"] = self.portal_icon

        if self.portal_title is not UNSET:
            field_dict["portalTitle"] = self.portal_title

        if not isinstance(self.support_user_permission, Unset):
            field_dict["supportUserPermission"] = self.support_user_permission.value

        if not isinstance(self.support_user_ttl, Unset):
            field_dict["supportUserTTL"] = self.support_user_ttl.value

        if not isinstance(self.support_user_expires_at, Unset):
            field_dict["supportUserExpiresAt"] = _datetime_json(
                self.support_user_expires_at, self._datetime_texts
            )

        if not isinstance(self.port_agent_streamer_name, Unset):
            field_dict["portAgentStreamerName"] = self.port_agent_streamer_name.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        hidden_blueprints = d.pop("hiddenBlueprints", UNSET)
        if (
            not (isinstance(hidden_blueprints, list) and _all_instances(hidden_blueprints, str))
            and hidden_blueprints is not UNSET
        ):
            d["hiddenBlueprints"] = hidden_blueprints
            hidden_blueprints = UNSET

        federated_logout = d.pop("federatedLogout", UNSET)
        if not isinstance(federated_logout, bool) and federated_logout is not UNSET:
            d["federatedLogout"] = federated_logout
            federated_logout = UNSET

        portal_icon = d.pop("portalIcon", UNSET)
        if not isinstance(portal_icon, str) and portal_icon is not UNSET:
            d["portalIcon"] = portal_icon
            portal_icon = UNSET

        portal_title = d.pop("portalTitle", UNSET)
        if not isinstance(portal_title, str) and portal_title is not UNSET:
            d["portalTitle"] = portal_title
            portal_title = UNSET

        _support_user_permission = d.pop("supportUserPermission", UNSET)
        support_user_permission: SupportUserPermission | Unset = UNSET
        if isinstance(_support_user_permission, str):
            support_user_permission = SupportUserPermission(_support_user_permission)
        elif _support_user_permission is not UNSET:
            d["supportUserPermission"] = _support_user_permission

        _support_user_ttl = d.pop("supportUserTTL", UNSET)
        support_user_ttl: SupportUserTtl | Unset = UNSET
        if isinstance(_support_user_ttl, str):
            support_user_ttl = SupportUserTtl(_support_user_ttl)
        elif _support_user_ttl is not UNSET:
            d["supportUserTTL"] = _support_user_ttl

        _support_user_expires_at = d.pop("supportUserExpiresAt", UNSET)
        support_user_expires_at: datetime.datetime | Unset = UNSET
        if _support_user_expires_at is not UNSET:
            support_user_expires_at = _parse_datetime(_support_user_expires_at, _isoparse)
            if support_user_expires_at is UNSET:
                d["supportUserExpiresAt"] = _support_user_expires_at
            else:
                _record_datetimes(datetime_texts, support_user_expires_at, _support_user_expires_at)

        _port_agent_streamer_name = d.pop("portAgentStreamerName", UNSET)
        port_agent_streamer_name: PortAgentStreamerName | Unset = UNSET
        if isinstance(_port_agent_streamer_name, str):
            port_agent_streamer_name = PortAgentStreamerName(_port_agent_streamer_name)
        elif _port_agent_streamer_name is not UNSET:
            d["portAgentStreamerName"] = _port_agent_streamer_name

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
        if datetime_texts:
            update_organization_body_settings._datetime_texts = datetime_texts
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
