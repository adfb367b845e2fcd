from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.dispatch_workflow_literal import DispatchWorkflowLiteral
from ..models.integration_action_literal import IntegrationActionLiteral

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="IntegrationAction")


@_attrs_define
class IntegrationAction:
    """
    Attributes:
        type_ (IntegrationActionLiteral):
        installation_id (str):
        integration_action_type (DispatchWorkflowLiteral):
        integration_action_execution_properties (Properties):
    """

    type_: IntegrationActionLiteral
    installation_id: str
    integration_action_type: DispatchWorkflowLiteral
    integration_action_execution_properties: Properties
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Properties = _models.Properties
        type_ = self.type_.value

        installation_id = self.installation_id

        integration_action_type = self.integration_action_type.value

        integration_action_execution_properties = (
            self.integration_action_execution_properties.to_dict()
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "installationId": installation_id,
                "integrationActionType": integration_action_type,
                "integrationActionExecutionProperties": integration_action_execution_properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Properties = _models.Properties
        d = dict(src_dict)
        type_ = IntegrationActionLiteral(d.pop("type"))

        installation_id = d.pop("installationId")

        integration_action_type = DispatchWorkflowLiteral(d.pop("integrationActionType"))

        integration_action_execution_properties = Properties.from_dict(
            d.pop("integrationActionExecutionProperties")
        )

        integration_action = cls(
            type_=type_,
            installation_id=installation_id,
            integration_action_type=integration_action_type,
            integration_action_execution_properties=integration_action_execution_properties,
        )

        integration_action.additional_properties = d
        return integration_action

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
