from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..types import (
    _present_repr,
)

T = TypeVar("T", bound="RelationsValue")


@_attrs_define
class RelationsValue:
    """
    Attributes:
        title (str | None):
        target (str | None):
        required (bool | None):
        many (bool | None):
        description (str | None):
        type_ (str | None):
    """

    title: str | None = None
    target: str | None = None
    required: bool | None = None
    many: bool | None = None
    description: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "title": lambda v: isinstance(v, str),
        "target": lambda v: isinstance(v, str),
        "required": lambda v: isinstance(v, bool),
        "many": lambda v: isinstance(v, bool),
        "description": lambda v: isinstance(v, str),
        "type": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "title": "title",
        "target": "target",
        "required": "required",
        "many": "many",
        "description": "description",
        "type_": "type",
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
        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.target is not None:
            field_dict["target"] = self.target
        elif self._nulls and "target" in self._nulls:
            field_dict["target"] = None

        if self.required is not None:
            field_dict["required"] = self.required
        elif self._nulls and "required" in self._nulls:
            field_dict["required"] = None

        if self.many is not None:
            field_dict["many"] = self.many
        elif self._nulls and "many" in self._nulls:
            field_dict["many"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif self._nulls and "type" in self._nulls:
            field_dict["type"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        target = d.pop("target", None)
        if target is None:
            if "target" in src_dict:
                nulls += ("target",)
        elif not isinstance(target, str):
            d["target"] = target
            target = None

        required = d.pop("required", None)
        if required is None:
            if "required" in src_dict:
                nulls += ("required",)
        elif not isinstance(required, bool):
            d["required"] = required
            required = None

        many = d.pop("many", None)
        if many is None:
            if "many" in src_dict:
                nulls += ("many",)
        elif not isinstance(many, bool):
            d["many"] = many
            many = None

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not isinstance(description, str):
            d["description"] = description
            description = None

        type_ = d.pop("type", None)
        if type_ is None:
            if "type" in src_dict:
                nulls += ("type",)
        elif not isinstance(type_, str):
            d["type"] = type_
            type_ = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        relations_value = cls.__new__(cls)
        relations_value.title = title
        relations_value.target = target
        relations_value.required = required
        relations_value.many = many
        relations_value.description = description
        relations_value.type_ = type_
        relations_value.additional_properties = d
        relations_value._nulls = nulls
        return relations_value

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
