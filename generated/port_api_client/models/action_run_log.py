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
from ..types import (
    UNSET,
    Unset,
    _datetime_json,
    _parse_datetime,
    _present_repr,
    _record_datetimes,
)

T = TypeVar("T", bound="ActionRunLog")


@_attrs_define
class ActionRunLog:
    """
    Attributes:
        id (str | Unset):
        run_id (str | Unset):
        message (str | Unset):
        created_by (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    run_id: str | Unset = UNSET
    message: str | Unset = UNSET
    created_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "id": lambda v: isinstance(v, str),
        "runId": lambda v: isinstance(v, str),
        "message": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "createdAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
    }

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "run_id": "runId",
        "message": "message",
        "created_by": "createdBy",
        "created_at": "createdAt",
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
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.run_id is not UNSET:
            field_dict["runId"] = self.run_id

        if self.message is not UNSET:
            field_dict["message"] = self.message

        if self.created_by is not UNSET:
            field_dict["createdBy"] = self.created_by

        if not isinstance(self.created_at, Unset):
            field_dict["createdAt"] = _datetime_json(self.created_at, self._datetime_texts)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            d["id"] = id
            id = UNSET

        run_id = d.pop("runId", UNSET)
        if not isinstance(run_id, str) and run_id is not UNSET:
            d["runId"] = run_id
            run_id = UNSET

        message = d.pop("message", UNSET)
        if not isinstance(message, str) and message is not UNSET:
            d["message"] = message
            message = UNSET

        created_by = d.pop("createdBy", UNSET)
        if not isinstance(created_by, str) and created_by is not UNSET:
            d["createdBy"] = created_by
            created_by = UNSET

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            created_at = _parse_datetime(_created_at, _isoparse)
            if created_at is UNSET:
                d["createdAt"] = _created_at
            else:
                _record_datetimes(datetime_texts, created_at, _created_at)

        action_run_log = cls(
            id=id,
            run_id=run_id,
            message=message,
            created_by=created_by,
            created_at=created_at,
        )
        action_run_log.additional_properties = d
        if datetime_texts:
            action_run_log._datetime_texts = datetime_texts
        return action_run_log

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
