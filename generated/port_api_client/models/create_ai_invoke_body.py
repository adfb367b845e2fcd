from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.execution_mode import ExecutionMode
from ..models.model import Model
from ..models.provider import Provider
from ..types import (
    _all_instances,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.webhook_headers import WebhookHeaders


T = TypeVar("T", bound="CreateAiInvokeBody")


@_attrs_define
class CreateAiInvokeBody:
    """
    Attributes:
        user_prompt (str):
        tools (list[str]):
        labels (WebhookHeaders | None):
        provider (Provider | None):
        model (Model | None):
        system_prompt (str | None):
        execution_mode (ExecutionMode | None):
    """

    user_prompt: str
    tools: list[str]
    labels: WebhookHeaders | None = None
    provider: Provider | None = None
    model: Model | None = None
    system_prompt: str | None = None
    execution_mode: ExecutionMode | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "userPrompt": lambda v: isinstance(v, str),
        "tools": lambda v: isinstance(v, list) and all(isinstance(item1, str) for item1 in v),
        "labels": lambda v: isinstance(v, dict),
        "provider": lambda v: (
            isinstance(v, str)
            and v
            in (
                "openai",
                "azure-openai",
                "anthropic",
                "bedrock",
                "port",
            )
        ),
        "model": lambda v: (
            isinstance(v, str)
            and v
            in (
                "gpt-5",
                "claude-sonnet-4-20250514",
                "claude-haiku-4-5-20251001",
                "claude-sonnet-4-5-20250929",
            )
        ),
        "systemPrompt": lambda v: isinstance(v, str),
        "executionMode": lambda v: (
            isinstance(v, str)
            and v
            in (
                "Automatic",
                "Approval Required",
            )
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "user_prompt": "userPrompt",
        "tools": "tools",
        "labels": "labels",
        "provider": "provider",
        "model": "model",
        "system_prompt": "systemPrompt",
        "execution_mode": "executionMode",
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
        field_dict["userPrompt"] = self.user_prompt

        field_dict["tools"] = self.tools

        if self.labels is not None:
            field_dict["labels"] = self.labels.to_dict()
        elif self._nulls and "labels" in self._nulls:
            field_dict["labels"] = None

        if self.provider is not None:
            field_dict["provider"] = self.provider.value
        elif self._nulls and "provider" in self._nulls:
            field_dict["provider"] = None

        if self.model is not None:
            field_dict["model"] = self.model.value
        elif self._nulls and "model" in self._nulls:
            field_dict["model"] = None

        if self.system_prompt is not None:
            field_dict["systemPrompt"] = self.system_prompt
        elif self._nulls and "systemPrompt" in self._nulls:
            field_dict["systemPrompt"] = None

        if self.execution_mode is not None:
            field_dict["executionMode"] = self.execution_mode.value
        elif self._nulls and "executionMode" in self._nulls:
            field_dict["executionMode"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _user_prompt = d.pop("userPrompt")
        if not isinstance(_user_prompt, str):
            raise _unfit(cls, "userPrompt", _user_prompt)
        user_prompt: str = _user_prompt

        _tools = d.pop("tools")
        if not (isinstance(_tools, list) and _all_instances(_tools, str)):
            raise _unfit(cls, "tools", _tools)
        tools: list[str] = _tools

        _labels = d.pop("labels", None)
        labels: Any = None
        if _labels is None:
            if "labels" in src_dict:
                nulls += ("labels",)
        elif isinstance(_labels, dict):
            labels = _lazy_models.WebhookHeaders.from_dict(_labels)
        else:
            d["labels"] = _labels

        _provider = d.pop("provider", None)
        provider: Any = None
        if _provider is None:
            if "provider" in src_dict:
                nulls += ("provider",)
        elif isinstance(_provider, str):
            provider = Provider(_provider)
        else:
            d["provider"] = _provider

        _model = d.pop("model", None)
        model: Any = None
        if _model is None:
            if "model" in src_dict:
                nulls += ("model",)
        elif isinstance(_model, str):
            model = Model(_model)
        else:
            d["model"] = _model

        system_prompt = d.pop("systemPrompt", None)
        if system_prompt is None:
            if "systemPrompt" in src_dict:
                nulls += ("systemPrompt",)
        elif not isinstance(system_prompt, str):
            d["systemPrompt"] = system_prompt
            system_prompt = None

        _execution_mode = d.pop("executionMode", None)
        execution_mode: Any = None
        if _execution_mode is None:
            if "executionMode" in src_dict:
                nulls += ("executionMode",)
        elif isinstance(_execution_mode, str):
            execution_mode = ExecutionMode(_execution_mode)
        else:
            d["executionMode"] = _execution_mode

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        create_ai_invoke_body = cls.__new__(cls)
        create_ai_invoke_body.user_prompt = user_prompt
        create_ai_invoke_body.tools = tools
        create_ai_invoke_body.labels = labels
        create_ai_invoke_body.provider = provider
        create_ai_invoke_body.model = model
        create_ai_invoke_body.system_prompt = system_prompt
        create_ai_invoke_body.execution_mode = execution_mode
        create_ai_invoke_body.additional_properties = d
        create_ai_invoke_body._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
