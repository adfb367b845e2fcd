from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..types import (
    UNSET,
    Unset,
    _present_repr,
)

T = TypeVar("T", bound="RelationsValue")


@_attrs_define
class RelationsValue:
    """
    Attributes:
        title (str | Unset):
        target (str | Unset):
        required (bool | Unset):  Default: False.
        many (bool | Unset):  Default: False.
        description (str | Unset):
        type_ (str | Unset):
    """

    title: str | Unset = UNSET
    target: str | Unset = UNSET
    required: bool | Unset = False
    many: bool | Unset = False
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.target is not UNSET:
            field_dict["target"] = self.target

        if self.required is not UNSET:
            field_dict["required"] = self.required

        if self.many is not UNSET:
            field_dict["many"] = self.many

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        target = d.pop("target", UNSET)
        if not isinstance(target, str) and target is not UNSET:
            d["target"] = target
            target = UNSET

        required = d.pop("required", UNSET)
        if not isinstance(required, bool) and required is not UNSET:
            d["required"] = required
            required = UNSET

        many = d.pop("many", UNSET)
        if not isinstance(many, bool) and many is not UNSET:
            d["many"] = many
            many = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            d["description"] = description
            description = UNSET

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str) and type_ is not UNSET:
            d["type"] = type_
            type_ = UNSET

        relations_value = cls(
            title=title,
            target=target,
            required=required,
            many=many,
            description=description,
            type_=type_,
        )
        relations_value.additional_properties = d
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
