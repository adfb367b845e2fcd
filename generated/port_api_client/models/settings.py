from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
)

T = TypeVar("T", bound="Settings")


@_attrs_define
class Settings:
    """
    Attributes:
        hidden_blueprints (list[str] | Unset):
        federated_logout (bool | Unset):
        portal_icon (str | Unset):
        portal_title (str | Unset):
    """

    hidden_blueprints: list[str] | Unset = UNSET
    federated_logout: bool | Unset = UNSET
    portal_icon: str | Unset = UNSET
    portal_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.hidden_blueprints is not UNSET:
            field_dict["hiddenBlueprints"] = self.hidden_blueprints

        if self.federated_logout is not UNSET:
            field_dict["federatedLogout"] = self.federated_logout

        if self.portal_icon is not UNSET:
            field_dict["portalIcon"] = self.portal_icon

        if self.portal_title is not UNSET:
            field_dict["portalTitle"] = self.portal_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        hidden_blueprints = d.pop("hiddenBlueprints", UNSET)
        if (
            not (isinstance(hidden_blueprints, list) and _all_instances(hidden_blueprints, str))
            and hidden_blueprints is not UNSET
        ):
            d["hiddenBlueprints"] = hidden_blueprints
            hidden_blueprints = UNSET

        federated_logout = d.pop("federatedLogout", UNSET)
        if not isinstance(federated_logout, bool) and federated_logout is not UNSET:
            d["federatedLogout"] = federated_logout
            federated_logout = UNSET

        portal_icon = d.pop("portalIcon", UNSET)
        if not isinstance(portal_icon, str) and portal_icon is not UNSET:
            d["portalIcon"] = portal_icon
            portal_icon = UNSET

        portal_title = d.pop("portalTitle", UNSET)
        if not isinstance(portal_title, str) and portal_title is not UNSET:
            d["portalTitle"] = portal_title
            portal_title = UNSET

        settings = cls(
            hidden_blueprints=hidden_blueprints,
            federated_logout=federated_logout,
            portal_icon=portal_icon,
            portal_title=portal_title,
        )
        settings.additional_properties = d
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
