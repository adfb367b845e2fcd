from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models

if TYPE_CHECKING:
    from ..models.update_integration_config_body_config_type_0 import (
        UpdateIntegrationConfigBodyConfigType0,
    )


T = TypeVar("T", bound="UpdateIntegrationConfigBody")


@_attrs_define
class UpdateIntegrationConfigBody:
    """
    Attributes:
        config (None | UpdateIntegrationConfigBodyConfigType0):
    """

    config: None | UpdateIntegrationConfigBodyConfigType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        UpdateIntegrationConfigBodyConfigType0 = _models.UpdateIntegrationConfigBodyConfigType0
        config: dict[str, Any] | None
        if isinstance(self.config, UpdateIntegrationConfigBodyConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        UpdateIntegrationConfigBodyConfigType0 = _models.UpdateIntegrationConfigBodyConfigType0
        d = dict(src_dict)

        def _parse_config(data: object) -> None | UpdateIntegrationConfigBodyConfigType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = UpdateIntegrationConfigBodyConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UpdateIntegrationConfigBodyConfigType0, data)

        config = _parse_config(d.pop("config"))

        update_integration_config_body = cls(
            config=config,
        )

        update_integration_config_body.additional_properties = d
        return update_integration_config_body

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
