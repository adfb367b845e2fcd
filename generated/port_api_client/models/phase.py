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
    from ..models.phase_delete import PhaseDelete
    from ..models.resync import Resync


T = TypeVar("T", bound="Phase")


@_attrs_define
class Phase:
    """
    Attributes:
        resync (Resync | Unset):
        load (PhaseDelete | Unset):
        extract (PhaseDelete | Unset):
        transform (PhaseDelete | Unset):
        delete (PhaseDelete | Unset):
    """

    resync: Resync | Unset = UNSET
    load: PhaseDelete | Unset = UNSET
    extract: PhaseDelete | Unset = UNSET
    transform: PhaseDelete | Unset = UNSET
    delete: PhaseDelete | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(self.resync, Unset):
            field_dict["resync"] = self.resync.to_dict()

        if not isinstance(self.load, Unset):
            field_dict["load"] = self.load.to_dict()

        if not isinstance(self.extract, Unset):
            field_dict["extract"] = self.extract.to_dict()

        if not isinstance(self.transform, Unset):
            field_dict["transform"] = self.transform.to_dict()

        if not isinstance(self.delete, Unset):
            field_dict["delete"] = self.delete.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        _resync = d.pop("resync", UNSET)
        resync: Resync | Unset = UNSET
        if isinstance(_resync, dict):
            resync = _lazy_models.Resync.from_dict(_resync)
        elif _resync is not UNSET:
            d["resync"] = _resync

        _load = d.pop("load", UNSET)
        load: PhaseDelete | Unset = UNSET
        if isinstance(_load, dict):
            load = _lazy_models.PhaseDelete.from_dict(_load)
        elif _load is not UNSET:
            d["load"] = _load

        _extract = d.pop("extract", UNSET)
        extract: PhaseDelete | Unset = UNSET
        if isinstance(_extract, dict):
            extract = _lazy_models.PhaseDelete.from_dict(_extract)
        elif _extract is not UNSET:
            d["extract"] = _extract

        _transform = d.pop("transform", UNSET)
        transform: PhaseDelete | Unset = UNSET
        if isinstance(_transform, dict):
            transform = _lazy_models.PhaseDelete.from_dict(_transform)
        elif _transform is not UNSET:
            d["transform"] = _transform

        _delete = d.pop("delete", UNSET)
        delete: PhaseDelete | Unset = UNSET
        if isinstance(_delete, dict):
            delete = _lazy_models.PhaseDelete.from_dict(_delete)
        elif _delete is not UNSET:
            d["delete"] = _delete

        phase = cls(
            resync=resync,
            load=load,
            extract=extract,
            transform=transform,
            delete=delete,
        )
        phase.additional_properties = d
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
