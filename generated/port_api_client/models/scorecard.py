from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="Scorecard")


@_attrs_define
class Scorecard:
    """
    Attributes:
        id (str | Unset):
        identifier (str | Unset):
        title (str | Unset):
        blueprint (str | Unset):
        levels (list[Properties] | Unset):
        rules (list[Properties] | Unset):
        filter_ (Properties | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
    """

    id: str | Unset = UNSET
    identifier: str | Unset = UNSET
    title: str | Unset = UNSET
    blueprint: str | Unset = UNSET
    levels: list[Properties] | Unset = UNSET
    rules: list[Properties] | Unset = UNSET
    filter_: Properties | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Properties = _models.Properties
        id = self.id

        identifier = self.identifier

        title = self.title

        blueprint = self.blueprint

        levels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = []
            for levels_item_data in self.levels:
                levels_item = levels_item_data.to_dict()
                levels.append(levels_item)

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        created_at = self.created_at

        created_by = self.created_by

        updated_at = self.updated_at

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if title is not UNSET:
            field_dict["title"] = title
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if levels is not UNSET:
            field_dict["levels"] = levels
        if rules is not UNSET:
            field_dict["rules"] = rules
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Properties = _models.Properties
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        identifier = d.pop("identifier", UNSET)

        title = d.pop("title", UNSET)

        blueprint = d.pop("blueprint", UNSET)

        _levels = d.pop("levels", UNSET)
        levels: list[Properties] | Unset = UNSET
        if _levels is not UNSET:
            levels = []
            for levels_item_data in _levels:
                levels_item = Properties.from_dict(levels_item_data)

                levels.append(levels_item)

        _rules = d.pop("rules", UNSET)
        rules: list[Properties] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = Properties.from_dict(rules_item_data)

                rules.append(rules_item)

        _filter_ = d.pop("filter", UNSET)
        filter_: Properties | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = Properties.from_dict(_filter_)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        scorecard = cls(
            id=id,
            identifier=identifier,
            title=title,
            blueprint=blueprint,
            levels=levels,
            rules=rules,
            filter_=filter_,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        scorecard.additional_properties = d
        return scorecard

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
