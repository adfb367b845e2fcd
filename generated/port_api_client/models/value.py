from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.format_ import Format
from ..models.type_ import Type
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        EntitiesQueryWithJqQuery = _models.EntitiesQueryWithJqQuery
        JqQuery = _models.JqQuery
        Sort = _models.Sort
        type_ = self.type_.value

        jq_query = self.jq_query

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        blueprint = self.blueprint

        depends_on: list[str] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = self.depends_on

        visible: bool | dict[str, Any] | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        elif isinstance(self.visible, JqQuery):
            visible = self.visible.to_dict()
        else:
            visible = self.visible

        icon = self.icon

        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset.to_dict()

        sort: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if jq_query is not UNSET:
            field_dict["jqQuery"] = jq_query
        if format_ is not UNSET:
            field_dict["format"] = format_
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if depends_on is not UNSET:
            field_dict["dependsOn"] = depends_on
        if visible is not UNSET:
            field_dict["visible"] = visible
        if icon is not UNSET:
            field_dict["icon"] = icon
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        EntitiesQueryWithJqQuery = _models.EntitiesQueryWithJqQuery
        JqQuery = _models.JqQuery
        Sort = _models.Sort
        d = dict(src_dict)
        type_ = Type(d.pop("type"))

        jq_query = d.pop("jqQuery", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: Format | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = Format(_format_)

        blueprint = d.pop("blueprint", UNSET)

        depends_on = cast(list[str], d.pop("dependsOn", UNSET))

        def _parse_visible(data: object) -> bool | JqQuery | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                visible_type_0 = JqQuery.from_dict(data)

                return visible_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | JqQuery | Unset, data)

        visible = _parse_visible(d.pop("visible", UNSET))

        icon = d.pop("icon", UNSET)

        _dataset = d.pop("dataset", UNSET)
        dataset: EntitiesQueryWithJqQuery | Unset
        if isinstance(_dataset, Unset):
            dataset = UNSET
        else:
            dataset = EntitiesQueryWithJqQuery.from_dict(_dataset)

        _sort = d.pop("sort", UNSET)
        sort: Sort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = Sort.from_dict(_sort)

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
