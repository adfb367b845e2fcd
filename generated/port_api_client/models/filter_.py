from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.combinator import Combinator
from ..types import (
    UNSET,
    Unset,
    _fit,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.property_between_condition import PropertyBetweenCondition
    from ..models.property_comparison import PropertyComparison
    from ..models.property_contains_any_condition import PropertyContainsAnyCondition
    from ..models.property_empty_condition import PropertyEmptyCondition
    from ..models.relation_comparison import RelationComparison
    from ..models.relation_contains_any_condition import RelationContainsAnyCondition
    from ..models.relation_empty_condition import RelationEmptyCondition


T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter:
    """
    Attributes:
        combinator (Combinator):
        conditions (list[PropertyBetweenCondition | PropertyComparison | PropertyContainsAnyCondition |
            PropertyEmptyCondition | RelationComparison | RelationContainsAnyCondition | RelationEmptyCondition]):
    """

    combinator: Combinator
    conditions: list[
        PropertyBetweenCondition
        | PropertyComparison
        | PropertyContainsAnyCondition
        | PropertyEmptyCondition
        | RelationComparison
        | RelationContainsAnyCondition
        | RelationEmptyCondition
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "combinator": lambda v: (
            isinstance(v, str)
            and v
            in (
                "and",
                "or",
            )
        ),
        "conditions": lambda v: (
            isinstance(v, list) and all((isinstance(item1, dict)) for item1 in v)
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "combinator": "combinator",
        "conditions": "conditions",
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
        field_dict["combinator"] = self.combinator.value

        field_dict["conditions"] = [
            (
                item0.to_dict()
                if isinstance(item0, _lazy_models.PropertyBetweenCondition)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.PropertyContainsAnyCondition)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.RelationContainsAnyCondition)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.PropertyComparison)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.RelationComparison)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.PropertyEmptyCondition)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.RelationEmptyCondition)
                else item0
            )
            for item0 in self.conditions
        ]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        _combinator = d.pop("combinator")
        if not isinstance(_combinator, str):
            raise _unfit(cls, "combinator", _combinator)
        combinator: Combinator = Combinator(_combinator)

        _conditions = d.pop("conditions")
        if not (
            isinstance(_conditions, list)
            and all((isinstance(item0, dict)) for item0 in _conditions)
        ):
            raise _unfit(cls, "conditions", _conditions)
        conditions: list[
            PropertyBetweenCondition
            | PropertyComparison
            | PropertyContainsAnyCondition
            | PropertyEmptyCondition
            | RelationComparison
            | RelationContainsAnyCondition
            | RelationEmptyCondition
        ] = [_parse_conditions_item(item0) for item0 in _conditions]

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        filter_ = cls.__new__(cls)
        filter_.combinator = combinator
        filter_.conditions = conditions
        filter_.additional_properties = d
        return filter_

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


def _parse_conditions_item(
    data: Any,
) -> (
    PropertyBetweenCondition
    | PropertyComparison
    | PropertyContainsAnyCondition
    | PropertyEmptyCondition
    | RelationComparison
    | RelationContainsAnyCondition
    | RelationEmptyCondition
    | Unset
):
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.PropertyBetweenCondition._json_checks),
            _fit(data, _lazy_models.PropertyContainsAnyCondition._json_checks),
            _fit(data, _lazy_models.RelationContainsAnyCondition._json_checks),
            _fit(data, _lazy_models.PropertyComparison._json_checks),
            _fit(data, _lazy_models.RelationComparison._json_checks),
            _fit(data, _lazy_models.PropertyEmptyCondition._json_checks),
            _fit(data, _lazy_models.RelationEmptyCondition._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.PropertyBetweenCondition.from_dict(data)
        if fits[1] == best:
            return _lazy_models.PropertyContainsAnyCondition.from_dict(data)
        if fits[2] == best:
            return _lazy_models.RelationContainsAnyCondition.from_dict(data)
        if fits[3] == best:
            return _lazy_models.PropertyComparison.from_dict(data)
        if fits[4] == best:
            return _lazy_models.RelationComparison.from_dict(data)
        if fits[5] == best:
            return _lazy_models.PropertyEmptyCondition.from_dict(data)
        return _lazy_models.RelationEmptyCondition.from_dict(data)
    return UNSET
