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
    from ..models.data import Data


T = TypeVar("T", bound="GetIntegrationMetricsAndSyncStatusResponse")


@_attrs_define
class GetIntegrationMetricsAndSyncStatusResponse:
    """
    Attributes:
        ok (bool | Unset):
        count (float | Unset):
        data (list[Data] | Unset):
    """

    ok: bool | Unset = UNSET
    count: float | Unset = UNSET
    data: list[Data] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Data = _models.Data
        ok = self.ok

        count = self.count

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if count is not UNSET:
            field_dict["count"] = count
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Data = _models.Data
        d = dict(src_dict)
        ok = d.pop("ok", UNSET)

        count = d.pop("count", UNSET)

        _data = d.pop("data", UNSET)
        data: list[Data] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = Data.from_dict(data_item_data)

                data.append(data_item)

        get_integration_metrics_and_sync_status_response = cls(
            ok=ok,
            count=count,
            data=data,
        )

        get_integration_metrics_and_sync_status_response.additional_properties = d
        return get_integration_metrics_and_sync_status_response

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
