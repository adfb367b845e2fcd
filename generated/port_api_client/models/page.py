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
    UNSET,
    _absent,
    _all_instances,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="Page")


@_attrs_define
class Page:
    """
    Attributes:
        identifier (str):
        id (str | None):
        title (str | None):
        icon (str | None):
        type_ (str | None):
        parent (None | str):
        after (None | str):
        blueprint (str | None):
        widgets (list[Properties] | None):
        section (str | None):
        locked (bool | None):
        created_at (str | None):
        created_by (str | None):
        updated_at (str | None):
        updated_by (str | None):
    """

    identifier: str
    id: str | None = None
    title: str | None = None
    icon: str | None = None
    type_: str | None = None
    parent: None | str = None
    after: None | str = None
    blueprint: str | None = None
    widgets: list[Properties] | None = None
    section: str | None = None
    locked: bool | None = None
    created_at: str | None = None
    created_by: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "id": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "type": lambda v: isinstance(v, str),
        "parent": lambda v: isinstance(v, str) or (v is None),
        "after": lambda v: isinstance(v, str) or (v is None),
        "blueprint": lambda v: isinstance(v, str),
        "widgets": lambda v: isinstance(v, list) and all(isinstance(item1, dict) for item1 in v),
        "section": lambda v: isinstance(v, str),
        "locked": lambda v: isinstance(v, bool),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "id": "id",
        "title": "title",
        "icon": "icon",
        "type_": "type",
        "parent": "parent",
        "after": "after",
        "blueprint": "blueprint",
        "widgets": "widgets",
        "section": "section",
        "locked": "locked",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
    }

    def __repr__(self) -> str:
        return _present_repr(self, self._json_names)

    if not TYPE_CHECKING:  # mypy keeps reporting misspelled attributes

        def __getattr__(self, name: str) -> Any:
            # Only reached for a promised field missing from Port's answer (or a wrong name).
            raise _absent(self, name)

    def model_dump(self) -> dict[str, Any]:
        """The model as Port's JSON object: the same as `to_dict()`."""
        return self.to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON document, keys as Port spells them."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _identifier = getattr(self, "identifier", UNSET)
        if _identifier is not UNSET:
            field_dict["identifier"] = _identifier

        if self.id is not None:
            field_dict["id"] = self.id
        elif self._nulls and "id" in self._nulls:
            field_dict["id"] = None

        if self.title is not None:
            field_dict["title"] = self.title
        elif self._nulls and "title" in self._nulls:
            field_dict["title"] = None

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif self._nulls and "type" in self._nulls:
            field_dict["type"] = None

        if self.parent is not None:
            field_dict["parent"] = self.parent
        elif self._nulls and "parent" in self._nulls:
            field_dict["parent"] = None

        if self.after is not None:
            field_dict["after"] = self.after
        elif self._nulls and "after" in self._nulls:
            field_dict["after"] = None

        if self.blueprint is not None:
            field_dict["blueprint"] = self.blueprint
        elif self._nulls and "blueprint" in self._nulls:
            field_dict["blueprint"] = None

        if self.widgets is not None:
            field_dict["widgets"] = [item0.to_dict() for item0 in self.widgets]
        elif self._nulls and "widgets" in self._nulls:
            field_dict["widgets"] = None

        if self.section is not None:
            field_dict["section"] = self.section
        elif self._nulls and "section" in self._nulls:
            field_dict["section"] = None

        if self.locked is not None:
            field_dict["locked"] = self.locked
        elif self._nulls and "locked" in self._nulls:
            field_dict["locked"] = None

        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        elif self._nulls and "createdAt" in self._nulls:
            field_dict["createdAt"] = None

        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        elif self._nulls and "createdBy" in self._nulls:
            field_dict["createdBy"] = None

        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at
        elif self._nulls and "updatedAt" in self._nulls:
            field_dict["updatedAt"] = None

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by
        elif self._nulls and "updatedBy" in self._nulls:
            field_dict["updatedBy"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None, or absent), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        absent: tuple[str, ...] = ()
        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str):
            if identifier is not UNSET:
                d["identifier"] = identifier
            absent += ("identifier",)

        id = d.pop("id", None)
        if id is None:
            if "id" in src_dict:
                nulls += ("id",)
        elif not isinstance(id, str):
            d["id"] = id
            id = None

        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                nulls += ("title",)
        elif not isinstance(title, str):
            d["title"] = title
            title = None

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        type_ = d.pop("type", None)
        if type_ is None:
            if "type" in src_dict:
                nulls += ("type",)
        elif not isinstance(type_, str):
            d["type"] = type_
            type_ = None

        parent = d.pop("parent", None)
        if parent is None:
            if "parent" in src_dict:
                nulls += ("parent",)
        elif not (isinstance(parent, str) or (parent is None)):
            d["parent"] = parent
            parent = None

        after = d.pop("after", None)
        if after is None:
            if "after" in src_dict:
                nulls += ("after",)
        elif not (isinstance(after, str) or (after is None)):
            d["after"] = after
            after = None

        blueprint = d.pop("blueprint", None)
        if blueprint is None:
            if "blueprint" in src_dict:
                nulls += ("blueprint",)
        elif not isinstance(blueprint, str):
            d["blueprint"] = blueprint
            blueprint = None

        _widgets = d.pop("widgets", None)
        widgets: Any = None
        if _widgets is None:
            if "widgets" in src_dict:
                nulls += ("widgets",)
        elif isinstance(_widgets, list) and _all_instances(_widgets, dict):
            widgets = [_lazy_models.Properties.from_dict(item0) for item0 in _widgets]
        else:
            d["widgets"] = _widgets

        section = d.pop("section", None)
        if section is None:
            if "section" in src_dict:
                nulls += ("section",)
        elif not isinstance(section, str):
            d["section"] = section
            section = None

        locked = d.pop("locked", None)
        if locked is None:
            if "locked" in src_dict:
                nulls += ("locked",)
        elif not isinstance(locked, bool):
            d["locked"] = locked
            locked = None

        created_at = d.pop("createdAt", None)
        if created_at is None:
            if "createdAt" in src_dict:
                nulls += ("createdAt",)
        elif not isinstance(created_at, str):
            d["createdAt"] = created_at
            created_at = None

        created_by = d.pop("createdBy", None)
        if created_by is None:
            if "createdBy" in src_dict:
                nulls += ("createdBy",)
        elif not isinstance(created_by, str):
            d["createdBy"] = created_by
            created_by = None

        updated_at = d.pop("updatedAt", None)
        if updated_at is None:
            if "updatedAt" in src_dict:
                nulls += ("updatedAt",)
        elif not isinstance(updated_at, str):
            d["updatedAt"] = updated_at
            updated_at = None

        updated_by = d.pop("updatedBy", None)
        if updated_by is None:
            if "updatedBy" in src_dict:
                nulls += ("updatedBy",)
        elif not isinstance(updated_by, str):
            d["updatedBy"] = updated_by
            updated_by = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        page = cls.__new__(cls)
        page.identifier = identifier
        page.id = id
        page.title = title
        page.icon = icon
        page.type_ = type_
        page.parent = parent
        page.after = after
        page.blueprint = blueprint
        page.widgets = widgets
        page.section = section
        page.locked = locked
        page.created_at = created_at
        page.created_by = created_by
        page.updated_at = updated_at
        page.updated_by = updated_by
        page.additional_properties = d
        page._nulls = nulls
        for name in absent:
            object.__delattr__(page, name)
        return page

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
