from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

from ..models.get_latest_auto_discovery_invocation_for_blueprint_response_status import (
    GetLatestAutoDiscoveryInvocationForBlueprintResponseStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLatestAutoDiscoveryInvocationForBlueprintResponse")


@_attrs_define
class GetLatestAutoDiscoveryInvocationForBlueprintResponse:
    """
    Attributes:
        ok (bool | Unset):
        invocation_id (str | Unset):
        status (GetLatestAutoDiscoveryInvocationForBlueprintResponseStatus | Unset):
        generated_count (float | Unset):
        pending_review_count (float | Unset):
        error_message (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    ok: bool | Unset = UNSET
    invocation_id: str | Unset = UNSET
    status: GetLatestAutoDiscoveryInvocationForBlueprintResponseStatus | Unset = UNSET
    generated_count: float | Unset = UNSET
    pending_review_count: float | Unset = UNSET
    error_message: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        invocation_id = self.invocation_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        generated_count = self.generated_count

        pending_review_count = self.pending_review_count

        error_message = self.error_message

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if invocation_id is not UNSET:
            field_dict["invocationId"] = invocation_id
        if status is not UNSET:
            field_dict["status"] = status
        if generated_count is not UNSET:
            field_dict["generatedCount"] = generated_count
        if pending_review_count is not UNSET:
            field_dict["pendingReviewCount"] = pending_review_count
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        invocation_id = d.pop("invocationId", UNSET)

        _status = d.pop("status", UNSET)
        status: GetLatestAutoDiscoveryInvocationForBlueprintResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetLatestAutoDiscoveryInvocationForBlueprintResponseStatus(_status)

        generated_count = d.pop("generatedCount", UNSET)

        pending_review_count = d.pop("pendingReviewCount", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _isoparse(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _isoparse(_updated_at)

        get_latest_auto_discovery_invocation_for_blueprint_response = cls(
            ok=ok,
            invocation_id=invocation_id,
            status=status,
            generated_count=generated_count,
            pending_review_count=pending_review_count,
            error_message=error_message,
            created_at=created_at,
            updated_at=updated_at,
        )

        get_latest_auto_discovery_invocation_for_blueprint_response.additional_properties = d
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
