from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkCreateEntitiesError")


@_attrs_define
class BulkCreateEntitiesError:
    """
    Attributes:
        identifier (str | Unset):
        index (float | Unset):
        status_code (float | Unset):
        error (str | Unset):
        message (str | Unset):
    """

    identifier: str | Unset = UNSET
    index: float | Unset = UNSET
    status_code: float | Unset = UNSET
    error: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        index = self.index

        status_code = self.status_code

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if index is not UNSET:
            field_dict["index"] = index
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)

        index = d.pop("index", UNSET)

        status_code = d.pop("statusCode", UNSET)

        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        bulk_create_entities_error = cls(
            identifier=identifier,
            index=index,
            status_code=status_code,
            error=error,
            message=message,
        )

        bulk_create_entities_error.additional_properties = d
        return bulk_create_entities_error

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
