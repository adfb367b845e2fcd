from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.number_literal import NumberLiteral
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        AggregationPropertiesValueCalculationSpec = (
            _models.AggregationPropertiesValueCalculationSpec
        )
        CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec = (
            _models.CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec
        )
        CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2 = (
            _models.CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2
        )
        PathFilter = _models.PathFilter
        SearchEntitiesBody = _models.SearchEntitiesBody
        ValueCalculationSpec = _models.ValueCalculationSpec
        title = self.title

        description = self.description

        icon = self.icon

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        target = self.target

        calculation_spec: dict[str, Any] | Unset
        if isinstance(self.calculation_spec, Unset):
            calculation_spec = UNSET
        elif isinstance(self.calculation_spec, ValueCalculationSpec):
            calculation_spec = self.calculation_spec.to_dict()
        elif isinstance(self.calculation_spec, AggregationPropertiesValueCalculationSpec):
            calculation_spec = self.calculation_spec.to_dict()
        elif isinstance(
            self.calculation_spec,
            CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec,
        ):
            calculation_spec = self.calculation_spec.to_dict()
        else:
            calculation_spec = self.calculation_spec.to_dict()

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        path_filter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.path_filter, Unset):
            path_filter = []
            for path_filter_item_data in self.path_filter:
                path_filter_item = path_filter_item_data.to_dict()
                path_filter.append(path_filter_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if type_ is not UNSET:
            field_dict["type"] = type_
        if target is not UNSET:
            field_dict["target"] = target
        if calculation_spec is not UNSET:
            field_dict["calculationSpec"] = calculation_spec
        if query is not UNSET:
            field_dict["query"] = query
        if path_filter is not UNSET:
            field_dict["pathFilter"] = path_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        AggregationPropertiesValueCalculationSpec = (
            _models.AggregationPropertiesValueCalculationSpec
        )
        CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec = (
            _models.CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec
        )
        CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2 = (
            _models.CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2
        )
        PathFilter = _models.PathFilter
        SearchEntitiesBody = _models.SearchEntitiesBody
        ValueCalculationSpec = _models.ValueCalculationSpec
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: NumberLiteral | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NumberLiteral(_type_)

        target = d.pop("target", UNSET)

        def _parse_calculation_spec(
            data: object,
        ) -> (
            AggregationPropertiesValueCalculationSpec
            | CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec
            | CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2
            | Unset
            | ValueCalculationSpec
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_calculation_spec_type_0_type_0 = ValueCalculationSpec.from_dict(
                    data
                )

                return componentsschemas_calculation_spec_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_calculation_spec_type_0_type_1 = (
                    AggregationPropertiesValueCalculationSpec.from_dict(data)
                )

                return componentsschemas_calculation_spec_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_calculation_spec_type_1_type_0 = CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec.from_dict(
                    data
                )

                return componentsschemas_calculation_spec_type_1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_calculation_spec_type_1_type_1 = CreateBlueprintResponseBlueprintAggregationPropertiesValueCalculationSpec2.from_dict(
                data
            )

            return componentsschemas_calculation_spec_type_1_type_1

        calculation_spec = _parse_calculation_spec(d.pop("calculationSpec", UNSET))

        _query = d.pop("query", UNSET)
        query: SearchEntitiesBody | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = SearchEntitiesBody.from_dict(_query)

        _path_filter = d.pop("pathFilter", UNSET)
        path_filter: list[PathFilter] | Unset = UNSET
        if _path_filter is not UNSET:
            path_filter = []
            for path_filter_item_data in _path_filter:
                path_filter_item = PathFilter.from_dict(path_filter_item_data)

                path_filter.append(path_filter_item)

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
