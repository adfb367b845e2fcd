from __future__ import annotations

import datetime
import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.model import Model
from ..models.provider import Provider
from ..types import (
    UNSET,
    Unset,
    _datetime_json,
    _parse_datetime,
    _present_repr,
    _record_datetimes,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "provider": lambda v: (
            isinstance(v, str)
            and v
            in (
                "openai",
                "azure-openai",
                "anthropic",
                "bedrock",
                "port",
            )
        ),
        "model": lambda v: (
            isinstance(v, str)
            and v
            in (
                "gpt-5",
                "claude-sonnet-4-20250514",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-5-20250929",
            )
        ),
        "createdAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "createdBy": lambda v: isinstance(v, str),
        "updatedAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "updatedBy": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "provider": "provider",
        "model": "model",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    # The text each date-time was read from: to_dict() writes an unchanged one back as it came.
    _datetime_texts: dict[int, tuple[datetime.datetime, str]] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(self.provider, Unset):
            field_dict["provider"] = self.provider.value

        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model.value

        if not isinstance(self.created_at, Unset):
            field_dict["createdAt"] = _datetime_json(self.created_at, self._datetime_texts)

        if self.created_by is not UNSET:
            field_dict["createdBy"] = self.created_by

        if not isinstance(self.updated_at, Unset):
            field_dict["updatedAt"] = _datetime_json(self.updated_at, self._datetime_texts)

        if self.updated_by is not UNSET:
            field_dict["updatedBy"] = self.updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        _provider = d.pop("provider", UNSET)
        provider: Provider | Unset = UNSET
        if isinstance(_provider, str):
            provider = Provider(_provider)
        elif _provider is not UNSET:
            d["provider"] = _provider

        _model = d.pop("model", UNSET)
        model: Model | Unset = UNSET
        if isinstance(_model, str):
            model = Model(_model)
        elif _model is not UNSET:
            d["model"] = _model

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            created_at = _parse_datetime(_created_at, _isoparse)
            if created_at is UNSET:
                d["createdAt"] = _created_at
            else:
                _record_datetimes(datetime_texts, created_at, _created_at)

        created_by = d.pop("createdBy", UNSET)
        if not isinstance(created_by, str) and created_by is not UNSET:
            d["createdBy"] = created_by
            created_by = UNSET

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            updated_at = _parse_datetime(_updated_at, _isoparse)
            if updated_at is UNSET:
                d["updatedAt"] = _updated_at
            else:
                _record_datetimes(datetime_texts, updated_at, _updated_at)

        updated_by = d.pop("updatedBy", UNSET)
        if not isinstance(updated_by, str) and updated_by is not UNSET:
            d["updatedBy"] = updated_by
            updated_by = UNSET

        get_default_llm_provider_and_model_response_result = cls(
            provider=provider,
            model=model,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
        )
        get_default_llm_provider_and_model_response_result.additional_properties = d
        if datetime_texts:
            get_default_llm_provider_and_model_response_result._datetime_texts = datetime_texts
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
