from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..types import (
    _present_repr,
)

T = TypeVar("T", bound="Bedrock")


@_attrs_define
class Bedrock:
    """
    Attributes:
        access_key_id_secret_name (str | None):
        secret_access_key_secret_name (str | None):
        region (str | None):
        guardrail_identifier (str | None):
        guardrail_version (str | None):
    """

    access_key_id_secret_name: str | None = None
    secret_access_key_secret_name: str | None = None
    region: str | None = None
    guardrail_identifier: str | None = None
    guardrail_version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "accessKeyIdSecretName": lambda v: isinstance(v, str),
        "secretAccessKeySecretName": lambda v: isinstance(v, str),
        "region": lambda v: isinstance(v, str),
        "guardrailIdentifier": lambda v: isinstance(v, str),
        "guardrailVersion": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "access_key_id_secret_name": "accessKeyIdSecretName",
        "secret_access_key_secret_name": "secretAccessKeySecretName",
        "region": "region",
        "guardrail_identifier": "guardrailIdentifier",
        "guardrail_version": "guardrailVersion",
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
        if self.access_key_id_secret_name is not None:
            field_dict["accessKeyIdSecretName"] = self.access_key_id_secret_name
        elif self._nulls and "accessKeyIdSecretName" in self._nulls:
            field_dict["accessKeyIdSecretName"] = None

        if self.secret_access_key_secret_name is not None:
            field_dict["secretAccessKeySecretName"] = self.secret_access_key_secret_name
        elif self._nulls and "secretAccessKeySecretName" in self._nulls:
            field_dict["secretAccessKeySecretName"] = None

        if self.region is not None:
            field_dict["region"] = self.region
        elif self._nulls and "region" in self._nulls:
            field_dict["region"] = None

        if self.guardrail_identifier is not None:
            field_dict["guardrailIdentifier"] = self.guardrail_identifier
        elif self._nulls and "guardrailIdentifier" in self._nulls:
            field_dict["guardrailIdentifier"] = None

        if self.guardrail_version is not None:
            field_dict["guardrailVersion"] = self.guardrail_version
        elif self._nulls and "guardrailVersion" in self._nulls:
            field_dict["guardrailVersion"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        access_key_id_secret_name = d.pop("accessKeyIdSecretName", None)
        if access_key_id_secret_name is None:
            if "accessKeyIdSecretName" in src_dict:
                nulls += ("accessKeyIdSecretName",)
        elif not isinstance(access_key_id_secret_name, str):
            d["accessKeyIdSecretName"] = access_key_id_secret_name
            access_key_id_secret_name = None

        secret_access_key_secret_name = d.pop("secretAccessKeySecretName", None)
        if secret_access_key_secret_name is None:
            if "secretAccessKeySecretName" in src_dict:
                nulls += ("secretAccessKeySecretName",)
        elif not isinstance(secret_access_key_secret_name, str):
            d["secretAccessKeySecretName"] = secret_access_key_secret_name
            secret_access_key_secret_name = None

        region = d.pop("region", None)
        if region is None:
            if "region" in src_dict:
                nulls += ("region",)
        elif not isinstance(region, str):
            d["region"] = region
            region = None

        guardrail_identifier = d.pop("guardrailIdentifier", None)
        if guardrail_identifier is None:
            if "guardrailIdentifier" in src_dict:
                nulls += ("guardrailIdentifier",)
        elif not isinstance(guardrail_identifier, str):
            d["guardrailIdentifier"] = guardrail_identifier
            guardrail_identifier = None

        guardrail_version = d.pop("guardrailVersion", None)
        if guardrail_version is None:
            if "guardrailVersion" in src_dict:
                nulls += ("guardrailVersion",)
        elif not isinstance(guardrail_version, str):
            d["guardrailVersion"] = guardrail_version
            guardrail_version = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        bedrock = cls.__new__(cls)
        bedrock.access_key_id_secret_name = access_key_id_secret_name
        bedrock.secret_access_key_secret_name = secret_access_key_secret_name
        bedrock.region = region
        bedrock.guardrail_identifier = guardrail_identifier
        bedrock.guardrail_version = guardrail_version
        bedrock.additional_properties = d
        bedrock._nulls = nulls
        return bedrock

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
