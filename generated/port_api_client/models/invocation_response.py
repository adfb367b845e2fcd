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
    from ..models.invocation import Invocation


T = TypeVar("T", bound="InvocationResponse")


@_attrs_define
class InvocationResponse:
    """
    Attributes:
        ok (bool | Unset):
        invocation (Invocation | Unset):
    """

    ok: bool | Unset = UNSET
    invocation: Invocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Invocation = _models.Invocation
        ok = self.ok

        invocation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invocation, Unset):
            invocation = self.invocation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if invocation is not UNSET:
            field_dict["invocation"] = invocation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Invocation = _models.Invocation
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        _invocation = d.pop("invocation", UNSET)
        invocation: Invocation | Unset
        if isinstance(_invocation, Unset):
            invocation = UNSET
        else:
            invocation = Invocation.from_dict(_invocation)

        invocation_response = cls(
            ok=ok,
            invocation=invocation,
        )

        invocation_response.additional_properties = d
        return invocation_response

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
