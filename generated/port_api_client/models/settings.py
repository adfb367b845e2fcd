from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..types import (
    _all_instances,
    _present_repr,
)

T = TypeVar("T", bound="Settings")


@_attrs_define
class Settings:
    """
    Attributes:
        hidden_blueprints (list[str] | None):
        federated_logout (bool | None):
        portal_icon (str | None):
        portal_title (str | None):
    """

    hidden_blueprints: list[str] | None = None
    federated_logout: bool | None = None
    portal_icon: str | None = None
    portal_title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "hiddenBlueprints": lambda v: (
            isinstance(v, list) and all(isinstance(item1, str) for item1 in v)
        ),
        "federatedLogout": lambda v: isinstance(v, bool),
        "portalIcon": lambda v: isinstance(v, str),
        "portalTitle": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "hidden_blueprints": "hiddenBlueprints",
        "federated_logout": "federatedLogout",
        "portal_icon": "portalIcon",
        "portal_title": "portalTitle",
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
        if self.hidden_blueprints is not None:
            field_dict["hiddenBlueprints"] = self.hidden_blueprints
        elif self._nulls and "hiddenBlueprints" in self._nulls:
            field_dict["hiddenBlueprints"] = None

        if self.federated_logout is not None:
            field_dict["federatedLogout"] = self.federated_logout
        elif self._nulls and "federatedLogout" in self._nulls:
            field_dict["federatedLogout"] = None

        if self.portal_icon is not None:
            field_dict["portalIcon"] = self.portal_icon
        elif self._nulls and "portalIcon" in self._nulls:
            field_dict["portalIcon"] = None

        if self.portal_title is not None:
            field_dict["portalTitle"] = self.portal_title
        elif self._nulls and "portalTitle" in self._nulls:
            field_dict["portalTitle"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        hidden_blueprints = d.pop("hiddenBlueprints", None)
        if hidden_blueprints is None:
            if "hiddenBlueprints" in src_dict:
                nulls += ("hiddenBlueprints",)
        elif not (isinstance(hidden_blueprints, list) and _all_instances(hidden_blueprints, str)):
            d["hiddenBlueprints"] = hidden_blueprints
            hidden_blueprints = None

        federated_logout = d.pop("federatedLogout", None)
        if federated_logout is None:
            if "federatedLogout" in src_dict:
                nulls += ("federatedLogout",)
        elif not isinstance(federated_logout, bool):
            d["federatedLogout"] = federated_logout
            federated_logout = None

        portal_icon = d.pop("portalIcon", None)
        if portal_icon is None:
            if "portalIcon" in src_dict:
                nulls += ("portalIcon",)
        elif not isinstance(portal_icon, str):
            d["portalIcon"] = portal_icon
            portal_icon = None

        portal_title = d.pop("portalTitle", None)
        if portal_title is None:
            if "portalTitle" in src_dict:
                nulls += ("portalTitle",)
        elif not isinstance(portal_title, str):
            d["portalTitle"] = portal_title
            portal_title = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        settings = cls.__new__(cls)
        settings.hidden_blueprints = hidden_blueprints
        settings.federated_logout = federated_logout
        settings.portal_icon = portal_icon
        settings.portal_title = portal_title
        settings.additional_properties = d
        settings._nulls = nulls
        return settings

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
