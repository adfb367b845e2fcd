from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_entities_body import SearchEntitiesBody


T = TypeVar("T", bound="EntitiesRead")


@_attrs_define
class EntitiesRead:
    """
    Attributes:
        users (list[str] | Unset):
        teams (list[str] | Unset):
        roles (list[str] | Unset):
        owned_by_team (bool | Unset):
        policy (SearchEntitiesBody | Unset):
    """

    users: list[str] | Unset = UNSET
    teams: list[str] | Unset = UNSET
    roles: list[str] | Unset = UNSET
    owned_by_team: bool | Unset = UNSET
    policy: SearchEntitiesBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        SearchEntitiesBody = _models.SearchEntitiesBody
        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        teams: list[str] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = self.teams

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        owned_by_team = self.owned_by_team

        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if teams is not UNSET:
            field_dict["teams"] = teams
        if roles is not UNSET:
            field_dict["roles"] = roles
        if owned_by_team is not UNSET:
            field_dict["ownedByTeam"] = owned_by_team
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        SearchEntitiesBody = _models.SearchEntitiesBody
        d = dict(src_dict)
        users = cast(list[str], d.pop("users", UNSET))

        teams = cast(list[str], d.pop("teams", UNSET))

        roles = cast(list[str], d.pop("roles", UNSET))

        owned_by_team = d.pop("ownedByTeam", UNSET)

        _policy = d.pop("policy", UNSET)
        policy: SearchEntitiesBody | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = SearchEntitiesBody.from_dict(_policy)

        entities_read = cls(
            users=users,
            teams=teams,
            roles=roles,
            owned_by_team=owned_by_team,
            policy=policy,
        )

        entities_read.additional_properties = d
        return entities_read

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
