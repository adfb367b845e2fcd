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
    from ..models.bulk_create_entities_error import BulkCreateEntitiesError
    from ..models.bulk_create_entities_result import BulkCreateEntitiesResult


T = TypeVar("T", bound="BulkCreateEntitiesResponse")


@_attrs_define
class BulkCreateEntitiesResponse:
    """
    Attributes:
        ok (bool | Unset):
        entities (list[BulkCreateEntitiesResult] | Unset):
        errors (list[BulkCreateEntitiesError] | Unset):
    """

    ok: bool | Unset = UNSET
    entities: list[BulkCreateEntitiesResult] | Unset = UNSET
    errors: list[BulkCreateEntitiesError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        BulkCreateEntitiesError = _models.BulkCreateEntitiesError
        BulkCreateEntitiesResult = _models.BulkCreateEntitiesResult
        ok = self.ok

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if entities is not UNSET:
            field_dict["entities"] = entities
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        BulkCreateEntitiesError = _models.BulkCreateEntitiesError
        BulkCreateEntitiesResult = _models.BulkCreateEntitiesResult
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        _entities = d.pop("entities", UNSET)
        entities: list[BulkCreateEntitiesResult] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = BulkCreateEntitiesResult.from_dict(entities_item_data)

                entities.append(entities_item)

        _errors = d.pop("errors", UNSET)
        errors: list[BulkCreateEntitiesError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = BulkCreateEntitiesError.from_dict(errors_item_data)

                errors.append(errors_item)

        bulk_create_entities_response = cls(
            ok=ok,
            entities=entities,
            errors=errors,
        )

        bulk_create_entities_response.additional_properties = d
        return bulk_create_entities_response

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
