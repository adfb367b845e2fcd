from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.table_audit_log_literal import TableAuditLogLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_widget_query import GroupWidgetQuery
    from ..models.table_config import TableConfig


T = TypeVar("T", bound="TableAuditLogWidget")


@_attrs_define
class TableAuditLogWidget:
    """
    Attributes:
        type_ (TableAuditLogLiteral):
        query (GroupWidgetQuery):
        id (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        title (str | Unset):
        description (str | Unset):
        table_config (TableConfig | Unset):
    """

    type_: TableAuditLogLiteral
    query: GroupWidgetQuery
    id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    table_config: TableConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        GroupWidgetQuery = _models.GroupWidgetQuery
        TableConfig = _models.TableConfig
        type_ = self.type_.value

        query = self.query.to_dict()

        id = self.id

        updated_at = self.updated_at

        updated_by = self.updated_by

        created_at = self.created_at

        created_by = self.created_by

        title = self.title

        description = self.description

        table_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table_config, Unset):
            table_config = self.table_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "query": query,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if table_config is not UNSET:
            field_dict["tableConfig"] = table_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        GroupWidgetQuery = _models.GroupWidgetQuery
        TableConfig = _models.TableConfig
        d = dict(src_dict)
        type_ = TableAuditLogLiteral(d.pop("type"))

        query = GroupWidgetQuery.from_dict(d.pop("query"))

        id = d.pop("id", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _table_config = d.pop("tableConfig", UNSET)
        table_config: TableConfig | Unset
        if isinstance(_table_config, Unset):
            table_config = UNSET
        else:
            table_config = TableConfig.from_dict(_table_config)

        table_audit_log_widget = cls(
            type_=type_,
            query=query,
            id=id,
            updated_at=updated_at,
            updated_by=updated_by,
            created_at=created_at,
            created_by=created_by,
            title=title,
            description=description,
            table_config=table_config,
        )

        table_audit_log_widget.additional_properties = d
        return table_audit_log_widget

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
