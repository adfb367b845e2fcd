from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.color import Color
from ..models.conditional_formatting_operator import ConditionalFormattingOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionalFormatting")


@_attrs_define
class ConditionalFormatting:
    """
    Attributes:
        operator (ConditionalFormattingOperator):
        value (float):
        message (str | Unset):
        description (str | Unset):
        color (Color | Unset):
    """

    operator: ConditionalFormattingOperator
    value: float
    message: str | Unset = UNSET
    description: str | Unset = UNSET
    color: Color | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator.value

        value = self.value

        message = self.message

        description = self.description

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
                "value": value,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if description is not UNSET:
            field_dict["description"] = description
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operator = ConditionalFormattingOperator(d.pop("operator"))

        value = d.pop("value")

        message = d.pop("message", UNSET)

        description = d.pop("description", UNSET)

        _color = d.pop("color", UNSET)
        color: Color | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = Color(_color)

        conditional_formatting = cls(
            operator=operator,
            value=value,
            message=message,
            description=description,
            color=color,
        )

        conditional_formatting.additional_properties = d
        return conditional_formatting

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
