from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source import Source
from ..models.version import Version
from ..types import UNSET, Unset

T = TypeVar("T", bound="WidgetQuery")


@_attrs_define
class WidgetQuery:
    """
    Attributes:
        entity (str | Unset):
        blueprint (str | Unset):
        active (bool | Unset):
        user_email (str | Unset):
        user_id (str | Unset):
        limit (float | Unset):
        exclude (list[str] | Unset):
        external_run_id (str | Unset):
        version (Version | Unset):
        action (str | Unset):
        source (list[Source] | Unset):
    """

    entity: str | Unset = UNSET
    blueprint: str | Unset = UNSET
    active: bool | Unset = UNSET
    user_email: str | Unset = UNSET
    user_id: str | Unset = UNSET
    limit: float | Unset = UNSET
    exclude: list[str] | Unset = UNSET
    external_run_id: str | Unset = UNSET
    version: Version | Unset = UNSET
    action: str | Unset = UNSET
    source: list[Source] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity

        blueprint = self.blueprint

        active = self.active

        user_email = self.user_email

        user_id = self.user_id

        limit = self.limit

        exclude: list[str] | Unset = UNSET
        if not isinstance(self.exclude, Unset):
            exclude = self.exclude

        external_run_id = self.external_run_id

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        action = self.action

        source: list[str] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = []
            for source_item_data in self.source:
                source_item = source_item_data.value
                source.append(source_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity is not UNSET:
            field_dict["entity"] = entity
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if active is not UNSET:
            field_dict["active"] = active
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if external_run_id is not UNSET:
            field_dict["external_run_id"] = external_run_id
        if version is not UNSET:
            field_dict["version"] = version
        if action is not UNSET:
            field_dict["action"] = action
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = d.pop("entity", UNSET)

        blueprint = d.pop("blueprint", UNSET)

        active = d.pop("active", UNSET)

        user_email = d.pop("user_email", UNSET)

        user_id = d.pop("user_id", UNSET)

        limit = d.pop("limit", UNSET)

        exclude = cast(list[str], d.pop("exclude", UNSET))

        external_run_id = d.pop("external_run_id", UNSET)

        _version = d.pop("version", UNSET)
        version: Version | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = Version(_version)

        action = d.pop("action", UNSET)

        _source = d.pop("source", UNSET)
        source: list[Source] | Unset = UNSET
        if _source is not UNSET:
            source = []
            for source_item_data in _source:
                source_item = Source(source_item_data)

                source.append(source_item)

        widget_query = cls(
            entity=entity,
            blueprint=blueprint,
            active=active,
            user_email=user_email,
            user_id=user_id,
            limit=limit,
            exclude=exclude,
            external_run_id=external_run_id,
            version=version,
            action=action,
            source=source,
        )

        widget_query.additional_properties = d
        return widget_query

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
