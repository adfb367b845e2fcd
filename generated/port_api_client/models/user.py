from __future__ import annotations

import datetime
import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    UNSET,
    _absent,
    _all_instances,
    _datetime_json,
    _parse_datetime,
    _present_repr,
    _record_datetimes,
)

if TYPE_CHECKING:
    from ..models.org import Org
    from ..models.org_member import OrgMember
    from ..models.role import Role


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        email (str):
        first_name (str | None):
        last_name (str | None):
        picture (str | None):
        status (str | None):
        id (str | None):
        type_ (str | None):
        providers (list[str] | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        orgs (list[Org] | None):
        teams (list[str] | None):
        roles (list[Role] | None):
        org_members (list[OrgMember] | None):
        terms_accepted (bool | None):
        managed_by_scim (bool | None):
        teams_identifiers (list[str] | None):
    """

    email: str
    first_name: str | None = None
    last_name: str | None = None
    picture: str | None = None
    status: str | None = None
    id: str | None = None
    type_: str | None = None
    providers: list[str] | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    orgs: list[Org] | None = None
    teams: list[str] | None = None
    roles: list[Role] | None = None
    org_members: list[OrgMember] | None = None
    terms_accepted: bool | None = None
    managed_by_scim: bool | None = None
    teams_identifiers: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "email": lambda v: isinstance(v, str),
        "firstName": lambda v: isinstance(v, str),
        "lastName": lambda v: isinstance(v, str),
        "picture": lambda v: isinstance(v, str),
        "status": lambda v: isinstance(v, str),
        "id": lambda v: isinstance(v, str),
        "type": lambda v: isinstance(v, str),
        "providers": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "createdAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "updatedAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "orgs": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "teams": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "roles": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "orgMembers": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "termsAccepted": lambda v: isinstance(v, bool),
        "managedByScim": lambda v: isinstance(v, bool),
        "teamsIdentifiers": lambda v: (
            isinstance(v, list) and all(isinstance(item1, str) for item1 in v)
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "email": "email",
        "first_name": "firstName",
        "last_name": "lastName",
        "picture": "picture",
        "status": "status",
        "id": "id",
        "type_": "type",
        "providers": "providers",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "orgs": "orgs",
        "teams": "teams",
        "roles": "roles",
        "org_members": "orgMembers",
        "terms_accepted": "termsAccepted",
        "managed_by_scim": "managedByScim",
        "teams_identifiers": "teamsIdentifiers",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    if not TYPE_CHECKING:  # mypy keeps reporting misspelled attributes

        def __getattr__(self, name: str) -> Any:
            # Only reached for a promised field missing from Port's answer (or a wrong name).
            raise _absent(self, name)

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
        _email = getattr(self, "email", UNSET)
        if _email is not UNSET:
            field_dict["email"] = _email

        if self.first_name is not None:
            field_dict["firstName"] = self.first_name
        elif self._nulls and "firstName" in self._nulls:
            field_dict["firstName"] = None

        if self.last_name is not None:
            field_dict["lastName"] = self.last_name
        elif self._nulls and "lastName" in self._nulls:
            field_dict["lastName"] = None

        if self.picture is not None:
            field_dict["picture"] = self.picture
        elif self._nulls and "picture" in self._nulls:
            field_dict["picture"] = None

        if self.status is not None:
            field_dict["status"] = self.status
        elif self._nulls and "status" in self._nulls:
            field_dict["status"] = None

        if self.id is not None:
            field_dict["id"] = self.id
        elif self._nulls and "id" in self._nulls:
            field_dict["id"] = None

        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif self._nulls and "type" in self._nulls:
            field_dict["type"] = None

        if self.providers is not None:
            field_dict["providers"] = self.providers
        elif self._nulls and "providers" in self._nulls:
            field_dict["providers"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = _datetime_json(self.created_at, self._datetime_texts)
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = _datetime_json(self.updated_at, self._datetime_texts)
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        if self.orgs is not None:
            field_dict["orgs"] = [item0.to_dict() for item0 in self.orgs]
        elif self._nulls and "orgs" in self._nulls:
            field_dict["orgs"] = None

        if self.teams is not None:
            field_dict["teams"] = self.teams
        elif self._nulls and "teams" in self._nulls:
            field_dict["teams"] = None

        if self.roles is not None:
            field_dict["roles"] = [item0.to_dict() for item0 in self.roles]
        elif self._nulls and "roles" in self._nulls:
            field_dict["roles"] = None

        if self.org_members is not None:
            field_dict["orgMembers"] = [item0.to_dict() for item0 in self.org_members]
        elif self._nulls and "orgMembers" in self._nulls:
            field_dict["orgMembers"] = None

        if self.terms_accepted is not None:
            field_dict["termsAccepted"] = self.terms_accepted
        elif self._nulls and "termsAccepted" in self._nulls:
            field_dict["termsAccepted"] = None

        if self.managed_by_scim is not None:
            field_dict["managedByScim"] = self.managed_by_scim
        elif self._nulls and "managedByScim" in self._nulls:
            field_dict["managedByScim"] = None

        if self.teams_identifiers is not None:
            field_dict["teamsIdentifiers"] = self.teams_identifiers
        elif self._nulls and "teamsIdentifiers" in self._nulls:
            field_dict["teamsIdentifiers"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None, or absent), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        absent: tuple[str, ...] = ()
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        email = d.pop("email", UNSET)
        if not isinstance(email, str):
            if email is not UNSET:
                d["email"] = email
            absent += ("email",)

        first_name = d.pop("firstName", None)
        if first_name is None:
            if "firstName" in src_dict:
                nulls += ("firstName",)
        elif not isinstance(first_name, str):
            d["firstName"] = first_name
            first_name = None

        last_name = d.pop("lastName", None)
        if last_name is None:
            if "lastName" in src_dict:
                nulls += ("lastName",)
        elif not isinstance(last_name, str):
            d["lastName"] = last_name
            last_name = None

        picture = d.pop("picture", None)
        if picture is None:
            if "picture" in src_dict:
                nulls += ("picture",)
        elif not isinstance(picture, str):
            d["picture"] = picture
            picture = None

        status = d.pop("status", None)
        if status is None:
            if "status" in src_dict:
                nulls += ("status",)
        elif not isinstance(status, str):
            d["status"] = status
            status = None

        id = d.pop("id", None)
        if id is None:
            if "id" in src_dict:
                nulls += ("id",)
        elif not isinstance(id, str):
            d["id"] = id
            id = None

        type_ = d.pop("type", None)
        if type_ is None:
            if "type" in src_dict:
                nulls += ("type",)
        elif not isinstance(type_, str):
            d["type"] = type_
            type_ = None

        providers = d.pop("providers", None)
        if providers is None:
            if "providers" in src_dict:
                nulls += ("providers",)
        elif not (isinstance(providers, list) and _all_instances(providers, str)):
            d["providers"] = providers
            providers = None

        _created_at = d.pop("createdAt", None)
        created_at: Any = None
        if _created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        else:
            created_at = _parse_datetime(_created_at, _isoparse)
            if created_at is UNSET:
                d["createdAt"] = _created_at
                created_at = None
            else:
                _record_datetimes(datetime_texts, created_at, _created_at)

        _updated_at = d.pop("updatedAt", None)
        updated_at: Any = None
        if _updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        else:
            updated_at = _parse_datetime(_updated_at, _isoparse)
            if updated_at is UNSET:
                d["updatedAt"] = _updated_at
                updated_at = None
            else:
                _record_datetimes(datetime_texts, updated_at, _updated_at)

        _orgs = d.pop("orgs", None)
        orgs: Any = None
        if _orgs is None:
            if "orgs" in src_dict:
                nulls += ("orgs",)
        elif isinstance(_orgs, list) and _all_instances(_orgs, dict):
            orgs = [_lazy_models.Org.from_dict(item0) for item0 in _orgs]
        else:
            d["orgs"] = _orgs

        teams = d.pop("teams", None)
        if teams is None:
            if "teams" in src_dict:
                nulls += ("teams",)
        elif not (isinstance(teams, list) and _all_instances(teams, str)):
            d["teams"] = teams
            teams = None

        _roles = d.pop("roles", None)
        roles: Any = None
        if _roles is None:
            if "roles" in src_dict:
                nulls += ("roles",)
        elif isinstance(_roles, list) and _all_instances(_roles, dict):
            roles = [_lazy_models.Role.from_dict(item0) for item0 in _roles]
        else:
            d["roles"] = _roles

        _org_members = d.pop("orgMembers", None)
        org_members: Any = None
        if _org_members is None:
            if "orgMembers" in src_dict:
                nulls += ("orgMembers",)
        elif isinstance(_org_members, list) and _all_instances(_org_members, dict):
            org_members = [_lazy_models.OrgMember.from_dict(item0) for item0 in _org_members]
        else:
            d["orgMembers"] = _org_members

        terms_accepted = d.pop("termsAccepted", None)
        if terms_accepted is None:
            if "termsAccepted" in src_dict:
                nulls += ("termsAccepted",)
        elif not isinstance(terms_accepted, bool):
            d["termsAccepted"] = terms_accepted
            terms_accepted = None

        managed_by_scim = d.pop("managedByScim", None)
        if managed_by_scim is None:
            if "managedByScim" in src_dict:
                nulls += ("managedByScim",)
        elif not isinstance(managed_by_scim, bool):
            d["managedByScim"] = managed_by_scim
            managed_by_scim = None

        teams_identifiers = d.pop("teamsIdentifiers", None)
        if teams_identifiers is None:
            if "teamsIdentifiers" in src_dict:
                nulls += ("teamsIdentifiers",)
        elif not (isinstance(teams_identifiers, list) and _all_instances(teams_identifiers, str)):
            d["teamsIdentifiers"] = teams_identifiers
            teams_identifiers = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        user = cls.__new__(cls)
        user.email = email
        user.first_name = first_name
        user.last_name = last_name
        user.picture = picture
        user.status = status
        user.id = id
        user.type_ = type_
        user.providers = providers
        user.created_at = created_at
        user.updated_at = updated_at
        user.orgs = orgs
        user.teams = teams
        user.roles = roles
        user.org_members = org_members
        user.terms_accepted = terms_accepted
        user.managed_by_scim = managed_by_scim
        user.teams_identifiers = teams_identifiers
        user.additional_properties = d
        user._datetime_texts = datetime_texts or None
        user._nulls = nulls
        for name in absent:
            object.__delattr__(user, name)
        return user

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
