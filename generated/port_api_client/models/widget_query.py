from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.source import Source
from ..models.version import Version
from ..types import (
    _all_instances,
    _present_repr,
)

T = TypeVar("T", bound="WidgetQuery")


@_attrs_define
class WidgetQuery:
    """
    Attributes:
        entity (str | None):
        blueprint (str | None):
        active (bool | None):
        user_email (str | None):
        user_id (str | None):
        limit (int | None):
        exclude (list[str] | None):
        external_run_id (str | None):
        version (Version | None):
        action (str | None):
        source (list[Source] | None):
    """

    entity: str | None = None
    blueprint: str | None = None
    active: bool | None = None
    user_email: str | None = None
    user_id: str | None = None
    limit: int | None = None
    exclude: list[str] | None = None
    external_run_id: str | None = None
    version: Version | None = None
    action: str | None = None
    source: list[Source] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "entity": lambda v: isinstance(v, str),
        "blueprint": lambda v: isinstance(v, str),
        "active": lambda v: isinstance(v, bool),
        "user_email": lambda v: isinstance(v, str),
        "user_id": lambda v: isinstance(v, str),
        "limit": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "exclude": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "external_run_id": lambda v: isinstance(v, str),
        "version": lambda v: (
            isinstance(v, str)
            and v
            in (
                "v1",
                "v2",
            )
        ),
        "action": lambda v: isinstance(v, str),
        "source": lambda v: (
            isinstance(v, list)
            and all(
                (
                    isinstance(item1, str)
                    and item1
                    in (
                        "UI",
                        "API",
                        "AUTOMATION",
                    )
                )
                for item1 in v
            )
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "entity": "entity",
        "blueprint": "blueprint",
        "active": "active",
        "user_email": "user_email",
        "user_id": "user_id",
        "limit": "limit",
        "exclude": "exclude",
        "external_run_id": "external_run_id",
        "version": "version",
        "action": "action",
        "source": "source",
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
        if self.entity is not None:
            field_dict["entity"] = self.entity
        elif self._nulls and "entity" in self._nulls:
            field_dict["entity"] = None

        if self.blueprint is not None:
            field_dict["blueprint"] = self.blueprint
        elif self._nulls and "blueprint" in self._nulls:
            field_dict["blueprint"] = None

        if self.active is not None:
            field_dict["active"] = self.active
        elif self._nulls and "active" in self._nulls:
            field_dict["active"] = None

        if self.user_email is not None:
            field_dict["user_email"] = self.user_email
        elif self._nulls and "user_email" in self._nulls:
            field_dict["user_email"] = None

        if self.user_id is not None:
            field_dict["user_id"] = self.user_id
        elif self._nulls and "user_id" in self._nulls:
            field_dict["user_id"] = None

        if self.limit is not None:
            field_dict["limit"] = self.limit
        elif self._nulls and "limit" in self._nulls:
            field_dict["limit"] = None

        if self.exclude is not None:
            field_dict["exclude"] = self.exclude
        elif self._nulls and "exclude" in self._nulls:
            field_dict["exclude"] = None

        if self.external_run_id is not None:
            field_dict["external_run_id"] = self.external_run_id
        elif self._nulls and "external_run_id" in self._nulls:
            field_dict["external_run_id"] = None

        if self.version is not None:
            field_dict["version"] = self.version.value
        elif self._nulls and "version" in self._nulls:
            field_dict["version"] = None

        if self.action is not None:
            field_dict["action"] = self.action
        elif self._nulls and "action" in self._nulls:
            field_dict["action"] = None

        if self.source is not None:
            field_dict["source"] = [item0.value for item0 in self.source]
        elif self._nulls and "source" in self._nulls:
            field_dict["source"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        entity = d.pop("entity", None)
        if entity is None:
            if "entity" in src_dict:
                nulls += ("entity",)
        elif not isinstance(entity, str):
            d["entity"] = entity
            entity = None

        blueprint = d.pop("blueprint", None)
        if blueprint is None:
            if "blueprint" in src_dict:
                nulls += ("blueprint",)
        elif not isinstance(blueprint, str):
            d["blueprint"] = blueprint
            blueprint = None

        active = d.pop("active", None)
        if active is None:
            if "active" in src_dict:
                nulls += ("active",)
        elif not isinstance(active, bool):
            d["active"] = active
            active = None

        user_email = d.pop("user_email", None)
        if user_email is None:
            if "user_email" in src_dict:
                nulls += ("user_email",)
        elif not isinstance(user_email, str):
            d["user_email"] = user_email
            user_email = None

        user_id = d.pop("user_id", None)
        if user_id is None:
            if "user_id" in src_dict:
                nulls += ("user_id",)
        elif not isinstance(user_id, str):
            d["user_id"] = user_id
            user_id = None

        limit = d.pop("limit", None)
        if limit is None:
            if "limit" in src_dict:
                nulls += ("limit",)
        elif not (isinstance(limit, int) and not isinstance(limit, bool)):
            d["limit"] = limit
            limit = None

        exclude = d.pop("exclude", None)
        if exclude is None:
            if "exclude" in src_dict:
                nulls += ("exclude",)
        elif not (isinstance(exclude, list) and _all_instances(exclude, str)):
            d["exclude"] = exclude
            exclude = None

        external_run_id = d.pop("external_run_id", None)
        if external_run_id is None:
            if "external_run_id" in src_dict:
                nulls += ("external_run_id",)
        elif not isinstance(external_run_id, str):
            d["external_run_id"] = external_run_id
            external_run_id = None

        _version = d.pop("version", None)
        version: Any = None
        if _version is None:
            if "version" in src_dict:
                nulls += ("version",)
        elif isinstance(_version, str):
            version = Version(_version)
        else:
            d["version"] = _version

        action = d.pop("action", None)
        if action is None:
            if "action" in src_dict:
                nulls += ("action",)
        elif not isinstance(action, str):
            d["action"] = action
            action = None

        _source = d.pop("source", None)
        source: Any = None
        if _source is None:
            if "source" in src_dict:
                nulls += ("source",)
        elif isinstance(_source, list) and _all_instances(_source, str):
            source = [Source(item0) for item0 in _source]
        else:
            d["source"] = _source

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        widget_query = cls.__new__(cls)
        widget_query.entity = entity
        widget_query.blueprint = blueprint
        widget_query.active = active
        widget_query.user_email = user_email
        widget_query.user_id = user_id
        widget_query.limit = limit
        widget_query.exclude = exclude
        widget_query.external_run_id = external_run_id
        widget_query.version = version
        widget_query.action = action
        widget_query.source = source
        widget_query.additional_properties = d
        widget_query._nulls = nulls
        return widget_query

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
