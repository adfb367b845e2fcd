from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.azure_devops_literal import AzureDevopsLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="AzureDevOps")


@_attrs_define
class AzureDevOps:
    """
    Attributes:
        type_ (AzureDevopsLiteral):
        webhook (str):
        org (str):
        payload (list[Any] | Properties | Unset):
    """

    type_: AzureDevopsLiteral
    webhook: str
    org: str
    payload: list[Any] | Properties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Properties = _models.Properties
        type_ = self.type_.value

        webhook = self.webhook

        org = self.org

        payload: dict[str, Any] | list[Any] | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, list):
            payload = self.payload

        else:
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "webhook": webhook,
                "org": org,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Properties = _models.Properties
        d = dict(src_dict)
        type_ = AzureDevopsLiteral(d.pop("type"))

        webhook = d.pop("webhook")

        org = d.pop("org")

        def _parse_payload(data: object) -> list[Any] | Properties | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payload_type_0 = cast(list[Any], data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            payload_type_1 = Properties.from_dict(data)

            return payload_type_1

        payload = _parse_payload(d.pop("payload", UNSET))

        azure_dev_ops = cls(
            type_=type_,
            webhook=webhook,
            org=org,
            payload=payload,
        )

        azure_dev_ops.additional_properties = d
        return azure_dev_ops

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
