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
    _fit,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.accept_all_suggestions import AcceptAllSuggestions
    from ..models.accept_suggestion import AcceptSuggestion
    from ..models.reject_all_suggestions import RejectAllSuggestions
    from ..models.reject_suggestion import RejectSuggestion


T = TypeVar("T", bound="CreateAiEntitiesAutoDiscoveryReviewBody")


@_attrs_define
class CreateAiEntitiesAutoDiscoveryReviewBody:
    """
    Attributes:
        actions (list[AcceptSuggestion | RejectSuggestion] | None):
        bulk_action (AcceptAllSuggestions | RejectAllSuggestions | None):
    """

    actions: list[AcceptSuggestion | RejectSuggestion] | None = None
    bulk_action: AcceptAllSuggestions | RejectAllSuggestions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "actions": lambda v: isinstance(v, list) and all((isinstance(item1, dict)) for item1 in v),
        "bulkAction": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "actions": "actions",
        "bulk_action": "bulkAction",
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
        if self.actions is not None:
            field_dict["actions"] = [
                (
                    item0.to_dict()
                    if isinstance(item0, _lazy_models.AcceptSuggestion)
                    else item0.to_dict()
                    if isinstance(item0, _lazy_models.RejectSuggestion)
                    else item0
                )
                for item0 in self.actions
            ]
        elif self._nulls and "actions" in self._nulls:
            field_dict["actions"] = None

        if self.bulk_action is not None:
            field_dict["bulkAction"] = (
                self.bulk_action.to_dict()
                if isinstance(self.bulk_action, _lazy_models.AcceptAllSuggestions)
                else self.bulk_action.to_dict()
                if isinstance(self.bulk_action, _lazy_models.RejectAllSuggestions)
                else self.bulk_action
            )
        elif self._nulls and "bulkAction" in self._nulls:
            field_dict["bulkAction"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _actions = d.pop("actions", None)
        actions: Any = None
        if _actions is None:
            if "actions" in src_dict:
                nulls += ("actions",)
        elif isinstance(_actions, list) and all((isinstance(item0, dict)) for item0 in _actions):
            actions = [_parse_actions_item(item0) for item0 in _actions]
        else:
            d["actions"] = _actions

        _bulk_action = d.pop("bulkAction", None)
        bulk_action: Any = None
        if _bulk_action is None:
            if "bulkAction" in src_dict:
                nulls += ("bulkAction",)
        else:
            bulk_action = _parse_bulk_action(_bulk_action)
            if bulk_action is UNSET:
                d["bulkAction"] = _bulk_action
                bulk_action = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        create_ai_entities_auto_discovery_review_body = cls.__new__(cls)
        create_ai_entities_auto_discovery_review_body.actions = actions
        create_ai_entities_auto_discovery_review_body.bulk_action = bulk_action
        create_ai_entities_auto_discovery_review_body.additional_properties = d
        create_ai_entities_auto_discovery_review_body._nulls = nulls
        return create_ai_entities_auto_discovery_review_body

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


def _parse_actions_item(data: Any) -> AcceptSuggestion | RejectSuggestion | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.AcceptSuggestion._json_checks),
            _fit(data, _lazy_models.RejectSuggestion._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.AcceptSuggestion.from_dict(data)
        return _lazy_models.RejectSuggestion.from_dict(data)
    return UNSET


def _parse_bulk_action(data: Any) -> AcceptAllSuggestions | RejectAllSuggestions | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.AcceptAllSuggestions._json_checks),
            _fit(data, _lazy_models.RejectAllSuggestions._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.AcceptAllSuggestions.from_dict(data)
        return _lazy_models.RejectAllSuggestions.from_dict(data)
    return UNSET
