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
    _fit,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.approval_notification_webhook import ApprovalNotificationWebhook
    from ..models.automation import Automation
    from ..models.azure_dev_ops import AzureDevOps
    from ..models.delete import Delete
    from ..models.email import Email
    from ..models.git_hub import GitHub
    from ..models.git_lab import GitLab
    from ..models.integration_action import IntegrationAction
    from ..models.invocation_method_webhook import InvocationMethodWebhook
    from ..models.kafka_kafka import KafkaKafka
    from ..models.s import S
    from ..models.self_service_create import SelfServiceCreate
    from ..models.upsert_entity import UpsertEntity


T = TypeVar("T", bound="CreateActionBody")


@_attrs_define
class CreateActionBody:
    """
    Attributes:
        identifier (str):
        trigger (Automation | Delete | SelfServiceCreate):
        invocation_method (AzureDevOps | GitHub | GitLab | IntegrationAction | InvocationMethodWebhook | KafkaKafka |
            UpsertEntity):
        title (str | None):
        icon (str | None):
        description (str | None):
        required_approval (bool | S | None):
        approval_notification (ApprovalNotificationWebhook | Email | None):
        publish (bool | None):
        allow_anyone_to_view_runs (bool | None):
    """

    identifier: str
    trigger: Automation | Delete | SelfServiceCreate
    invocation_method: (
        AzureDevOps
        | GitHub
        | GitLab
        | IntegrationAction
        | InvocationMethodWebhook
        | KafkaKafka
        | UpsertEntity
    )
    title: str | None = None
    icon: str | None = None
    description: str | None = None
    required_approval: bool | S | None = None
    approval_notification: ApprovalNotificationWebhook | Email | None = None
    publish: bool | None = None
    allow_anyone_to_view_runs: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "trigger": lambda v: isinstance(v, dict),
        "invocationMethod": lambda v: isinstance(v, dict),
        "title": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "requiredApproval": lambda v: isinstance(v, dict) or isinstance(v, bool),
        "approvalNotification": lambda v: isinstance(v, dict),
        "publish": lambda v: isinstance(v, bool),
        "allowAnyoneToViewRuns": lambda v: isinstance(v, bool),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "trigger": "trigger",
        "invocation_method": "invocationMethod",
        "title": "title",
        "icon": "icon",
        "description": "description",
        "required_approval": "requiredApproval",
        "approval_notification": "approvalNotification",
        "publish": "publish",
        "allow_anyone_to_view_runs": "allowAnyoneToViewRuns",
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
        field_dict["identifier"] = self.identifier

        field_dict["trigger"] = (
            self.trigger.to_dict()
            if isinstance(self.trigger, _lazy_models.Delete)
            else self.trigger.to_dict()
            if isinstance(self.trigger, _lazy_models.SelfServiceCreate)
            else self.trigger.to_dict()
            if isinstance(self.trigger, _lazy_models.Automation)
            else self.trigger
        )

        field_dict["invocationMethod"] = (
            self.invocation_method.to_dict()
            if isinstance(self.invocation_method, _lazy_models.KafkaKafka)
            else self.invocation_method.to_dict()
            if isinstance(self.invocation_method, _lazy_models.InvocationMethodWebhook)
            else self.invocation_method.to_dict()
            if isinstance(self.invocation_method, _lazy_models.GitHub)
            else self.invocation_method.to_dict()
            if isinstance(self.invocation_method, _lazy_models.IntegrationAction)
            else self.invocation_method.to_dict()
            if isinstance(self.invocation_method, _lazy_models.GitLab)
            else self.invocation_method.to_dict()
            if isinstance(self.invocation_method, _lazy_models.AzureDevOps)
            else self.invocation_method.to_dict()
            if isinstance(self.invocation_method, _lazy_models.UpsertEntity)
            else self.invocation_method
        )

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

        if self.required_approval is not None:
            field_dict["requiredApproval"] = (
                self.required_approval.to_dict()
                if isinstance(self.required_approval, _lazy_models.S)
                else self.required_approval
            )
        elif self._nulls and "requiredApproval" in self._nulls:
            field_dict["requiredApproval"] = None

        if self.approval_notification is not None:
            field_dict["approvalNotification"] = (
                self.approval_notification.to_dict()
                if isinstance(self.approval_notification, _lazy_models.ApprovalNotificationWebhook)
                else self.approval_notification.to_dict()
                if isinstance(self.approval_notification, _lazy_models.Email)
                else self.approval_notification
            )
        elif self._nulls and "approvalNotification" in self._nulls:
            field_dict["approvalNotification"] = None

        if self.publish is not None:
            field_dict["publish"] = self.publish
        elif self._nulls and "publish" in self._nulls:
            field_dict["publish"] = None

        if self.allow_anyone_to_view_runs is not None:
            field_dict["allowAnyoneToViewRuns"] = self.allow_anyone_to_view_runs
        elif self._nulls and "allowAnyoneToViewRuns" in self._nulls:
            field_dict["allowAnyoneToViewRuns"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _identifier = d.pop("identifier")
        if not isinstance(_identifier, str):
            raise _unfit(cls, "identifier", _identifier)
        identifier: str = _identifier

        _trigger = d.pop("trigger")
        trigger: Automation | Delete | SelfServiceCreate = _parse_trigger(_trigger)
        if trigger is UNSET:
            raise _unfit(cls, "trigger", _trigger)

        _invocation_method = d.pop("invocationMethod")
        invocation_method: (
            AzureDevOps
            | GitHub
            | GitLab
            | IntegrationAction
            | InvocationMethodWebhook
            | KafkaKafka
            | UpsertEntity
        ) = _parse_invocation_method(_invocation_method)
        if invocation_method is UNSET:
            raise _unfit(cls, "invocationMethod", _invocation_method)

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

        _required_approval = d.pop("requiredApproval", None)
        required_approval: Any = None
        if _required_approval is None:
            if "requiredApproval" in src_dict:
                nulls += ("requiredApproval",)
        else:
            required_approval = _parse_required_approval(_required_approval)
            if required_approval is UNSET:
                d["requiredApproval"] = _required_approval
                required_approval = None

        _approval_notification = d.pop("approvalNotification", None)
        approval_notification: Any = None
        if _approval_notification is None:
            if "approvalNotification" in src_dict:
                nulls += ("approvalNotification",)
        else:
            approval_notification = _parse_approval_notification(_approval_notification)
            if approval_notification is UNSET:
                d["approvalNotification"] = _approval_notification
                approval_notification = None

        publish = d.pop("publish", None)
        if publish is None:
            if "publish" in src_dict:
                nulls += ("publish",)
        elif not isinstance(publish, bool):
            d["publish"] = publish
            publish = None

        allow_anyone_to_view_runs = d.pop("allowAnyoneToViewRuns", None)
        if allow_anyone_to_view_runs is None:
            if "allowAnyoneToViewRuns" in src_dict:
                nulls += ("allowAnyoneToViewRuns",)
        elif not isinstance(allow_anyone_to_view_runs, bool):
            d["allowAnyoneToViewRuns"] = allow_anyone_to_view_runs
            allow_anyone_to_view_runs = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        create_action_body = cls.__new__(cls)
        create_action_body.identifier = identifier
        create_action_body.trigger = trigger
        create_action_body.invocation_method = invocation_method
        create_action_body.title = title
        create_action_body.icon = icon
        create_action_body.description = description
        create_action_body.required_approval = required_approval
        create_action_body.approval_notification = approval_notification
        create_action_body.publish = publish
        create_action_body.allow_anyone_to_view_runs = allow_anyone_to_view_runs
        create_action_body.additional_properties = d
        create_action_body._nulls = nulls
        return create_action_body

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


def _parse_trigger(data: Any) -> Automation | Delete | SelfServiceCreate | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.Delete._json_checks),
            _fit(data, _lazy_models.SelfServiceCreate._json_checks),
            _fit(data, _lazy_models.Automation._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.Delete.from_dict(data)
        if fits[1] == best:
            return _lazy_models.SelfServiceCreate.from_dict(data)
        return _lazy_models.Automation.from_dict(data)
    return UNSET


def _parse_invocation_method(
    data: Any,
) -> (
    AzureDevOps
    | GitHub
    | GitLab
    | IntegrationAction
    | InvocationMethodWebhook
    | KafkaKafka
    | UpsertEntity
    | Unset
):
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.KafkaKafka._json_checks),
            _fit(data, _lazy_models.InvocationMethodWebhook._json_checks),
            _fit(data, _lazy_models.GitHub._json_checks),
            _fit(data, _lazy_models.IntegrationAction._json_checks),
            _fit(data, _lazy_models.GitLab._json_checks),
            _fit(data, _lazy_models.AzureDevOps._json_checks),
            _fit(data, _lazy_models.UpsertEntity._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.KafkaKafka.from_dict(data)
        if fits[1] == best:
            return _lazy_models.InvocationMethodWebhook.from_dict(data)
        if fits[2] == best:
            return _lazy_models.GitHub.from_dict(data)
        if fits[3] == best:
            return _lazy_models.IntegrationAction.from_dict(data)
        if fits[4] == best:
            return _lazy_models.GitLab.from_dict(data)
        if fits[5] == best:
            return _lazy_models.AzureDevOps.from_dict(data)
        return _lazy_models.UpsertEntity.from_dict(data)
    return UNSET


def _parse_required_approval(data: Any) -> bool | S | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, bool):
        return data
    if isinstance(data, dict):
        return _lazy_models.S.from_dict(data)
    return UNSET


def _parse_approval_notification(data: Any) -> ApprovalNotificationWebhook | Email | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.ApprovalNotificationWebhook._json_checks),
            _fit(data, _lazy_models.Email._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.ApprovalNotificationWebhook.from_dict(data)
        return _lazy_models.Email.from_dict(data)
    return UNSET
