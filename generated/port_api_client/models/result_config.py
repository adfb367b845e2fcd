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

T = TypeVar("T", bound="ResultConfig")


@_attrs_define
class ResultConfig:
    """
    Attributes:
        role_arn (str | None):
        external_id_secret_name (str | None):
        region (str | None):
        guardrail_identifier (str | None):
        guardrail_version (str | None):
    """

    role_arn: str | None = None
    external_id_secret_name: str | None = None
    region: str | None = None
    guardrail_identifier: str | None = None
    guardrail_version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "roleArn": lambda v: isinstance(v, str),
        "externalIdSecretName": lambda v: isinstance(v, str),
        "region": lambda v: isinstance(v, str),
        "guardrailIdentifier": lambda v: isinstance(v, str),
        "guardrailVersion": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "role_arn": "roleArn",
        "external_id_secret_name": "externalIdSecretName",
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
        if self.role_arn is not None:
            field_dict["roleArn"] = self.role_arn
        elif self._nulls and "roleArn" in self._nulls:
            field_dict["roleArn"] = None

        if self.external_id_secret_name is not None:
            field_dict["externalIdSecretName"] = self.external_id_secret_name
        elif self._nulls and "externalIdSecretName" in self._nulls:
            field_dict["externalIdSecretName"] = None

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
        role_arn = d.pop("roleArn", None)
        if role_arn is None:
            if "roleArn" in src_dict:
                nulls += ("roleArn",)
        elif not isinstance(role_arn, str):
            d["roleArn"] = role_arn
            role_arn = None

        external_id_secret_name = d.pop("externalIdSecretName", None)
        if external_id_secret_name is None:
            if "externalIdSecretName" in src_dict:
                nulls += ("externalIdSecretName",)
        elif not isinstance(external_id_secret_name, str):
            d["externalIdSecretName"] = external_id_secret_name
            external_id_secret_name = None

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
        result_config = cls.__new__(cls)
        result_config.role_arn = role_arn
        result_config.external_id_secret_name = external_id_secret_name
        result_config.region = region
        result_config.guardrail_identifier = guardrail_identifier
        result_config.guardrail_version = guardrail_version
        result_config.additional_properties = d
        result_config._nulls = nulls
        return result_config

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
