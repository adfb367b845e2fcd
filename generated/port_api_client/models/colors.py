from __future__ import annotations

import json as _json
from collections.abc import Callable, ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.color import Color
from ..types import (
    _present_repr,
)

T = TypeVar("T", bound="Colors")


@_attrs_define
class Colors:
    additional_properties: dict[str, Color] = _attrs_field(init=False, factory=dict)
    unparsed_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {}

    _json_names: ClassVar[dict[str, str]] = {}

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
        field_dict.update(self.unparsed_properties)
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `unparsed_properties`, and `to_dict()` writes it back."""
        d = dict(src_dict)
        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        colors = cls.__new__(cls)
        colors.additional_properties = additional_properties = {}
        colors.unparsed_properties = unparsed_properties = {}
        for prop_name, prop_value in d.items():
            if isinstance(prop_value, str):
                additional_properties[prop_name] = Color(prop_value)
            else:
                unparsed_properties[prop_name] = prop_value
        return colors

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Color:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Color) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    # A model that is only a map (an entity's properties, a blueprint's relations) reads like one.
    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def get(self, key: str, default: Any = None) -> Any:
        return self.additional_properties.get(key, default)

    def keys(self) -> KeysView[str]:
        return self.additional_properties.keys()

    def values(self) -> ValuesView[Color]:
        return self.additional_properties.values()

    def items(self) -> ItemsView[str, Color]:
        return self.additional_properties.items()
