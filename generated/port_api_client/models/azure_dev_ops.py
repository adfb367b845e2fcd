from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.azure_devops_literal import AzureDevopsLiteral
from ..types import (
    UNSET,
    Unset,
    _present_repr,
    _unfit,
)

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
        payload (list[Any] | Properties | None):
    """

    type_: AzureDevopsLiteral
    webhook: str
    org: str
    payload: list[Any] | Properties | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("AZURE_DEVOPS",),
        "webhook": lambda v: isinstance(v, str),
        "org": lambda v: isinstance(v, str),
        "payload": lambda v: isinstance(v, list) or isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "webhook": "webhook",
        "org": "org",
        "payload": "payload",
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
        field_dict["type"] = self.type_.value

        field_dict["webhook"] = self.webhook

        field_dict["org"] = self.org

        if self.payload is not None:
            field_dict["payload"] = (
                self.payload.to_dict()
                if isinstance(self.payload, _lazy_models.Properties)
                else self.payload
            )
        elif self._nulls and "payload" in self._nulls:
            field_dict["payload"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: AzureDevopsLiteral = AzureDevopsLiteral(_type_)

        _webhook = d.pop("webhook")
        if not isinstance(_webhook, str):
            raise _unfit(cls, "webhook", _webhook)
        webhook: str = _webhook

        _org = d.pop("org")
        if not isinstance(_org, str):
            raise _unfit(cls, "org", _org)
        org: str = _org

        _payload = d.pop("payload", None)
        payload: Any = None
        if _payload is None:
            if "payload" in src_dict:
                nulls += ("payload",)
        else:
            payload = _parse_payload(_payload)
            if payload is UNSET:
                d["payload"] = _payload
                payload = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        azure_dev_ops = cls.__new__(cls)
        azure_dev_ops.type_ = type_
        azure_dev_ops.webhook = webhook
        azure_dev_ops.org = org
        azure_dev_ops.payload = payload
        azure_dev_ops.additional_properties = d
        azure_dev_ops._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None


def _parse_payload(data: Any) -> list[Any] | Properties | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        return _lazy_models.Properties.from_dict(data)
    if isinstance(data, list):
        return data
    return UNSET
