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
    from ..models.phase_delete import PhaseDelete
    from ..models.resync import Resync


T = TypeVar("T", bound="Phase")


@_attrs_define
class Phase:
    """
    Attributes:
        resync (Resync | None):
        load (PhaseDelete | None):
        extract (PhaseDelete | None):
        transform (PhaseDelete | None):
        delete (PhaseDelete | None):
    """

    resync: Resync | None = None
    load: PhaseDelete | None = None
    extract: PhaseDelete | None = None
    transform: PhaseDelete | None = None
    delete: PhaseDelete | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "resync": lambda v: isinstance(v, dict),
        "load": lambda v: isinstance(v, dict),
        "extract": lambda v: isinstance(v, dict),
        "transform": lambda v: isinstance(v, dict),
        "delete": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "resync": "resync",
        "load": "load",
        "extract": "extract",
        "transform": "transform",
        "delete": "delete",
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
        if self.resync is not None:
            field_dict["resync"] = self.resync.to_dict()
        elif self._nulls and "resync" in self._nulls:
            field_dict["resync"] = None

        if self.load is not None:
            field_dict["load"] = self.load.to_dict()
        elif self._nulls and "load" in self._nulls:
            field_dict["load"] = None

        if self.extract is not None:
            field_dict["extract"] = self.extract.to_dict()
        elif self._nulls and "extract" in self._nulls:
            field_dict["extract"] = None

        if self.transform is not None:
            field_dict["transform"] = self.transform.to_dict()
        elif self._nulls and "transform" in self._nulls:
            field_dict["transform"] = None

        if self.delete is not None:
            field_dict["delete"] = self.delete.to_dict()
        elif self._nulls and "delete" in self._nulls:
            field_dict["delete"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _resync = d.pop("resync", None)
        resync: Any = None
        if _resync is None:
            if "resync" in src_dict:
                nulls += ("resync",)
        elif isinstance(_resync, dict):
            resync = _lazy_models.Resync.from_dict(_resync)
        else:
            d["resync"] = _resync

        _load = d.pop("load", None)
        load: Any = None
        if _load is None:
            if "load" in src_dict:
                nulls += ("load",)
        elif isinstance(_load, dict):
            load = _lazy_models.PhaseDelete.from_dict(_load)
        else:
            d["load"] = _load

        _extract = d.pop("extract", None)
        extract: Any = None
        if _extract is None:
            if "extract" in src_dict:
                nulls += ("extract",)
        elif isinstance(_extract, dict):
            extract = _lazy_models.PhaseDelete.from_dict(_extract)
        else:
            d["extract"] = _extract

        _transform = d.pop("transform", None)
        transform: Any = None
        if _transform is None:
            if "transform" in src_dict:
                nulls += ("transform",)
        elif isinstance(_transform, dict):
            transform = _lazy_models.PhaseDelete.from_dict(_transform)
        else:
            d["transform"] = _transform

        _delete = d.pop("delete", None)
        delete: Any = None
        if _delete is None:
            if "delete" in src_dict:
                nulls += ("delete",)
        elif isinstance(_delete, dict):
            delete = _lazy_models.PhaseDelete.from_dict(_delete)
        else:
            d["delete"] = _delete

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        phase = cls.__new__(cls)
        phase.resync = resync
        phase.load = load
        phase.extract = extract
        phase.transform = transform
        phase.delete = delete
        phase.additional_properties = d
        phase._nulls = nulls
        return phase

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
