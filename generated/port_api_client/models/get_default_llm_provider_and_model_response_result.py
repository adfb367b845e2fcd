from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

from ..models.model import Model
from ..models.provider import Provider
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDefaultLlmProviderAndModelResponseResult")


@_attrs_define
class GetDefaultLlmProviderAndModelResponseResult:
    """
    Attributes:
        provider (Provider | Unset):
        model (Model | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    provider: Provider | Unset = UNSET
    model: Model | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _provider = d.pop("provider", UNSET)
        provider: Provider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = Provider(_provider)

        _model = d.pop("model", UNSET)
        model: Model | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = Model(_model)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _isoparse(_created_at)

        created_by = d.pop("createdBy", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _isoparse(_updated_at)

        updated_by = d.pop("updatedBy", UNSET)

        get_default_llm_provider_and_model_response_result = cls(
            provider=provider,
            model=model,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        get_default_llm_provider_and_model_response_result.additional_properties = d
        return get_default_llm_provider_and_model_response_result

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
