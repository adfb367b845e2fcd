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
)

if TYPE_CHECKING:
    from ..models.permissions import Permissions


T = TypeVar("T", bound="BulkCreateEntitiesResult")


@_attrs_define
class BulkCreateEntitiesResult:
    """
    Attributes:
        created (bool | Unset):
        identifier (str | Unset):
        index (float | Unset):
        additional_data (Permissions | Unset):
    """

    created: bool | Unset = UNSET
    identifier: str | Unset = UNSET
    index: float | Unset = UNSET
    additional_data: Permissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.created is not UNSET:
            field_dict["created"] = self.created

        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier

        if self.index is not UNSET:
            field_dict["index"] = self.index

        if not isinstance(self.additional_data, Unset):
            field_dict["additionalData"] = self.additional_data.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        created = d.pop("created", UNSET)
        if not isinstance(created, bool) and created is not UNSET:
            d["created"] = created
            created = UNSET

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            d["identifier"] = identifier
            identifier = UNSET

        index = d.pop("index", UNSET)
        if (
            not (isinstance(index, (int, float)) and not isinstance(index, bool))
            and index is not UNSET
        ):
            d["index"] = index
            index = UNSET

        _additional_data = d.pop("additionalData", UNSET)
        additional_data: Permissions | Unset = UNSET
        if isinstance(_additional_data, dict):
            additional_data = _lazy_models.Permissions.from_dict(_additional_data)
        elif _additional_data is not UNSET:
            d["additionalData"] = _additional_data

        bulk_create_entities_result = cls(
            created=created,
            identifier=identifier,
            index=index,
            additional_data=additional_data,
        )
        bulk_create_entities_result.additional_properties = d
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
