from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.combinator import Combinator

if TYPE_CHECKING:
    from ..models.property_between_condition import PropertyBetweenCondition
    from ..models.property_comparison import PropertyComparison
    from ..models.property_contains_any_condition import PropertyContainsAnyCondition
    from ..models.property_empty_condition import PropertyEmptyCondition
    from ..models.relation_comparison import RelationComparison
    from ..models.relation_contains_any_condition import RelationContainsAnyCondition
    from ..models.relation_empty_condition import RelationEmptyCondition


T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter:
    """
    Attributes:
        combinator (Combinator):
        conditions (list[PropertyBetweenCondition | PropertyComparison | PropertyContainsAnyCondition |
            PropertyEmptyCondition | RelationComparison | RelationContainsAnyCondition | RelationEmptyCondition]):
    """

    combinator: Combinator
    conditions: list[
        PropertyBetweenCondition
        | PropertyComparison
        | PropertyContainsAnyCondition
        | PropertyEmptyCondition
        | RelationComparison
        | RelationContainsAnyCondition
        | RelationEmptyCondition
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        PropertyBetweenCondition = _models.PropertyBetweenCondition
        PropertyComparison = _models.PropertyComparison
        PropertyContainsAnyCondition = _models.PropertyContainsAnyCondition
        PropertyEmptyCondition = _models.PropertyEmptyCondition
        RelationComparison = _models.RelationComparison
        RelationContainsAnyCondition = _models.RelationContainsAnyCondition
        RelationEmptyCondition = _models.RelationEmptyCondition
        combinator = self.combinator.value

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item: dict[str, Any]
            if isinstance(conditions_item_data, PropertyBetweenCondition):
                conditions_item = conditions_item_data.to_dict()
            elif isinstance(conditions_item_data, PropertyContainsAnyCondition):
                conditions_item = conditions_item_data.to_dict()
            elif isinstance(conditions_item_data, RelationContainsAnyCondition):
                conditions_item = conditions_item_data.to_dict()
            elif isinstance(conditions_item_data, PropertyComparison):
                conditions_item = conditions_item_data.to_dict()
            elif isinstance(conditions_item_data, RelationComparison):
                conditions_item = conditions_item_data.to_dict()
            elif isinstance(conditions_item_data, PropertyEmptyCondition):
                conditions_item = conditions_item_data.to_dict()
            else:
                conditions_item = conditions_item_data.to_dict()

            conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "combinator": combinator,
                "conditions": conditions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        PropertyBetweenCondition = _models.PropertyBetweenCondition
        PropertyComparison = _models.PropertyComparison
        PropertyContainsAnyCondition = _models.PropertyContainsAnyCondition
        PropertyEmptyCondition = _models.PropertyEmptyCondition
        RelationComparison = _models.RelationComparison
        RelationContainsAnyCondition = _models.RelationContainsAnyCondition
        RelationEmptyCondition = _models.RelationEmptyCondition
        d = dict(src_dict)
        combinator = Combinator(d.pop("combinator"))

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:

            def _parse_conditions_item(
                data: object,
            ) -> (
                PropertyBetweenCondition
                | PropertyComparison
                | PropertyContainsAnyCondition
                | PropertyEmptyCondition
                | RelationComparison
                | RelationContainsAnyCondition
                | RelationEmptyCondition
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    conditions_item_type_0 = PropertyBetweenCondition.from_dict(data)

                    return conditions_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    conditions_item_type_1 = PropertyContainsAnyCondition.from_dict(data)

                    return conditions_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    conditions_item_type_2 = RelationContainsAnyCondition.from_dict(data)

                    return conditions_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    conditions_item_type_3 = PropertyComparison.from_dict(data)

                    return conditions_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    conditions_item_type_4 = RelationComparison.from_dict(data)

                    return conditions_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    conditions_item_type_5 = PropertyEmptyCondition.from_dict(data)

                    return conditions_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                conditions_item_type_6 = RelationEmptyCondition.from_dict(data)

                return conditions_item_type_6

            conditions_item = _parse_conditions_item(conditions_item_data)

            conditions.append(conditions_item)

        filter_ = cls(
            combinator=combinator,
            conditions=conditions,
        )

        filter_.additional_properties = d
        return filter_

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
