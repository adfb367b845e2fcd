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
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
)

T = TypeVar("T", bound="WidgetQuery")


@_attrs_define
class WidgetQuery:
    """
    Attributes:
        entity (str | Unset):
        blueprint (str | Unset):
        active (bool | Unset):
        user_email (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        exclude (list[str] | Unset):
        external_run_id (str | Unset):
        version (Version | Unset):
        action (str | Unset):
        source (list[Source] | Unset):
    """

    entity: str | Unset = UNSET
    blueprint: str | Unset = UNSET
    active: bool | Unset = UNSET
    user_email: str | Unset = UNSET
    user_id: str | Unset = UNSET
    limit: int | Unset = UNSET
    exclude: list[str] | Unset = UNSET
    external_run_id: str | Unset = UNSET
    version: Version | Unset = UNSET
    action: str | Unset = UNSET
    source: list[Source] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.entity is not UNSET:
            field_dict["entity"] = self.entity

        if self.blueprint is not UNSET:
            field_dict["blueprint"] = self.blueprint

        if self.active is not UNSET:
            field_dict["active"] = self.active

        if self.user_email is not UNSET:
            field_dict["user_email"] = self.user_email

        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id

        if self.limit is not UNSET:
            field_dict["limit"] = self.limit

        if self.exclude is not UNSET:
            field_dict["exclude"] = self.exclude

        if self.external_run_id is not UNSET:
            field_dict["external_run_id"] = self.external_run_id

        if not isinstance(self.version, Unset):
            field_dict["version"] = self.version.value

        if self.action is not UNSET:
            field_dict["action"] = self.action

        if not isinstance(self.source, Unset):
            field_dict["source"] = [item0.value for item0 in self.source]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        entity = d.pop("entity", UNSET)
        if not isinstance(entity, str) and entity is not UNSET:
            d["entity"] = entity
            entity = UNSET

        blueprint = d.pop("blueprint", UNSET)
        if not isinstance(blueprint, str) and blueprint is not UNSET:
            d["blueprint"] = blueprint
            blueprint = UNSET

        active = d.pop("active", UNSET)
        if not isinstance(active, bool) and active is not UNSET:
            d["active"] = active
            active = UNSET

        user_email = d.pop("user_email", UNSET)
        if not isinstance(user_email, str) and user_email is not UNSET:
            d["user_email"] = user_email
            user_email = UNSET

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, str) and user_id is not UNSET:
            d["user_id"] = user_id
            user_id = UNSET

        limit = d.pop("limit", UNSET)
        if not (isinstance(limit, int) and not isinstance(limit, bool)) and limit is not UNSET:
            d["limit"] = limit
            limit = UNSET

        exclude = d.pop("exclude", UNSET)
        if (
            not (isinstance(exclude, list) and _all_instances(exclude, str))
            and exclude is not UNSET
        ):
            d["exclude"] = exclude
            exclude = UNSET

        external_run_id = d.pop("external_run_id", UNSET)
        if not isinstance(external_run_id, str) and external_run_id is not UNSET:
            d["external_run_id"] = external_run_id
            external_run_id = UNSET

        _version = d.pop("version", UNSET)
        version: Version | Unset = UNSET
        if isinstance(_version, str):
            version = Version(_version)
        elif _version is not UNSET:
            d["version"] = _version

        action = d.pop("action", UNSET)
        if not isinstance(action, str) and action is not UNSET:
            d["action"] = action
            action = UNSET

        _source = d.pop("source", UNSET)
        source: list[Source] | Unset = UNSET
        if isinstance(_source, list) and _all_instances(_source, str):
            source = [Source(item0) for item0 in _source]
        elif _source is not UNSET:
            d["source"] = _source

        widget_query = cls(
            entity=entity,
            blueprint=blueprint,
            active=active,
            user_email=user_email,
            user_id=user_id,
            limit=limit,
            exclude=exclude,
            external_run_id=external_run_id,
            version=version,
            action=action,
            source=source,
        )
        widget_query.additional_properties = d
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
