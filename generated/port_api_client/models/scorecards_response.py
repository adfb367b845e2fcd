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
    from ..models.scorecard import Scorecard


T = TypeVar("T", bound="ScorecardsResponse")


@_attrs_define
class ScorecardsResponse:
    """
    Attributes:
        ok (bool | Unset):
        scorecards (list[Scorecard] | Unset):
    """

    ok: bool | Unset = UNSET
    scorecards: list[Scorecard] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Scorecard = _models.Scorecard
        ok = self.ok

        scorecards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scorecards, Unset):
            scorecards = []
            for scorecards_item_data in self.scorecards:
                scorecards_item = scorecards_item_data.to_dict()
                scorecards.append(scorecards_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if scorecards is not UNSET:
            field_dict["scorecards"] = scorecards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Scorecard = _models.Scorecard
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        _scorecards = d.pop("scorecards", UNSET)
        scorecards: list[Scorecard] | Unset = UNSET
        if _scorecards is not UNSET:
            scorecards = []
            for scorecards_item_data in _scorecards:
                scorecards_item = Scorecard.from_dict(scorecards_item_data)

                scorecards.append(scorecards_item)

        scorecards_response = cls(
            ok=ok,
            scorecards=scorecards,
        )

        scorecards_response.additional_properties = d
        return scorecards_response

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
