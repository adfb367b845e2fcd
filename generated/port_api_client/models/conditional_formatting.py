from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.color import Color
from ..models.conditional_formatting_operator import ConditionalFormattingOperator
from ..types import (
    _present_repr,
    _unfit,
)

T = TypeVar("T", bound="ConditionalFormatting")


@_attrs_define
class ConditionalFormatting:
    """
    Attributes:
        operator (ConditionalFormattingOperator):
        value (float):
        message (str | None):
        description (str | None):
        color (Color | None):
    """

    operator: ConditionalFormattingOperator
    value: float
    message: str | None = None
    description: str | None = None
    color: Color | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "operator": lambda v: (
            isinstance(v, str)
            and v
            in (
                "\u003e",
                "\u003e=",
                "\u003c",
                "\u003c=",
                "=",
                "!=",
            )
        ),
        "value": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "message": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "color": lambda v: (
            isinstance(v, str)
            and v
            in (
                "blue",
                "turquoise",
                "orange",
                "purple",
                "pink",
                "yellow",
                "green",
                "red",
                "gold",
                "silver",
                "paleBlue",
                "darkGray",
                "lightGray",
                "bronze",
                "lime",
                "olive",
                "brown",
            )
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "operator": "operator",
        "value": "value",
        "message": "message",
        "description": "description",
        "color": "color",
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

        field_dict["value"] = self.value

        if self.message is not None:
            field_dict["message"] = self.message
        elif self._nulls and "message" in self._nulls:
            field_dict["message"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.color is not None:
            field_dict["color"] = self.color.value
        elif self._nulls and "color" in self._nulls:
            field_dict["color"] = None

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
        operator: ConditionalFormattingOperator = ConditionalFormattingOperator(_operator)

        _value = d.pop("value")
        if not (isinstance(_value, (int, float)) and not isinstance(_value, bool)):
            raise _unfit(cls, "value", _value)
        value: float = _value

        message = d.pop("message", None)
        if message is None:
            if "message" in src_dict:
                nulls += ("message",)
        elif not isinstance(message, str):
            d["message"] = message
            message = None

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not isinstance(description, str):
            d["description"] = description
            description = None

        _color = d.pop("color", None)
        color: Any = None
        if _color is None:
            if "color" in src_dict:
                nulls += ("color",)
        elif isinstance(_color, str):
            color = Color(_color)
        else:
            d["color"] = _color

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        conditional_formatting = cls.__new__(cls)
        conditional_formatting.operator = operator
        conditional_formatting.value = value
        conditional_formatting.message = message
        conditional_formatting.description = description
        conditional_formatting.color = color
        conditional_formatting.additional_properties = d
        conditional_formatting._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
