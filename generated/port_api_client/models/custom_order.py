from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.custom_order_properties import CustomOrderProperties
    from ..models.jq_query import JqQuery
    from ..models.titles import Titles


T = TypeVar("T", bound="CustomOrder")


@_attrs_define
class CustomOrder:
    """
    Attributes:
        properties (CustomOrderProperties):
        order (list[str]):
        required (JqQuery | list[str] | None):
        titles (Titles | None):
    """

    properties: CustomOrderProperties
    order: list[str]
    required: JqQuery | list[str] | None = None
    titles: Titles | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "properties": lambda v: isinstance(v, dict),
        "order": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "required": lambda v: (
            isinstance(v, dict)
            or (isinstance(v, list) and all(isinstance(item1, str) for item1 in v))
        ),
        "titles": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "properties": "properties",
        "order": "order",
        "required": "required",
        "titles": "titles",
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
        field_dict["properties"] = self.properties.to_dict()

        field_dict["order"] = self.order

        if self.required is not None:
            field_dict["required"] = (
                self.required.to_dict()
                if isinstance(self.required, _lazy_models.JqQuery)
                else self.required
            )
        elif self._nulls and "required" in self._nulls:
            field_dict["required"] = None

        if self.titles is not None:
            field_dict["titles"] = self.titles.to_dict()
        elif self._nulls and "titles" in self._nulls:
            field_dict["titles"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _properties = d.pop("properties")
        if not isinstance(_properties, dict):
            raise _unfit(cls, "properties", _properties)
        properties: CustomOrderProperties = _lazy_models.CustomOrderProperties.from_dict(
            _properties
        )

        _order = d.pop("order")
        if not (isinstance(_order, list) and _all_instances(_order, str)):
            raise _unfit(cls, "order", _order)
        order: list[str] = _order

        _required = d.pop("required", None)
        required: Any = None
        if _required is None:
            if "required" in src_dict:
                nulls += ("required",)
        else:
            required = _parse_required(_required)
            if required is UNSET:
                d["required"] = _required
                required = None

        _titles = d.pop("titles", None)
        titles: Any = None
        if _titles is None:
            if "titles" in src_dict:
                nulls += ("titles",)
        elif isinstance(_titles, dict):
            titles = _lazy_models.Titles.from_dict(_titles)
        else:
            d["titles"] = _titles

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        custom_order = cls.__new__(cls)
        custom_order.properties = properties
        custom_order.order = order
        custom_order.required = required
        custom_order.titles = titles
        custom_order.additional_properties = d
        custom_order._nulls = nulls
        return custom_order

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


def _parse_required(data: Any) -> JqQuery | list[str] | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        return _lazy_models.JqQuery.from_dict(data)
    if isinstance(data, list) and _all_instances(data, str):
        return data
    return UNSET
