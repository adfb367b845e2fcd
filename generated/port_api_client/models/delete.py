from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.self_service_day_2_delete_operation import SelfServiceDay2DeleteOperation
from ..models.self_service_literal import SelfServiceLiteral
from ..types import (
    UNSET,
    Unset,
    _fit,
    _present_repr,
    _unfit,
)

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
        blueprint_identifier (str | None):
        action_card_button_text (str | None):
        execute_action_button_text (str | None):
        condition (Condition | None):
    """

    operation: SelfServiceDay2DeleteOperation
    type_: SelfServiceLiteral
    user_inputs: CustomOrder | CustomSteps | DefaultOrder
    blueprint_identifier: str | None = None
    action_card_button_text: str | None = None
    execute_action_button_text: str | None = None
    condition: Condition | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "operation": lambda v: (
            isinstance(v, str)
            and v
            in (
                "DAY-2",
                "DELETE",
            )
        ),
        "type": lambda v: isinstance(v, str) and v in ("self-service",),
        "userInputs": lambda v: isinstance(v, dict),
        "blueprintIdentifier": lambda v: isinstance(v, str),
        "actionCardButtonText": lambda v: isinstance(v, str),
        "executeActionButtonText": lambda v: isinstance(v, str),
        "condition": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "operation": "operation",
        "type_": "type",
        "user_inputs": "userInputs",
        "blueprint_identifier": "blueprintIdentifier",
        "action_card_button_text": "actionCardButtonText",
        "execute_action_button_text": "executeActionButtonText",
        "condition": "condition",
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
        field_dict["operation"] = self.operation.value

        field_dict["type"] = self.type_.value

        field_dict["userInputs"] = (
            self.user_inputs.to_dict()
            if isinstance(self.user_inputs, _lazy_models.DefaultOrder)
            else self.user_inputs.to_dict()
            if isinstance(self.user_inputs, _lazy_models.CustomOrder)
            else self.user_inputs.to_dict()
            if isinstance(self.user_inputs, _lazy_models.CustomSteps)
            else self.user_inputs
        )

        if self.blueprint_identifier is not None:
            field_dict["blueprintIdentifier"] = self.blueprint_identifier
        elif self._nulls and "blueprintIdentifier" in self._nulls:
            field_dict["blueprintIdentifier"] = None

        if self.action_card_button_text is not None:
            field_dict["actionCardButtonText"] = self.action_card_button_text
        elif self._nulls and "actionCardButtonText" in self._nulls:
            field_dict["actionCardButtonText"] = None

        if self.execute_action_button_text is not None:
            field_dict["executeActionButtonText"] = self.execute_action_button_text
        elif self._nulls and "executeActionButtonText" in self._nulls:
            field_dict["executeActionButtonText"] = None

        if self.condition is not None:
            field_dict["condition"] = self.condition.to_dict()
        elif self._nulls and "condition" in self._nulls:
            field_dict["condition"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _operation = d.pop("operation")
        if not isinstance(_operation, str):
            raise _unfit(cls, "operation", _operation)
        operation: SelfServiceDay2DeleteOperation = SelfServiceDay2DeleteOperation(_operation)

        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: SelfServiceLiteral = SelfServiceLiteral(_type_)

        _user_inputs = d.pop("userInputs")
        user_inputs: CustomOrder | CustomSteps | DefaultOrder = _parse_user_inputs(_user_inputs)
        if user_inputs is UNSET:
            raise _unfit(cls, "userInputs", _user_inputs)

        blueprint_identifier = d.pop("blueprintIdentifier", None)
        if blueprint_identifier is None:
            if "blueprintIdentifier" in src_dict:
                nulls += ("blueprintIdentifier",)
        elif not isinstance(blueprint_identifier, str):
            d["blueprintIdentifier"] = blueprint_identifier
            blueprint_identifier = None

        action_card_button_text = d.pop("actionCardButtonText", None)
        if action_card_button_text is None:
            if "actionCardButtonText" in src_dict:
                nulls += ("actionCardButtonText",)
        elif not isinstance(action_card_button_text, str):
            d["actionCardButtonText"] = action_card_button_text
            action_card_button_text = None

        execute_action_button_text = d.pop("executeActionButtonText", None)
        if execute_action_button_text is None:
            if "executeActionButtonText" in src_dict:
                nulls += ("executeActionButtonText",)
        elif not isinstance(execute_action_button_text, str):
            d["executeActionButtonText"] = execute_action_button_text
            execute_action_button_text = None

        _condition = d.pop("condition", None)
        condition: Any = None
        if _condition is None:
            if "condition" in src_dict:
                nulls += ("condition",)
        elif isinstance(_condition, dict):
            condition = _lazy_models.Condition.from_dict(_condition)
        else:
            d["condition"] = _condition

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        delete = cls.__new__(cls)
        delete.operation = operation
        delete.type_ = type_
        delete.user_inputs = user_inputs
        delete.blueprint_identifier = blueprint_identifier
        delete.action_card_button_text = action_card_button_text
        delete.execute_action_button_text = execute_action_button_text
        delete.condition = condition
        delete.additional_properties = d
        delete._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None


def _parse_user_inputs(data: Any) -> CustomOrder | CustomSteps | DefaultOrder | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.DefaultOrder._json_checks),
            _fit(data, _lazy_models.CustomOrder._json_checks),
            _fit(data, _lazy_models.CustomSteps._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.DefaultOrder.from_dict(data)
        if fits[1] == best:
            return _lazy_models.CustomOrder.from_dict(data)
        return _lazy_models.CustomSteps.from_dict(data)
    return UNSET
