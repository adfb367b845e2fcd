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
    from ..models.port_context import PortContext


T = TypeVar("T", bound="Body")


@_attrs_define
class Body:
    """
    Attributes:
        port_context (PortContext | Unset):
    """

    port_context: PortContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        PortContext = _models.PortContext
        port_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.port_context, Unset):
            port_context = self.port_context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if port_context is not UNSET:
            field_dict["port_context"] = port_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        PortContext = _models.PortContext
        d = dict(src_dict)
        _port_context = d.pop("port_context", UNSET)
        port_context: PortContext | Unset
        if isinstance(_port_context, Unset):
            port_context = UNSET
        else:
            port_context = PortContext.from_dict(_port_context)

        body = cls(
            port_context=port_context,
        )

        body.additional_properties = d
        return body

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
