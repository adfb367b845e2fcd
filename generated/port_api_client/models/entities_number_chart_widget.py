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
        id (str | None):
        updated_at (str | None):
        updated_by (str | None):
        created_at (str | None):
        created_by (str | None):
        title (str | None):
        icon (str | None):
        description (str | None):
        empty_state_text (str | None):
        unit_alignment (UnitAlignment | None):
        calculation_by (CalculationBy | None):
        conditional_formatting (list[ConditionalFormatting] | None):
        display_formatting (DisplayFormatting | None):
        decimal_places (DecimalPlaces | None):
    """

    type_: EntitiesNumberChartLiteral
    unit: Unit
    id: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None
    created_at: str | None = None
    created_by: str | None = None
    title: str | None = None
    icon: str | None = None
    description: str | None = None
    empty_state_text: str | None = None
    unit_alignment: UnitAlignment | None = None
    calculation_by: CalculationBy | None = None
    conditional_formatting: list[ConditionalFormatting] | None = None
    display_formatting: DisplayFormatting | None = None
    decimal_places: DecimalPlaces | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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

        if self.id is not None:
            field_dict["id"] = self.id
        elif self._nulls and "id" in self._nulls:
            field_dict["id"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by
        elif self._nulls and "updatedBy" in self._nulls:
            field_dict["updatedBy"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        elif self._nulls and "createdBy" in self._nulls:
            field_dict["createdBy"] = None

        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.empty_state_text is not None:
            field_dict["emptyStateText"] = self.empty_state_text
        elif self._nulls and "emptyStateText" in self._nulls:
            field_dict["emptyStateText"] = None

        if self.unit_alignment is not None:
            field_dict["unitAlignment"] = self.unit_alignment.value
        elif self._nulls and "unitAlignment" in self._nulls:
            field_dict["unitAlignment"] = None

        if self.calculation_by is not None:
            field_dict["calculationBy"] = self.calculation_by.value
        elif self._nulls and "calculationBy" in self._nulls:
            field_dict["calculationBy"] = None

        if self.conditional_formatting is not None:
            field_dict["conditionalFormatting"] = [
                item0.to_dict() for item0 in self.conditional_formatting
            ]
        elif self._nulls and "conditionalFormatting" in self._nulls:
            field_dict["conditionalFormatting"] = None

        if self.display_formatting is not None:
            field_dict["displayFormatting"] = self.display_formatting.value
        elif self._nulls and "displayFormatting" in self._nulls:
            field_dict["displayFormatting"] = None

        if self.decimal_places is not None:
            field_dict["decimalPlaces"] = self.decimal_places.value
        elif self._nulls and "decimalPlaces" in self._nulls:
            field_dict["decimalPlaces"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: EntitiesNumberChartLiteral = EntitiesNumberChartLiteral(_type_)

        _unit = d.pop("unit")
        if not isinstance(_unit, str):
            raise _unfit(cls, "unit", _unit)
        unit: Unit = Unit(_unit)

        id = d.pop("id", None)
        if id is None:
            if "id" in src_dict:
                nulls += ("id",)
        elif not isinstance(id, str):
            d["id"] = id
            id = None

        updated_at = d.pop("updatedAt", None)
        if updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        elif not isinstance(updated_at, str):
            d["updatedAt"] = updated_at
            updated_at = None

        updated_by = d.pop("updatedBy", None)
        if updated_by is None:
            if "updatedBy" in src_dict:
                nulls += ("updatedBy",)
        elif not isinstance(updated_by, str):
            d["updatedBy"] = updated_by
            updated_by = None

        created_at = d.pop("createdAt", None)
        if created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        elif not isinstance(created_at, str):
            d["createdAt"] = created_at
            created_at = None

        created_by = d.pop("createdBy", None)
        if created_by is None:
            if "createdBy" in src_dict:
                nulls += ("createdBy",)
        elif not isinstance(created_by, str):
            d["createdBy"] = created_by
            created_by = None

        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not isinstance(description, str):
            d["description"] = description
            description = None

        empty_state_text = d.pop("emptyStateText", None)
        if empty_state_text is None:
            if "emptyStateText" in src_dict:
                nulls += ("emptyStateText",)
        elif not isinstance(empty_state_text, str):
            d["emptyStateText"] = empty_state_text
            empty_state_text = None

        _unit_alignment = d.pop("unitAlignment", None)
        unit_alignment: Any = None
        if _unit_alignment is None:
            if "unitAlignment" in src_dict:
                nulls += ("unitAlignment",)
        elif isinstance(_unit_alignment, str):
            unit_alignment = UnitAlignment(_unit_alignment)
        else:
            d["unitAlignment"] = _unit_alignment

        _calculation_by = d.pop("calculationBy", None)
        calculation_by: Any = None
        if _calculation_by is None:
            if "calculationBy" in src_dict:
                nulls += ("calculationBy",)
        elif isinstance(_calculation_by, str):
            calculation_by = CalculationBy(_calculation_by)
        else:
            d["calculationBy"] = _calculation_by

        _conditional_formatting = d.pop("conditionalFormatting", None)
        conditional_formatting: Any = None
        if _conditional_formatting is None:
            if "conditionalFormatting" in src_dict:
                nulls += ("conditionalFormatting",)
        elif isinstance(_conditional_formatting, list) and _all_instances(
            _conditional_formatting, dict
        ):
            conditional_formatting = [
                _lazy_models.ConditionalFormatting.from_dict(item0)
                for item0 in _conditional_formatting
            ]
        else:
            d["conditionalFormatting"] = _conditional_formatting

        _display_formatting = d.pop("displayFormatting", None)
        display_formatting: Any = None
        if _display_formatting is None:
            if "displayFormatting" in src_dict:
                nulls += ("displayFormatting",)
        elif isinstance(_display_formatting, str):
            display_formatting = DisplayFormatting(_display_formatting)
        else:
            d["displayFormatting"] = _display_formatting

        _decimal_places = d.pop("decimalPlaces", None)
        decimal_places: Any = None
        if _decimal_places is None:
            if "decimalPlaces" in src_dict:
                nulls += ("decimalPlaces",)
        elif isinstance(_decimal_places, str):
            decimal_places = DecimalPlaces(_decimal_places)
        else:
            d["decimalPlaces"] = _decimal_places

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        entities_number_chart_widget = cls.__new__(cls)
        entities_number_chart_widget.type_ = type_
        entities_number_chart_widget.unit = unit
        entities_number_chart_widget.id = id
        entities_number_chart_widget.updated_at = updated_at
        entities_number_chart_widget.updated_by = updated_by
        entities_number_chart_widget.created_at = created_at
        entities_number_chart_widget.created_by = created_by
        entities_number_chart_widget.title = title
        entities_number_chart_widget.icon = icon
        entities_number_chart_widget.description = description
        entities_number_chart_widget.empty_state_text = empty_state_text
        entities_number_chart_widget.unit_alignment = unit_alignment
        entities_number_chart_widget.calculation_by = calculation_by
        entities_number_chart_widget.conditional_formatting = conditional_formatting
        entities_number_chart_widget.display_formatting = display_formatting
        entities_number_chart_widget.decimal_places = decimal_places
        entities_number_chart_widget.additional_properties = d
        entities_number_chart_widget._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
