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
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.claude_haiku_4520251001 import ClaudeHaiku4520251001


T = TypeVar("T", bound="EffectiveModels")


@_attrs_define
class EffectiveModels:
    """
    Attributes:
        gpt_5 (ClaudeHaiku4520251001 | None):
        claude_sonnet_4_20250514 (ClaudeHaiku4520251001 | None):
        claude_haiku_4_5_20251001 (ClaudeHaiku4520251001 | None):
        claude_sonnet_4_5_20250929 (ClaudeHaiku4520251001 | None):
    """

    gpt_5: ClaudeHaiku4520251001 | None = None
    claude_sonnet_4_20250514: ClaudeHaiku4520251001 | None = None
    claude_haiku_4_5_20251001: ClaudeHaiku4520251001 | None = None
    claude_sonnet_4_5_20250929: ClaudeHaiku4520251001 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "gpt-5": lambda v: isinstance(v, dict),
        "claude-sonnet-4-20250514": lambda v: isinstance(v, dict),
        "claude-haiku-4-5-20251001": lambda v: isinstance(v, dict),
        "claude-sonnet-4-5-20250929": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "gpt_5": "gpt-5",
        "claude_sonnet_4_20250514": "claude-sonnet-4-20250514",
        "claude_haiku_4_5_20251001": "claude-haiku-4-5-20251001",
        "claude_sonnet_4_5_20250929": "claude-sonnet-4-5-20250929",
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
        if self.gpt_5 is not None:
            field_dict["gpt-5"] = self.gpt_5.to_dict()
        elif self._nulls and "gpt-5" in self._nulls:
            field_dict["gpt-5"] = None

        if self.claude_sonnet_4_20250514 is not None:
            field_dict["claude-sonnet-4-20250514"] = self.claude_sonnet_4_20250514.to_dict()
        elif self._nulls and "claude-sonnet-4-20250514" in self._nulls:
            field_dict["claude-sonnet-4-20250514"] = None

        if self.claude_haiku_4_5_20251001 is not None:
            field_dict["claude-haiku-4-5-20251001"] = self.claude_haiku_4_5_20251001.to_dict()
        elif self._nulls and "claude-haiku-4-5-20251001" in self._nulls:
            field_dict["claude-haiku-4-5-20251001"] = None

        if self.claude_sonnet_4_5_20250929 is not None:
            field_dict["claude-sonnet-4-5-20250929"] = self.claude_sonnet_4_5_20250929.to_dict()
        elif self._nulls and "claude-sonnet-4-5-20250929" in self._nulls:
            field_dict["claude-sonnet-4-5-20250929"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _gpt_5 = d.pop("gpt-5", None)
        gpt_5: Any = None
        if _gpt_5 is None:
            if "gpt-5" in src_dict:
                nulls += ("gpt-5",)
        elif isinstance(_gpt_5, dict):
            gpt_5 = _lazy_models.ClaudeHaiku4520251001.from_dict(_gpt_5)
        else:
            d["gpt-5"] = _gpt_5

        _claude_sonnet_4_20250514 = d.pop("claude-sonnet-4-20250514", None)
        claude_sonnet_4_20250514: Any = None
        if _claude_sonnet_4_20250514 is None:
            if "claude-sonnet-4-20250514" in src_dict:
                nulls += ("claude-sonnet-4-20250514",)
        elif isinstance(_claude_sonnet_4_20250514, dict):
            claude_sonnet_4_20250514 = _lazy_models.ClaudeHaiku4520251001.from_dict(
                _claude_sonnet_4_20250514
            )
        else:
            d["claude-sonnet-4-20250514"] = _claude_sonnet_4_20250514

        _claude_haiku_4_5_20251001 = d.pop("claude-haiku-4-5-20251001", None)
        claude_haiku_4_5_20251001: Any = None
        if _claude_haiku_4_5_20251001 is None:
            if "claude-haiku-4-5-20251001" in src_dict:
                nulls += ("claude-haiku-4-5-20251001",)
        elif isinstance(_claude_haiku_4_5_20251001, dict):
            claude_haiku_4_5_20251001 = _lazy_models.ClaudeHaiku4520251001.from_dict(
                _claude_haiku_4_5_20251001
            )
        else:
            d["claude-haiku-4-5-20251001"] = _claude_haiku_4_5_20251001

        _claude_sonnet_4_5_20250929 = d.pop("claude-sonnet-4-5-20250929", None)
        claude_sonnet_4_5_20250929: Any = None
        if _claude_sonnet_4_5_20250929 is None:
            if "claude-sonnet-4-5-20250929" in src_dict:
                nulls += ("claude-sonnet-4-5-20250929",)
        elif isinstance(_claude_sonnet_4_5_20250929, dict):
            claude_sonnet_4_5_20250929 = _lazy_models.ClaudeHaiku4520251001.from_dict(
                _claude_sonnet_4_5_20250929
            )
        else:
            d["claude-sonnet-4-5-20250929"] = _claude_sonnet_4_5_20250929

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        effective_models = cls.__new__(cls)
        effective_models.gpt_5 = gpt_5
        effective_models.claude_sonnet_4_20250514 = claude_sonnet_4_20250514
        effective_models.claude_haiku_4_5_20251001 = claude_haiku_4_5_20251001
        effective_models.claude_sonnet_4_5_20250929 = claude_sonnet_4_5_20250929
        effective_models.additional_properties = d
        effective_models._nulls = nulls
        return effective_models

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
