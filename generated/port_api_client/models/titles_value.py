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
    from ..models.jq_query import JqQuery


T = TypeVar("T", bound="TitlesValue")


@_attrs_define
class TitlesValue:
    """
    Attributes:
        title (str | Unset):
        description (str | Unset):
        visible (bool | JqQuery | Unset):
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    visible: bool | JqQuery | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        JqQuery = _models.JqQuery
        title = self.title

        description = self.description

        visible: bool | dict[str, Any] | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        elif isinstance(self.visible, JqQuery):
            visible = self.visible.to_dict()
        else:
            visible = self.visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if visible is not UNSET:
            field_dict["visible"] = visible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        JqQuery = _models.JqQuery
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        def _parse_visible(data: object) -> bool | JqQuery | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                visible_type_1 = JqQuery.from_dict(data)

                return visible_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | JqQuery | Unset, data)

        visible = _parse_visible(d.pop("visible", UNSET))

        titles_value = cls(
            title=title,
            description=description,
            visible=visible,
        )

        titles_value.additional_properties = d
        return titles_value

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
