from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.list_auto_discovery_invocation_suggestions_response_status import (
    ListAutoDiscoveryInvocationSuggestionsResponseStatus,
)
from ..types import (
    UNSET,
    Unset,
    _all_instances,
    _present_repr,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "ok": lambda v: isinstance(v, bool),
        "status": lambda v: (
            isinstance(v, str)
            and v
            in (
                "in_progress",
                "completed",
                "failed",
            )
        ),
        "durationSeconds": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "generatedCount": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "errorMessage": lambda v: isinstance(v, str),
        "upstreamBlueprintCounts": lambda v: isinstance(v, dict),
        "downstreamBlueprintCounts": lambda v: isinstance(v, dict),
        "enrichSuggestions": lambda v: (
            isinstance(v, list) and all(isinstance(item1, dict) for item1 in v)
        ),
        "createSuggestions": lambda v: (
            isinstance(v, list) and all(isinstance(item1, dict) for item1 in v)
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "ok": "ok",
        "status": "status",
        "duration_seconds": "durationSeconds",
        "generated_count": "generatedCount",
        "error_message": "errorMessage",
        "upstream_blueprint_counts": "upstreamBlueprintCounts",
        "downstream_blueprint_counts": "downstreamBlueprintCounts",
        "enrich_suggestions": "enrichSuggestions",
        "create_suggestions": "createSuggestions",
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

        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status.value

        if self.duration_seconds is not UNSET:
            field_dict["durationSeconds"] = self.duration_seconds

        if self.generated_count is not UNSET:
            field_dict["generatedCount"] = self.generated_count

        if self.error_message is not UNSET:
            field_dict["errorMessage"] = self.error_message

        if not isinstance(self.upstream_blueprint_counts, Unset):
            field_dict["upstreamBlueprintCounts"] = self.upstream_blueprint_counts.to_dict()

        if not isinstance(self.downstream_blueprint_counts, Unset):
            field_dict["downstreamBlueprintCounts"] = self.downstream_blueprint_counts.to_dict()

        if not isinstance(self.enrich_suggestions, Unset):
            field_dict["enrichSuggestions"] = [item0.to_dict() for item0 in self.enrich_suggestions]

        if not isinstance(self.create_suggestions, Unset):
            field_dict["createSuggestions"] = [item0.to_dict() for item0 in self.create_suggestions]

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

        _status = d.pop("status", UNSET)
        status: ListAutoDiscoveryInvocationSuggestionsResponseStatus | Unset = UNSET
        if isinstance(_status, str):
            status = ListAutoDiscoveryInvocationSuggestionsResponseStatus(_status)
        elif _status is not UNSET:
            d["status"] = _status

        duration_seconds = d.pop("durationSeconds", UNSET)
        if (
            not (
                isinstance(duration_seconds, (int, float))
                and not isinstance(duration_seconds, bool)
            )
            and duration_seconds is not UNSET
        ):
            d["durationSeconds"] = duration_seconds
            duration_seconds = UNSET

        generated_count = d.pop("generatedCount", UNSET)
        if (
            not (
                isinstance(generated_count, (int, float)) and not isinstance(generated_count, bool)
            )
            and generated_count is not UNSET
        ):
            d["generatedCount"] = generated_count
            generated_count = UNSET

        error_message = d.pop("errorMessage", UNSET)
        if not isinstance(error_message, str) and error_message is not UNSET:
            d["errorMessage"] = error_message
            error_message = UNSET

        _upstream_blueprint_counts = d.pop("upstreamBlueprintCounts", UNSET)
        upstream_blueprint_counts: DownstreamBlueprintCounts | Unset = UNSET
        if isinstance(_upstream_blueprint_counts, dict):
            upstream_blueprint_counts = _lazy_models.DownstreamBlueprintCounts.from_dict(
                _upstream_blueprint_counts
            )
        elif _upstream_blueprint_counts is not UNSET:
            d["upstreamBlueprintCounts"] = _upstream_blueprint_counts

        _downstream_blueprint_counts = d.pop("downstreamBlueprintCounts", UNSET)
        downstream_blueprint_counts: DownstreamBlueprintCounts | Unset = UNSET
        if isinstance(_downstream_blueprint_counts, dict):
            downstream_blueprint_counts = _lazy_models.DownstreamBlueprintCounts.from_dict(
                _downstream_blueprint_counts
            )
        elif _downstream_blueprint_counts is not UNSET:
            d["downstreamBlueprintCounts"] = _downstream_blueprint_counts

        _enrich_suggestions = d.pop("enrichSuggestions", UNSET)
        enrich_suggestions: list[CreateSuggestion] | Unset = UNSET
        if isinstance(_enrich_suggestions, list) and _all_instances(_enrich_suggestions, dict):
            enrich_suggestions = [
                _lazy_models.CreateSuggestion.from_dict(item0) for item0 in _enrich_suggestions
            ]
        elif _enrich_suggestions is not UNSET:
            d["enrichSuggestions"] = _enrich_suggestions

        _create_suggestions = d.pop("createSuggestions", UNSET)
        create_suggestions: list[CreateSuggestion] | Unset = UNSET
        if isinstance(_create_suggestions, list) and _all_instances(_create_suggestions, dict):
            create_suggestions = [
                _lazy_models.CreateSuggestion.from_dict(item0) for item0 in _create_suggestions
            ]
        elif _create_suggestions is not UNSET:
            d["createSuggestions"] = _create_suggestions

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
