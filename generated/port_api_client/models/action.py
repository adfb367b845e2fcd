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

    def to_dict(self) -> dict[str, Any]:
        Properties = _models.Properties
        id = self.id

        identifier = self.identifier

        title = self.title

        icon = self.icon

        description = self.description

        blueprint = self.blueprint

        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict()

        invocation_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invocation_method, Unset):
            invocation_method = self.invocation_method.to_dict()

        required_approval = self.required_approval

        approval_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approval_notification, Unset):
            approval_notification = self.approval_notification.to_dict()

        publish = self.publish

        created_at = self.created_at

        created_by = self.created_by

        updated_at = self.updated_at

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if title is not UNSET:
            field_dict["title"] = title
        if icon is not UNSET:
            field_dict["icon"] = icon
        if description is not UNSET:
            field_dict["description"] = description
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if invocation_method is not UNSET:
            field_dict["invocationMethod"] = invocation_method
        if required_approval is not UNSET:
            field_dict["requiredApproval"] = required_approval
        if approval_notification is not UNSET:
            field_dict["approvalNotification"] = approval_notification
        if publish is not UNSET:
            field_dict["publish"] = publish
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Properties = _models.Properties
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        identifier = d.pop("identifier", UNSET)

        title = d.pop("title", UNSET)

        icon = d.pop("icon", UNSET)

        description = d.pop("description", UNSET)

        blueprint = d.pop("blueprint", UNSET)

        _trigger = d.pop("trigger", UNSET)
        trigger: Properties | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = Properties.from_dict(_trigger)

        _invocation_method = d.pop("invocationMethod", UNSET)
        invocation_method: Properties | Unset
        if isinstance(_invocation_method, Unset):
            invocation_method = UNSET
        else:
            invocation_method = Properties.from_dict(_invocation_method)

        required_approval = d.pop("requiredApproval", UNSET)

        _approval_notification = d.pop("approvalNotification", UNSET)
        approval_notification: Properties | Unset
        if isinstance(_approval_notification, Unset):
            approval_notification = UNSET
        else:
            approval_notification = Properties.from_dict(_approval_notification)

        publish = d.pop("publish", UNSET)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

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
