from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "users": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "roles": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "teams": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "ownedByTeam": lambda v: isinstance(v, bool),
        "policy": lambda v: isinstance(v, dict) or (v is None),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "users": "users",
        "roles": "roles",
        "teams": "teams",
        "owned_by_team": "ownedByTeam",
        "policy": "policy",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.users is not UNSET:
            field_dict["users"] = self.users

        if self.roles is not UNSET:
            field_dict["roles"] = self.roles

        if self.teams is not UNSET:
            field_dict["teams"] = self.teams

        if self.owned_by_team is not UNSET:
            field_dict["ownedByTeam"] = self.owned_by_team

        if not isinstance(self.policy, Unset):
            field_dict["policy"] = (
                self.policy.to_dict()
                if isinstance(self.policy, _lazy_models.Policy)
                else self.policy
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        users = d.pop("users", UNSET)
        if not (isinstance(users, list) and _all_instances(users, str)) and users is not UNSET:
            d["users"] = users
            users = UNSET

        roles = d.pop("roles", UNSET)
        if not (isinstance(roles, list) and _all_instances(roles, str)) and roles is not UNSET:
            d["roles"] = roles
            roles = UNSET

        teams = d.pop("teams", UNSET)
        if not (isinstance(teams, list) and _all_instances(teams, str)) and teams is not UNSET:
            d["teams"] = teams
            teams = UNSET

        owned_by_team = d.pop("ownedByTeam", UNSET)
        if not isinstance(owned_by_team, bool) and owned_by_team is not UNSET:
            d["ownedByTeam"] = owned_by_team
            owned_by_team = UNSET

        _policy = d.pop("policy", UNSET)
        policy: None | Policy | Unset = UNSET
        if _policy is not UNSET:
            policy = _parse_policy(_policy)
            if policy is UNSET:
                d["policy"] = _policy

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


def _parse_policy(data: Any) -> None | Policy | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if data is None:
        return data
    if isinstance(data, dict):
        return _lazy_models.Policy.from_dict(data)
    return UNSET
