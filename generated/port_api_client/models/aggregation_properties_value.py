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
        title (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        type_ (NumberLiteral | Unset):
        target (str | Unset):
        calculation_spec (AggregationPropertiesValueCalculationSpec |
            CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec |
            CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2 | Unset | ValueCalculationSpec):
        query (SearchEntitiesBody | Unset):
        path_filter (list[PathFilter] | Unset):
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    type_: NumberLiteral | Unset = UNSET
    target: str | Unset = UNSET
    calculation_spec: (
        AggregationPropertiesValueCalculationSpec
        | CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec
        | CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2
        | Unset
        | ValueCalculationSpec
    ) = UNSET
    query: SearchEntitiesBody | Unset = UNSET
    path_filter: list[PathFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_.value

        if self.target is not UNSET:
            field_dict["target"] = self.target

        if not isinstance(self.calculation_spec, Unset):
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

        if not isinstance(self.query, Unset):
            field_dict["query"] = self.query.to_dict()

        if not isinstance(self.path_filter, Unset):
            field_dict["pathFilter"] = [item0.to_dict() for item0 in self.path_filter]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            d["description"] = description
            description = UNSET

        icon = d.pop("icon", UNSET)
        if not isinstance(icon, str) and icon is not UNSET:
            d["icon"] = icon
            icon = UNSET

        _type_ = d.pop("type", UNSET)
        type_: NumberLiteral | Unset = UNSET
        if isinstance(_type_, str):
            type_ = NumberLiteral(_type_)
        elif _type_ is not UNSET:
            d["type"] = _type_

        target = d.pop("target", UNSET)
        if not isinstance(target, str) and target is not UNSET:
            d["target"] = target
            target = UNSET

        _calculation_spec = d.pop("calculationSpec", UNSET)
        calculation_spec: (
            AggregationPropertiesValueCalculationSpec
            | CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec
            | CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2
            | Unset
            | ValueCalculationSpec
        ) = UNSET
        if _calculation_spec is not UNSET:
            calculation_spec = _parse_calculation_spec(_calculation_spec)
            if calculation_spec is UNSET:
                d["calculationSpec"] = _calculation_spec

        _query = d.pop("query", UNSET)
        query: SearchEntitiesBody | Unset = UNSET
        if isinstance(_query, dict):
            query = _lazy_models.SearchEntitiesBody.from_dict(_query)
        elif _query is not UNSET:
            d["query"] = _query

        _path_filter = d.pop("pathFilter", UNSET)
        path_filter: list[PathFilter] | Unset = UNSET
        if isinstance(_path_filter, list) and _all_instances(_path_filter, dict):
            path_filter = [_lazy_models.PathFilter.from_dict(item0) for item0 in _path_filter]
        elif _path_filter is not UNSET:
            d["pathFilter"] = _path_filter

        aggregation_properties_value = cls(
            title=title,
            description=description,
            icon=icon,
            type_=type_,
            target=target,
            calculation_spec=calculation_spec,
            query=query,
            path_filter=path_filter,
        )
        aggregation_properties_value.additional_properties = d
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
