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
    from ..models.read import Read


T = TypeVar("T", bound="UpdatePagePermissionsBody")


@_attrs_define
class UpdatePagePermissionsBody:
    """
    Attributes:
        read (Read | Unset):
        update (Read | Unset):
    """

    read: Read | Unset = UNSET
    update: Read | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Read = _models.Read
        read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.read, Unset):
            read = self.read.to_dict()

        update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update, Unset):
            update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read is not UNSET:
            field_dict["read"] = read
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Read = _models.Read
        d = dict(src_dict)
        _read = d.pop("read", UNSET)
        read: Read | Unset
        if isinstance(_read, Unset):
            read = UNSET
        else:
            read = Read.from_dict(_read)

        _update = d.pop("update", UNSET)
        update: Read | Unset
        if isinstance(_update, Unset):
            update = UNSET
        else:
            update = Read.from_dict(_update)

        update_page_permissions_body = cls(
            read=read,
            update=update,
        )

        update_page_permissions_body.additional_properties = d
        return update_page_permissions_body

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
