from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.entities_pie_chart_literal import EntitiesPieChartLiteral
from ..types import (
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.search_entities_body import SearchEntitiesBody


T = TypeVar("T", bound="EntitiesPieChartWidget")


@_attrs_define
class EntitiesPieChartWidget:
    """
    Attributes:
        type_ (EntitiesPieChartLiteral):
        property_ (str):
        dataset (SearchEntitiesBody):
        id (str | None):
        updated_at (str | None):
        updated_by (str | None):
        created_at (str | None):
        created_by (str | None):
        icon (str | None):
        title (str | None):
        blueprint (str | None):
        description (str | None):
        empty_state_text (str | None):
    """

    type_: EntitiesPieChartLiteral
    property_: str
    dataset: SearchEntitiesBody
    id: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None
    created_at: str | None = None
    created_by: str | None = None
    icon: str | None = None
    title: str | None = None
    blueprint: str | None = None
    description: str | None = None
    empty_state_text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("entities-pie-chart",),
        "property": lambda v: isinstance(v, str),
        "dataset": lambda v: isinstance(v, dict),
        "id": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "blueprint": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "emptyStateText": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "property_": "property",
        "dataset": "dataset",
        "id": "id",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "icon": "icon",
        "title": "title",
        "blueprint": "blueprint",
        "description": "description",
        "empty_state_text": "emptyStateText",
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

        field_dict["property"] = self.property_

        field_dict["dataset"] = self.dataset.to_dict()

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

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.blueprint is not None:
            field_dict["blueprint"] = self.blueprint
        elif self._nulls and "blueprint" in self._nulls:
            field_dict["blueprint"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.empty_state_text is not None:
            field_dict["emptyStateText"] = self.empty_state_text
        elif self._nulls and "emptyStateText" in self._nulls:
            field_dict["emptyStateText"] = None

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
        type_: EntitiesPieChartLiteral = EntitiesPieChartLiteral(_type_)

        _property_ = d.pop("property")
        if not isinstance(_property_, str):
            raise _unfit(cls, "property", _property_)
        property_: str = _property_

        _dataset = d.pop("dataset")
        if not isinstance(_dataset, dict):
            raise _unfit(cls, "dataset", _dataset)
        dataset: SearchEntitiesBody = _lazy_models.SearchEntitiesBody.from_dict(_dataset)

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

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        blueprint = d.pop("blueprint", None)
        if blueprint is None:
            if "blueprint" in src_dict:
                nulls += ("blueprint",)
        elif not isinstance(blueprint, str):
            d["blueprint"] = blueprint
            blueprint = None

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

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        entities_pie_chart_widget = cls.__new__(cls)
        entities_pie_chart_widget.type_ = type_
        entities_pie_chart_widget.property_ = property_
        entities_pie_chart_widget.dataset = dataset
        entities_pie_chart_widget.id = id
        entities_pie_chart_widget.updated_at = updated_at
        entities_pie_chart_widget.updated_by = updated_by
        entities_pie_chart_widget.created_at = created_at
        entities_pie_chart_widget.created_by = created_by
        entities_pie_chart_widget.icon = icon
        entities_pie_chart_widget.title = title
        entities_pie_chart_widget.blueprint = blueprint
        entities_pie_chart_widget.description = description
        entities_pie_chart_widget.empty_state_text = empty_state_text
        entities_pie_chart_widget.additional_properties = d
        entities_pie_chart_widget._nulls = nulls
        return entities_pie_chart_widget

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
