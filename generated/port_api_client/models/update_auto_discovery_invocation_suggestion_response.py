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
    from ..models.create_suggestion import CreateSuggestion


T = TypeVar("T", bound="UpdateAutoDiscoveryInvocationSuggestionResponse")


@_attrs_define
class UpdateAutoDiscoveryInvocationSuggestionResponse:
    """
    Attributes:
        ok (bool | Unset):
        entity (CreateSuggestion | Unset):
    """

    ok: bool | Unset = UNSET
    entity: CreateSuggestion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        CreateSuggestion = _models.CreateSuggestion
        ok = self.ok

        entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if entity is not UNSET:
            field_dict["entity"] = entity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        CreateSuggestion = _models.CreateSuggestion
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        _entity = d.pop("entity", UNSET)
        entity: CreateSuggestion | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = CreateSuggestion.from_dict(_entity)

        update_auto_discovery_invocation_suggestion_response = cls(
            ok=ok,
            entity=entity,
        )

        update_auto_discovery_invocation_suggestion_response.additional_properties = d
        return update_auto_discovery_invocation_suggestion_response

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
