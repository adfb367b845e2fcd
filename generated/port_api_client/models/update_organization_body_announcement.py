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
)

T = TypeVar("T", bound="UpdateOrganizationBodyAnnouncement")


@_attrs_define
class UpdateOrganizationBodyAnnouncement:
    """
    Attributes:
        enabled (bool | None):
        content (str | None):
        link (None | str):
        color (AnnouncementColor | None):
    """

    enabled: bool | None = None
    content: str | None = None
    link: None | str = None
    color: AnnouncementColor | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "enabled": lambda v: isinstance(v, bool),
        "content": lambda v: isinstance(v, str),
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
        "enabled": "enabled",
        "content": "content",
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
        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif self._nulls and "enabled" in self._nulls:
            field_dict["enabled"] = None

        if self.content is not None:
            field_dict["content"] = self.content
        elif self._nulls and "content" in self._nulls:
            field_dict["content"] = None

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
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        enabled = d.pop("enabled", None)
        if enabled is None:
            if "enabled" in src_dict:
                nulls += ("enabled",)
        elif not isinstance(enabled, bool):
            d["enabled"] = enabled
            enabled = None

        content = d.pop("content", None)
        if content is None:
            if "content" in src_dict:
                nulls += ("content",)
        elif not isinstance(content, str):
            d["content"] = content
            content = None

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
        update_organization_body_announcement = cls.__new__(cls)
        update_organization_body_announcement.enabled = enabled
        update_organization_body_announcement.content = content
        update_organization_body_announcement.link = link
        update_organization_body_announcement.color = color
        update_organization_body_announcement.additional_properties = d
        update_organization_body_announcement._nulls = nulls
        return update_organization_body_announcement

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
