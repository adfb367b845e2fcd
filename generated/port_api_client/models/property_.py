from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.path import Path


T = TypeVar("T", bound="Property")


@_attrs_define
class Property:
    """
    Attributes:
        path (list[Path | str] | Unset):
        from_blueprint (str | Unset):
    """

    path: list[Path | str] | Unset = UNSET
    from_blueprint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Path = _models.Path
        path: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = []
            for path_item_data in self.path:
                path_item: dict[str, Any] | str
                if isinstance(path_item_data, Path):
                    path_item = path_item_data.to_dict()
                else:
                    path_item = path_item_data
                path.append(path_item)

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
        Path = _models.Path
        d = dict(src_dict)
        _path = d.pop("path", UNSET)
        path: list[Path | str] | Unset = UNSET
        if _path is not UNSET:
            path = []
            for path_item_data in _path:

                def _parse_path_item(data: object) -> Path | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        path_item_type_1 = Path.from_dict(data)

                        return path_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Path | str, data)

                path_item = _parse_path_item(path_item_data)

                path.append(path_item)

        from_blueprint = d.pop("fromBlueprint", UNSET)

        property_ = cls(
            path=path,
            from_blueprint=from_blueprint,
        )

        property_.additional_properties = d
        return property_

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
