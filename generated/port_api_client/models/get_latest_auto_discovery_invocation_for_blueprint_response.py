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
from ..models.get_latest_auto_discovery_invocation_for_blueprint_response_status import (
    GetLatestAutoDiscoveryInvocationForBlueprintResponseStatus,
)
from ..types import (
    UNSET,
    _datetime_json,
    _parse_datetime,
    _present_repr,
    _record_datetimes,
)

T = TypeVar("T", bound="GetLatestAutoDiscoveryInvocationForBlueprintResponse")


@_attrs_define
class GetLatestAutoDiscoveryInvocationForBlueprintResponse:
    """
    Attributes:
        ok (bool | None):
        invocation_id (str | None):
        status (GetLatestAutoDiscoveryInvocationForBlueprintResponseStatus | None):
        generated_count (float | None):
        pending_review_count (float | None):
        error_message (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    ok: bool | None = None
    invocation_id: str | None = None
    status: GetLatestAutoDiscoveryInvocationForBlueprintResponseStatus | None = None
    generated_count: float | None = None
    pending_review_count: float | None = None
    error_message: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "ok": lambda v: isinstance(v, bool),
        "invocationId": lambda v: isinstance(v, str),
        "status": lambda v: (
            isinstance(v, str)
            and v
            in (
                "in_progress",
                "pending_review",
                "completed",
                "failed",
            )
        ),
        "generatedCount": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "pendingReviewCount": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "errorMessage": lambda v: isinstance(v, str),
        "createdAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "updatedAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
    }

    _json_names: ClassVar[dict[str, str]] = {
        "ok": "ok",
        "invocation_id": "invocationId",
        "status": "status",
        "generated_count": "generatedCount",
        "pending_review_count": "pendingReviewCount",
        "error_message": "errorMessage",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
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
        if self.ok is not None:
            field_dict["ok"] = self.ok
        elif self._nulls and "ok" in self._nulls:
            field_dict["ok"] = None

        if self.invocation_id is not None:
            field_dict["invocationId"] = self.invocation_id
        elif self._nulls and "invocationId" in self._nulls:
            field_dict["invocationId"] = None

        if self.status is not None:
            field_dict["status"] = self.status.value
        elif self._nulls and "status" in self._nulls:
            field_dict["status"] = None

        if self.generated_count is not None:
            field_dict["generatedCount"] = self.generated_count
        elif self._nulls and "generatedCount" in self._nulls:
            field_dict["generatedCount"] = None

        if self.pending_review_count is not None:
            field_dict["pendingReviewCount"] = self.pending_review_count
        elif self._nulls and "pendingReviewCount" in self._nulls:
            field_dict["pendingReviewCount"] = None

        if self.error_message is not None:
            field_dict["errorMessage"] = self.error_message
        elif self._nulls and "errorMessage" in self._nulls:
            field_dict["errorMessage"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = _datetime_json(self.created_at, self._datetime_texts)
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = _datetime_json(self.updated_at, self._datetime_texts)
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        ok = d.pop("ok", None)
        if ok is None:
            if "ok" in src_dict:
                nulls += ("ok",)
        elif not isinstance(ok, bool):
            d["ok"] = ok
            ok = None

        invocation_id = d.pop("invocationId", None)
        if invocation_id is None:
            if "invocationId" in src_dict:
                nulls += ("invocationId",)
        elif not isinstance(invocation_id, str):
            d["invocationId"] = invocation_id
            invocation_id = None

        _status = d.pop("status", None)
        status: Any = None
        if _status is None:
            if "status" in src_dict:
                nulls += ("status",)
        elif isinstance(_status, str):
            status = GetLatestAutoDiscoveryInvocationForBlueprintResponseStatus(_status)
        else:
            d["status"] = _status

        generated_count = d.pop("generatedCount", None)
        if generated_count is None:
            if "generatedCount" in src_dict:
                nulls += ("generatedCount",)
        elif not (
            isinstance(generated_count, (int, float)) and not isinstance(generated_count, bool)
        ):
            d["generatedCount"] = generated_count
            generated_count = None

        pending_review_count = d.pop("pendingReviewCount", None)
        if pending_review_count is None:
            if "pendingReviewCount" in src_dict:
                nulls += ("pendingReviewCount",)
        elif not (
            isinstance(pending_review_count, (int, float))
            and not isinstance(pending_review_count, bool)
        ):
            d["pendingReviewCount"] = pending_review_count
            pending_review_count = None

        error_message = d.pop("errorMessage", None)
        if error_message is None:
            if "errorMessage" in src_dict:
                nulls += ("errorMessage",)
        elif not isinstance(error_message, str):
            d["errorMessage"] = error_message
            error_message = None

        _created_at = d.pop("createdAt", None)
        created_at: Any = None
        if _created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        else:
            created_at = _parse_datetime(_created_at, _isoparse)
            if created_at is UNSET:
                d["createdAt"] = _created_at
                created_at = None
            else:
                _record_datetimes(datetime_texts, created_at, _created_at)

        _updated_at = d.pop("updatedAt", None)
        updated_at: Any = None
        if _updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        else:
            updated_at = _parse_datetime(_updated_at, _isoparse)
            if updated_at is UNSET:
                d["updatedAt"] = _updated_at
                updated_at = None
            else:
                _record_datetimes(datetime_texts, updated_at, _updated_at)

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        get_latest_auto_discovery_invocation_for_blueprint_response = cls.__new__(cls)
        get_latest_auto_discovery_invocation_for_blueprint_response.ok = ok
        get_latest_auto_discovery_invocation_for_blueprint_response.invocation_id = invocation_id
        get_latest_auto_discovery_invocation_for_blueprint_response.status = status
        get_latest_auto_discovery_invocation_for_blueprint_response.generated_count = (
            generated_count
        )
        get_latest_auto_discovery_invocation_for_blueprint_response.pending_review_count = (
            pending_review_count
        )
        get_latest_auto_discovery_invocation_for_blueprint_response.error_message = error_message
        get_latest_auto_discovery_invocation_for_blueprint_response.created_at = created_at
        get_latest_auto_discovery_invocation_for_blueprint_response.updated_at = updated_at
        get_latest_auto_discovery_invocation_for_blueprint_response.additional_properties = d
        get_latest_auto_discovery_invocation_for_blueprint_response._datetime_texts = (
            datetime_texts or None
        )
        get_latest_auto_discovery_invocation_for_blueprint_response._nulls = nulls
        return get_latest_auto_discovery_invocation_for_blueprint_response

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
