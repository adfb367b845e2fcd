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
)

if TYPE_CHECKING:
    from ..models.date_rule import DateRule
    from ..models.empty_rule import EmptyRule
    from ..models.expired_rule_expired_rule import ExpiredRuleExpiredRule
    from ..models.match_any_match_any_rule import MatchAnyMatchAnyRule
    from ..models.number_rule import NumberRule
    from ..models.property_schema_rule import PropertySchemaRule
    from ..models.relation_rule import RelationRule
    from ..models.string_rule_string_rule import StringRuleStringRule


T = TypeVar("T", bound="SearchEntitiesBody")


@_attrs_define
class SearchEntitiesBody:
    """
    Attributes:
        combinator (Combinator | None):
        rules (list[DateRule | EmptyRule | ExpiredRuleExpiredRule | MatchAnyMatchAnyRule | NumberRule |
            PropertySchemaRule | RelationRule | SearchEntitiesBody | StringRuleStringRule] | None):
    """

    combinator: Combinator | None = None
    rules: (
        list[
            DateRule
            | EmptyRule
            | ExpiredRuleExpiredRule
            | MatchAnyMatchAnyRule
            | NumberRule
            | PropertySchemaRule
            | RelationRule
            | SearchEntitiesBody
            | StringRuleStringRule
        ]
        | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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
        "rules": lambda v: isinstance(v, list) and all((isinstance(item1, dict)) for item1 in v),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "combinator": "combinator",
        "rules": "rules",
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
        if self.combinator is not None:
            field_dict["combinator"] = self.combinator.value
        elif self._nulls and "combinator" in self._nulls:
            field_dict["combinator"] = None

        if self.rules is not None:
            field_dict["rules"] = [
                (
                    item0.to_dict()
                    if isinstance(item0, _lazy_models.DateRule)
                    else item0.to_dict()
                    if isinstance(item0, _lazy_models.EmptyRule)
                    else item0.to_dict()
                    if isinstance(item0, _lazy_models.NumberRule)
                    else item0.to_dict()
                    if isinstance(item0, _lazy_models.ExpiredRuleExpiredRule)
                    else item0.to_dict()
                    if isinstance(item0, _lazy_models.StringRuleStringRule)
                    else item0.to_dict()
                    if isinstance(item0, _lazy_models.RelationRule)
                    else item0.to_dict()
                    if isinstance(item0, _lazy_models.PropertySchemaRule)
                    else item0.to_dict()
                    if isinstance(item0, _lazy_models.MatchAnyMatchAnyRule)
                    else item0.to_dict()
                    if isinstance(item0, _lazy_models.SearchEntitiesBody)
                    else item0
                )
                for item0 in self.rules
            ]
        elif self._nulls and "rules" in self._nulls:
            field_dict["rules"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _combinator = d.pop("combinator", None)
        combinator: Any = None
        if _combinator is None:
            if "combinator" in src_dict:
                nulls += ("combinator",)
        elif isinstance(_combinator, str):
            combinator = Combinator(_combinator)
        else:
            d["combinator"] = _combinator

        _rules = d.pop("rules", None)
        rules: Any = None
        if _rules is None:
            if "rules" in src_dict:
                nulls += ("rules",)
        elif isinstance(_rules, list) and all((isinstance(item0, dict)) for item0 in _rules):
            rules = [_parse_rules_item(item0) for item0 in _rules]
        else:
            d["rules"] = _rules

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        search_entities_body = cls.__new__(cls)
        search_entities_body.combinator = combinator
        search_entities_body.rules = rules
        search_entities_body.additional_properties = d
        search_entities_body._nulls = nulls
        return search_entities_body

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


def _parse_rules_item(
    data: Any,
) -> (
    DateRule
    | EmptyRule
    | ExpiredRuleExpiredRule
    | MatchAnyMatchAnyRule
    | NumberRule
    | PropertySchemaRule
    | RelationRule
    | SearchEntitiesBody
    | StringRuleStringRule
    | Unset
):
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.DateRule._json_checks),
            _fit(data, _lazy_models.EmptyRule._json_checks),
            _fit(data, _lazy_models.NumberRule._json_checks),
            _fit(data, _lazy_models.ExpiredRuleExpiredRule._json_checks),
            _fit(data, _lazy_models.StringRuleStringRule._json_checks),
            _fit(data, _lazy_models.RelationRule._json_checks),
            _fit(data, _lazy_models.PropertySchemaRule._json_checks),
            _fit(data, _lazy_models.MatchAnyMatchAnyRule._json_checks),
            _fit(data, _lazy_models.SearchEntitiesBody._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.DateRule.from_dict(data)
        if fits[1] == best:
            return _lazy_models.EmptyRule.from_dict(data)
        if fits[2] == best:
            return _lazy_models.NumberRule.from_dict(data)
        if fits[3] == best:
            return _lazy_models.ExpiredRuleExpiredRule.from_dict(data)
        if fits[4] == best:
            return _lazy_models.StringRuleStringRule.from_dict(data)
        if fits[5] == best:
            return _lazy_models.RelationRule.from_dict(data)
        if fits[6] == best:
            return _lazy_models.PropertySchemaRule.from_dict(data)
        if fits[7] == best:
            return _lazy_models.MatchAnyMatchAnyRule.from_dict(data)
        return _lazy_models.SearchEntitiesBody.from_dict(data)
    return UNSET
