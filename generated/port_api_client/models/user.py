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
    Unset,
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
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        picture (str | Unset):
        status (str | Unset):
        id (str | Unset):
        type_ (str | Unset):
        providers (list[str] | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        orgs (list[Org] | Unset):
        teams (list[str] | Unset):
        roles (list[Role] | Unset):
        org_members (list[OrgMember] | Unset):
        terms_accepted (bool | Unset):
        managed_by_scim (bool | Unset):
        teams_identifiers (list[str] | Unset):
    """

    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    picture: str | Unset = UNSET
    status: str | Unset = UNSET
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    providers: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    orgs: list[Org] | Unset = UNSET
    teams: list[str] | Unset = UNSET
    roles: list[Role] | Unset = UNSET
    org_members: list[OrgMember] | Unset = UNSET
    terms_accepted: bool | Unset = UNSET
    managed_by_scim: bool | Unset = UNSET
    teams_identifiers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.email is not UNSET:
            field_dict["email"] = self.email

        if self.first_name is not UNSET:
            field_dict["firstName"] = self.first_name

        if self.last_name is not UNSET:
            field_dict["lastName"] = self.last_name

        if self.picture is not UNSET:
            field_dict["picture"] = self.picture

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.providers is not UNSET:
            field_dict["providers"] = self.providers

        if not isinstance(self.created_at, Unset):
            field_dict["createdAt"] = _datetime_json(self.created_at, self._datetime_texts)

        if not isinstance(self.updated_at, Unset):
            field_dict["updatedAt"] = _datetime_json(self.updated_at, self._datetime_texts)

        if not isinstance(self.orgs, Unset):
            field_dict["orgs"] = [item0.to_dict() for item0 in self.orgs]

        if self.teams is not UNSET:
            field_dict["teams"] = self.teams

        if not isinstance(self.roles, Unset):
            field_dict["roles"] = [item0.to_dict() for item0 in self.roles]

        if not isinstance(self.org_members, Unset):
            field_dict["orgMembers"] = [item0.to_dict() for item0 in self.org_members]

        if self.terms_accepted is not UNSET:
            field_dict["termsAccepted"] = self.terms_accepted

        if self.managed_by_scim is not UNSET:
            field_dict["managedByScim"] = self.managed_by_scim

        if self.teams_identifiers is not UNSET:
            field_dict["teamsIdentifiers"] = self.teams_identifiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        email = d.pop("email", UNSET)
        if not isinstance(email, str) and email is not UNSET:
            d["email"] = email
            email = UNSET

        first_name = d.pop("firstName", UNSET)
        if not isinstance(first_name, str) and first_name is not UNSET:
            d["firstName"] = first_name
            first_name = UNSET

        last_name = d.pop("lastName", UNSET)
        if not isinstance(last_name, str) and last_name is not UNSET:
            d["lastName"] = last_name
            last_name = UNSET

        picture = d.pop("picture", UNSET)
        if not isinstance(picture, str) and picture is not UNSET:
            d["picture"] = picture
            picture = UNSET

        status = d.pop("status", UNSET)
        if not isinstance(status, str) and status is not UNSET:
            d["status"] = status
            status = UNSET

        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            d["id"] = id
            id = UNSET

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str) and type_ is not UNSET:
            d["type"] = type_
            type_ = UNSET

        providers = d.pop("providers", UNSET)
        if (
            not (isinstance(providers, list) and _all_instances(providers, str))
            and providers is not UNSET
        ):
            d["providers"] = providers
            providers = UNSET

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            created_at = _parse_datetime(_created_at, _isoparse)
            if created_at is UNSET:
                d["createdAt"] = _created_at
            else:
                _record_datetimes(datetime_texts, created_at, _created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            updated_at = _parse_datetime(_updated_at, _isoparse)
            if updated_at is UNSET:
                d["updatedAt"] = _updated_at
            else:
                _record_datetimes(datetime_texts, updated_at, _updated_at)

        _orgs = d.pop("orgs", UNSET)
        orgs: list[Org] | Unset = UNSET
        if isinstance(_orgs, list) and _all_instances(_orgs, dict):
            orgs = [_lazy_models.Org.from_dict(item0) for item0 in _orgs]
        elif _orgs is not UNSET:
            d["orgs"] = _orgs

        teams = d.pop("teams", UNSET)
        if not (isinstance(teams, list) and _all_instances(teams, str)) and teams is not UNSET:
            d["teams"] = teams
            teams = UNSET

        _roles = d.pop("roles", UNSET)
        roles: list[Role] | Unset = UNSET
        if isinstance(_roles, list) and _all_instances(_roles, dict):
            roles = [_lazy_models.Role.from_dict(item0) for item0 in _roles]
        elif _roles is not UNSET:
            d["roles"] = _roles

        _org_members = d.pop("orgMembers", UNSET)
        org_members: list[OrgMember] | Unset = UNSET
        if isinstance(_org_members, list) and _all_instances(_org_members, dict):
            org_members = [_lazy_models.OrgMember.from_dict(item0) for item0 in _org_members]
        elif _org_members is not UNSET:
            d["orgMembers"] = _org_members

        terms_accepted = d.pop("termsAccepted", UNSET)
        if not isinstance(terms_accepted, bool) and terms_accepted is not UNSET:
            d["termsAccepted"] = terms_accepted
            terms_accepted = UNSET

        managed_by_scim = d.pop("managedByScim", UNSET)
        if not isinstance(managed_by_scim, bool) and managed_by_scim is not UNSET:
            d["managedByScim"] = managed_by_scim
            managed_by_scim = UNSET

        teams_identifiers = d.pop("teamsIdentifiers", UNSET)
        if (
            not (isinstance(teams_identifiers, list) and _all_instances(teams_identifiers, str))
            and teams_identifiers is not UNSET
        ):
            d["teamsIdentifiers"] = teams_identifiers
            teams_identifiers = UNSET

        user = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            picture=picture,
            status=status,
            id=id,
            type_=type_,
            providers=providers,
            created_at=created_at,
            updated_at=updated_at,
            orgs=orgs,
            teams=teams,
            roles=roles,
            org_members=org_members,
            terms_accepted=terms_accepted,
            managed_by_scim=managed_by_scim,
            teams_identifiers=teams_identifiers,
        )
        user.additional_properties = d
        if datetime_texts:
            user._datetime_texts = datetime_texts
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
