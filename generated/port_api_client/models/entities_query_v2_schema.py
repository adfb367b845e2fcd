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
    from ..models.date_rule import DateRule
    from ..models.empty_rule import EmptyRule
    from ..models.entities_query_v2_rule_empty_rule_2 import EntitiesQueryV2RuleEmptyRule2
    from ..models.entities_query_v2_rule_empty_rule_3 import EntitiesQueryV2RuleEmptyRule3
    from ..models.entities_query_v2_rule_string_rule import EntitiesQueryV2RuleStringRule
    from ..models.entities_query_v2_rule_string_rule_2 import EntitiesQueryV2RuleStringRule2
    from ..models.entities_query_v2_rule_string_rule_3 import EntitiesQueryV2RuleStringRule3
    from ..models.expired_rule_expired_rule import ExpiredRuleExpiredRule
    from ..models.match_any_match_any_rule import MatchAnyMatchAnyRule
    from ..models.number_rule import NumberRule
    from ..models.property_schema_rule import PropertySchemaRule
    from ..models.relation_rule import RelationRule


T = TypeVar("T", bound="EntitiesQueryV2Schema")


@_attrs_define
class EntitiesQueryV2Schema:
    """
    Attributes:
        combinator (Combinator):
        rules (list[DateRule | EmptyRule | EntitiesQueryV2RuleEmptyRule2 | EntitiesQueryV2RuleEmptyRule3 |
            EntitiesQueryV2RuleStringRule | EntitiesQueryV2RuleStringRule2 | EntitiesQueryV2RuleStringRule3 |
            EntitiesQueryV2Schema | ExpiredRuleExpiredRule | MatchAnyMatchAnyRule | NumberRule | PropertySchemaRule |
            RelationRule]):
    """

    combinator: Combinator
    rules: list[
        DateRule
        | EmptyRule
        | EntitiesQueryV2RuleEmptyRule2
        | EntitiesQueryV2RuleEmptyRule3
        | EntitiesQueryV2RuleStringRule
        | EntitiesQueryV2RuleStringRule2
        | EntitiesQueryV2RuleStringRule3
        | EntitiesQueryV2Schema
        | ExpiredRuleExpiredRule
        | MatchAnyMatchAnyRule
        | NumberRule
        | PropertySchemaRule
        | RelationRule
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
        field_dict["combinator"] = self.combinator.value

        field_dict["rules"] = [
            (
                item0.to_dict()
                if isinstance(item0, _lazy_models.DateRule)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.EmptyRule)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.EntitiesQueryV2RuleEmptyRule2)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.EntitiesQueryV2RuleEmptyRule3)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.ExpiredRuleExpiredRule)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.NumberRule)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.EntitiesQueryV2RuleStringRule)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.EntitiesQueryV2RuleStringRule2)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.EntitiesQueryV2RuleStringRule3)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.RelationRule)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.PropertySchemaRule)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.MatchAnyMatchAnyRule)
                else item0.to_dict()
                if isinstance(item0, _lazy_models.EntitiesQueryV2Schema)
                else item0
            )
            for item0 in self.rules
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

        _rules = d.pop("rules")
        if not (isinstance(_rules, list) and all((isinstance(item0, dict)) for item0 in _rules)):
            raise _unfit(cls, "rules", _rules)
        rules: list[
            DateRule
            | EmptyRule
            | EntitiesQueryV2RuleEmptyRule2
            | EntitiesQueryV2RuleEmptyRule3
            | EntitiesQueryV2RuleStringRule
            | EntitiesQueryV2RuleStringRule2
            | EntitiesQueryV2RuleStringRule3
            | EntitiesQueryV2Schema
            | ExpiredRuleExpiredRule
            | MatchAnyMatchAnyRule
            | NumberRule
            | PropertySchemaRule
            | RelationRule
        ] = [_parse_rules_item(item0) for item0 in _rules]

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        entities_query_v2_schema = cls.__new__(cls)
        entities_query_v2_schema.combinator = combinator
        entities_query_v2_schema.rules = rules
        entities_query_v2_schema.additional_properties = d
        return entities_query_v2_schema

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
    | EntitiesQueryV2RuleEmptyRule2
    | EntitiesQueryV2RuleEmptyRule3
    | EntitiesQueryV2RuleStringRule
    | EntitiesQueryV2RuleStringRule2
    | EntitiesQueryV2RuleStringRule3
    | EntitiesQueryV2Schema
    | ExpiredRuleExpiredRule
    | MatchAnyMatchAnyRule
    | NumberRule
    | PropertySchemaRule
    | RelationRule
    | Unset
):
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.DateRule._json_checks),
            _fit(data, _lazy_models.EmptyRule._json_checks),
            _fit(data, _lazy_models.EntitiesQueryV2RuleEmptyRule2._json_checks),
            _fit(data, _lazy_models.EntitiesQueryV2RuleEmptyRule3._json_checks),
            _fit(data, _lazy_models.ExpiredRuleExpiredRule._json_checks),
            _fit(data, _lazy_models.NumberRule._json_checks),
            _fit(data, _lazy_models.EntitiesQueryV2RuleStringRule._json_checks),
            _fit(data, _lazy_models.EntitiesQueryV2RuleStringRule2._json_checks),
            _fit(data, _lazy_models.EntitiesQueryV2RuleStringRule3._json_checks),
            _fit(data, _lazy_models.RelationRule._json_checks),
            _fit(data, _lazy_models.PropertySchemaRule._json_checks),
            _fit(data, _lazy_models.MatchAnyMatchAnyRule._json_checks),
            _fit(data, _lazy_models.EntitiesQueryV2Schema._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.DateRule.from_dict(data)
        if fits[1] == best:
            return _lazy_models.EmptyRule.from_dict(data)
        if fits[2] == best:
            return _lazy_models.EntitiesQueryV2RuleEmptyRule2.from_dict(data)
        if fits[3] == best:
            return _lazy_models.EntitiesQueryV2RuleEmptyRule3.from_dict(data)
        if fits[4] == best:
            return _lazy_models.ExpiredRuleExpiredRule.from_dict(data)
        if fits[5] == best:
            return _lazy_models.NumberRule.from_dict(data)
        if fits[6] == best:
            return _lazy_models.EntitiesQueryV2RuleStringRule.from_dict(data)
        if fits[7] == best:
            return _lazy_models.EntitiesQueryV2RuleStringRule2.from_dict(data)
        if fits[8] == best:
            return _lazy_models.EntitiesQueryV2RuleStringRule3.from_dict(data)
        if fits[9] == best:
            return _lazy_models.RelationRule.from_dict(data)
        if fits[10] == best:
            return _lazy_models.PropertySchemaRule.from_dict(data)
        if fits[11] == best:
            return _lazy_models.MatchAnyMatchAnyRule.from_dict(data)
        return _lazy_models.EntitiesQueryV2Schema.from_dict(data)
    return UNSET
