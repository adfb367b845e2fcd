from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from ..models.announcement_color import AnnouncementColor
from ..types import (
    _present_repr,
    _unfit,
)

T = TypeVar("T", bound="Announcement")


@_attrs_define
class Announcement:
    """
    Attributes:
        content (str):
        enabled (bool | None):
        link (None | str):
        color (AnnouncementColor | None):
    """

    content: str
    enabled: bool | None = None
    link: None | str = None
    color: AnnouncementColor | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "content": lambda v: isinstance(v, str),
        "enabled": lambda v: isinstance(v, bool),
        "link": lambda v: isinstance(v, str) or (v is None),
        "color": lambda v: (
            isinstance(v, str)
            and v
            in (
                "blue",
                "red",
            )
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "content": "content",
        "enabled": "enabled",
        "link": "link",
        "color": "color",
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
        field_dict["content"] = self.content

        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif self._nulls and "enabled" in self._nulls:
            field_dict["enabled"] = None

        if self.link is not None:
            field_dict["link"] = self.link
        elif self._nulls and "link" in self._nulls:
            field_dict["link"] = None

        if self.color is not None:
            field_dict["color"] = self.color.value
        elif self._nulls and "color" in self._nulls:
            field_dict["color"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _content = d.pop("content")
        if not isinstance(_content, str):
            raise _unfit(cls, "content", _content)
        content: str = _content

        enabled = d.pop("enabled", None)
        if enabled is None:
            if "enabled" in src_dict:
                nulls += ("enabled",)
        elif not isinstance(enabled, bool):
            d["enabled"] = enabled
            enabled = None

        link = d.pop("link", None)
        if link is None:
            if "link" in src_dict:
                nulls += ("link",)
        elif not (isinstance(link, str) or (link is None)):
            d["link"] = link
            link = None

        _color = d.pop("color", None)
        color: Any = None
        if _color is None:
            if "color" in src_dict:
                nulls += ("color",)
        elif isinstance(_color, str):
            color = AnnouncementColor(_color)
        else:
            d["color"] = _color

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        announcement = cls.__new__(cls)
        announcement.content = content
        announcement.enabled = enabled
        announcement.link = link
        announcement.color = color
        announcement.additional_properties = d
        announcement._nulls = nulls
        return announcement

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
