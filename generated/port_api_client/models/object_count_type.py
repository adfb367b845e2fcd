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
    from ..models.deleted import Deleted


T = TypeVar("T", bound="ObjectCountType")


@_attrs_define
class ObjectCountType:
    """
    Attributes:
        skipped (Deleted | Unset):
        failed (Deleted | Unset):
        loaded (Deleted | Unset):
        raw_extracted (Deleted | Unset):
        transformed (Deleted | Unset):
        filtered_out (Deleted | Unset):
        deleted (Deleted | Unset):
    """

    skipped: Deleted | Unset = UNSET
    failed: Deleted | Unset = UNSET
    loaded: Deleted | Unset = UNSET
    raw_extracted: Deleted | Unset = UNSET
    transformed: Deleted | Unset = UNSET
    filtered_out: Deleted | Unset = UNSET
    deleted: Deleted | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Deleted = _models.Deleted
        skipped: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skipped, Unset):
            skipped = self.skipped.to_dict()

        failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed.to_dict()

        loaded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loaded, Unset):
            loaded = self.loaded.to_dict()

        raw_extracted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw_extracted, Unset):
            raw_extracted = self.raw_extracted.to_dict()

        transformed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transformed, Unset):
            transformed = self.transformed.to_dict()

        filtered_out: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filtered_out, Unset):
            filtered_out = self.filtered_out.to_dict()

        deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deleted, Unset):
            deleted = self.deleted.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if failed is not UNSET:
            field_dict["failed"] = failed
        if loaded is not UNSET:
            field_dict["loaded"] = loaded
        if raw_extracted is not UNSET:
            field_dict["raw_extracted"] = raw_extracted
        if transformed is not UNSET:
            field_dict["transformed"] = transformed
        if filtered_out is not UNSET:
            field_dict["filtered_out"] = filtered_out
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Deleted = _models.Deleted
        d = dict(src_dict)
        _skipped = d.pop("skipped", UNSET)
        skipped: Deleted | Unset
        if isinstance(_skipped, Unset):
            skipped = UNSET
        else:
            skipped = Deleted.from_dict(_skipped)

        _failed = d.pop("failed", UNSET)
        failed: Deleted | Unset
        if isinstance(_failed, Unset):
            failed = UNSET
        else:
            failed = Deleted.from_dict(_failed)

        _loaded = d.pop("loaded", UNSET)
        loaded: Deleted | Unset
        if isinstance(_loaded, Unset):
            loaded = UNSET
        else:
            loaded = Deleted.from_dict(_loaded)

        _raw_extracted = d.pop("raw_extracted", UNSET)
        raw_extracted: Deleted | Unset
        if isinstance(_raw_extracted, Unset):
            raw_extracted = UNSET
        else:
            raw_extracted = Deleted.from_dict(_raw_extracted)

        _transformed = d.pop("transformed", UNSET)
        transformed: Deleted | Unset
        if isinstance(_transformed, Unset):
            transformed = UNSET
        else:
            transformed = Deleted.from_dict(_transformed)

        _filtered_out = d.pop("filtered_out", UNSET)
        filtered_out: Deleted | Unset
        if isinstance(_filtered_out, Unset):
            filtered_out = UNSET
        else:
            filtered_out = Deleted.from_dict(_filtered_out)

        _deleted = d.pop("deleted", UNSET)
        deleted: Deleted | Unset
        if isinstance(_deleted, Unset):
            deleted = UNSET
        else:
            deleted = Deleted.from_dict(_deleted)

        object_count_type = cls(
            skipped=skipped,
            failed=failed,
            loaded=loaded,
            raw_extracted=raw_extracted,
            transformed=transformed,
            filtered_out=filtered_out,
            deleted=deleted,
        )

        object_count_type.additional_properties = d
        return object_count_type

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
