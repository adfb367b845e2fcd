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
        jq_query (None | Unset):
        format_ (Format | Unset):
        blueprint (str | Unset):
        depends_on (list[str] | Unset):
        visible (bool | JqQuery | Unset):
        icon (str | Unset):
        dataset (EntitiesQueryWithJqQuery | Unset):
        sort (Sort | Unset):
    """

    type_: Type
    jq_query: None | Unset = UNSET
    format_: Format | Unset = UNSET
    blueprint: str | Unset = UNSET
    depends_on: list[str] | Unset = UNSET
    visible: bool | JqQuery | Unset = UNSET
    icon: str | Unset = UNSET
    dataset: EntitiesQueryWithJqQuery | Unset = UNSET
    sort: Sort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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

        if self.jq_query is not UNSET:
            field_dict["jqQuery"] = self.jq_query

        if not isinstance(self.format_, Unset):
            field_dict["format"] = self.format_.value

        if self.blueprint is not UNSET:
            field_dict["blueprint"] = self.blueprint

        if self.depends_on is not UNSET:
            field_dict["dependsOn"] = self.depends_on

        if not isinstance(self.visible, Unset):
            field_dict["visible"] = (
                self.visible.to_dict()
                if isinstance(self.visible, _lazy_models.JqQuery)
                else self.visible
            )

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if not isinstance(self.dataset, Unset):
            field_dict["dataset"] = self.dataset.to_dict()

        if not isinstance(self.sort, Unset):
            field_dict["sort"] = self.sort.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: Type = Type(_type_)

        jq_query = d.pop("jqQuery", UNSET)
        if not (jq_query is None) and jq_query is not UNSET:
            d["jqQuery"] = jq_query
            jq_query = UNSET

        _format_ = d.pop("format", UNSET)
        format_: Format | Unset = UNSET
        if isinstance(_format_, str):
            format_ = Format(_format_)
        elif _format_ is not UNSET:
            d["format"] = _format_

        blueprint = d.pop("blueprint", UNSET)
        if not isinstance(blueprint, str) and blueprint is not UNSET:
            d["blueprint"] = blueprint
            blueprint = UNSET

        depends_on = d.pop("dependsOn", UNSET)
        if (
            not (isinstance(depends_on, list) and _all_instances(depends_on, str))
            and depends_on is not UNSET
        ):
            d["dependsOn"] = depends_on
            depends_on = UNSET

        _visible = d.pop("visible", UNSET)
        visible: bool | JqQuery | Unset = UNSET
        if _visible is not UNSET:
            visible = _parse_visible(_visible)
            if visible is UNSET:
                d["visible"] = _visible

        icon = d.pop("icon", UNSET)
        if not isinstance(icon, str) and icon is not UNSET:
            d["icon"] = icon
            icon = UNSET

        _dataset = d.pop("dataset", UNSET)
        dataset: EntitiesQueryWithJqQuery | Unset = UNSET
        if isinstance(_dataset, dict):
            dataset = _lazy_models.EntitiesQueryWithJqQuery.from_dict(_dataset)
        elif _dataset is not UNSET:
            d["dataset"] = _dataset

        _sort = d.pop("sort", UNSET)
        sort: Sort | Unset = UNSET
        if isinstance(_sort, dict):
            sort = _lazy_models.Sort.from_dict(_sort)
        elif _sort is not UNSET:
            d["sort"] = _sort

        value = cls(
            type_=type_,
            jq_query=jq_query,
            format_=format_,
            blueprint=blueprint,
            depends_on=depends_on,
            visible=visible,
            icon=icon,
            dataset=dataset,
            sort=sort,
        )
        value.additional_properties = d
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


def _parse_visible(data: Any) -> bool | JqQuery | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, bool):
        return data
    if isinstance(data, dict):
        return _lazy_models.JqQuery.from_dict(data)
    return UNSET
