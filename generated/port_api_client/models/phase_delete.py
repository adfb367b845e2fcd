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
    from ..models.object_count_type import ObjectCountType


T = TypeVar("T", bound="PhaseDelete")


@_attrs_define
class PhaseDelete:
    """
    Attributes:
        object_count_type (ObjectCountType | Unset):
    """

    object_count_type: ObjectCountType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ObjectCountType = _models.ObjectCountType
        object_count_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_count_type, Unset):
            object_count_type = self.object_count_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_count_type is not UNSET:
            field_dict["object_count_type"] = object_count_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ObjectCountType = _models.ObjectCountType
        d = dict(src_dict)
        _object_count_type = d.pop("object_count_type", UNSET)
        object_count_type: ObjectCountType | Unset
        if isinstance(_object_count_type, Unset):
            object_count_type = UNSET
        else:
            object_count_type = ObjectCountType.from_dict(_object_count_type)

        phase_delete = cls(
            object_count_type=object_count_type,
        )

        phase_delete.additional_properties = d
        return phase_delete

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
