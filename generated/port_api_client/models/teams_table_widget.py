from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.teams_table_literal import TeamsTableLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query import Query
    from ..models.table_config import TableConfig


T = TypeVar("T", bound="TeamsTableWidget")


@_attrs_define
class TeamsTableWidget:
    """
    Attributes:
        type_ (TeamsTableLiteral):
        id (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        title (str | Unset):
        query (Query | Unset):
        table_config (TableConfig | Unset):
    """

    type_: TeamsTableLiteral
    id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    title: str | Unset = UNSET
    query: Query | Unset = UNSET
    table_config: TableConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Query = _models.Query
        TableConfig = _models.TableConfig
        type_ = self.type_.value

        id = self.id

        updated_at = self.updated_at

        updated_by = self.updated_by

        created_at = self.created_at

        created_by = self.created_by

        title = self.title

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        table_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table_config, Unset):
            table_config = self.table_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
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
        if query is not UNSET:
            field_dict["query"] = query
        if table_config is not UNSET:
            field_dict["tableConfig"] = table_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Query = _models.Query
        TableConfig = _models.TableConfig
        d = dict(src_dict)
        type_ = TeamsTableLiteral(d.pop("type"))

        id = d.pop("id", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        created_at = d.pop("createdAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        title = d.pop("title", UNSET)

        _query = d.pop("query", UNSET)
        query: Query | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = Query.from_dict(_query)

        _table_config = d.pop("tableConfig", UNSET)
        table_config: TableConfig | Unset
        if isinstance(_table_config, Unset):
            table_config = UNSET
        else:
            table_config = TableConfig.from_dict(_table_config)

        teams_table_widget = cls(
            type_=type_,
            id=id,
            updated_at=updated_at,
            updated_by=updated_by,
            created_at=created_at,
            created_by=created_by,
            title=title,
            query=query,
            table_config=table_config,
        )

        teams_table_widget.additional_properties = d
        return teams_table_widget

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
