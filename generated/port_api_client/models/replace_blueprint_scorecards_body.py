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
    _all_instances,
    _present_repr,
    _unfit,
)

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
        filter_ (Filter | None):
        properties (CreateScorecardBodyProperties | None):
        levels (list[Level] | None):
        id (str | None):
    """

    identifier: str
    title: str
    rules: list[Rule]
    filter_: Filter | None = None
    properties: CreateScorecardBodyProperties | None = None
    levels: list[Level] | None = None
    id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "rules": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "filter": lambda v: isinstance(v, dict),
        "properties": lambda v: isinstance(v, dict),
        "levels": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "id": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "title": "title",
        "rules": "rules",
        "filter_": "filter",
        "properties": "properties",
        "levels": "levels",
        "id": "id",
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
        field_dict["identifier"] = self.identifier

        field_dict["title"] = self.title

        field_dict["rules"] = [item0.to_dict() for item0 in self.rules]

        if self.filter_ is not None:
            field_dict["filter"] = self.filter_.to_dict()
        elif self._nulls and "filter" in self._nulls:
            field_dict["filter"] = None

        if self.properties is not None:
            field_dict["properties"] = self.properties.to_dict()
        elif self._nulls and "properties" in self._nulls:
            field_dict["properties"] = None

        if self.levels is not None:
            field_dict["levels"] = [item0.to_dict() for item0 in self.levels]
        elif self._nulls and "levels" in self._nulls:
            field_dict["levels"] = None

        if self.id is not None:
            field_dict["id"] = self.id
        elif self._nulls and "id" in self._nulls:
            field_dict["id"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _identifier = d.pop("identifier")
        if not isinstance(_identifier, str):
            raise _unfit(cls, "identifier", _identifier)
        identifier: str = _identifier

        _title = d.pop("title")
        if not isinstance(_title, str):
            raise _unfit(cls, "title", _title)
        title: str = _title

        _rules = d.pop("rules")
        if not (isinstance(_rules, list) and _all_instances(_rules, dict)):
            raise _unfit(cls, "rules", _rules)
        rules: list[Rule] = [_lazy_models.Rule.from_dict(item0) for item0 in _rules]

        _filter_ = d.pop("filter", None)
        filter_: Any = None
        if _filter_ is None:
            if "filter" in src_dict:
                nulls += ("filter",)
        elif isinstance(_filter_, dict):
            filter_ = _lazy_models.Filter.from_dict(_filter_)
        else:
            d["filter"] = _filter_

        _properties = d.pop("properties", None)
        properties: Any = None
        if _properties is None:
            if "properties" in src_dict:
                nulls += ("properties",)
        elif isinstance(_properties, dict):
            properties = _lazy_models.CreateScorecardBodyProperties.from_dict(_properties)
        else:
            d["properties"] = _properties

        _levels = d.pop("levels", None)
        levels: Any = None
        if _levels is None:
            if "levels" in src_dict:
                nulls += ("levels",)
        elif isinstance(_levels, list) and _all_instances(_levels, dict):
            levels = [_lazy_models.Level.from_dict(item0) for item0 in _levels]
        else:
            d["levels"] = _levels

        id = d.pop("id", None)
        if id is None:
            if "id" in src_dict:
                nulls += ("id",)
        elif not isinstance(id, str):
            d["id"] = id
            id = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        replace_blueprint_scorecards_body = cls.__new__(cls)
        replace_blueprint_scorecards_body.identifier = identifier
        replace_blueprint_scorecards_body.title = title
        replace_blueprint_scorecards_body.rules = rules
        replace_blueprint_scorecards_body.filter_ = filter_
        replace_blueprint_scorecards_body.properties = properties
        replace_blueprint_scorecards_body.levels = levels
        replace_blueprint_scorecards_body.id = id
        replace_blueprint_scorecards_body.additional_properties = d
        replace_blueprint_scorecards_body._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
