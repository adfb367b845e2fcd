from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org import Org
    from ..models.org_member import OrgMember
    from ..models.role import Role


T = TypeVar("T", bound="ListUsersResponseUser")


@_attrs_define
class ListUsersResponseUser:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Org = _models.Org
        OrgMember = _models.OrgMember
        Role = _models.Role
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        picture = self.picture

        status = self.status

        id = self.id

        type_ = self.type_

        providers: list[str] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = self.providers

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        orgs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orgs, Unset):
            orgs = []
            for orgs_item_data in self.orgs:
                orgs_item = orgs_item_data.to_dict()
                orgs.append(orgs_item)

        teams: list[str] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = self.teams

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        org_members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.org_members, Unset):
            org_members = []
            for org_members_item_data in self.org_members:
                org_members_item = org_members_item_data.to_dict()
                org_members.append(org_members_item)

        terms_accepted = self.terms_accepted

        managed_by_scim = self.managed_by_scim

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if status is not UNSET:
            field_dict["status"] = status
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if providers is not UNSET:
            field_dict["providers"] = providers
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if orgs is not UNSET:
            field_dict["orgs"] = orgs
        if teams is not UNSET:
            field_dict["teams"] = teams
        if roles is not UNSET:
            field_dict["roles"] = roles
        if org_members is not UNSET:
            field_dict["orgMembers"] = org_members
        if terms_accepted is not UNSET:
            field_dict["termsAccepted"] = terms_accepted
        if managed_by_scim is not UNSET:
            field_dict["managedByScim"] = managed_by_scim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Org = _models.Org
        OrgMember = _models.OrgMember
        Role = _models.Role
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        picture = d.pop("picture", UNSET)

        status = d.pop("status", UNSET)

        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        providers = cast(list[str], d.pop("providers", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _isoparse(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _isoparse(_updated_at)

        _orgs = d.pop("orgs", UNSET)
        orgs: list[Org] | Unset = UNSET
        if _orgs is not UNSET:
            orgs = []
            for orgs_item_data in _orgs:
                orgs_item = Org.from_dict(orgs_item_data)

                orgs.append(orgs_item)

        teams = cast(list[str], d.pop("teams", UNSET))

        _roles = d.pop("roles", UNSET)
        roles: list[Role] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = Role.from_dict(roles_item_data)

                roles.append(roles_item)

        _org_members = d.pop("orgMembers", UNSET)
        org_members: list[OrgMember] | Unset = UNSET
        if _org_members is not UNSET:
            org_members = []
            for org_members_item_data in _org_members:
                org_members_item = OrgMember.from_dict(org_members_item_data)

                org_members.append(org_members_item)

        terms_accepted = d.pop("termsAccepted", UNSET)

        managed_by_scim = d.pop("managedByScim", UNSET)

        list_users_response_user = cls(
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
        )

        list_users_response_user.additional_properties = d
        return list_users_response_user

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
