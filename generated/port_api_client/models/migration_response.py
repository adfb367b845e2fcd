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
    from ..models.migration import Migration


T = TypeVar("T", bound="MigrationResponse")


@_attrs_define
class MigrationResponse:
    """
    Attributes:
        ok (bool | Unset):
        migration (Migration | Unset):
    """

    ok: bool | Unset = UNSET
    migration: Migration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Migration = _models.Migration
        ok = self.ok

        migration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.migration, Unset):
            migration = self.migration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if migration is not UNSET:
            field_dict["migration"] = migration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Migration = _models.Migration
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        _migration = d.pop("migration", UNSET)
        migration: Migration | Unset
        if isinstance(_migration, Unset):
            migration = UNSET
        else:
            migration = Migration.from_dict(_migration)

        migration_response = cls(
            ok=ok,
            migration=migration,
        )

        migration_response.additional_properties = d
        return migration_response

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
