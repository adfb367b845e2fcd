from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_order_properties import CustomOrderProperties
    from ..models.jq_query import JqQuery
    from ..models.step import Step
    from ..models.titles import Titles


T = TypeVar("T", bound="CustomSteps")


@_attrs_define
class CustomSteps:
    """
    Attributes:
        properties (CustomOrderProperties):
        steps (list[Step]):
        required (JqQuery | list[str] | Unset):
        titles (Titles | Unset):
    """

    properties: CustomOrderProperties
    steps: list[Step]
    required: JqQuery | list[str] | Unset = UNSET
    titles: Titles | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        CustomOrderProperties = _models.CustomOrderProperties
        JqQuery = _models.JqQuery
        Step = _models.Step
        Titles = _models.Titles
        properties = self.properties.to_dict()

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        required: dict[str, Any] | list[str] | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        elif isinstance(self.required, JqQuery):
            required = self.required.to_dict()
        else:
            required = self.required

        titles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.titles, Unset):
            titles = self.titles.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
                "steps": steps,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if titles is not UNSET:
            field_dict["titles"] = titles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        CustomOrderProperties = _models.CustomOrderProperties
        JqQuery = _models.JqQuery
        Step = _models.Step
        Titles = _models.Titles
        d = dict(src_dict)
        properties = CustomOrderProperties.from_dict(d.pop("properties"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = Step.from_dict(steps_item_data)

            steps.append(steps_item)

        def _parse_required(data: object) -> JqQuery | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                required_type_0 = JqQuery.from_dict(data)

                return required_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            required_type_1 = cast(list[str], data)

            return required_type_1

        required = _parse_required(d.pop("required", UNSET))

        _titles = d.pop("titles", UNSET)
        titles: Titles | Unset
        if isinstance(_titles, Unset):
            titles = UNSET
        else:
            titles = Titles.from_dict(_titles)

        custom_steps = cls(
            properties=properties,
            steps=steps,
            required=required,
            titles=titles,
        )

        custom_steps.additional_properties = d
        return custom_steps

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
