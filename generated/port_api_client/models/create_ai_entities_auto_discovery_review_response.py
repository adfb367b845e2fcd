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
    from ..models.error import Error


T = TypeVar("T", bound="CreateAiEntitiesAutoDiscoveryReviewResponse")


@_attrs_define
class CreateAiEntitiesAutoDiscoveryReviewResponse:
    """
    Attributes:
        ok (bool | Unset):
        reviewed_count (float | Unset):
        accepted_count (float | Unset):
        rejected_count (float | Unset):
        ingest_error_count (float | Unset):
        errors (list[Error] | Unset):
    """

    ok: bool | Unset = UNSET
    reviewed_count: float | Unset = UNSET
    accepted_count: float | Unset = UNSET
    rejected_count: float | Unset = UNSET
    ingest_error_count: float | Unset = UNSET
    errors: list[Error] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Error = _models.Error
        ok = self.ok

        reviewed_count = self.reviewed_count

        accepted_count = self.accepted_count

        rejected_count = self.rejected_count

        ingest_error_count = self.ingest_error_count

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if reviewed_count is not UNSET:
            field_dict["reviewedCount"] = reviewed_count
        if accepted_count is not UNSET:
            field_dict["acceptedCount"] = accepted_count
        if rejected_count is not UNSET:
            field_dict["rejectedCount"] = rejected_count
        if ingest_error_count is not UNSET:
            field_dict["ingestErrorCount"] = ingest_error_count
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Error = _models.Error
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        reviewed_count = d.pop("reviewedCount", UNSET)

        accepted_count = d.pop("acceptedCount", UNSET)

        rejected_count = d.pop("rejectedCount", UNSET)

        ingest_error_count = d.pop("ingestErrorCount", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[Error] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = Error.from_dict(errors_item_data)

                errors.append(errors_item)

        create_ai_entities_auto_discovery_review_response = cls(
            ok=ok,
            reviewed_count=reviewed_count,
            accepted_count=accepted_count,
            rejected_count=rejected_count,
            ingest_error_count=ingest_error_count,
            errors=errors,
        )

        create_ai_entities_auto_discovery_review_response.additional_properties = d
        return create_ai_entities_auto_discovery_review_response

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
