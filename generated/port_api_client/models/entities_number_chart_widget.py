from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.calculation_by import CalculationBy
from ..models.decimal_places import DecimalPlaces
from ..models.display_formatting import DisplayFormatting
from ..models.entities_number_chart_literal import EntitiesNumberChartLiteral
from ..models.unit import Unit
from ..models.unit_alignment import UnitAlignment
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conditional_formatting import ConditionalFormatting


T = TypeVar("T", bound="EntitiesNumberChartWidget")


@_attrs_define
class EntitiesNumberChartWidget:
    """
    Attributes:
        type_ (EntitiesNumberChartLiteral):
        unit (Unit):
        id (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        title (str | Unset):
        icon (str | Unset):
        description (str | Unset):
        empty_state_text (str | Unset):
        unit_alignment (UnitAlignment | Unset):
        calculation_by (CalculationBy | Unset):
        conditional_formatting (list[ConditionalFormatting] | Unset):
        display_formatting (DisplayFormatting | Unset):
        decimal_places (DecimalPlaces | Unset):
    """

    type_: EntitiesNumberChartLiteral
    unit: Unit
    id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    title: str | Unset = UNSET
    icon: str | Unset = UNSET
    description: str | Unset = UNSET
    empty_state_text: str | Unset = UNSET
    unit_alignment: UnitAlignment | Unset = UNSET
    calculation_by: CalculationBy | Unset = UNSET
    conditional_formatting: list[ConditionalFormatting] | Unset = UNSET
    display_formatting: DisplayFormatting | Unset = UNSET
    decimal_places: DecimalPlaces | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ConditionalFormatting = _models.ConditionalFormatting
        type_ = self.type_.value

        unit = self.unit.value

        id = self.id

        updated_at = self.updated_at

        updated_by = self.updated_by

        created_at = self.created_at

        created_by = self.created_by

        title = self.title

        icon = self.icon

        description = self.description

        empty_state_text = self.empty_state_text

        unit_alignment: str | Unset = UNSET
        if not isinstance(self.unit_alignment, Unset):
            unit_alignment = self.unit_alignment.value

        calculation_by: str | Unset = UNSET
        if not isinstance(self.calculation_by, Unset):
            calculation_by = self.calculation_by.value

        conditional_formatting: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditional_formatting, Unset):
            conditional_formatting = []
            for conditional_formatting_item_data in self.conditional_formatting:
                conditional_formatting_item = conditional_formatting_item_data.to_dict()
                conditional_formatting.append(conditional_formatting_item)

        display_formatting: str | Unset = UNSET
        if not isinstance(self.display_formatting, Unset):
            display_formatting = self.display_formatting.value

        decimal_places: str | Unset = UNSET
        if not isinstance(self.decimal_places, Unset):
            decimal_places = self.decimal_places.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "unit": unit,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if title is not UNSET:
            field_dict["title"] = title
        if icon is not UNSET:
            field_dict["icon"] = icon
        if description is not UNSET:
            field_dict["description"] = description
        if empty_state_text is not UNSET:
            field_dict["emptyStateText"] = empty_state_text
        if unit_alignment is not UNSET:
            field_dict["unitAlignment"] = unit_alignment
        if calculation_by is not UNSET:
            field_dict["calculationBy"] = calculation_by
        if conditional_formatting is not UNSET:
            field_dict["conditionalFormatting"] = conditional_formatting
        if display_formatting is not UNSET:
            field_dict["displayFormatting"] = display_formatting
        if decimal_places is not UNSET:
            field_dict["decimalPlaces"] = decimal_places

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ConditionalFormatting = _models.ConditionalFormatting
        d = dict(src_dict)
        type_ = EntitiesNumberChartLiteral(d.pop("type"))

        unit = Unit(d.pop("unit"))

        id = d.pop("id", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        title = d.pop("title", UNSET)

        icon = d.pop("icon", UNSET)

        description = d.pop("description", UNSET)

        empty_state_text = d.pop("emptyStateText", UNSET)

        _unit_alignment = d.pop("unitAlignment", UNSET)
        unit_alignment: UnitAlignment | Unset
        if isinstance(_unit_alignment, Unset):
            unit_alignment = UNSET
        else:
            unit_alignment = UnitAlignment(_unit_alignment)

        _calculation_by = d.pop("calculationBy", UNSET)
        calculation_by: CalculationBy | Unset
        if isinstance(_calculation_by, Unset):
            calculation_by = UNSET
        else:
            calculation_by = CalculationBy(_calculation_by)

        _conditional_formatting = d.pop("conditionalFormatting", UNSET)
        conditional_formatting: list[ConditionalFormatting] | Unset = UNSET
        if _conditional_formatting is not UNSET:
            conditional_formatting = []
            for conditional_formatting_item_data in _conditional_formatting:
                conditional_formatting_item = ConditionalFormatting.from_dict(
                    conditional_formatting_item_data
                )

                conditional_formatting.append(conditional_formatting_item)

        _display_formatting = d.pop("displayFormatting", UNSET)
        display_formatting: DisplayFormatting | Unset
        if isinstance(_display_formatting, Unset):
            display_formatting = UNSET
        else:
            display_formatting = DisplayFormatting(_display_formatting)

        _decimal_places = d.pop("decimalPlaces", UNSET)
        decimal_places: DecimalPlaces | Unset
        if isinstance(_decimal_places, Unset):
            decimal_places = UNSET
        else:
            decimal_places = DecimalPlaces(_decimal_places)

        entities_number_chart_widget = cls(
            type_=type_,
            unit=unit,
            id=id,
            updated_at=updated_at,
            updated_by=updated_by,
            created_at=created_at,
            created_by=created_by,
            title=title,
            icon=icon,
            description=description,
            empty_state_text=empty_state_text,
            unit_alignment=unit_alignment,
            calculation_by=calculation_by,
            conditional_formatting=conditional_formatting,
            display_formatting=display_formatting,
            decimal_places=decimal_places,
        )

        entities_number_chart_widget.additional_properties = d
        return entities_number_chart_widget

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
