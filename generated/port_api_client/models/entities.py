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
    UNSET,
    Unset,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.entities_read import EntitiesRead
    from ..models.register import Register
    from ..models.update_properties import UpdateProperties


T = TypeVar("T", bound="Entities")


@_attrs_define
class Entities:
    """
    Attributes:
        read (EntitiesRead | Unset):
        register (Register | Unset):
        update (Register | Unset):
        unregister (Register | Unset):
        update_properties (UpdateProperties | Unset):
        update_relations (UpdateProperties | Unset):
    """

    read: EntitiesRead | Unset = UNSET
    register: Register | Unset = UNSET
    update: Register | Unset = UNSET
    unregister: Register | Unset = UNSET
    update_properties: UpdateProperties | Unset = UNSET
    update_relations: UpdateProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "read": lambda v: isinstance(v, dict),
        "register": lambda v: isinstance(v, dict),
        "update": lambda v: isinstance(v, dict),
        "unregister": lambda v: isinstance(v, dict),
        "updateProperties": lambda v: isinstance(v, dict),
        "updateRelations": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "read": "read",
        "register": "register",
        "update": "update",
        "unregister": "unregister",
        "update_properties": "updateProperties",
        "update_relations": "updateRelations",
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
        if not isinstance(self.read, Unset):
            field_dict["read"] = self.read.to_dict()

        if not isinstance(self.register, Unset):
            field_dict["register"] = self.register.to_dict()

        if not isinstance(self.update, Unset):
            field_dict["update"] = self.update.to_dict()

        if not isinstance(self.unregister, Unset):
            field_dict["unregister"] = self.unregister.to_dict()

        if not isinstance(self.update_properties, Unset):
            field_dict["updateProperties"] = self.update_properties.to_dict()

        if not isinstance(self.update_relations, Unset):
            field_dict["updateRelations"] = self.update_relations.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        _read = d.pop("read", UNSET)
        read: EntitiesRead | Unset = UNSET
        if isinstance(_read, dict):
            read = _lazy_models.EntitiesRead.from_dict(_read)
        elif _read is not UNSET:
            d["read"] = _read

        _register = d.pop("register", UNSET)
        register: Register | Unset = UNSET
        if isinstance(_register, dict):
            register = _lazy_models.Register.from_dict(_register)
        elif _register is not UNSET:
            d["register"] = _register

        _update = d.pop("update", UNSET)
        update: Register | Unset = UNSET
        if isinstance(_update, dict):
            update = _lazy_models.Register.from_dict(_update)
        elif _update is not UNSET:
            d["update"] = _update

        _unregister = d.pop("unregister", UNSET)
        unregister: Register | Unset = UNSET
        if isinstance(_unregister, dict):
            unregister = _lazy_models.Register.from_dict(_unregister)
        elif _unregister is not UNSET:
            d["unregister"] = _unregister

        _update_properties = d.pop("updateProperties", UNSET)
        update_properties: UpdateProperties | Unset = UNSET
        if isinstance(_update_properties, dict):
            update_properties = _lazy_models.UpdateProperties.from_dict(_update_properties)
        elif _update_properties is not UNSET:
            d["updateProperties"] = _update_properties

        _update_relations = d.pop("updateRelations", UNSET)
        update_relations: UpdateProperties | Unset = UNSET
        if isinstance(_update_relations, dict):
            update_relations = _lazy_models.UpdateProperties.from_dict(_update_relations)
        elif _update_relations is not UNSET:
            d["updateRelations"] = _update_relations

        entities = cls(
            read=read,
            register=register,
            update=update,
            unregister=unregister,
            update_properties=update_properties,
            update_relations=update_relations,
        )
        entities.additional_properties = d
        return entities

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
