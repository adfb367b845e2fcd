from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.property_literal import PropertyLiteral

T = TypeVar("T", bound="WidgetWidget")


@_attrs_define
class WidgetWidget:
    """
    Attributes:
        source (PropertyLiteral):
        blueprint_identifier (str):
        property_identifier (str):
        entity_identifier (str):
    """

    source: PropertyLiteral
    blueprint_identifier: str
    property_identifier: str
    entity_identifier: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        blueprint_identifier = self.blueprint_identifier

        property_identifier = self.property_identifier

        entity_identifier = self.entity_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "blueprintIdentifier": blueprint_identifier,
                "propertyIdentifier": property_identifier,
                "entityIdentifier": entity_identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = PropertyLiteral(d.pop("source"))

        blueprint_identifier = d.pop("blueprintIdentifier")

        property_identifier = d.pop("propertyIdentifier")

        entity_identifier = d.pop("entityIdentifier")

        widget_widget = cls(
            source=source,
            blueprint_identifier=blueprint_identifier,
            property_identifier=property_identifier,
            entity_identifier=entity_identifier,
        )

        widget_widget.additional_properties = d
        return widget_widget

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
