from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.entity_created_literal import EntityCreatedLiteral
from ..types import (
    _present_repr,
    _unfit,
)

T = TypeVar("T", bound="EntityCreated")


@_attrs_define
class EntityCreated:
    """
    Attributes:
        type_ (EntityCreatedLiteral):
        blueprint_identifier (str):
    """

    type_: EntityCreatedLiteral
    blueprint_identifier: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("ENTITY_CREATED",),
        "blueprintIdentifier": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "blueprint_identifier": "blueprintIdentifier",
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
        field_dict["type"] = self.type_.value

        field_dict["blueprintIdentifier"] = self.blueprint_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: EntityCreatedLiteral = EntityCreatedLiteral(_type_)

        _blueprint_identifier = d.pop("blueprintIdentifier")
        if not isinstance(_blueprint_identifier, str):
            raise _unfit(cls, "blueprintIdentifier", _blueprint_identifier)
        blueprint_identifier: str = _blueprint_identifier

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        entity_created = cls.__new__(cls)
        entity_created.type_ = type_
        entity_created.blueprint_identifier = blueprint_identifier
        entity_created.additional_properties = d
        return entity_created

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
