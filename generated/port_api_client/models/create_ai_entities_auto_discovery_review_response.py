from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    _all_instances,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.error import Error


T = TypeVar("T", bound="CreateAiEntitiesAutoDiscoveryReviewResponse")


@_attrs_define
class CreateAiEntitiesAutoDiscoveryReviewResponse:
    """
    Attributes:
        ok (bool | None):
        reviewed_count (float | None):
        accepted_count (float | None):
        rejected_count (float | None):
        ingest_error_count (float | None):
        errors (list[Error] | None):
    """

    ok: bool | None = None
    reviewed_count: float | None = None
    accepted_count: float | None = None
    rejected_count: float | None = None
    ingest_error_count: float | None = None
    errors: list[Error] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "ok": lambda v: isinstance(v, bool),
        "reviewedCount": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "acceptedCount": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "rejectedCount": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "ingestErrorCount": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "errors": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "ok": "ok",
        "reviewed_count": "reviewedCount",
        "accepted_count": "acceptedCount",
        "rejected_count": "rejectedCount",
        "ingest_error_count": "ingestErrorCount",
        "errors": "errors",
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

        if self.reviewed_count is not None:
            field_dict["reviewedCount"] = self.reviewed_count
        elif self._nulls and "reviewedCount" in self._nulls:
            field_dict["reviewedCount"] = None

        if self.accepted_count is not None:
            field_dict["acceptedCount"] = self.accepted_count
        elif self._nulls and "acceptedCount" in self._nulls:
            field_dict["acceptedCount"] = None

        if self.rejected_count is not None:
            field_dict["rejectedCount"] = self.rejected_count
        elif self._nulls and "rejectedCount" in self._nulls:
            field_dict["rejectedCount"] = None

        if self.ingest_error_count is not None:
            field_dict["ingestErrorCount"] = self.ingest_error_count
        elif self._nulls and "ingestErrorCount" in self._nulls:
            field_dict["ingestErrorCount"] = None

        if self.errors is not None:
            field_dict["errors"] = [item0.to_dict() for item0 in self.errors]
        elif self._nulls and "errors" in self._nulls:
            field_dict["errors"] = None

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

        reviewed_count = d.pop("reviewedCount", None)
        if reviewed_count is None:
            if "reviewedCount" in src_dict:
                nulls += ("reviewedCount",)
        elif not (
            isinstance(reviewed_count, (int, float)) and not isinstance(reviewed_count, bool)
        ):
            d["reviewedCount"] = reviewed_count
            reviewed_count = None

        accepted_count = d.pop("acceptedCount", None)
        if accepted_count is None:
            if "acceptedCount" in src_dict:
                nulls += ("acceptedCount",)
        elif not (
            isinstance(accepted_count, (int, float)) and not isinstance(accepted_count, bool)
        ):
            d["acceptedCount"] = accepted_count
            accepted_count = None

        rejected_count = d.pop("rejectedCount", None)
        if rejected_count is None:
            if "rejectedCount" in src_dict:
                nulls += ("rejectedCount",)
        elif not (
            isinstance(rejected_count, (int, float)) and not isinstance(rejected_count, bool)
        ):
            d["rejectedCount"] = rejected_count
            rejected_count = None

        ingest_error_count = d.pop("ingestErrorCount", None)
        if ingest_error_count is None:
            if "ingestErrorCount" in src_dict:
                nulls += ("ingestErrorCount",)
        elif not (
            isinstance(ingest_error_count, (int, float))
            and not isinstance(ingest_error_count, bool)
        ):
            d["ingestErrorCount"] = ingest_error_count
            ingest_error_count = None

        _errors = d.pop("errors", None)
        errors: Any = None
        if _errors is None:
            if "errors" in src_dict:
                nulls += ("errors",)
        elif isinstance(_errors, list) and _all_instances(_errors, dict):
            errors = [_lazy_models.Error.from_dict(item0) for item0 in _errors]
        else:
            d["errors"] = _errors

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        create_ai_entities_auto_discovery_review_response = cls.__new__(cls)
        create_ai_entities_auto_discovery_review_response.ok = ok
        create_ai_entities_auto_discovery_review_response.reviewed_count = reviewed_count
        create_ai_entities_auto_discovery_review_response.accepted_count = accepted_count
        create_ai_entities_auto_discovery_review_response.rejected_count = rejected_count
        create_ai_entities_auto_discovery_review_response.ingest_error_count = ingest_error_count
        create_ai_entities_auto_discovery_review_response.errors = errors
        create_ai_entities_auto_discovery_review_response.additional_properties = d
        create_ai_entities_auto_discovery_review_response._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
