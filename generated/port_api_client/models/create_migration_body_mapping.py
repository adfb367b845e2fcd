from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.mapping_entity import MappingEntity


T = TypeVar("T", bound="CreateMigrationBodyMapping")


@_attrs_define
class CreateMigrationBodyMapping:
    """
    Attributes:
        entity (MappingEntity):
        blueprint (str | None):
        filter_ (str | None):
        items_to_parse (str | None):
    """

    entity: MappingEntity
    blueprint: str | None = None
    filter_: str | None = None
    items_to_parse: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "entity": lambda v: isinstance(v, dict),
        "blueprint": lambda v: isinstance(v, str),
        "filter": lambda v: isinstance(v, str),
        "itemsToParse": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "entity": "entity",
        "blueprint": "blueprint",
        "filter_": "filter",
        "items_to_parse": "itemsToParse",
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
        field_dict["entity"] = self.entity.to_dict()

        if self.blueprint is not None:
            field_dict["blueprint"] = self.blueprint
        elif self._nulls and "blueprint" in self._nulls:
            field_dict["blueprint"] = None

        if self.filter_ is not None:
            field_dict["filter"] = self.filter_
        elif self._nulls and "filter" in self._nulls:
            field_dict["filter"] = None

        if self.items_to_parse is not None:
            field_dict["itemsToParse"] = self.items_to_parse
        elif self._nulls and "itemsToParse" in self._nulls:
            field_dict["itemsToParse"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _entity = d.pop("entity")
        if not isinstance(_entity, dict):
            raise _unfit(cls, "entity", _entity)
        entity: MappingEntity = _lazy_models.MappingEntity.from_dict(_entity)

        blueprint = d.pop("blueprint", None)
        if blueprint is None:
            if "blueprint" in src_dict:
                nulls += ("blueprint",)
        elif not isinstance(blueprint, str):
            d["blueprint"] = blueprint
            blueprint = None

        filter_ = d.pop("filter", None)
        if filter_ is None:
            if "filter" in src_dict:
                nulls += ("filter",)
        elif not isinstance(filter_, str):
            d["filter"] = filter_
            filter_ = None

        items_to_parse = d.pop("itemsToParse", None)
        if items_to_parse is None:
            if "itemsToParse" in src_dict:
                nulls += ("itemsToParse",)
        elif not isinstance(items_to_parse, str):
            d["itemsToParse"] = items_to_parse
            items_to_parse = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        create_migration_body_mapping = cls.__new__(cls)
        create_migration_body_mapping.entity = entity
        create_migration_body_mapping.blueprint = blueprint
        create_migration_body_mapping.filter_ = filter_
        create_migration_body_mapping.items_to_parse = items_to_parse
        create_migration_body_mapping.additional_properties = d
        create_migration_body_mapping._nulls = nulls
        return create_migration_body_mapping

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
