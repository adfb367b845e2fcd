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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "skipped": lambda v: isinstance(v, dict),
        "failed": lambda v: isinstance(v, dict),
        "loaded": lambda v: isinstance(v, dict),
        "raw_extracted": lambda v: isinstance(v, dict),
        "transformed": lambda v: isinstance(v, dict),
        "filtered_out": lambda v: isinstance(v, dict),
        "deleted": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "skipped": "skipped",
        "failed": "failed",
        "loaded": "loaded",
        "raw_extracted": "raw_extracted",
        "transformed": "transformed",
        "filtered_out": "filtered_out",
        "deleted": "deleted",
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
        if not isinstance(self.skipped, Unset):
            field_dict["skipped"] = self.skipped.to_dict()

        if not isinstance(self.failed, Unset):
            field_dict["failed"] = self.failed.to_dict()

        if not isinstance(self.loaded, Unset):
            field_dict["loaded"] = self.loaded.to_dict()

        if not isinstance(self.raw_extracted, Unset):
            field_dict["raw_extracted"] = self.raw_extracted.to_dict()

        if not isinstance(self.transformed, Unset):
            field_dict["transformed"] = self.transformed.to_dict()

        if not isinstance(self.filtered_out, Unset):
            field_dict["filtered_out"] = self.filtered_out.to_dict()

        if not isinstance(self.deleted, Unset):
            field_dict["deleted"] = self.deleted.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        _skipped = d.pop("skipped", UNSET)
        skipped: Deleted | Unset = UNSET
        if isinstance(_skipped, dict):
            skipped = _lazy_models.Deleted.from_dict(_skipped)
        elif _skipped is not UNSET:
            d["skipped"] = _skipped

        _failed = d.pop("failed", UNSET)
        failed: Deleted | Unset = UNSET
        if isinstance(_failed, dict):
            failed = _lazy_models.Deleted.from_dict(_failed)
        elif _failed is not UNSET:
            d["failed"] = _failed

        _loaded = d.pop("loaded", UNSET)
        loaded: Deleted | Unset = UNSET
        if isinstance(_loaded, dict):
            loaded = _lazy_models.Deleted.from_dict(_loaded)
        elif _loaded is not UNSET:
            d["loaded"] = _loaded

        _raw_extracted = d.pop("raw_extracted", UNSET)
        raw_extracted: Deleted | Unset = UNSET
        if isinstance(_raw_extracted, dict):
            raw_extracted = _lazy_models.Deleted.from_dict(_raw_extracted)
        elif _raw_extracted is not UNSET:
            d["raw_extracted"] = _raw_extracted

        _transformed = d.pop("transformed", UNSET)
        transformed: Deleted | Unset = UNSET
        if isinstance(_transformed, dict):
            transformed = _lazy_models.Deleted.from_dict(_transformed)
        elif _transformed is not UNSET:
            d["transformed"] = _transformed

        _filtered_out = d.pop("filtered_out", UNSET)
        filtered_out: Deleted | Unset = UNSET
        if isinstance(_filtered_out, dict):
            filtered_out = _lazy_models.Deleted.from_dict(_filtered_out)
        elif _filtered_out is not UNSET:
            d["filtered_out"] = _filtered_out

        _deleted = d.pop("deleted", UNSET)
        deleted: Deleted | Unset = UNSET
        if isinstance(_deleted, dict):
            deleted = _lazy_models.Deleted.from_dict(_deleted)
        elif _deleted is not UNSET:
            d["deleted"] = _deleted

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
