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
        hidden_blueprints (list[str] | None):
        federated_logout (bool | None):
        portal_icon (str | None):
        portal_title (str | None):
        support_user_permission (SupportUserPermission | None):
        support_user_ttl (SupportUserTtl | None):
        support_user_expires_at (datetime.datetime | None):
        port_agent_streamer_name (PortAgentStreamerName | None):
    """

    hidden_blueprints: list[str] | None = None
    federated_logout: bool | None = None
    portal_icon: str | None = None
    portal_title: str | None = None
    support_user_permission: SupportUserPermission | None = None
    support_user_ttl: SupportUserTtl | None = None
    support_user_expires_at: datetime.datetime | None = None
    port_agent_streamer_name: PortAgentStreamerName | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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
        if self.hidden_blueprints is not None:
            field_dict["hiddenBlueprints"] = self.hidden_blueprints
        elif self._nulls and "hiddenBlueprints" in self._nulls:
            field_dict["hiddenBlueprints"] = None

        if self.federated_logout is not None:
            field_dict["federatedLogout"] = self.federated_logout
        elif self._nulls and "federatedLogout" in self._nulls:
            field_dict["federatedLogout"] = None

        if self.portal_icon is not None:
            field_dict["portalIcon"] = self.portal_icon
        elif self._nulls and "portalIcon" in self._nulls:
            field_dict["portalIcon"] = None

        if self.portal_title is not None:
            field_dict["portalTitle"] = self.portal_title
        elif self._nulls and "portalTitle" in self._nulls:
            field_dict["portalTitle"] = None

        if self.support_user_permission is not None:
            field_dict["supportUserPermission"] = self.support_user_permission.value
        elif self._nulls and "supportUserPermission" in self._nulls:
            field_dict["supportUserPermission"] = None

        if self.support_user_ttl is not None:
            field_dict["supportUserTTL"] = self.support_user_ttl.value
        elif self._nulls and "supportUserTTL" in self._nulls:
            field_dict["supportUserTTL"] = None

        if self.support_user_expires_at is not None:
            field_dict["supportUserExpiresAt"] = _datetime_json(
                self.support_user_expires_at, self._datetime_texts
            )
        elif self._nulls and "supportUserExpiresAt" in self._nulls:
            field_dict["supportUserExpiresAt"] = None

        if self.port_agent_streamer_name is not None:
            field_dict["portAgentStreamerName"] = self.port_agent_streamer_name.value
        elif self._nulls and "portAgentStreamerName" in self._nulls:
            field_dict["portAgentStreamerName"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        hidden_blueprints = d.pop("hiddenBlueprints", None)
        if hidden_blueprints is None:
            if "hiddenBlueprints" in src_dict:
                nulls += ("hiddenBlueprints",)
        elif not (isinstance(hidden_blueprints, list) and _all_instances(hidden_blueprints, str)):
            d["hiddenBlueprints"] = hidden_blueprints
            hidden_blueprints = None

        federated_logout = d.pop("federatedLogout", None)
        if federated_logout is None:
            if "federatedLogout" in src_dict:
                nulls += ("federatedLogout",)
        elif not isinstance(federated_logout, bool):
            d["federatedLogout"] = federated_logout
            federated_logout = None

        portal_icon = d.pop("portalIcon", None)
        if portal_icon is None:
            if "portalIcon" in src_dict:
                nulls += ("portalIcon",)
        elif not isinstance(portal_icon, str):
            d["portalIcon"] = portal_icon
            portal_icon = None

        portal_title = d.pop("portalTitle", None)
        if portal_title is None:
            if "portalTitle" in src_dict:
                nulls += ("portalTitle",)
        elif not isinstance(portal_title, str):
            d["portalTitle"] = portal_title
            portal_title = None

        _support_user_permission = d.pop("supportUserPermission", None)
        support_user_permission: Any = None
        if _support_user_permission is None:
            if "supportUserPermission" in src_dict:
                nulls += ("supportUserPermission",)
        elif isinstance(_support_user_permission, str):
            support_user_permission = SupportUserPermission(_support_user_permission)
        else:
            d["supportUserPermission"] = _support_user_permission

        _support_user_ttl = d.pop("supportUserTTL", None)
        support_user_ttl: Any = None
        if _support_user_ttl is None:
            if "supportUserTTL" in src_dict:
                nulls += ("supportUserTTL",)
        elif isinstance(_support_user_ttl, str):
            support_user_ttl = SupportUserTtl(_support_user_ttl)
        else:
            d["supportUserTTL"] = _support_user_ttl

        _support_user_expires_at = d.pop("supportUserExpiresAt", None)
        support_user_expires_at: Any = None
        if _support_user_expires_at is None:
            if "supportUserExpiresAt" in src_dict:
                nulls += ("supportUserExpiresAt",)
        else:
            support_user_expires_at = _parse_datetime(_support_user_expires_at, _isoparse)
            if support_user_expires_at is UNSET:
                d["supportUserExpiresAt"] = _support_user_expires_at
                support_user_expires_at = None
            else:
                _record_datetimes(datetime_texts, support_user_expires_at, _support_user_expires_at)

        _port_agent_streamer_name = d.pop("portAgentStreamerName", None)
        port_agent_streamer_name: Any = None
        if _port_agent_streamer_name is None:
            if "portAgentStreamerName" in src_dict:
                nulls += ("portAgentStreamerName",)
        elif isinstance(_port_agent_streamer_name, str):
            port_agent_streamer_name = PortAgentStreamerName(_port_agent_streamer_name)
        else:
            d["portAgentStreamerName"] = _port_agent_streamer_name

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        update_organization_body_settings = cls.__new__(cls)
        update_organization_body_settings.hidden_blueprints = hidden_blueprints
        update_organization_body_settings.federated_logout = federated_logout
        update_organization_body_settings.portal_icon = portal_icon
        update_organization_body_settings.portal_title = portal_title
        update_organization_body_settings.support_user_permission = support_user_permission
        update_organization_body_settings.support_user_ttl = support_user_ttl
        update_organization_body_settings.support_user_expires_at = support_user_expires_at
        update_organization_body_settings.port_agent_streamer_name = port_agent_streamer_name
        update_organization_body_settings.additional_properties = d
        update_organization_body_settings._datetime_texts = datetime_texts or None
        update_organization_body_settings._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
