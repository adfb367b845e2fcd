from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.tool_selection_provisioning import ToolSelectionProvisioning
    from ..models.update_organization_body_announcement import UpdateOrganizationBodyAnnouncement
    from ..models.update_organization_body_settings import UpdateOrganizationBodySettings


T = TypeVar("T", bound="UpdateOrganizationBody")


@_attrs_define
class UpdateOrganizationBody:
    """
    Attributes:
        name (str | None):
        settings (UpdateOrganizationBodySettings | None):
        is_onboarded (bool | None):
        tool_selection_provisioning (ToolSelectionProvisioning | None):
        announcement (UpdateOrganizationBodyAnnouncement | None):
    """

    name: str | None = None
    settings: UpdateOrganizationBodySettings | None = None
    is_onboarded: bool | None = None
    tool_selection_provisioning: ToolSelectionProvisioning | None = None
    announcement: UpdateOrganizationBodyAnnouncement | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "name": lambda v: isinstance(v, str),
        "settings": lambda v: isinstance(v, dict),
        "isOnboarded": lambda v: isinstance(v, bool),
        "toolSelectionProvisioning": lambda v: isinstance(v, dict),
        "announcement": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "settings": "settings",
        "is_onboarded": "isOnboarded",
        "tool_selection_provisioning": "toolSelectionProvisioning",
        "announcement": "announcement",
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
        if self.name is not None:
            field_dict["name"] = self.name
        elif self._nulls and "name" in self._nulls:
            field_dict["name"] = None

        if self.settings is not None:
            field_dict["settings"] = self.settings.to_dict()
        elif self._nulls and "settings" in self._nulls:
            field_dict["settings"] = None

        if self.is_onboarded is not None:
            field_dict["isOnboarded"] = self.is_onboarded
        elif self._nulls and "isOnboarded" in self._nulls:
            field_dict["isOnboarded"] = None

        if self.tool_selection_provisioning is not None:
            field_dict["toolSelectionProvisioning"] = self.tool_selection_provisioning.to_dict()
        elif self._nulls and "toolSelectionProvisioning" in self._nulls:
            field_dict["toolSelectionProvisioning"] = None

        if self.announcement is not None:
            field_dict["announcement"] = self.announcement.to_dict()
        elif self._nulls and "announcement" in self._nulls:
            field_dict["announcement"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        name = d.pop("name", None)
        if name is None:
            if "name" in src_dict:
                nulls += ("name",)
        elif not isinstance(name, str):
            d["name"] = name
            name = None

        _settings = d.pop("settings", None)
        settings: Any = None
        if _settings is None:
            if "settings" in src_dict:
                nulls += ("settings",)
        elif isinstance(_settings, dict):
            settings = _lazy_models.UpdateOrganizationBodySettings.from_dict(_settings)
        else:
            d["settings"] = _settings

        is_onboarded = d.pop("isOnboarded", None)
        if is_onboarded is None:
            if "isOnboarded" in src_dict:
                nulls += ("isOnboarded",)
        elif not isinstance(is_onboarded, bool):
            d["isOnboarded"] = is_onboarded
            is_onboarded = None

        _tool_selection_provisioning = d.pop("toolSelectionProvisioning", None)
        tool_selection_provisioning: Any = None
        if _tool_selection_provisioning is None:
            if "toolSelectionProvisioning" in src_dict:
                nulls += ("toolSelectionProvisioning",)
        elif isinstance(_tool_selection_provisioning, dict):
            tool_selection_provisioning = _lazy_models.ToolSelectionProvisioning.from_dict(
                _tool_selection_provisioning
            )
        else:
            d["toolSelectionProvisioning"] = _tool_selection_provisioning

        _announcement = d.pop("announcement", None)
        announcement: Any = None
        if _announcement is None:
            if "announcement" in src_dict:
                nulls += ("announcement",)
        elif isinstance(_announcement, dict):
            announcement = _lazy_models.UpdateOrganizationBodyAnnouncement.from_dict(_announcement)
        else:
            d["announcement"] = _announcement

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        update_organization_body = cls.__new__(cls)
        update_organization_body.name = name
        update_organization_body.settings = settings
        update_organization_body.is_onboarded = is_onboarded
        update_organization_body.tool_selection_provisioning = tool_selection_provisioning
        update_organization_body.announcement = announcement
        update_organization_body.additional_properties = d
        update_organization_body._nulls = nulls
        return update_organization_body

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
