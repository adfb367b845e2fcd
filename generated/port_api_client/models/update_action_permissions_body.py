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
    from ..models.approve import Approve
    from ..models.execute import Execute


T = TypeVar("T", bound="UpdateActionPermissionsBody")


@_attrs_define
class UpdateActionPermissionsBody:
    """
    Attributes:
        execute (Execute | Unset):
        approve (Approve | Unset):
    """

    execute: Execute | Unset = UNSET
    approve: Approve | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Approve = _models.Approve
        Execute = _models.Execute
        execute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execute, Unset):
            execute = self.execute.to_dict()

        approve: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approve, Unset):
            approve = self.approve.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execute is not UNSET:
            field_dict["execute"] = execute
        if approve is not UNSET:
            field_dict["approve"] = approve

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Approve = _models.Approve
        Execute = _models.Execute
        d = dict(src_dict)
        _execute = d.pop("execute", UNSET)
        execute: Execute | Unset
        if isinstance(_execute, Unset):
            execute = UNSET
        else:
            execute = Execute.from_dict(_execute)

        _approve = d.pop("approve", UNSET)
        approve: Approve | Unset
        if isinstance(_approve, Unset):
            approve = UNSET
        else:
            approve = Approve.from_dict(_approve)

        update_action_permissions_body = cls(
            execute=execute,
            approve=approve,
        )

        update_action_permissions_body.additional_properties = d
        return update_action_permissions_body

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
