from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.calculation_by import CalculationBy
from ..models.decimal_places import DecimalPlaces
from ..models.display_formatting import DisplayFormatting
from ..models.entities_number_chart_literal import EntitiesNumberChartLiteral
from ..models.unit import Unit
from ..models.unit_alignment import UnitAlignment
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
    _unfit,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("entities-number-chart",),
        "unit": lambda v: (
            isinstance(v, str)
            and v
            in (
                "none",
                "$",
                "\u20ac",
                "\u00a3",
                "%",
                "custom",
            )
        ),
        "id": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "emptyStateText": lambda v: isinstance(v, str),
        "unitAlignment": lambda v: (
            isinstance(v, str)
            and v
            in (
                "left",
                "right",
            )
        ),
        "calculationBy": lambda v: (
            isinstance(v, str)
            and v
            in (
                "entities",
                "property",
            )
        ),
        "conditionalFormatting": lambda v: (
            isinstance(v, list) and all(isinstance(item1, dict) for item1 in v)
        ),
        "displayFormatting": lambda v: (
            isinstance(v, str)
            and v
            in (
                "none",
                "round",
                "custom",
            )
        ),
        "decimalPlaces": lambda v: (
            isinstance(v, str)
            and v
            in (
                ".0",
                ".00",
                ".000",
                ".0000",
                ".00000",
            )
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "unit": "unit",
        "id": "id",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "title": "title",
        "icon": "icon",
        "description": "description",
        "empty_state_text": "emptyStateText",
        "unit_alignment": "unitAlignment",
        "calculation_by": "calculationBy",
        "conditional_formatting": "conditionalFormatting",
        "display_formatting": "displayFormatting",
        "decimal_places": "decimalPlaces",
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
        field_dict["type"] = self.type_.value

        field_dict["unit"] = self.unit.value

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at

        if self.updated_by is not UNSET:
            field_dict["updatedBy"] = self.updated_by

        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at

        if self.created_by is not UNSET:
            field_dict["createdBy"] = self.created_by

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.empty_state_text is not UNSET:
            field_dict["emptyStateText"] = self.empty_state_text

        if not isinstance(self.unit_alignment, Unset):
            field_dict["unitAlignment"] = self.unit_alignment.value

        if not isinstance(self.calculation_by, Unset):
            field_dict["calculationBy"] = self.calculation_by.value

        if not isinstance(self.conditional_formatting, Unset):
            field_dict["conditionalFormatting"] = [
                item0.to_dict() for item0 in self.conditional_formatting
            ]

        if not isinstance(self.display_formatting, Unset):
            field_dict["displayFormatting"] = self.display_formatting.value

        if not isinstance(self.decimal_places, Unset):
            field_dict["decimalPlaces"] = self.decimal_places.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: EntitiesNumberChartLiteral = EntitiesNumberChartLiteral(_type_)

        _unit = d.pop("unit")
        if not isinstance(_unit, str):
            raise _unfit(cls, "unit", _unit)
        unit: Unit = Unit(_unit)

        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            d["id"] = id
            id = UNSET

        updated_at = d.pop("updatedAt", UNSET)
        if not isinstance(updated_at, str) and updated_at is not UNSET:
            d["updatedAt"] = updated_at
            updated_at = UNSET

        updated_by = d.pop("updatedBy", UNSET)
        if not isinstance(updated_by, str) and updated_by is not UNSET:
            d["updatedBy"] = updated_by
            updated_by = UNSET

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, str) and created_at is not UNSET:
            d["createdAt"] = created_at
            created_at = UNSET

        created_by = d.pop("createdBy", UNSET)
        if not isinstance(created_by, str) and created_by is not UNSET:
            d["createdBy"] = created_by
            created_by = UNSET

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        icon = d.pop("icon", UNSET)
        if not isinstance(icon, str) and icon is not UNSET:
            d["icon"] = icon
            icon = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            d["description"] = description
            description = UNSET

        empty_state_text = d.pop("emptyStateText", UNSET)
        if not isinstance(empty_state_text, str) and empty_state_text is not UNSET:
            d["emptyStateText"] = empty_state_text
            empty_state_text = UNSET

        _unit_alignment = d.pop("unitAlignment", UNSET)
        unit_alignment: UnitAlignment | Unset = UNSET
        if isinstance(_unit_alignment, str):
            unit_alignment = UnitAlignment(_unit_alignment)
        elif _unit_alignment is not UNSET:
            d["unitAlignment"] = _unit_alignment

        _calculation_by = d.pop("calculationBy", UNSET)
        calculation_by: CalculationBy | Unset = UNSET
        if isinstance(_calculation_by, str):
            calculation_by = CalculationBy(_calculation_by)
        elif _calculation_by is not UNSET:
            d["calculationBy"] = _calculation_by

        _conditional_formatting = d.pop("conditionalFormatting", UNSET)
        conditional_formatting: list[ConditionalFormatting] | Unset = UNSET
        if isinstance(_conditional_formatting, list) and _all_instances(
            _conditional_formatting, dict
        ):
            conditional_formatting = [
                _lazy_models.ConditionalFormatting.from_dict(item0)
                for item0 in _conditional_formatting
            ]
        elif _conditional_formatting is not UNSET:
            d["conditionalFormatting"] = _conditional_formatting

        _display_formatting = d.pop("displayFormatting", UNSET)
        display_formatting: DisplayFormatting | Unset = UNSET
        if isinstance(_display_formatting, str):
            display_formatting = DisplayFormatting(_display_formatting)
        elif _display_formatting is not UNSET:
            d["displayFormatting"] = _display_formatting

        _decimal_places = d.pop("decimalPlaces", UNSET)
        decimal_places: DecimalPlaces | Unset = UNSET
        if isinstance(_decimal_places, str):
            decimal_places = DecimalPlaces(_decimal_places)
        elif _decimal_places is not UNSET:
            d["decimalPlaces"] = _decimal_places

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
