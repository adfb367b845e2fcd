from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_summary import TeamSummary


T = TypeVar("T", bound="TeamResponse")


@_attrs_define
class TeamResponse:
    """
    Attributes:
        ok (bool | Unset):
        team (TeamSummary | Unset):
    """

    ok: bool | Unset = UNSET
    team: TeamSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        TeamSummary = _models.TeamSummary
        ok = self.ok

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if team is not UNSET:
            field_dict["team"] = team

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        TeamSummary = _models.TeamSummary
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        _team = d.pop("team", UNSET)
        team: TeamSummary | Unset
        if isinstance(_team, Unset):
            team = UNSET
        else:
            team = TeamSummary.from_dict(_team)

        team_response = cls(
            ok=ok,
            team=team,
        )

        team_response.additional_properties = d
        return team_response

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
