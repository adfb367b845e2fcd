from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

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
        title (str | Unset):
        icon (str | Unset):
        description (str | Unset):
        required_approval (bool | S | Unset):
        approval_notification (ApprovalNotificationWebhook | Email | Unset):
        publish (bool | Unset):
        allow_anyone_to_view_runs (bool | Unset):
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
    title: str | Unset = UNSET
    icon: str | Unset = UNSET
    description: str | Unset = UNSET
    required_approval: bool | S | Unset = UNSET
    approval_notification: ApprovalNotificationWebhook | Email | Unset = UNSET
    publish: bool | Unset = UNSET
    allow_anyone_to_view_runs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ApprovalNotificationWebhook = _models.ApprovalNotificationWebhook
        Automation = _models.Automation
        AzureDevOps = _models.AzureDevOps
        Delete = _models.Delete
        Email = _models.Email
        GitHub = _models.GitHub
        GitLab = _models.GitLab
        IntegrationAction = _models.IntegrationAction
        InvocationMethodWebhook = _models.InvocationMethodWebhook
        KafkaKafka = _models.KafkaKafka
        S = _models.S
        SelfServiceCreate = _models.SelfServiceCreate
        UpsertEntity = _models.UpsertEntity
        identifier = self.identifier

        trigger: dict[str, Any]
        if isinstance(self.trigger, Delete):
            trigger = self.trigger.to_dict()
        elif isinstance(self.trigger, SelfServiceCreate):
            trigger = self.trigger.to_dict()
        else:
            trigger = self.trigger.to_dict()

        invocation_method: dict[str, Any]
        if isinstance(self.invocation_method, KafkaKafka):
            invocation_method = self.invocation_method.to_dict()
        elif isinstance(self.invocation_method, InvocationMethodWebhook):
            invocation_method = self.invocation_method.to_dict()
        elif isinstance(self.invocation_method, GitHub):
            invocation_method = self.invocation_method.to_dict()
        elif isinstance(self.invocation_method, IntegrationAction):
            invocation_method = self.invocation_method.to_dict()
        elif isinstance(self.invocation_method, GitLab):
            invocation_method = self.invocation_method.to_dict()
        elif isinstance(self.invocation_method, AzureDevOps):
            invocation_method = self.invocation_method.to_dict()
        else:
            invocation_method = self.invocation_method.to_dict()

        title = self.title

        icon = self.icon

        description = self.description

        required_approval: bool | dict[str, Any] | Unset
        if isinstance(self.required_approval, Unset):
            required_approval = UNSET
        elif isinstance(self.required_approval, S):
            required_approval = self.required_approval.to_dict()
        else:
            required_approval = self.required_approval

        approval_notification: dict[str, Any] | Unset
        if isinstance(self.approval_notification, Unset):
            approval_notification = UNSET
        elif isinstance(self.approval_notification, ApprovalNotificationWebhook):
            approval_notification = self.approval_notification.to_dict()
        else:
            approval_notification = self.approval_notification.to_dict()

        publish = self.publish

        allow_anyone_to_view_runs = self.allow_anyone_to_view_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "trigger": trigger,
                "invocationMethod": invocation_method,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if icon is not UNSET:
            field_dict["icon"] = icon
        if description is not UNSET:
            field_dict["description"] = description
        if required_approval is not UNSET:
            field_dict["requiredApproval"] = required_approval
        if approval_notification is not UNSET:
            field_dict["approvalNotification"] = approval_notification
        if publish is not UNSET:
            field_dict["publish"] = publish
        if allow_anyone_to_view_runs is not UNSET:
            field_dict["allowAnyoneToViewRuns"] = allow_anyone_to_view_runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ApprovalNotificationWebhook = _models.ApprovalNotificationWebhook
        Automation = _models.Automation
        AzureDevOps = _models.AzureDevOps
        Delete = _models.Delete
        Email = _models.Email
        GitHub = _models.GitHub
        GitLab = _models.GitLab
        IntegrationAction = _models.IntegrationAction
        InvocationMethodWebhook = _models.InvocationMethodWebhook
        KafkaKafka = _models.KafkaKafka
        S = _models.S
        SelfServiceCreate = _models.SelfServiceCreate
        UpsertEntity = _models.UpsertEntity
        d = dict(src_dict)
        identifier = d.pop("identifier")

        def _parse_trigger(data: object) -> Automation | Delete | SelfServiceCreate:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_0 = Delete.from_dict(data)

                return trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_1 = SelfServiceCreate.from_dict(data)

                return trigger_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            trigger_type_2 = Automation.from_dict(data)

            return trigger_type_2

        trigger = _parse_trigger(d.pop("trigger"))

        def _parse_invocation_method(
            data: object,
        ) -> (
            AzureDevOps
            | GitHub
            | GitLab
            | IntegrationAction
            | InvocationMethodWebhook
            | KafkaKafka
            | UpsertEntity
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_method_type_0 = KafkaKafka.from_dict(data)

                return invocation_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_method_type_1 = InvocationMethodWebhook.from_dict(data)

                return invocation_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_method_type_2 = GitHub.from_dict(data)

                return invocation_method_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_method_type_3 = IntegrationAction.from_dict(data)

                return invocation_method_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_method_type_4 = GitLab.from_dict(data)

                return invocation_method_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_method_type_5 = AzureDevOps.from_dict(data)

                return invocation_method_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            invocation_method_type_6 = UpsertEntity.from_dict(data)

            return invocation_method_type_6

        invocation_method = _parse_invocation_method(d.pop("invocationMethod"))

        title = d.pop("title", UNSET)

        icon = d.pop("icon", UNSET)

        description = d.pop("description", UNSET)

        def _parse_required_approval(data: object) -> bool | S | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                required_approval_type_0 = S.from_dict(data)

                return required_approval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | S | Unset, data)

        required_approval = _parse_required_approval(d.pop("requiredApproval", UNSET))

        def _parse_approval_notification(
            data: object,
        ) -> ApprovalNotificationWebhook | Email | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_approval_notification_type_0 = (
                    ApprovalNotificationWebhook.from_dict(data)
                )

                return componentsschemas_approval_notification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_approval_notification_type_1 = Email.from_dict(data)

            return componentsschemas_approval_notification_type_1

        approval_notification = _parse_approval_notification(d.pop("approvalNotification", UNSET))

        publish = d.pop("publish", UNSET)

        allow_anyone_to_view_runs = d.pop("allowAnyoneToViewRuns", UNSET)

        create_action_body = cls(
            identifier=identifier,
            trigger=trigger,
            invocation_method=invocation_method,
            title=title,
            icon=icon,
            description=description,
            required_approval=required_approval,
            approval_notification=approval_notification,
            publish=publish,
            allow_anyone_to_view_runs=allow_anyone_to_view_runs,
        )

        create_action_body.additional_properties = d
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
