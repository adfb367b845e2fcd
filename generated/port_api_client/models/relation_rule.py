from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direction import Direction
from ..models.related_to_literal import RelatedToLiteral
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        blueprint = self.blueprint

        value: list[str] | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if value is not UNSET:
            field_dict["value"] = value
        if direction is not UNSET:
            field_dict["direction"] = direction
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: RelatedToLiteral | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = RelatedToLiteral(_operator)

        blueprint = d.pop("blueprint", UNSET)

        def _parse_value(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_1 = cast(list[str], data)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        _direction = d.pop("direction", UNSET)
        direction: Direction | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = Direction(_direction)

        required = d.pop("required", UNSET)

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
