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
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.deleted import Deleted


T = TypeVar("T", bound="ObjectCountType")


@_attrs_define
class ObjectCountType:
    """
    Attributes:
        skipped (Deleted | None):
        failed (Deleted | None):
        loaded (Deleted | None):
        raw_extracted (Deleted | None):
        transformed (Deleted | None):
        filtered_out (Deleted | None):
        deleted (Deleted | None):
    """

    skipped: Deleted | None = None
    failed: Deleted | None = None
    loaded: Deleted | None = None
    raw_extracted: Deleted | None = None
    transformed: Deleted | None = None
    filtered_out: Deleted | None = None
    deleted: Deleted | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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
        if self.skipped is not None:
            field_dict["skipped"] = self.skipped.to_dict()
        elif self._nulls and "skipped" in self._nulls:
            field_dict["skipped"] = None

        if self.failed is not None:
            field_dict["failed"] = self.failed.to_dict()
        elif self._nulls and "failed" in self._nulls:
            field_dict["failed"] = None

        if self.loaded is not None:
            field_dict["loaded"] = self.loaded.to_dict()
        elif self._nulls and "loaded" in self._nulls:
            field_dict["loaded"] = None

        if self.raw_extracted is not None:
            field_dict["raw_extracted"] = self.raw_extracted.to_dict()
        elif self._nulls and "raw_extracted" in self._nulls:
            field_dict["raw_extracted"] = None

        if self.transformed is not None:
            field_dict["transformed"] = self.transformed.to_dict()
        elif self._nulls and "transformed" in self._nulls:
            field_dict["transformed"] = None

        if self.filtered_out is not None:
            field_dict["filtered_out"] = self.filtered_out.to_dict()
        elif self._nulls and "filtered_out" in self._nulls:
            field_dict["filtered_out"] = None

        if self.deleted is not None:
            field_dict["deleted"] = self.deleted.to_dict()
        elif self._nulls and "deleted" in self._nulls:
            field_dict["deleted"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _skipped = d.pop("skipped", None)
        skipped: Any = None
        if _skipped is None:
            if "skipped" in src_dict:
                nulls += ("skipped",)
        elif isinstance(_skipped, dict):
            skipped = _lazy_models.Deleted.from_dict(_skipped)
        else:
            d["skipped"] = _skipped

        _failed = d.pop("failed", None)
        failed: Any = None
        if _failed is None:
            if "failed" in src_dict:
                nulls += ("failed",)
        elif isinstance(_failed, dict):
            failed = _lazy_models.Deleted.from_dict(_failed)
        else:
            d["failed"] = _failed

        _loaded = d.pop("loaded", None)
        loaded: Any = None
        if _loaded is None:
            if "loaded" in src_dict:
                nulls += ("loaded",)
        elif isinstance(_loaded, dict):
            loaded = _lazy_models.Deleted.from_dict(_loaded)
        else:
            d["loaded"] = _loaded

        _raw_extracted = d.pop("raw_extracted", None)
        raw_extracted: Any = None
        if _raw_extracted is None:
            if "raw_extracted" in src_dict:
                nulls += ("raw_extracted",)
        elif isinstance(_raw_extracted, dict):
            raw_extracted = _lazy_models.Deleted.from_dict(_raw_extracted)
        else:
            d["raw_extracted"] = _raw_extracted

        _transformed = d.pop("transformed", None)
        transformed: Any = None
        if _transformed is None:
            if "transformed" in src_dict:
                nulls += ("transformed",)
        elif isinstance(_transformed, dict):
            transformed = _lazy_models.Deleted.from_dict(_transformed)
        else:
            d["transformed"] = _transformed

        _filtered_out = d.pop("filtered_out", None)
        filtered_out: Any = None
        if _filtered_out is None:
            if "filtered_out" in src_dict:
                nulls += ("filtered_out",)
        elif isinstance(_filtered_out, dict):
            filtered_out = _lazy_models.Deleted.from_dict(_filtered_out)
        else:
            d["filtered_out"] = _filtered_out

        _deleted = d.pop("deleted", None)
        deleted: Any = None
        if _deleted is None:
            if "deleted" in src_dict:
                nulls += ("deleted",)
        elif isinstance(_deleted, dict):
            deleted = _lazy_models.Deleted.from_dict(_deleted)
        else:
            d["deleted"] = _deleted

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        object_count_type = cls.__new__(cls)
        object_count_type.skipped = skipped
        object_count_type.failed = failed
        object_count_type.loaded = loaded
        object_count_type.raw_extracted = raw_extracted
        object_count_type.transformed = transformed
        object_count_type.filtered_out = filtered_out
        object_count_type.deleted = deleted
        object_count_type.additional_properties = d
        object_count_type._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
