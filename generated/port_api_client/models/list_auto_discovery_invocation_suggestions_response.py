from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.list_auto_discovery_invocation_suggestions_response_status import (
    ListAutoDiscoveryInvocationSuggestionsResponseStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_suggestion import CreateSuggestion
    from ..models.downstream_blueprint_counts import DownstreamBlueprintCounts


T = TypeVar("T", bound="ListAutoDiscoveryInvocationSuggestionsResponse")


@_attrs_define
class ListAutoDiscoveryInvocationSuggestionsResponse:
    """
    Attributes:
        ok (bool | Unset):
        status (ListAutoDiscoveryInvocationSuggestionsResponseStatus | Unset):
        duration_seconds (float | Unset):
        generated_count (float | Unset):
        error_message (str | Unset):
        upstream_blueprint_counts (DownstreamBlueprintCounts | Unset):
        downstream_blueprint_counts (DownstreamBlueprintCounts | Unset):
        enrich_suggestions (list[CreateSuggestion] | Unset):
        create_suggestions (list[CreateSuggestion] | Unset):
    """

    ok: bool | Unset = UNSET
    status: ListAutoDiscoveryInvocationSuggestionsResponseStatus | Unset = UNSET
    duration_seconds: float | Unset = UNSET
    generated_count: float | Unset = UNSET
    error_message: str | Unset = UNSET
    upstream_blueprint_counts: DownstreamBlueprintCounts | Unset = UNSET
    downstream_blueprint_counts: DownstreamBlueprintCounts | Unset = UNSET
    enrich_suggestions: list[CreateSuggestion] | Unset = UNSET
    create_suggestions: list[CreateSuggestion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        CreateSuggestion = _models.CreateSuggestion
        DownstreamBlueprintCounts = _models.DownstreamBlueprintCounts
        ok = self.ok

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        duration_seconds = self.duration_seconds

        generated_count = self.generated_count

        error_message = self.error_message

        upstream_blueprint_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upstream_blueprint_counts, Unset):
            upstream_blueprint_counts = self.upstream_blueprint_counts.to_dict()

        downstream_blueprint_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downstream_blueprint_counts, Unset):
            downstream_blueprint_counts = self.downstream_blueprint_counts.to_dict()

        enrich_suggestions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enrich_suggestions, Unset):
            enrich_suggestions = []
            for enrich_suggestions_item_data in self.enrich_suggestions:
                enrich_suggestions_item = enrich_suggestions_item_data.to_dict()
                enrich_suggestions.append(enrich_suggestions_item)

        create_suggestions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.create_suggestions, Unset):
            create_suggestions = []
            for create_suggestions_item_data in self.create_suggestions:
                create_suggestions_item = create_suggestions_item_data.to_dict()
                create_suggestions.append(create_suggestions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if status is not UNSET:
            field_dict["status"] = status
        if duration_seconds is not UNSET:
            field_dict["durationSeconds"] = duration_seconds
        if generated_count is not UNSET:
            field_dict["generatedCount"] = generated_count
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if upstream_blueprint_counts is not UNSET:
            field_dict["upstreamBlueprintCounts"] = upstream_blueprint_counts
        if downstream_blueprint_counts is not UNSET:
            field_dict["downstreamBlueprintCounts"] = downstream_blueprint_counts
        if enrich_suggestions is not UNSET:
            field_dict["enrichSuggestions"] = enrich_suggestions
        if create_suggestions is not UNSET:
            field_dict["createSuggestions"] = create_suggestions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        CreateSuggestion = _models.CreateSuggestion
        DownstreamBlueprintCounts = _models.DownstreamBlueprintCounts
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        _status = d.pop("status", UNSET)
        status: ListAutoDiscoveryInvocationSuggestionsResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ListAutoDiscoveryInvocationSuggestionsResponseStatus(_status)

        duration_seconds = d.pop("durationSeconds", UNSET)

        generated_count = d.pop("generatedCount", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        _upstream_blueprint_counts = d.pop("upstreamBlueprintCounts", UNSET)
        upstream_blueprint_counts: DownstreamBlueprintCounts | Unset
        if isinstance(_upstream_blueprint_counts, Unset):
            upstream_blueprint_counts = UNSET
        else:
            upstream_blueprint_counts = DownstreamBlueprintCounts.from_dict(
                _upstream_blueprint_counts
            )

        _downstream_blueprint_counts = d.pop("downstreamBlueprintCounts", UNSET)
        downstream_blueprint_counts: DownstreamBlueprintCounts | Unset
        if isinstance(_downstream_blueprint_counts, Unset):
            downstream_blueprint_counts = UNSET
        else:
            downstream_blueprint_counts = DownstreamBlueprintCounts.from_dict(
                _downstream_blueprint_counts
            )

        _enrich_suggestions = d.pop("enrichSuggestions", UNSET)
        enrich_suggestions: list[CreateSuggestion] | Unset = UNSET
        if _enrich_suggestions is not UNSET:
            enrich_suggestions = []
            for enrich_suggestions_item_data in _enrich_suggestions:
                enrich_suggestions_item = CreateSuggestion.from_dict(enrich_suggestions_item_data)

                enrich_suggestions.append(enrich_suggestions_item)

        _create_suggestions = d.pop("createSuggestions", UNSET)
        create_suggestions: list[CreateSuggestion] | Unset = UNSET
        if _create_suggestions is not UNSET:
            create_suggestions = []
            for create_suggestions_item_data in _create_suggestions:
                create_suggestions_item = CreateSuggestion.from_dict(create_suggestions_item_data)

                create_suggestions.append(create_suggestions_item)

        list_auto_discovery_invocation_suggestions_response = cls(
            ok=ok,
            status=status,
            duration_seconds=duration_seconds,
            generated_count=generated_count,
            error_message=error_message,
            upstream_blueprint_counts=upstream_blueprint_counts,
            downstream_blueprint_counts=downstream_blueprint_counts,
            enrich_suggestions=enrich_suggestions,
            create_suggestions=create_suggestions,
        )

        list_auto_discovery_invocation_suggestions_response.additional_properties = d
        return list_auto_discovery_invocation_suggestions_response

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
