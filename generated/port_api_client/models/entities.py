from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        EntitiesRead = _models.EntitiesRead
        Register = _models.Register
        UpdateProperties = _models.UpdateProperties
        read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.read, Unset):
            read = self.read.to_dict()

        register: dict[str, Any] | Unset = UNSET
        if not isinstance(self.register, Unset):
            register = self.register.to_dict()

        update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update, Unset):
            update = self.update.to_dict()

        unregister: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unregister, Unset):
            unregister = self.unregister.to_dict()

        update_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update_properties, Unset):
            update_properties = self.update_properties.to_dict()

        update_relations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update_relations, Unset):
            update_relations = self.update_relations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read is not UNSET:
            field_dict["read"] = read
        if register is not UNSET:
            field_dict["register"] = register
        if update is not UNSET:
            field_dict["update"] = update
        if unregister is not UNSET:
            field_dict["unregister"] = unregister
        if update_properties is not UNSET:
            field_dict["updateProperties"] = update_properties
        if update_relations is not UNSET:
            field_dict["updateRelations"] = update_relations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        EntitiesRead = _models.EntitiesRead
        Register = _models.Register
        UpdateProperties = _models.UpdateProperties
        d = dict(src_dict)
        _read = d.pop("read", UNSET)
        read: EntitiesRead | Unset
        if isinstance(_read, Unset):
            read = UNSET
        else:
            read = EntitiesRead.from_dict(_read)

        _register = d.pop("register", UNSET)
        register: Register | Unset
        if isinstance(_register, Unset):
            register = UNSET
        else:
            register = Register.from_dict(_register)

        _update = d.pop("update", UNSET)
        update: Register | Unset
        if isinstance(_update, Unset):
            update = UNSET
        else:
            update = Register.from_dict(_update)

        _unregister = d.pop("unregister", UNSET)
        unregister: Register | Unset
        if isinstance(_unregister, Unset):
            unregister = UNSET
        else:
            unregister = Register.from_dict(_unregister)

        _update_properties = d.pop("updateProperties", UNSET)
        update_properties: UpdateProperties | Unset
        if isinstance(_update_properties, Unset):
            update_properties = UNSET
        else:
            update_properties = UpdateProperties.from_dict(_update_properties)

        _update_relations = d.pop("updateRelations", UNSET)
        update_relations: UpdateProperties | Unset
        if isinstance(_update_relations, Unset):
            update_relations = UNSET
        else:
            update_relations = UpdateProperties.from_dict(_update_relations)

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
