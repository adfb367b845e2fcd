from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operator import Operator
from ..types import UNSET, Unset

T = TypeVar("T", bound="RelationEmptyCondition")


@_attrs_define
class RelationEmptyCondition:
    """
    Attributes:
        relation (str):
        operator (Operator):
        not_ (bool | Unset):
    """

    relation: str
    operator: Operator
    not_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relation = self.relation

        operator = self.operator.value

        not_ = self.not_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relation": relation,
                "operator": operator,
            }
        )
        if not_ is not UNSET:
            field_dict["not"] = not_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        relation = d.pop("relation")

        operator = Operator(d.pop("operator"))

        not_ = d.pop("not", UNSET)

        relation_empty_condition = cls(
            relation=relation,
            operator=operator,
            not_=not_,
        )

        relation_empty_condition.additional_properties = d
        return relation_empty_condition

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
