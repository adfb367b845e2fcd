from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.direction import Direction
from ..models.related_to_literal import RelatedToLiteral
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
)

T = TypeVar("T", bound="RelationRule")


@_attrs_define
class RelationRule:
    """
    Attributes:
        operator (RelatedToLiteral | Unset):
        blueprint (str | Unset):
        value (list[str] | str | Unset):
        direction (Direction | Unset):
        required (bool | Unset):
    """

    operator: RelatedToLiteral | Unset = UNSET
    blueprint: str | Unset = UNSET
    value: list[str] | str | Unset = UNSET
    direction: Direction | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "operator": lambda v: isinstance(v, str) and v in ("relatedTo",),
        "blueprint": lambda v: isinstance(v, str),
        "value": lambda v: (
            isinstance(v, str)
            or (isinstance(v, list) and all(isinstance(item1, str) for item1 in v))
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
        if not isinstance(self.operator, Unset):
            field_dict["operator"] = self.operator.value

        if self.blueprint is not UNSET:
            field_dict["blueprint"] = self.blueprint

        if self.value is not UNSET:
            field_dict["value"] = self.value

        if not isinstance(self.direction, Unset):
            field_dict["direction"] = self.direction.value

        if self.required is not UNSET:
            field_dict["required"] = self.required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: RelatedToLiteral | Unset = UNSET
        if isinstance(_operator, str):
            operator = RelatedToLiteral(_operator)
        elif _operator is not UNSET:
            d["operator"] = _operator

        blueprint = d.pop("blueprint", UNSET)
        if not isinstance(blueprint, str) and blueprint is not UNSET:
            d["blueprint"] = blueprint
            blueprint = UNSET

        value = d.pop("value", UNSET)
        if (
            not (isinstance(value, str) or (isinstance(value, list) and _all_instances(value, str)))
            and value is not UNSET
        ):
            d["value"] = value
            value = UNSET

        _direction = d.pop("direction", UNSET)
        direction: Direction | Unset = UNSET
        if isinstance(_direction, str):
            direction = Direction(_direction)
        elif _direction is not UNSET:
            d["direction"] = _direction

        required = d.pop("required", UNSET)
        if not isinstance(required, bool) and required is not UNSET:
            d["required"] = required
            required = UNSET

        relation_rule = cls(
            operator=operator,
            blueprint=blueprint,
            value=value,
            direction=direction,
            required=required,
        )
        relation_rule.additional_properties = d
        return relation_rule

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
