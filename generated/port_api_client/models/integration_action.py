from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.dispatch_workflow_literal import DispatchWorkflowLiteral
from ..models.integration_action_literal import IntegrationActionLiteral
from ..types import (
    _present_repr,
    _unfit,
)

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
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("INTEGRATION_ACTION",),
        "installationId": lambda v: isinstance(v, str),
        "integrationActionType": lambda v: isinstance(v, str) and v in ("dispatch_workflow",),
        "integrationActionExecutionProperties": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "installation_id": "installationId",
        "integration_action_type": "integrationActionType",
        "integration_action_execution_properties": "integrationActionExecutionProperties",
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
        field_dict["type"] = self.type_.value

        field_dict["installationId"] = self.installation_id

        field_dict["integrationActionType"] = self.integration_action_type.value

        field_dict["integrationActionExecutionProperties"] = (
            self.integration_action_execution_properties.to_dict()
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: IntegrationActionLiteral = IntegrationActionLiteral(_type_)

        _installation_id = d.pop("installationId")
        if not isinstance(_installation_id, str):
            raise _unfit(cls, "installationId", _installation_id)
        installation_id: str = _installation_id

        _integration_action_type = d.pop("integrationActionType")
        if not isinstance(_integration_action_type, str):
            raise _unfit(cls, "integrationActionType", _integration_action_type)
        integration_action_type: DispatchWorkflowLiteral = DispatchWorkflowLiteral(
            _integration_action_type
        )

        _integration_action_execution_properties = d.pop("integrationActionExecutionProperties")
        if not isinstance(_integration_action_execution_properties, dict):
            raise _unfit(
                cls,
                "integrationActionExecutionProperties",
                _integration_action_execution_properties,
            )
        integration_action_execution_properties: Properties = _lazy_models.Properties.from_dict(
            _integration_action_execution_properties
        )

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        integration_action = cls.__new__(cls)
        integration_action.type_ = type_
        integration_action.installation_id = installation_id
        integration_action.integration_action_type = integration_action_type
        integration_action.integration_action_execution_properties = (
            integration_action_execution_properties
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
