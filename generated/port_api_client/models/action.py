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
    Unset,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    """
    Attributes:
        id (str | Unset):
        identifier (str | Unset):
        title (str | Unset):
        icon (str | Unset):
        description (str | Unset):
        blueprint (str | Unset):
        trigger (Properties | Unset):
        invocation_method (Properties | Unset):
        required_approval (Any | Unset):
        approval_notification (Properties | Unset):
        publish (bool | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
    """

    id: str | Unset = UNSET
    identifier: str | Unset = UNSET
    title: str | Unset = UNSET
    icon: str | Unset = UNSET
    description: str | Unset = UNSET
    blueprint: str | Unset = UNSET
    trigger: Properties | Unset = UNSET
    invocation_method: Properties | Unset = UNSET
    required_approval: Any | Unset = UNSET
    approval_notification: Properties | Unset = UNSET
    publish: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "id": lambda v: isinstance(v, str),
        "identifier": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "blueprint": lambda v: isinstance(v, str),
        "trigger": lambda v: isinstance(v, dict),
        "invocationMethod": lambda v: isinstance(v, dict),
        "requiredApproval": lambda v: True,
        "approvalNotification": lambda v: isinstance(v, dict),
        "publish": lambda v: isinstance(v, bool),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "identifier": "identifier",
        "title": "title",
        "icon": "icon",
        "description": "description",
        "blueprint": "blueprint",
        "trigger": "trigger",
        "invocation_method": "invocationMethod",
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

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.blueprint is not UNSET:
            field_dict["blueprint"] = self.blueprint

        if not isinstance(self.trigger, Unset):
            field_dict["trigger"] = self.trigger.to_dict()

        if not isinstance(self.invocation_method, Unset):
            field_dict["invocationMethod"] = self.invocation_method.to_dict()

        if self.required_approval is not UNSET:
            field_dict["requiredApproval"] = self.required_approval

        if not isinstance(self.approval_notification, Unset):
            field_dict["approvalNotification"] = self.approval_notification.to_dict()

        if self.publish is not UNSET:
            field_dict["publish"] = self.publish

        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at

        if self.created_by is not UNSET:
            field_dict["createdBy"] = self.created_by

        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at

        if self.updated_by is not UNSET:
            field_dict["updatedBy"] = self.updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            d["id"] = id
            id = UNSET

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            d["identifier"] = identifier
            identifier = UNSET

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        icon = d.pop("icon", UNSET)
        if not isinstance(icon, str) and icon is not UNSET:
            d["icon"] = icon
            icon = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            d["description"] = description
            description = UNSET

        blueprint = d.pop("blueprint", UNSET)
        if not isinstance(blueprint, str) and blueprint is not UNSET:
            d["blueprint"] = blueprint
            blueprint = UNSET

        _trigger = d.pop("trigger", UNSET)
        trigger: Properties | Unset = UNSET
        if isinstance(_trigger, dict):
            trigger = _lazy_models.Properties.from_dict(_trigger)
        elif _trigger is not UNSET:
            d["trigger"] = _trigger

        _invocation_method = d.pop("invocationMethod", UNSET)
        invocation_method: Properties | Unset = UNSET
        if isinstance(_invocation_method, dict):
            invocation_method = _lazy_models.Properties.from_dict(_invocation_method)
        elif _invocation_method is not UNSET:
            d["invocationMethod"] = _invocation_method

        required_approval = d.pop("requiredApproval", UNSET)

        _approval_notification = d.pop("approvalNotification", UNSET)
        approval_notification: Properties | Unset = UNSET
        if isinstance(_approval_notification, dict):
            approval_notification = _lazy_models.Properties.from_dict(_approval_notification)
        elif _approval_notification is not UNSET:
            d["approvalNotification"] = _approval_notification

        publish = d.pop("publish", UNSET)
        if not isinstance(publish, bool) and publish is not UNSET:
            d["publish"] = publish
            publish = UNSET

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, str) and created_at is not UNSET:
            d["createdAt"] = created_at
            created_at = UNSET

        created_by = d.pop("createdBy", UNSET)
        if not isinstance(created_by, str) and created_by is not UNSET:
            d["createdBy"] = created_by
            created_by = UNSET

        updated_at = d.pop("updatedAt", UNSET)
        if not isinstance(updated_at, str) and updated_at is not UNSET:
            d["updatedAt"] = updated_at
            updated_at = UNSET

        updated_by = d.pop("updatedBy", UNSET)
        if not isinstance(updated_by, str) and updated_by is not UNSET:
            d["updatedBy"] = updated_by
            updated_by = UNSET

        action = cls(
            id=id,
            identifier=identifier,
            title=title,
            icon=icon,
            description=description,
            blueprint=blueprint,
            trigger=trigger,
            invocation_method=invocation_method,
            required_approval=required_approval,
            approval_notification=approval_notification,
            publish=publish,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
        )
        action.additional_properties = d
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
