from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models

if TYPE_CHECKING:
    from ..models.port import Port
    from ..models.selector import Selector


T = TypeVar("T", bound="ConfigResource")


@_attrs_define
class ConfigResource:
    """
    Attributes:
        kind (str):
        selector (Selector):
        port (Port):
    """

    kind: str
    selector: Selector
    port: Port
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Port = _models.Port
        Selector = _models.Selector
        kind = self.kind

        selector = self.selector.to_dict()

        port = self.port.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "selector": selector,
                "port": port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Port = _models.Port
        Selector = _models.Selector
        d = dict(src_dict)
        kind = d.pop("kind")

        selector = Selector.from_dict(d.pop("selector"))

        port = Port.from_dict(d.pop("port"))

        config_resource = cls(
            kind=kind,
            selector=selector,
            port=port,
        )

        config_resource.additional_properties = d
        return config_resource

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
