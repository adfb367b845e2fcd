from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.direction import Direction
from ..models.related_to_literal import RelatedToLiteral
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.jq_query import JqQuery


T = TypeVar("T", bound="RelatedToRelationRule")


@_attrs_define
class RelatedToRelationRule:
    """
    Attributes:
        operator (RelatedToLiteral):
        blueprint (str):
        value (JqQuery | list[str] | str):
        direction (Direction | None):
        required (bool | None):
    """

    operator: RelatedToLiteral
    blueprint: str
    value: JqQuery | list[str] | str
    direction: Direction | None = None
    required: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "operator": lambda v: isinstance(v, str) and v in ("relatedTo",),
        "blueprint": lambda v: isinstance(v, str),
        "value": lambda v: (
            isinstance(v, str)
            or (isinstance(v, list) and all(isinstance(item1, str) for item1 in v))
            or isinstance(v, dict)
        ),
        "direction": lambda v: (
            isinstance(v, str)
            and v
            in (
                "upstream",
                "downstream",
            )
        ),
        "required": lambda v: isinstance(v, bool),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "operator": "operator",
        "blueprint": "blueprint",
        "value": "value",
        "direction": "direction",
        "required": "required",
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

        field_dict["blueprint"] = self.blueprint

        field_dict["value"] = (
            self.value.to_dict() if isinstance(self.value, _lazy_models.JqQuery) else self.value
        )

        if self.direction is not None:
            field_dict["direction"] = self.direction.value
        elif self._nulls and "direction" in self._nulls:
            field_dict["direction"] = None

        if self.required is not None:
            field_dict["required"] = self.required
        elif self._nulls and "required" in self._nulls:
            field_dict["required"] = None

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
        operator: RelatedToLiteral = RelatedToLiteral(_operator)

        _blueprint = d.pop("blueprint")
        if not isinstance(_blueprint, str):
            raise _unfit(cls, "blueprint", _blueprint)
        blueprint: str = _blueprint

        _value = d.pop("value")
        value: JqQuery | list[str] | str = _parse_value(_value)
        if value is UNSET:
            raise _unfit(cls, "value", _value)

        _direction = d.pop("direction", None)
        direction: Any = None
        if _direction is None:
            if "direction" in src_dict:
                nulls += ("direction",)
        elif isinstance(_direction, str):
            direction = Direction(_direction)
        else:
            d["direction"] = _direction

        required = d.pop("required", None)
        if required is None:
            if "required" in src_dict:
                nulls += ("required",)
        elif not isinstance(required, bool):
            d["required"] = required
            required = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        related_to_relation_rule = cls.__new__(cls)
        related_to_relation_rule.operator = operator
        related_to_relation_rule.blueprint = blueprint
        related_to_relation_rule.value = value
        related_to_relation_rule.direction = direction
        related_to_relation_rule.required = required
        related_to_relation_rule.additional_properties = d
        related_to_relation_rule._nulls = nulls
        return related_to_relation_rule

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


def _parse_value(data: Any) -> JqQuery | list[str] | str | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        return _lazy_models.JqQuery.from_dict(data)
    if isinstance(data, list) and _all_instances(data, str):
        return data
    return UNSET
