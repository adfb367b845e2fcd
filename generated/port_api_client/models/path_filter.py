from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PathFilter")


@_attrs_define
class PathFilter:
    """
    Attributes:
        path (list[str] | Unset):
        from_blueprint (str | Unset):
    """

    path: list[str] | Unset = UNSET
    from_blueprint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path: list[str] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = self.path

        from_blueprint = self.from_blueprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if from_blueprint is not UNSET:
            field_dict["fromBlueprint"] = from_blueprint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = cast(list[str], d.pop("path", UNSET))

        from_blueprint = d.pop("fromBlueprint", UNSET)

        path_filter = cls(
            path=path,
            from_blueprint=from_blueprint,
        )

        path_filter.additional_properties = d
        return path_filter

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
