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
    UNSET,
    _absent,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    """
    Attributes:
        identifier (str):
        trigger (Properties):
        invocation_method (Properties):
        id (str | None):
        title (str | None):
        icon (str | None):
        description (str | None):
        blueprint (str | None):
        required_approval (Any | None):
        approval_notification (Properties | None):
        publish (bool | None):
        created_at (str | None):
        created_by (str | None):
        updated_at (str | None):
        updated_by (str | None):
    """

    identifier: str
    trigger: Properties
    invocation_method: Properties
    id: str | None = None
    title: str | None = None
    icon: str | None = None
    description: str | None = None
    blueprint: str | None = None
    required_approval: Any | None = None
    approval_notification: Properties | None = None
    publish: bool | None = None
    created_at: str | None = None
    created_by: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "trigger": lambda v: isinstance(v, dict),
        "invocationMethod": lambda v: isinstance(v, dict),
        "id": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "blueprint": lambda v: isinstance(v, str),
        "requiredApproval": lambda v: True,
        "approvalNotification": lambda v: isinstance(v, dict),
        "publish": lambda v: isinstance(v, bool),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "trigger": "trigger",
        "invocation_method": "invocationMethod",
        "id": "id",
        "title": "title",
        "icon": "icon",
        "description": "description",
        "blueprint": "blueprint",
        "required_approval": "requiredApproval",
        "approval_notification": "approvalNotification",
        "publish": "publish",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    if not TYPE_CHECKING:  # mypy keeps reporting misspelled attributes

        def __getattr__(self, name: str) -> Any:
            # Only reached for a promised field missing from Port's answer (or a wrong name).
            raise _absent(self, name)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _identifier = getattr(self, "identifier", UNSET)
        if _identifier is not UNSET:
            field_dict["identifier"] = _identifier

        _trigger = getattr(self, "trigger", UNSET)
        if _trigger is not UNSET:
            field_dict["trigger"] = _trigger.to_dict()

        _invocation_method = getattr(self, "invocation_method", UNSET)
        if _invocation_method is not UNSET:
            field_dict["invocationMethod"] = _invocation_method.to_dict()

        if self.id is not None:
            field_dict["id"] = self.id
        elif self._nulls and "id" in self._nulls:
            field_dict["id"] = None

        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.blueprint is not None:
            field_dict["blueprint"] = self.blueprint
        elif self._nulls and "blueprint" in self._nulls:
            field_dict["blueprint"] = None

        if self.required_approval is not None:
            field_dict["requiredApproval"] = self.required_approval
        elif self._nulls and "requiredApproval" in self._nulls:
            field_dict["requiredApproval"] = None

        if self.approval_notification is not None:
            field_dict["approvalNotification"] = self.approval_notification.to_dict()
        elif self._nulls and "approvalNotification" in self._nulls:
            field_dict["approvalNotification"] = None

        if self.publish is not None:
            field_dict["publish"] = self.publish
        elif self._nulls and "publish" in self._nulls:
            field_dict["publish"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        elif self._nulls and "createdBy" in self._nulls:
            field_dict["createdBy"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by
        elif self._nulls and "updatedBy" in self._nulls:
            field_dict["updatedBy"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None, or absent), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        absent: tuple[str, ...] = ()
        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str):
            if identifier is not UNSET:
                d["identifier"] = identifier
            absent += ("identifier",)

        _trigger = d.pop("trigger", UNSET)
        if isinstance(_trigger, dict) and _trigger is not UNSET:
            trigger = _lazy_models.Properties.from_dict(_trigger)
        else:
            trigger = UNSET
            if _trigger is not UNSET:
                d["trigger"] = _trigger
            absent += ("trigger",)

        _invocation_method = d.pop("invocationMethod", UNSET)
        if isinstance(_invocation_method, dict) and _invocation_method is not UNSET:
            invocation_method = _lazy_models.Properties.from_dict(_invocation_method)
        else:
            invocation_method = UNSET
            if _invocation_method is not UNSET:
                d["invocationMethod"] = _invocation_method
            absent += ("invocation_method",)

        id = d.pop("id", None)
        if id is None:
            if "id" in src_dict:
                nulls += ("id",)
        elif not isinstance(id, str):
            d["id"] = id
            id = None

        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not isinstance(description, str):
            d["description"] = description
            description = None

        blueprint = d.pop("blueprint", None)
        if blueprint is None:
            if "blueprint" in src_dict:
                nulls += ("blueprint",)
        elif not isinstance(blueprint, str):
            d["blueprint"] = blueprint
            blueprint = None

        required_approval = d.pop("requiredApproval", None)
        if required_approval is None and "requiredApproval" in src_dict:
            nulls += ("requiredApproval",)

        _approval_notification = d.pop("approvalNotification", None)
        approval_notification: Any = None
        if _approval_notification is None:
            if "approvalNotification" in src_dict:
                nulls += ("approvalNotification",)
        elif isinstance(_approval_notification, dict):
            approval_notification = _lazy_models.Properties.from_dict(_approval_notification)
        else:
            d["approvalNotification"] = _approval_notification

        publish = d.pop("publish", None)
        if publish is None:
            if "publish" in src_dict:
                nulls += ("publish",)
        elif not isinstance(publish, bool):
            d["publish"] = publish
            publish = None

        created_at = d.pop("createdAt", None)
        if created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        elif not isinstance(created_at, str):
            d["createdAt"] = created_at
            created_at = None

        created_by = d.pop("createdBy", None)
        if created_by is None:
            if "createdBy" in src_dict:
                nulls += ("createdBy",)
        elif not isinstance(created_by, str):
            d["createdBy"] = created_by
            created_by = None

        updated_at = d.pop("updatedAt", None)
        if updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        elif not isinstance(updated_at, str):
            d["updatedAt"] = updated_at
            updated_at = None

        updated_by = d.pop("updatedBy", None)
        if updated_by is None:
            if "updatedBy" in src_dict:
                nulls += ("updatedBy",)
        elif not isinstance(updated_by, str):
            d["updatedBy"] = updated_by
            updated_by = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        action = cls.__new__(cls)
        action.identifier = identifier
        action.trigger = trigger
        action.invocation_method = invocation_method
        action.id = id
        action.title = title
        action.icon = icon
        action.description = description
        action.blueprint = blueprint
        action.required_approval = required_approval
        action.approval_notification = approval_notification
        action.publish = publish
        action.created_at = created_at
        action.created_by = created_by
        action.updated_at = updated_at
        action.updated_by = updated_by
        action.additional_properties = d
        action._nulls = nulls
        for name in absent:
            object.__delattr__(action, name)
        return action

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
