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
    UNSET,
    Unset,
    _present_repr,
)

T = TypeVar("T", bound="UpdateOrganizationBodyAnnouncement")


@_attrs_define
class UpdateOrganizationBodyAnnouncement:
    """
    Attributes:
        enabled (bool | Unset):
        content (str | Unset):
        link (None | str | Unset):
        color (AnnouncementColor | Unset):
    """

    enabled: bool | Unset = UNSET
    content: str | Unset = UNSET
    link: None | str | Unset = UNSET
    color: AnnouncementColor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled

        if self.content is not UNSET:
            field_dict["content"] = self.content

        if self.link is not UNSET:
            field_dict["link"] = self.link

        if not isinstance(self.color, Unset):
            field_dict["color"] = self.color.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, bool) and enabled is not UNSET:
            d["enabled"] = enabled
            enabled = UNSET

        content = d.pop("content", UNSET)
        if not isinstance(content, str) and content is not UNSET:
            d["content"] = content
            content = UNSET

        link = d.pop("link", UNSET)
        if not (isinstance(link, str) or (link is None)) and link is not UNSET:
            d["link"] = link
            link = UNSET

        _color = d.pop("color", UNSET)
        color: AnnouncementColor | Unset = UNSET
        if isinstance(_color, str):
            color = AnnouncementColor(_color)
        elif _color is not UNSET:
            d["color"] = _color

        update_organization_body_announcement = cls(
            enabled=enabled,
            content=content,
            link=link,
            color=color,
        )
        update_organization_body_announcement.additional_properties = d
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
