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
    from ..models.permissions import Permissions


T = TypeVar("T", bound="BulkCreateEntitiesResult")


@_attrs_define
class BulkCreateEntitiesResult:
    """
    Attributes:
        created (bool | Unset):
        identifier (str | Unset):
        index (float | Unset):
        additional_data (Permissions | Unset):
    """

    created: bool | Unset = UNSET
    identifier: str | Unset = UNSET
    index: float | Unset = UNSET
    additional_data: Permissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Permissions = _models.Permissions
        created = self.created

        identifier = self.identifier

        index = self.index

        additional_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_data, Unset):
            additional_data = self.additional_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if index is not UNSET:
            field_dict["index"] = index
        if additional_data is not UNSET:
            field_dict["additionalData"] = additional_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Permissions = _models.Permissions
        d = dict(src_dict)
        created = d.pop("created", UNSET)

        identifier = d.pop("identifier", UNSET)

        index = d.pop("index", UNSET)

        _additional_data = d.pop("additionalData", UNSET)
        additional_data: Permissions | Unset
        if isinstance(_additional_data, Unset):
            additional_data = UNSET
        else:
            additional_data = Permissions.from_dict(_additional_data)

        bulk_create_entities_result = cls(
            created=created,
            identifier=identifier,
            index=index,
            additional_data=additional_data,
        )

        bulk_create_entities_result.additional_properties = d
        return bulk_create_entities_result

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
