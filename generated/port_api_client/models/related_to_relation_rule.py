from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.direction import Direction
from ..models.related_to_literal import RelatedToLiteral
from ..types import UNSET, Unset

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
        direction (Direction | Unset):
        required (bool | Unset):
    """

    operator: RelatedToLiteral
    blueprint: str
    value: JqQuery | list[str] | str
    direction: Direction | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        JqQuery = _models.JqQuery
        operator = self.operator.value

        blueprint = self.blueprint

        value: dict[str, Any] | list[str] | str
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, JqQuery):
            value = self.value.to_dict()
        else:
            value = self.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
                "blueprint": blueprint,
                "value": value,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        JqQuery = _models.JqQuery
        d = dict(src_dict)
        operator = RelatedToLiteral(d.pop("operator"))

        blueprint = d.pop("blueprint")

        def _parse_value(data: object) -> JqQuery | list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_1 = cast(list[str], data)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_2 = JqQuery.from_dict(data)

                return value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JqQuery | list[str] | str, data)

        value = _parse_value(d.pop("value"))

        _direction = d.pop("direction", UNSET)
        direction: Direction | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = Direction(_direction)

        required = d.pop("required", UNSET)

        related_to_relation_rule = cls(
            operator=operator,
            blueprint=blueprint,
            value=value,
            direction=direction,
            required=required,
        )

        related_to_relation_rule.additional_properties = d
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
