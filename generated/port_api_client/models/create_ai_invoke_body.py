from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.execution_mode import ExecutionMode
from ..models.model import Model
from ..models.provider import Provider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_headers import WebhookHeaders


T = TypeVar("T", bound="CreateAiInvokeBody")


@_attrs_define
class CreateAiInvokeBody:
    """
    Attributes:
        user_prompt (str):
        tools (list[str]):
        labels (WebhookHeaders | Unset):
        provider (Provider | Unset):
        model (Model | Unset):
        system_prompt (str | Unset):  Default: ''.
        execution_mode (ExecutionMode | Unset):
    """

    user_prompt: str
    tools: list[str]
    labels: WebhookHeaders | Unset = UNSET
    provider: Provider | Unset = UNSET
    model: Model | Unset = UNSET
    system_prompt: str | Unset = ""
    execution_mode: ExecutionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        WebhookHeaders = _models.WebhookHeaders
        user_prompt = self.user_prompt

        tools = self.tools

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        system_prompt = self.system_prompt

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userPrompt": user_prompt,
                "tools": tools,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if system_prompt is not UNSET:
            field_dict["systemPrompt"] = system_prompt
        if execution_mode is not UNSET:
            field_dict["executionMode"] = execution_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        WebhookHeaders = _models.WebhookHeaders
        d = dict(src_dict)
        user_prompt = d.pop("userPrompt")

        tools = cast(list[str], d.pop("tools"))

        _labels = d.pop("labels", UNSET)
        labels: WebhookHeaders | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = WebhookHeaders.from_dict(_labels)

        _provider = d.pop("provider", UNSET)
        provider: Provider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = Provider(_provider)

        _model = d.pop("model", UNSET)
        model: Model | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = Model(_model)

        system_prompt = d.pop("systemPrompt", UNSET)

        _execution_mode = d.pop("executionMode", UNSET)
        execution_mode: ExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = ExecutionMode(_execution_mode)

        create_ai_invoke_body = cls(
            user_prompt=user_prompt,
            tools=tools,
            labels=labels,
            provider=provider,
            model=model,
            system_prompt=system_prompt,
            execution_mode=execution_mode,
        )

        create_ai_invoke_body.additional_properties = d
        return create_ai_invoke_body

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
