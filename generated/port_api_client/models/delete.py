from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.self_service_day_2_delete_operation import SelfServiceDay2DeleteOperation
from ..models.self_service_literal import SelfServiceLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition
    from ..models.custom_order import CustomOrder
    from ..models.custom_steps import CustomSteps
    from ..models.default_order import DefaultOrder


T = TypeVar("T", bound="Delete")


@_attrs_define
class Delete:
    """
    Attributes:
        operation (SelfServiceDay2DeleteOperation):
        type_ (SelfServiceLiteral):
        user_inputs (CustomOrder | CustomSteps | DefaultOrder):
        blueprint_identifier (str | Unset):
        action_card_button_text (str | Unset):
        execute_action_button_text (str | Unset):
        condition (Condition | Unset):
    """

    operation: SelfServiceDay2DeleteOperation
    type_: SelfServiceLiteral
    user_inputs: CustomOrder | CustomSteps | DefaultOrder
    blueprint_identifier: str | Unset = UNSET
    action_card_button_text: str | Unset = UNSET
    execute_action_button_text: str | Unset = UNSET
    condition: Condition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Condition = _models.Condition
        CustomOrder = _models.CustomOrder
        CustomSteps = _models.CustomSteps
        DefaultOrder = _models.DefaultOrder
        operation = self.operation.value

        type_ = self.type_.value

        user_inputs: dict[str, Any]
        if isinstance(self.user_inputs, DefaultOrder):
            user_inputs = self.user_inputs.to_dict()
        elif isinstance(self.user_inputs, CustomOrder):
            user_inputs = self.user_inputs.to_dict()
        else:
            user_inputs = self.user_inputs.to_dict()

        blueprint_identifier = self.blueprint_identifier

        action_card_button_text = self.action_card_button_text

        execute_action_button_text = self.execute_action_button_text

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
                "type": type_,
                "userInputs": user_inputs,
            }
        )
        if blueprint_identifier is not UNSET:
            field_dict["blueprintIdentifier"] = blueprint_identifier
        if action_card_button_text is not UNSET:
            field_dict["actionCardButtonText"] = action_card_button_text
        if execute_action_button_text is not UNSET:
            field_dict["executeActionButtonText"] = execute_action_button_text
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Condition = _models.Condition
        CustomOrder = _models.CustomOrder
        CustomSteps = _models.CustomSteps
        DefaultOrder = _models.DefaultOrder
        d = dict(src_dict)
        operation = SelfServiceDay2DeleteOperation(d.pop("operation"))

        type_ = SelfServiceLiteral(d.pop("type"))

        def _parse_user_inputs(data: object) -> CustomOrder | CustomSteps | DefaultOrder:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_inputs_type_0 = DefaultOrder.from_dict(data)

                return user_inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_inputs_type_1 = CustomOrder.from_dict(data)

                return user_inputs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            user_inputs_type_2 = CustomSteps.from_dict(data)

            return user_inputs_type_2

        user_inputs = _parse_user_inputs(d.pop("userInputs"))

        blueprint_identifier = d.pop("blueprintIdentifier", UNSET)

        action_card_button_text = d.pop("actionCardButtonText", UNSET)

        execute_action_button_text = d.pop("executeActionButtonText", UNSET)

        _condition = d.pop("condition", UNSET)
        condition: Condition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = Condition.from_dict(_condition)

        delete = cls(
            operation=operation,
            type_=type_,
            user_inputs=user_inputs,
            blueprint_identifier=blueprint_identifier,
            action_card_button_text=action_card_button_text,
            execute_action_button_text=execute_action_button_text,
            condition=condition,
        )

        delete.additional_properties = d
        return delete

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
