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
        ok (bool | None):
        status (ListAutoDiscoveryInvocationSuggestionsResponseStatus | None):
        duration_seconds (float | None):
        generated_count (float | None):
        error_message (str | None):
        upstream_blueprint_counts (DownstreamBlueprintCounts | None):
        downstream_blueprint_counts (DownstreamBlueprintCounts | None):
        enrich_suggestions (list[CreateSuggestion] | None):
        create_suggestions (list[CreateSuggestion] | None):
    """

    ok: bool | None = None
    status: ListAutoDiscoveryInvocationSuggestionsResponseStatus | None = None
    duration_seconds: float | None = None
    generated_count: float | None = None
    error_message: str | None = None
    upstream_blueprint_counts: DownstreamBlueprintCounts | None = None
    downstream_blueprint_counts: DownstreamBlueprintCounts | None = None
    enrich_suggestions: list[CreateSuggestion] | None = None
    create_suggestions: list[CreateSuggestion] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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
        if self.ok is not None:
            field_dict["ok"] = self.ok
        elif self._nulls and "ok" in self._nulls:
            field_dict["ok"] = None

        if self.status is not None:
            field_dict["status"] = self.status.value
        elif self._nulls and "status" in self._nulls:
            field_dict["status"] = None

        if self.duration_seconds is not None:
            field_dict["durationSeconds"] = self.duration_seconds
        elif self._nulls and "durationSeconds" in self._nulls:
            field_dict["durationSeconds"] = None

        if self.generated_count is not None:
            field_dict["generatedCount"] = self.generated_count
        elif self._nulls and "generatedCount" in self._nulls:
            field_dict["generatedCount"] = None

        if self.error_message is not None:
            field_dict["errorMessage"] = self.error_message
        elif self._nulls and "errorMessage" in self._nulls:
            field_dict["errorMessage"] = None

        if self.upstream_blueprint_counts is not None:
            field_dict["upstreamBlueprintCounts"] = self.upstream_blueprint_counts.to_dict()
        elif self._nulls and "upstreamBlueprintCounts" in self._nulls:
            field_dict["upstreamBlueprintCounts"] = None

        if self.downstream_blueprint_counts is not None:
            field_dict["downstreamBlueprintCounts"] = self.downstream_blueprint_counts.to_dict()
        elif self._nulls and "downstreamBlueprintCounts" in self._nulls:
            field_dict["downstreamBlueprintCounts"] = None

        if self.enrich_suggestions is not None:
            field_dict["enrichSuggestions"] = [item0.to_dict() for item0 in self.enrich_suggestions]
        elif self._nulls and "enrichSuggestions" in self._nulls:
            field_dict["enrichSuggestions"] = None

        if self.create_suggestions is not None:
            field_dict["createSuggestions"] = [item0.to_dict() for item0 in self.create_suggestions]
        elif self._nulls and "createSuggestions" in self._nulls:
            field_dict["createSuggestions"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        ok = d.pop("ok", None)
        if ok is None:
            if "ok" in src_dict:
                nulls += ("ok",)
        elif not isinstance(ok, bool):
            d["ok"] = ok
            ok = None

        _status = d.pop("status", None)
        status: Any = None
        if _status is None:
            if "status" in src_dict:
                nulls += ("status",)
        elif isinstance(_status, str):
            status = ListAutoDiscoveryInvocationSuggestionsResponseStatus(_status)
        else:
            d["status"] = _status

        duration_seconds = d.pop("durationSeconds", None)
        if duration_seconds is None:
            if "durationSeconds" in src_dict:
                nulls += ("durationSeconds",)
        elif not (
            isinstance(duration_seconds, (int, float)) and not isinstance(duration_seconds, bool)
        ):
            d["durationSeconds"] = duration_seconds
            duration_seconds = None

        generated_count = d.pop("generatedCount", None)
        if generated_count is None:
            if "generatedCount" in src_dict:
                nulls += ("generatedCount",)
        elif not (
            isinstance(generated_count, (int, float)) and not isinstance(generated_count, bool)
        ):
            d["generatedCount"] = generated_count
            generated_count = None

        error_message = d.pop("errorMessage", None)
        if error_message is None:
            if "errorMessage" in src_dict:
                nulls += ("errorMessage",)
        elif not isinstance(error_message, str):
            d["errorMessage"] = error_message
            error_message = None

        _upstream_blueprint_counts = d.pop("upstreamBlueprintCounts", None)
        upstream_blueprint_counts: Any = None
        if _upstream_blueprint_counts is None:
            if "upstreamBlueprintCounts" in src_dict:
                nulls += ("upstreamBlueprintCounts",)
        elif isinstance(_upstream_blueprint_counts, dict):
            upstream_blueprint_counts = _lazy_models.DownstreamBlueprintCounts.from_dict(
                _upstream_blueprint_counts
            )
        else:
            d["upstreamBlueprintCounts"] = _upstream_blueprint_counts

        _downstream_blueprint_counts = d.pop("downstreamBlueprintCounts", None)
        downstream_blueprint_counts: Any = None
        if _downstream_blueprint_counts is None:
            if "downstreamBlueprintCounts" in src_dict:
                nulls += ("downstreamBlueprintCounts",)
        elif isinstance(_downstream_blueprint_counts, dict):
            downstream_blueprint_counts = _lazy_models.DownstreamBlueprintCounts.from_dict(
                _downstream_blueprint_counts
            )
        else:
            d["downstreamBlueprintCounts"] = _downstream_blueprint_counts

        _enrich_suggestions = d.pop("enrichSuggestions", None)
        enrich_suggestions: Any = None
        if _enrich_suggestions is None:
            if "enrichSuggestions" in src_dict:
                nulls += ("enrichSuggestions",)
        elif isinstance(_enrich_suggestions, list) and _all_instances(_enrich_suggestions, dict):
            enrich_suggestions = [
                _lazy_models.CreateSuggestion.from_dict(item0) for item0 in _enrich_suggestions
            ]
        else:
            d["enrichSuggestions"] = _enrich_suggestions

        _create_suggestions = d.pop("createSuggestions", None)
        create_suggestions: Any = None
        if _create_suggestions is None:
            if "createSuggestions" in src_dict:
                nulls += ("createSuggestions",)
        elif isinstance(_create_suggestions, list) and _all_instances(_create_suggestions, dict):
            create_suggestions = [
                _lazy_models.CreateSuggestion.from_dict(item0) for item0 in _create_suggestions
            ]
        else:
            d["createSuggestions"] = _create_suggestions

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        list_auto_discovery_invocation_suggestions_response = cls.__new__(cls)
        list_auto_discovery_invocation_suggestions_response.ok = ok
        list_auto_discovery_invocation_suggestions_response.status = status
        list_auto_discovery_invocation_suggestions_response.duration_seconds = duration_seconds
        list_auto_discovery_invocation_suggestions_response.generated_count = generated_count
        list_auto_discovery_invocation_suggestions_response.error_message = error_message
        list_auto_discovery_invocation_suggestions_response.upstream_blueprint_counts = (
            upstream_blueprint_counts
        )
        list_auto_discovery_invocation_suggestions_response.downstream_blueprint_counts = (
            downstream_blueprint_counts
        )
        list_auto_discovery_invocation_suggestions_response.enrich_suggestions = enrich_suggestions
        list_auto_discovery_invocation_suggestions_response.create_suggestions = create_suggestions
        list_auto_discovery_invocation_suggestions_response.additional_properties = d
        list_auto_discovery_invocation_suggestions_response._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
