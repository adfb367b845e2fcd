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
    from ..models.jq_query import JqQuery


T = TypeVar("T", bound="Step")


@_attrs_define
class Step:
    """
    Attributes:
        title (str):
        order (list[str] | None):
        visible (bool | JqQuery | None):
    """

    title: str
    order: list[str] | None = None
    visible: bool | JqQuery | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "title": lambda v: isinstance(v, str),
        "order": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "visible": lambda v: isinstance(v, dict) or isinstance(v, bool),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "title": "title",
        "order": "order",
        "visible": "visible",
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
        field_dict["title"] = self.title

        if self.order is not None:
            field_dict["order"] = self.order
        elif self._nulls and "order" in self._nulls:
            field_dict["order"] = None

        if self.visible is not None:
            field_dict["visible"] = (
                self.visible.to_dict()
                if isinstance(self.visible, _lazy_models.JqQuery)
                else self.visible
            )
        elif self._nulls and "visible" in self._nulls:
            field_dict["visible"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _title = d.pop("title")
        if not isinstance(_title, str):
            raise _unfit(cls, "title", _title)
        title: str = _title

        order = d.pop("order", None)
        if order is None:
            if "order" in src_dict:
                nulls += ("order",)
        elif not (isinstance(order, list) and _all_instances(order, str)):
            d["order"] = order
            order = None

        _visible = d.pop("visible", None)
        visible: Any = None
        if _visible is None:
            if "visible" in src_dict:
                nulls += ("visible",)
        else:
            visible = _parse_visible(_visible)
            if visible is UNSET:
                d["visible"] = _visible
                visible = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        step = cls.__new__(cls)
        step.title = title
        step.order = order
        step.visible = visible
        step.additional_properties = d
        step._nulls = nulls
        return step

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


def _parse_visible(data: Any) -> bool | JqQuery | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, bool):
        return data
    if isinstance(data, dict):
        return _lazy_models.JqQuery.from_dict(data)
    return UNSET
