from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.integration_type import IntegrationType
from ..types import (
    _all_instances,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.mapping import Mapping
    from ..models.security import Security


T = TypeVar("T", bound="CreateWebhookBody")


@_attrs_define
class CreateWebhookBody:
    """
    Attributes:
        title (str):
        enabled (bool):
        identifier (str | None):
        description (str | None):
        icon (str | None):
        mappings (list[Mapping] | None):
        security (Security | None):
        integration_type (IntegrationType | None):
    """

    title: str
    enabled: bool = True
    identifier: str | None = None
    description: str | None = None
    icon: str | None = None
    mappings: list[Mapping] | None = None
    security: Security | None = None
    integration_type: IntegrationType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "title": lambda v: isinstance(v, str),
        "enabled": lambda v: isinstance(v, bool),
        "identifier": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "mappings": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "security": lambda v: isinstance(v, dict),
        "integrationType": lambda v: (
            isinstance(v, str)
            and v
            in (
                "custom",
                "template",
            )
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "title": "title",
        "enabled": "enabled",
        "identifier": "identifier",
        "description": "description",
        "icon": "icon",
        "mappings": "mappings",
        "security": "security",
        "integration_type": "integrationType",
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
        field_dict["title"] = self.title

        field_dict["enabled"] = self.enabled

        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif self._nulls and "identifier" in self._nulls:
            field_dict["identifier"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.mappings is not None:
            field_dict["mappings"] = [item0.to_dict() for item0 in self.mappings]
        elif self._nulls and "mappings" in self._nulls:
            field_dict["mappings"] = None

        if self.security is not None:
            field_dict["security"] = self.security.to_dict()
        elif self._nulls and "security" in self._nulls:
            field_dict["security"] = None

        if self.integration_type is not None:
            field_dict["integrationType"] = self.integration_type.value
        elif self._nulls and "integrationType" in self._nulls:
            field_dict["integrationType"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _title = d.pop("title")
        if not isinstance(_title, str):
            raise _unfit(cls, "title", _title)
        title: str = _title

        _enabled = d.pop("enabled")
        if not isinstance(_enabled, bool):
            raise _unfit(cls, "enabled", _enabled)
        enabled: bool = _enabled

        identifier = d.pop("identifier", None)
        if identifier is None:
            if "identifier" in src_dict:
                nulls += ("identifier",)
        elif not isinstance(identifier, str):
            d["identifier"] = identifier
            identifier = None

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not isinstance(description, str):
            d["description"] = description
            description = None

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        _mappings = d.pop("mappings", None)
        mappings: Any = None
        if _mappings is None:
            if "mappings" in src_dict:
                nulls += ("mappings",)
        elif isinstance(_mappings, list) and _all_instances(_mappings, dict):
            mappings = [_lazy_models.Mapping.from_dict(item0) for item0 in _mappings]
        else:
            d["mappings"] = _mappings

        _security = d.pop("security", None)
        security: Any = None
        if _security is None:
            if "security" in src_dict:
                nulls += ("security",)
        elif isinstance(_security, dict):
            security = _lazy_models.Security.from_dict(_security)
        else:
            d["security"] = _security

        _integration_type = d.pop("integrationType", None)
        integration_type: Any = None
        if _integration_type is None:
            if "integrationType" in src_dict:
                nulls += ("integrationType",)
        elif isinstance(_integration_type, str):
            integration_type = IntegrationType(_integration_type)
        else:
            d["integrationType"] = _integration_type

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        create_webhook_body = cls.__new__(cls)
        create_webhook_body.title = title
        create_webhook_body.enabled = enabled
        create_webhook_body.identifier = identifier
        create_webhook_body.description = description
        create_webhook_body.icon = icon
        create_webhook_body.mappings = mappings
        create_webhook_body.security = security
        create_webhook_body.integration_type = integration_type
        create_webhook_body.additional_properties = d
        create_webhook_body._nulls = nulls
        return create_webhook_body

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
