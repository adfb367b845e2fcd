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
)

if TYPE_CHECKING:
    from ..models.bulk_create_entities_error import BulkCreateEntitiesError
    from ..models.bulk_create_entities_result import BulkCreateEntitiesResult


T = TypeVar("T", bound="BulkCreateEntitiesResponse")


@_attrs_define
class BulkCreateEntitiesResponse:
    """
    Attributes:
        ok (bool | None):
        entities (list[BulkCreateEntitiesResult] | None):
        errors (list[BulkCreateEntitiesError] | None):
    """

    ok: bool | None = None
    entities: list[BulkCreateEntitiesResult] | None = None
    errors: list[BulkCreateEntitiesError] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "ok": lambda v: isinstance(v, bool),
        "entities": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "errors": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "ok": "ok",
        "entities": "entities",
        "errors": "errors",
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
        if self.ok is not None:
            field_dict["ok"] = self.ok
        elif self._nulls and "ok" in self._nulls:
            field_dict["ok"] = None

        if self.entities is not None:
            field_dict["entities"] = [item0.to_dict() for item0 in self.entities]
        elif self._nulls and "entities" in self._nulls:
            field_dict["entities"] = None

        if self.errors is not None:
            field_dict["errors"] = [item0.to_dict() for item0 in self.errors]
        elif self._nulls and "errors" in self._nulls:
            field_dict["errors"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        ok = d.pop("ok", None)
        if ok is None:
            if "ok" in src_dict:
                nulls += ("ok",)
        elif not isinstance(ok, bool):
            d["ok"] = ok
            ok = None

        _entities = d.pop("entities", None)
        entities: Any = None
        if _entities is None:
            if "entities" in src_dict:
                nulls += ("entities",)
        elif isinstance(_entities, list) and _all_instances(_entities, dict):
            entities = [
                _lazy_models.BulkCreateEntitiesResult.from_dict(item0) for item0 in _entities
            ]
        else:
            d["entities"] = _entities

        _errors = d.pop("errors", None)
        errors: Any = None
        if _errors is None:
            if "errors" in src_dict:
                nulls += ("errors",)
        elif isinstance(_errors, list) and _all_instances(_errors, dict):
            errors = [_lazy_models.BulkCreateEntitiesError.from_dict(item0) for item0 in _errors]
        else:
            d["errors"] = _errors

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        bulk_create_entities_response = cls.__new__(cls)
        bulk_create_entities_response.ok = ok
        bulk_create_entities_response.entities = entities
        bulk_create_entities_response.errors = errors
        bulk_create_entities_response.additional_properties = d
        bulk_create_entities_response._nulls = nulls
        return bulk_create_entities_response

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
