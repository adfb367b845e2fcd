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

    def to_dict(self) -> dict[str, Any]:
        PhaseDelete = _models.PhaseDelete
        Resync = _models.Resync
        resync: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resync, Unset):
            resync = self.resync.to_dict()

        load: dict[str, Any] | Unset = UNSET
        if not isinstance(self.load, Unset):
            load = self.load.to_dict()

        extract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extract, Unset):
            extract = self.extract.to_dict()

        transform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transform, Unset):
            transform = self.transform.to_dict()

        delete: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delete, Unset):
            delete = self.delete.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resync is not UNSET:
            field_dict["resync"] = resync
        if load is not UNSET:
            field_dict["load"] = load
        if extract is not UNSET:
            field_dict["extract"] = extract
        if transform is not UNSET:
            field_dict["transform"] = transform
        if delete is not UNSET:
            field_dict["delete"] = delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        PhaseDelete = _models.PhaseDelete
        Resync = _models.Resync
        d = dict(src_dict)
        _resync = d.pop("resync", UNSET)
        resync: Resync | Unset
        if isinstance(_resync, Unset):
            resync = UNSET
        else:
            resync = Resync.from_dict(_resync)

        _load = d.pop("load", UNSET)
        load: PhaseDelete | Unset
        if isinstance(_load, Unset):
            load = UNSET
        else:
            load = PhaseDelete.from_dict(_load)

        _extract = d.pop("extract", UNSET)
        extract: PhaseDelete | Unset
        if isinstance(_extract, Unset):
            extract = UNSET
        else:
            extract = PhaseDelete.from_dict(_extract)

        _transform = d.pop("transform", UNSET)
        transform: PhaseDelete | Unset
        if isinstance(_transform, Unset):
            transform = UNSET
        else:
            transform = PhaseDelete.from_dict(_transform)

        _delete = d.pop("delete", UNSET)
        delete: PhaseDelete | Unset
        if isinstance(_delete, Unset):
            delete = UNSET
        else:
            delete = PhaseDelete.from_dict(_delete)

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
