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


T = TypeVar("T", bound="PermissionsResponse")


@_attrs_define
class PermissionsResponse:
    """
    Attributes:
        ok (bool | Unset):
        permissions (Permissions | Unset):
    """

    ok: bool | Unset = UNSET
    permissions: Permissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "ok": lambda v: isinstance(v, bool),
        "permissions": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "ok": "ok",
        "permissions": "permissions",
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
        if self.ok is not UNSET:
            field_dict["ok"] = self.ok

        if not isinstance(self.permissions, Unset):
            field_dict["permissions"] = self.permissions.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)
        if not isinstance(ok, bool) and ok is not UNSET:
            d["ok"] = ok
            ok = UNSET

        _permissions = d.pop("permissions", UNSET)
        permissions: Permissions | Unset = UNSET
        if isinstance(_permissions, dict):
            permissions = _lazy_models.Permissions.from_dict(_permissions)
        elif _permissions is not UNSET:
            d["permissions"] = _permissions

        permissions_response = cls(
            ok=ok,
            permissions=permissions,
        )
        permissions_response.additional_properties = d
        return permissions_response

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
