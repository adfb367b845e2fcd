from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blueprint import Blueprint


T = TypeVar("T", bound="BlueprintsResponse")


@_attrs_define
class BlueprintsResponse:
    """
    Attributes:
        ok (bool | Unset):
        blueprints (list[Blueprint] | Unset):
    """

    ok: bool | Unset = UNSET
    blueprints: list[Blueprint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Blueprint = _models.Blueprint
        ok = self.ok

        blueprints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blueprints, Unset):
            blueprints = []
            for blueprints_item_data in self.blueprints:
                blueprints_item = blueprints_item_data.to_dict()
                blueprints.append(blueprints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if blueprints is not UNSET:
            field_dict["blueprints"] = blueprints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Blueprint = _models.Blueprint
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        _blueprints = d.pop("blueprints", UNSET)
        blueprints: list[Blueprint] | Unset = UNSET
        if _blueprints is not UNSET:
            blueprints = []
            for blueprints_item_data in _blueprints:
                blueprints_item = Blueprint.from_dict(blueprints_item_data)

                blueprints.append(blueprints_item)

        blueprints_response = cls(
            ok=ok,
            blueprints=blueprints,
        )

        blueprints_response.additional_properties = d
        return blueprints_response

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
