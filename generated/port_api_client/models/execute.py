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
    from ..models.policy import Policy


T = TypeVar("T", bound="Execute")


@_attrs_define
class Execute:
    """
    Attributes:
        users (list[str] | Unset):
        roles (list[str] | Unset):
        teams (list[str] | Unset):
        owned_by_team (bool | Unset):
        policy (None | Policy | Unset):
    """

    users: list[str] | Unset = UNSET
    roles: list[str] | Unset = UNSET
    teams: list[str] | Unset = UNSET
    owned_by_team: bool | Unset = UNSET
    policy: None | Policy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Policy = _models.Policy
        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        teams: list[str] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = self.teams

        owned_by_team = self.owned_by_team

        policy: dict[str, Any] | None | Unset
        if isinstance(self.policy, Unset):
            policy = UNSET
        elif isinstance(self.policy, Policy):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if roles is not UNSET:
            field_dict["roles"] = roles
        if teams is not UNSET:
            field_dict["teams"] = teams
        if owned_by_team is not UNSET:
            field_dict["ownedByTeam"] = owned_by_team
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Policy = _models.Policy
        d = dict(src_dict)
        users = cast(list[str], d.pop("users", UNSET))

        roles = cast(list[str], d.pop("roles", UNSET))

        teams = cast(list[str], d.pop("teams", UNSET))

        owned_by_team = d.pop("ownedByTeam", UNSET)

        def _parse_policy(data: object) -> None | Policy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                policy_type_0 = Policy.from_dict(data)

                return policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Policy | Unset, data)

        policy = _parse_policy(d.pop("policy", UNSET))

        execute = cls(
            users=users,
            roles=roles,
            teams=teams,
            owned_by_team=owned_by_team,
            policy=policy,
        )

        execute.additional_properties = d
        return execute

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
