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
    from ..models.entities import Entities


T = TypeVar("T", bound="UpdateBlueprintPermissionsBody")


@_attrs_define
class UpdateBlueprintPermissionsBody:
    """
    Attributes:
        entities (Entities | Unset):
    """

    entities: Entities | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Entities = _models.Entities
        entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = self.entities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entities is not UNSET:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Entities = _models.Entities
        d = dict(src_dict)
        _entities = d.pop("entities", UNSET)
        entities: Entities | Unset
        if isinstance(_entities, Unset):
            entities = UNSET
        else:
            entities = Entities.from_dict(_entities)

        update_blueprint_permissions_body = cls(
            entities=entities,
        )

        update_blueprint_permissions_body.additional_properties = d
        return update_blueprint_permissions_body

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
