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
    from ..models.config_resource import ConfigResource


T = TypeVar("T", bound="Config")


@_attrs_define
class Config:
    """
    Attributes:
        delete_dependent_entities (bool | None):
        create_missing_related_entities (bool | None):
        resources (list[ConfigResource] | None):
    """

    delete_dependent_entities: bool | None = None
    create_missing_related_entities: bool | None = None
    resources: list[ConfigResource] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "deleteDependentEntities": lambda v: isinstance(v, bool),
        "createMissingRelatedEntities": lambda v: isinstance(v, bool),
        "resources": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "delete_dependent_entities": "deleteDependentEntities",
        "create_missing_related_entities": "createMissingRelatedEntities",
        "resources": "resources",
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
        if self.delete_dependent_entities is not None:
            field_dict["deleteDependentEntities"] = self.delete_dependent_entities
        elif self._nulls and "deleteDependentEntities" in self._nulls:
            field_dict["deleteDependentEntities"] = None

        if self.create_missing_related_entities is not None:
            field_dict["createMissingRelatedEntities"] = self.create_missing_related_entities
        elif self._nulls and "createMissingRelatedEntities" in self._nulls:
            field_dict["createMissingRelatedEntities"] = None

        if self.resources is not None:
            field_dict["resources"] = [item0.to_dict() for item0 in self.resources]
        elif self._nulls and "resources" in self._nulls:
            field_dict["resources"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        delete_dependent_entities = d.pop("deleteDependentEntities", None)
        if delete_dependent_entities is None:
            if "deleteDependentEntities" in src_dict:
                nulls += ("deleteDependentEntities",)
        elif not isinstance(delete_dependent_entities, bool):
            d["deleteDependentEntities"] = delete_dependent_entities
            delete_dependent_entities = None

        create_missing_related_entities = d.pop("createMissingRelatedEntities", None)
        if create_missing_related_entities is None:
            if "createMissingRelatedEntities" in src_dict:
                nulls += ("createMissingRelatedEntities",)
        elif not isinstance(create_missing_related_entities, bool):
            d["createMissingRelatedEntities"] = create_missing_related_entities
            create_missing_related_entities = None

        _resources = d.pop("resources", None)
        resources: Any = None
        if _resources is None:
            if "resources" in src_dict:
                nulls += ("resources",)
        elif isinstance(_resources, list) and _all_instances(_resources, dict):
            resources = [_lazy_models.ConfigResource.from_dict(item0) for item0 in _resources]
        else:
            d["resources"] = _resources

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        config = cls.__new__(cls)
        config.delete_dependent_entities = delete_dependent_entities
        config.create_missing_related_entities = create_missing_related_entities
        config.resources = resources
        config.additional_properties = d
        config._nulls = nulls
        return config

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
