from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.number_literal import NumberLiteral
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _fit,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.aggregation_properties_value_calculation_spec import (
        AggregationPropertiesValueCalculationSpec,
    )
    from ..models.create_blueprint_response_blueprint_aggregation_properties_value_calculation_spec import (
        CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec,
    )
    from ..models.create_blueprint_response_blueprint_aggregation_properties_value_calculation_spec_2 import (
        CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2,
    )
    from ..models.path_filter import PathFilter
    from ..models.search_entities_body import SearchEntitiesBody
    from ..models.value_calculation_spec import ValueCalculationSpec


T = TypeVar("T", bound="AggregationPropertiesValue")


@_attrs_define
class AggregationPropertiesValue:
    """
    Attributes:
        title (str | None):
        description (str | None):
        icon (str | None):
        type_ (NumberLiteral | None):
        target (str | None):
        calculation_spec (AggregationPropertiesValueCalculationSpec |
            CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec |
            CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2 | ValueCalculationSpec | None):
        query (SearchEntitiesBody | None):
        path_filter (list[PathFilter] | None):
    """

    title: str | None = None
    description: str | None = None
    icon: str | None = None
    type_: NumberLiteral | None = None
    target: str | None = None
    calculation_spec: (
        AggregationPropertiesValueCalculationSpec
        | CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec
        | CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2
        | ValueCalculationSpec
        | None
    ) = None
    query: SearchEntitiesBody | None = None
    path_filter: list[PathFilter] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "title": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "type": lambda v: isinstance(v, str) and v in ("number",),
        "target": lambda v: isinstance(v, str),
        "calculationSpec": lambda v: isinstance(v, dict),
        "query": lambda v: isinstance(v, dict),
        "pathFilter": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "title": "title",
        "description": "description",
        "icon": "icon",
        "type_": "type",
        "target": "target",
        "calculation_spec": "calculationSpec",
        "query": "query",
        "path_filter": "pathFilter",
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
        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.type_ is not None:
            field_dict["type"] = self.type_.value
        elif self._nulls and "type" in self._nulls:
            field_dict["type"] = None

        if self.target is not None:
            field_dict["target"] = self.target
        elif self._nulls and "target" in self._nulls:
            field_dict["target"] = None

        if self.calculation_spec is not None:
            field_dict["calculationSpec"] = (
                self.calculation_spec.to_dict()
                if isinstance(self.calculation_spec, _lazy_models.ValueCalculationSpec)
                else self.calculation_spec.to_dict()
                if isinstance(
                    self.calculation_spec, _lazy_models.AggregationPropertiesValueCalculationSpec
                )
                else self.calculation_spec.to_dict()
                if isinstance(
                    self.calculation_spec,
                    _lazy_models.CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec,
                )
                else self.calculation_spec.to_dict()
                if isinstance(
                    self.calculation_spec,
                    _lazy_models.CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2,
                )
                else self.calculation_spec
            )
        elif self._nulls and "calculationSpec" in self._nulls:
            field_dict["calculationSpec"] = None

        if self.query is not None:
            field_dict["query"] = self.query.to_dict()
        elif self._nulls and "query" in self._nulls:
            field_dict["query"] = None

        if self.path_filter is not None:
            field_dict["pathFilter"] = [item0.to_dict() for item0 in self.path_filter]
        elif self._nulls and "pathFilter" in self._nulls:
            field_dict["pathFilter"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not isinstance(description, str):
            d["description"] = description
            description = None

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        _type_ = d.pop("type", None)
        type_: Any = None
        if _type_ is None:
            if "type" in src_dict:
                nulls += ("type",)
        elif isinstance(_type_, str):
            type_ = NumberLiteral(_type_)
        else:
            d["type"] = _type_

        target = d.pop("target", None)
        if target is None:
            if "target" in src_dict:
                nulls += ("target",)
        elif not isinstance(target, str):
            d["target"] = target
            target = None

        _calculation_spec = d.pop("calculationSpec", None)
        calculation_spec: Any = None
        if _calculation_spec is None:
            if "calculationSpec" in src_dict:
                nulls += ("calculationSpec",)
        else:
            calculation_spec = _parse_calculation_spec(_calculation_spec)
            if calculation_spec is UNSET:
                d["calculationSpec"] = _calculation_spec
                calculation_spec = None

        _query = d.pop("query", None)
        query: Any = None
        if _query is None:
            if "query" in src_dict:
                nulls += ("query",)
        elif isinstance(_query, dict):
            query = _lazy_models.SearchEntitiesBody.from_dict(_query)
        else:
            d["query"] = _query

        _path_filter = d.pop("pathFilter", None)
        path_filter: Any = None
        if _path_filter is None:
            if "pathFilter" in src_dict:
                nulls += ("pathFilter",)
        elif isinstance(_path_filter, list) and _all_instances(_path_filter, dict):
            path_filter = [_lazy_models.PathFilter.from_dict(item0) for item0 in _path_filter]
        else:
            d["pathFilter"] = _path_filter

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        aggregation_properties_value = cls.__new__(cls)
        aggregation_properties_value.title = title
        aggregation_properties_value.description = description
        aggregation_properties_value.icon = icon
        aggregation_properties_value.type_ = type_
        aggregation_properties_value.target = target
        aggregation_properties_value.calculation_spec = calculation_spec
        aggregation_properties_value.query = query
        aggregation_properties_value.path_filter = path_filter
        aggregation_properties_value.additional_properties = d
        aggregation_properties_value._nulls = nulls
        return aggregation_properties_value

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


def _parse_calculation_spec(
    data: Any,
) -> (
    AggregationPropertiesValueCalculationSpec
    | CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec
    | CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2
    | ValueCalculationSpec
    | Unset
):
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.ValueCalculationSpec._json_checks),
            _fit(data, _lazy_models.AggregationPropertiesValueCalculationSpec._json_checks),
            _fit(
                data,
                _lazy_models.CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec._json_checks,
            ),
            _fit(
                data,
                _lazy_models.CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2._json_checks,
            ),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.ValueCalculationSpec.from_dict(data)
        if fits[1] == best:
            return _lazy_models.AggregationPropertiesValueCalculationSpec.from_dict(data)
        if fits[2] == best:
            return _lazy_models.CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec.from_dict(
                data
            )
        return _lazy_models.CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2.from_dict(
            data
        )
    return UNSET
