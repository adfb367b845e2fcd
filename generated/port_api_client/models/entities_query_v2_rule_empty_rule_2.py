from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.entities_query_v2 import EntitiesQueryV2
from ..models.operator import Operator
from ..types import (
    _present_repr,
    _unfit,
)

T = TypeVar("T", bound="EntitiesQueryV2RuleEmptyRule2")


@_attrs_define
class EntitiesQueryV2RuleEmptyRule2:
    """
    Attributes:
        operator (Operator):
        relation (str):
        target_property (EntitiesQueryV2 | None):
    """

    operator: Operator
    relation: str
    target_property: EntitiesQueryV2 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "operator": lambda v: (
            isinstance(v, str)
            and v
            in (
                "isEmpty",
                "isNotEmpty",
            )
        ),
        "relation": lambda v: isinstance(v, str),
        "targetProperty": lambda v: (
            isinstance(v, str)
            and v
            in (
                "$title",
                "$identifier",
            )
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "operator": "operator",
        "relation": "relation",
        "target_property": "targetProperty",
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
        field_dict["operator"] = self.operator.value

        field_dict["relation"] = self.relation

        if self.target_property is not None:
            field_dict["targetProperty"] = self.target_property.value
        elif self._nulls and "targetProperty" in self._nulls:
            field_dict["targetProperty"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _operator = d.pop("operator")
        if not isinstance(_operator, str):
            raise _unfit(cls, "operator", _operator)
        operator: Operator = Operator(_operator)

        _relation = d.pop("relation")
        if not isinstance(_relation, str):
            raise _unfit(cls, "relation", _relation)
        relation: str = _relation

        _target_property = d.pop("targetProperty", None)
        target_property: Any = None
        if _target_property is None:
            if "targetProperty" in src_dict:
                nulls += ("targetProperty",)
        elif isinstance(_target_property, str):
            target_property = EntitiesQueryV2(_target_property)
        else:
            d["targetProperty"] = _target_property

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        entities_query_v2_rule_empty_rule_2 = cls.__new__(cls)
        entities_query_v2_rule_empty_rule_2.operator = operator
        entities_query_v2_rule_empty_rule_2.relation = relation
        entities_query_v2_rule_empty_rule_2.target_property = target_property
        entities_query_v2_rule_empty_rule_2.additional_properties = d
        entities_query_v2_rule_empty_rule_2._nulls = nulls
        return entities_query_v2_rule_empty_rule_2

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
