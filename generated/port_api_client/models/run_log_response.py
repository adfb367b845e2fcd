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
    from ..models.action_run_log import ActionRunLog


T = TypeVar("T", bound="RunLogResponse")


@_attrs_define
class RunLogResponse:
    """
    Attributes:
        ok (bool | Unset):
        run_log (ActionRunLog | Unset):
    """

    ok: bool | Unset = UNSET
    run_log: ActionRunLog | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ActionRunLog = _models.ActionRunLog
        ok = self.ok

        run_log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run_log, Unset):
            run_log = self.run_log.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if run_log is not UNSET:
            field_dict["runLog"] = run_log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ActionRunLog = _models.ActionRunLog
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        _run_log = d.pop("runLog", UNSET)
        run_log: ActionRunLog | Unset
        if isinstance(_run_log, Unset):
            run_log = UNSET
        else:
            run_log = ActionRunLog.from_dict(_run_log)

        run_log_response = cls(
            ok=ok,
            run_log=run_log,
        )

        run_log_response.additional_properties = d
        return run_log_response

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
