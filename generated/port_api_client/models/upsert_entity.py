from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.upsert_entity_literal import UpsertEntityLiteral
from ..types import (
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.upsert_entity_mapping import UpsertEntityMapping


T = TypeVar("T", bound="UpsertEntity")


@_attrs_define
class UpsertEntity:
    """
    Attributes:
        type_ (UpsertEntityLiteral):
        blueprint_identifier (str):
        mapping (UpsertEntityMapping):
    """

    type_: UpsertEntityLiteral
    blueprint_identifier: str
    mapping: UpsertEntityMapping
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("UPSERT_ENTITY",),
        "blueprintIdentifier": lambda v: isinstance(v, str),
        "mapping": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "blueprint_identifier": "blueprintIdentifier",
        "mapping": "mapping",
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

        field_dict["mapping"] = self.mapping.to_dict()

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
        type_: UpsertEntityLiteral = UpsertEntityLiteral(_type_)

        _blueprint_identifier = d.pop("blueprintIdentifier")
        if not isinstance(_blueprint_identifier, str):
            raise _unfit(cls, "blueprintIdentifier", _blueprint_identifier)
        blueprint_identifier: str = _blueprint_identifier

        _mapping = d.pop("mapping")
        if not isinstance(_mapping, dict):
            raise _unfit(cls, "mapping", _mapping)
        mapping: UpsertEntityMapping = _lazy_models.UpsertEntityMapping.from_dict(_mapping)

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        upsert_entity = cls.__new__(cls)
        upsert_entity.type_ = type_
        upsert_entity.blueprint_identifier = blueprint_identifier
        upsert_entity.mapping = mapping
        upsert_entity.additional_properties = d
        return upsert_entity

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
