from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.format_ import Format
from ..models.type_ import Type
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.entities_query_with_jq_query import EntitiesQueryWithJqQuery
    from ..models.jq_query import JqQuery
    from ..models.sort import Sort


T = TypeVar("T", bound="Value")


@_attrs_define
class Value:
    """
    Attributes:
        type_ (Type):
        jq_query (None):
        format_ (Format | None):
        blueprint (str | None):
        depends_on (list[str] | None):
        visible (bool | JqQuery | None):
        icon (str | None):
        dataset (EntitiesQueryWithJqQuery | None):
        sort (Sort | None):
    """

    type_: Type
    jq_query: None = None
    format_: Format | None = None
    blueprint: str | None = None
    depends_on: list[str] | None = None
    visible: bool | JqQuery | None = None
    icon: str | None = None
    dataset: EntitiesQueryWithJqQuery | None = None
    sort: Sort | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: (
            isinstance(v, str)
            and v
            in (
                "string",
                "number",
                "boolean",
                "object",
                "array",
            )
        ),
        "jqQuery": lambda v: v is None,
        "format": lambda v: (
            isinstance(v, str)
            and v
            in (
                "date-time",
                "url",
                "email",
                "ipv4",
                "ipv6",
                "yaml",
                "entity",
                "user",
                "team",
                "proto",
                "markdown",
                "multi-line",
                "labeled-url",
            )
        ),
        "blueprint": lambda v: isinstance(v, str),
        "dependsOn": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "visible": lambda v: isinstance(v, dict) or isinstance(v, bool),
        "icon": lambda v: isinstance(v, str),
        "dataset": lambda v: isinstance(v, dict),
        "sort": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "jq_query": "jqQuery",
        "format_": "format",
        "blueprint": "blueprint",
        "depends_on": "dependsOn",
        "visible": "visible",
        "icon": "icon",
        "dataset": "dataset",
        "sort": "sort",
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

        if self.jq_query is not None:
            field_dict["jqQuery"] = self.jq_query
        elif self._nulls and "jqQuery" in self._nulls:
            field_dict["jqQuery"] = None

        if self.format_ is not None:
            field_dict["format"] = self.format_.value
        elif self._nulls and "format" in self._nulls:
            field_dict["format"] = None

        if self.blueprint is not None:
            field_dict["blueprint"] = self.blueprint
        elif self._nulls and "blueprint" in self._nulls:
            field_dict["blueprint"] = None

        if self.depends_on is not None:
            field_dict["dependsOn"] = self.depends_on
        elif self._nulls and "dependsOn" in self._nulls:
            field_dict["dependsOn"] = None

        if self.visible is not None:
            field_dict["visible"] = (
                self.visible.to_dict()
                if isinstance(self.visible, _lazy_models.JqQuery)
                else self.visible
            )
        elif self._nulls and "visible" in self._nulls:
            field_dict["visible"] = None

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.dataset is not None:
            field_dict["dataset"] = self.dataset.to_dict()
        elif self._nulls and "dataset" in self._nulls:
            field_dict["dataset"] = None

        if self.sort is not None:
            field_dict["sort"] = self.sort.to_dict()
        elif self._nulls and "sort" in self._nulls:
            field_dict["sort"] = None

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
        type_: Type = Type(_type_)

        jq_query = d.pop("jqQuery", None)
        if jq_query is not None:
            d["jqQuery"] = jq_query
            jq_query = None
        elif "jqQuery" in src_dict:
            nulls += ("jqQuery",)

        _format_ = d.pop("format", None)
        format_: Any = None
        if _format_ is None:
            if "format" in src_dict:
                nulls += ("format",)
        elif isinstance(_format_, str):
            format_ = Format(_format_)
        else:
            d["format"] = _format_

        blueprint = d.pop("blueprint", None)
        if blueprint is None:
            if "blueprint" in src_dict:
                nulls += ("blueprint",)
        elif not isinstance(blueprint, str):
            d["blueprint"] = blueprint
            blueprint = None

        depends_on = d.pop("dependsOn", None)
        if depends_on is None:
            if "dependsOn" in src_dict:
                nulls += ("dependsOn",)
        elif not (isinstance(depends_on, list) and _all_instances(depends_on, str)):
            d["dependsOn"] = depends_on
            depends_on = None

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

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        _dataset = d.pop("dataset", None)
        dataset: Any = None
        if _dataset is None:
            if "dataset" in src_dict:
                nulls += ("dataset",)
        elif isinstance(_dataset, dict):
            dataset = _lazy_models.EntitiesQueryWithJqQuery.from_dict(_dataset)
        else:
            d["dataset"] = _dataset

        _sort = d.pop("sort", None)
        sort: Any = None
        if _sort is None:
            if "sort" in src_dict:
                nulls += ("sort",)
        elif isinstance(_sort, dict):
            sort = _lazy_models.Sort.from_dict(_sort)
        else:
            d["sort"] = _sort

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        value = cls.__new__(cls)
        value.type_ = type_
        value.jq_query = jq_query
        value.format_ = format_
        value.blueprint = blueprint
        value.depends_on = depends_on
        value.visible = visible
        value.icon = icon
        value.dataset = dataset
        value.sort = sort
        value.additional_properties = d
        value._nulls = nulls
        return value

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
