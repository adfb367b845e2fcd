from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.combinator import Combinator
from ..models.jq_literal import JqLiteral
from ..types import UNSET, Unset

T = TypeVar("T", bound="Jq")


@_attrs_define
class Jq:
    """
    Attributes:
        type_ (JqLiteral):
        expressions (list[str]):
        combinator (Combinator | Unset):
    """

    type_: JqLiteral
    expressions: list[str]
    combinator: Combinator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        expressions = self.expressions

        combinator: str | Unset = UNSET
        if not isinstance(self.combinator, Unset):
            combinator = self.combinator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "expressions": expressions,
            }
        )
        if combinator is not UNSET:
            field_dict["combinator"] = combinator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = JqLiteral(d.pop("type"))

        expressions = cast(list[str], d.pop("expressions"))

        _combinator = d.pop("combinator", UNSET)
        combinator: Combinator | Unset
        if isinstance(_combinator, Unset):
            combinator = UNSET
        else:
            combinator = Combinator(_combinator)

        jq = cls(
            type_=type_,
            expressions=expressions,
            combinator=combinator,
        )

        jq.additional_properties = d
        return jq

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
