from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_literal import CustomLiteral
from ..types import UNSET, Unset

T = TypeVar("T", bound="WidgetGroupWidget")


@_attrs_define
class WidgetGroupWidget:
    """
    Attributes:
        markdown (str):
        source (CustomLiteral | Unset):
    """

    markdown: str
    source: CustomLiteral | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        markdown = self.markdown

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "markdown": markdown,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        markdown = d.pop("markdown")

        _source = d.pop("source", UNSET)
        source: CustomLiteral | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CustomLiteral(_source)

        widget_group_widget = cls(
            markdown=markdown,
            source=source,
        )

        widget_group_widget.additional_properties = d
        return widget_group_widget

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
