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
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.permissions import Permissions
    from ..models.search_query_identifier import SearchQueryIdentifier


T = TypeVar("T", bound="Object")


@_attrs_define
class Object:
    """
    Attributes:
        identifier (SearchQueryIdentifier | str):
        blueprint (str):
        title (str | None):
        properties (Permissions | None):
        relations (Permissions | None):
    """

    identifier: SearchQueryIdentifier | str
    blueprint: str
    title: str | None = None
    properties: Permissions | None = None
    relations: Permissions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str) or isinstance(v, dict),
        "blueprint": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "properties": lambda v: isinstance(v, dict),
        "relations": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "blueprint": "blueprint",
        "title": "title",
        "properties": "properties",
        "relations": "relations",
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
        field_dict["identifier"] = (
            self.identifier.to_dict()
            if isinstance(self.identifier, _lazy_models.SearchQueryIdentifier)
            else self.identifier
        )

        field_dict["blueprint"] = self.blueprint

        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.properties is not None:
            field_dict["properties"] = self.properties.to_dict()
        elif self._nulls and "properties" in self._nulls:
            field_dict["properties"] = None

        if self.relations is not None:
            field_dict["relations"] = self.relations.to_dict()
        elif self._nulls and "relations" in self._nulls:
            field_dict["relations"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _identifier = d.pop("identifier")
        identifier: SearchQueryIdentifier | str = _parse_identifier(_identifier)
        if identifier is UNSET:
            raise _unfit(cls, "identifier", _identifier)

        _blueprint = d.pop("blueprint")
        if not isinstance(_blueprint, str):
            raise _unfit(cls, "blueprint", _blueprint)
        blueprint: str = _blueprint

        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        _properties = d.pop("properties", None)
        properties: Any = None
        if _properties is None:
            if "properties" in src_dict:
                nulls += ("properties",)
        elif isinstance(_properties, dict):
            properties = _lazy_models.Permissions.from_dict(_properties)
        else:
            d["properties"] = _properties

        _relations = d.pop("relations", None)
        relations: Any = None
        if _relations is None:
            if "relations" in src_dict:
                nulls += ("relations",)
        elif isinstance(_relations, dict):
            relations = _lazy_models.Permissions.from_dict(_relations)
        else:
            d["relations"] = _relations

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        object_ = cls.__new__(cls)
        object_.identifier = identifier
        object_.blueprint = blueprint
        object_.title = title
        object_.properties = properties
        object_.relations = relations
        object_.additional_properties = d
        object_._nulls = nulls
        return object_

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


def _parse_identifier(data: Any) -> SearchQueryIdentifier | str | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        return _lazy_models.SearchQueryIdentifier.from_dict(data)
    return UNSET
