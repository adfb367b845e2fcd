from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models

if TYPE_CHECKING:
    from ..models.claude_haiku_4520251001 import ClaudeHaiku4520251001


T = TypeVar("T", bound="OverridesModels")


@_attrs_define
class OverridesModels:
    """
    Attributes:
        gpt_5 (ClaudeHaiku4520251001):
    """

    gpt_5: ClaudeHaiku4520251001
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ClaudeHaiku4520251001 = _models.ClaudeHaiku4520251001
        gpt_5 = self.gpt_5.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gpt-5": gpt_5,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ClaudeHaiku4520251001 = _models.ClaudeHaiku4520251001
        d = dict(src_dict)
        gpt_5 = ClaudeHaiku4520251001.from_dict(d.pop("gpt-5"))

        overrides_models = cls(
            gpt_5=gpt_5,
        )

        overrides_models.additional_properties = d
        return overrides_models

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
