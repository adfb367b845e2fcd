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
    from ..models.entity import Entity


T = TypeVar("T", bound="SearchBlueprintEntitiesResponse")


@_attrs_define
class SearchBlueprintEntitiesResponse:
    """
    Attributes:
        ok (bool | Unset):
        next_ (str | Unset):
        entities (list[Entity] | Unset):
    """

    ok: bool | Unset = UNSET
    next_: str | Unset = UNSET
    entities: list[Entity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Entity = _models.Entity
        ok = self.ok

        next_ = self.next_

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if next_ is not UNSET:
            field_dict["next"] = next_
        if entities is not UNSET:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Entity = _models.Entity
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        next_ = d.pop("next", UNSET)

        _entities = d.pop("entities", UNSET)
        entities: list[Entity] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = Entity.from_dict(entities_item_data)

                entities.append(entities_item)

        search_blueprint_entities_response = cls(
            ok=ok,
            next_=next_,
            entities=entities,
        )

        search_blueprint_entities_response.additional_properties = d
        return search_blueprint_entities_response

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
