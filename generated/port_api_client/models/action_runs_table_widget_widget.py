from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.action_runs_table_widget_literal import ActionRunsTableWidgetLiteral
from ..models.display_mode import DisplayMode
from ..types import (
    UNSET,
    Unset,
    _present_repr,
    _unfit,
)

if TYPE_CHECKING:
    from ..models.table_config import TableConfig


T = TypeVar("T", bound="ActionRunsTableWidgetWidget")


@_attrs_define
class ActionRunsTableWidgetWidget:
    """
    Attributes:
        type_ (ActionRunsTableWidgetLiteral):
        action (str):
        id (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        icon (str | Unset):
        description (str | Unset):
        title (str | Unset):
        display_mode (DisplayMode | Unset):
        table_config (TableConfig | Unset):
    """

    type_: ActionRunsTableWidgetLiteral
    action: str
    id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    icon: str | Unset = UNSET
    description: str | Unset = UNSET
    title: str | Unset = UNSET
    display_mode: DisplayMode | Unset = UNSET
    table_config: TableConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("action-runs-table-widget",),
        "action": lambda v: isinstance(v, str),
        "id": lambda v: isinstance(v, str),
        "updatedAt": lambda v: isinstance(v, str),
        "updatedBy": lambda v: isinstance(v, str),
        "createdAt": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "displayMode": lambda v: (
            isinstance(v, str)
            and v
            in (
                "single",
                "widget",
            )
        ),
        "tableConfig": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "action": "action",
        "id": "id",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "icon": "icon",
        "description": "description",
        "title": "title",
        "display_mode": "displayMode",
        "table_config": "tableConfig",
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

        field_dict["action"] = self.action

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = self.updated_at

        if self.updated_by is not UNSET:
            field_dict["updatedBy"] = self.updated_by

        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at

        if self.created_by is not UNSET:
            field_dict["createdBy"] = self.created_by

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if not isinstance(self.display_mode, Unset):
            field_dict["displayMode"] = self.display_mode.value

        if not isinstance(self.table_config, Unset):
            field_dict["tableConfig"] = self.table_config.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: ActionRunsTableWidgetLiteral = ActionRunsTableWidgetLiteral(_type_)

        _action = d.pop("action")
        if not isinstance(_action, str):
            raise _unfit(cls, "action", _action)
        action: str = _action

        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            d["id"] = id
            id = UNSET

        updated_at = d.pop("updatedAt", UNSET)
        if not isinstance(updated_at, str) and updated_at is not UNSET:
            d["updatedAt"] = updated_at
            updated_at = UNSET

        updated_by = d.pop("updatedBy", UNSET)
        if not isinstance(updated_by, str) and updated_by is not UNSET:
            d["updatedBy"] = updated_by
            updated_by = UNSET

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, str) and created_at is not UNSET:
            d["createdAt"] = created_at
            created_at = UNSET

        created_by = d.pop("createdBy", UNSET)
        if not isinstance(created_by, str) and created_by is not UNSET:
            d["createdBy"] = created_by
            created_by = UNSET

        icon = d.pop("icon", UNSET)
        if not isinstance(icon, str) and icon is not UNSET:
            d["icon"] = icon
            icon = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            d["description"] = description
            description = UNSET

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        _display_mode = d.pop("displayMode", UNSET)
        display_mode: DisplayMode | Unset = UNSET
        if isinstance(_display_mode, str):
            display_mode = DisplayMode(_display_mode)
        elif _display_mode is not UNSET:
            d["displayMode"] = _display_mode

        _table_config = d.pop("tableConfig", UNSET)
        table_config: TableConfig | Unset = UNSET
        if isinstance(_table_config, dict):
            table_config = _lazy_models.TableConfig.from_dict(_table_config)
        elif _table_config is not UNSET:
            d["tableConfig"] = _table_config

        action_runs_table_widget_widget = cls(
            type_=type_,
            action=action,
            id=id,
            updated_at=updated_at,
            updated_by=updated_by,
            created_at=created_at,
            created_by=created_by,
            icon=icon,
            description=description,
            title=title,
            display_mode=display_mode,
            table_config=table_config,
        )
        action_runs_table_widget_widget.additional_properties = d
        return action_runs_table_widget_widget

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
