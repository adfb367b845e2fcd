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
    UNSET,
    Unset,
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
        if self.ok is not UNSET:
            field_dict["ok"] = self.ok

        if self.reviewed_count is not UNSET:
            field_dict["reviewedCount"] = self.reviewed_count

        if self.accepted_count is not UNSET:
            field_dict["acceptedCount"] = self.accepted_count

        if self.rejected_count is not UNSET:
            field_dict["rejectedCount"] = self.rejected_count

        if self.ingest_error_count is not UNSET:
            field_dict["ingestErrorCount"] = self.ingest_error_count

        if not isinstance(self.errors, Unset):
            field_dict["errors"] = [item0.to_dict() for item0 in self.errors]

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

        reviewed_count = d.pop("reviewedCount", UNSET)
        if (
            not (isinstance(reviewed_count, (int, float)) and not isinstance(reviewed_count, bool))
            and reviewed_count is not UNSET
        ):
            d["reviewedCount"] = reviewed_count
            reviewed_count = UNSET

        accepted_count = d.pop("acceptedCount", UNSET)
        if (
            not (isinstance(accepted_count, (int, float)) and not isinstance(accepted_count, bool))
            and accepted_count is not UNSET
        ):
            d["acceptedCount"] = accepted_count
            accepted_count = UNSET

        rejected_count = d.pop("rejectedCount", UNSET)
        if (
            not (isinstance(rejected_count, (int, float)) and not isinstance(rejected_count, bool))
            and rejected_count is not UNSET
        ):
            d["rejectedCount"] = rejected_count
            rejected_count = UNSET

        ingest_error_count = d.pop("ingestErrorCount", UNSET)
        if (
            not (
                isinstance(ingest_error_count, (int, float))
                and not isinstance(ingest_error_count, bool)
            )
            and ingest_error_count is not UNSET
        ):
            d["ingestErrorCount"] = ingest_error_count
            ingest_error_count = UNSET

        _errors = d.pop("errors", UNSET)
        errors: list[Error] | Unset = UNSET
        if isinstance(_errors, list) and _all_instances(_errors, dict):
            errors = [_lazy_models.Error.from_dict(item0) for item0 in _errors]
        elif _errors is not UNSET:
            d["errors"] = _errors

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
