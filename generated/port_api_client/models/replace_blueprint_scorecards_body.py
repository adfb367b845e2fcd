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
    from ..models.create_scorecard_body_properties import CreateScorecardBodyProperties
    from ..models.filter_ import Filter
    from ..models.level import Level
    from ..models.rule import Rule


T = TypeVar("T", bound="ReplaceBlueprintScorecardsBody")


@_attrs_define
class ReplaceBlueprintScorecardsBody:
    """
    Attributes:
        identifier (str):
        title (str):
        rules (list[Rule]):
        filter_ (Filter | Unset):
        properties (CreateScorecardBodyProperties | Unset):
        levels (list[Level] | Unset):
        id (str | Unset):
    """

    identifier: str
    title: str
    rules: list[Rule]
    filter_: Filter | Unset = UNSET
    properties: CreateScorecardBodyProperties | Unset = UNSET
    levels: list[Level] | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        CreateScorecardBodyProperties = _models.CreateScorecardBodyProperties
        Filter = _models.Filter
        Level = _models.Level
        Rule = _models.Rule
        identifier = self.identifier

        title = self.title

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        levels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = []
            for levels_item_data in self.levels:
                levels_item = levels_item_data.to_dict()
                levels.append(levels_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "title": title,
                "rules": rules,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if properties is not UNSET:
            field_dict["properties"] = properties
        if levels is not UNSET:
            field_dict["levels"] = levels
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        CreateScorecardBodyProperties = _models.CreateScorecardBodyProperties
        Filter = _models.Filter
        Level = _models.Level
        Rule = _models.Rule
        d = dict(src_dict)
        identifier = d.pop("identifier")

        title = d.pop("title")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = Rule.from_dict(rules_item_data)

            rules.append(rules_item)

        _filter_ = d.pop("filter", UNSET)
        filter_: Filter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = Filter.from_dict(_filter_)

        _properties = d.pop("properties", UNSET)
        properties: CreateScorecardBodyProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = CreateScorecardBodyProperties.from_dict(_properties)

        _levels = d.pop("levels", UNSET)
        levels: list[Level] | Unset = UNSET
        if _levels is not UNSET:
            levels = []
            for levels_item_data in _levels:
                levels_item = Level.from_dict(levels_item_data)

                levels.append(levels_item)

        id = d.pop("id", UNSET)

        replace_blueprint_scorecards_body = cls(
            identifier=identifier,
            title=title,
            rules=rules,
            filter_=filter_,
            properties=properties,
            levels=levels,
            id=id,
        )

        replace_blueprint_scorecards_body.additional_properties = d
        return replace_blueprint_scorecards_body

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
