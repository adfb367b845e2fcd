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
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.permissions import Permissions


T = TypeVar("T", bound="BulkCreateEntitiesResult")


@_attrs_define
class BulkCreateEntitiesResult:
    """
    Attributes:
        created (bool | None):
        identifier (str | None):
        index (float | None):
        additional_data (Permissions | None):
    """

    created: bool | None = None
    identifier: str | None = None
    index: float | None = None
    additional_data: Permissions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "created": lambda v: isinstance(v, bool),
        "identifier": lambda v: isinstance(v, str),
        "index": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "additionalData": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "identifier": "identifier",
        "index": "index",
        "additional_data": "additionalData",
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
        if self.created is not None:
            field_dict["created"] = self.created
        elif self._nulls and "created" in self._nulls:
            field_dict["created"] = None

        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif self._nulls and "identifier" in self._nulls:
            field_dict["identifier"] = None

        if self.index is not None:
            field_dict["index"] = self.index
        elif self._nulls and "index" in self._nulls:
            field_dict["index"] = None

        if self.additional_data is not None:
            field_dict["additionalData"] = self.additional_data.to_dict()
        elif self._nulls and "additionalData" in self._nulls:
            field_dict["additionalData"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        created = d.pop("created", None)
        if created is None:
            if "created" in src_dict:
                nulls += ("created",)
        elif not isinstance(created, bool):
            d["created"] = created
            created = None

        identifier = d.pop("identifier", None)
        if identifier is None:
            if "identifier" in src_dict:
                nulls += ("identifier",)
        elif not isinstance(identifier, str):
            d["identifier"] = identifier
            identifier = None

        index = d.pop("index", None)
        if index is None:
            if "index" in src_dict:
                nulls += ("index",)
        elif not (isinstance(index, (int, float)) and not isinstance(index, bool)):
            d["index"] = index
            index = None

        _additional_data = d.pop("additionalData", None)
        additional_data: Any = None
        if _additional_data is None:
            if "additionalData" in src_dict:
                nulls += ("additionalData",)
        elif isinstance(_additional_data, dict):
            additional_data = _lazy_models.Permissions.from_dict(_additional_data)
        else:
            d["additionalData"] = _additional_data

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        bulk_create_entities_result = cls.__new__(cls)
        bulk_create_entities_result.created = created
        bulk_create_entities_result.identifier = identifier
        bulk_create_entities_result.index = index
        bulk_create_entities_result.additional_data = additional_data
        bulk_create_entities_result.additional_properties = d
        bulk_create_entities_result._nulls = nulls
        return bulk_create_entities_result

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
