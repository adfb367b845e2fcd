from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAutoDiscoveryInvocationBody")


@_attrs_define
class CreateAutoDiscoveryInvocationBody:
    """
    Attributes:
        blueprint_identifier (str):
        excluded_blueprint_identifiers (list[str] | Unset):
        description (str | Unset):
    """

    blueprint_identifier: str
    excluded_blueprint_identifiers: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blueprint_identifier = self.blueprint_identifier

        excluded_blueprint_identifiers: list[str] | Unset = UNSET
        if not isinstance(self.excluded_blueprint_identifiers, Unset):
            excluded_blueprint_identifiers = self.excluded_blueprint_identifiers

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blueprintIdentifier": blueprint_identifier,
            }
        )
        if excluded_blueprint_identifiers is not UNSET:
            field_dict["excludedBlueprintIdentifiers"] = excluded_blueprint_identifiers
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        blueprint_identifier = d.pop("blueprintIdentifier")

        excluded_blueprint_identifiers = cast(
            list[str], d.pop("excludedBlueprintIdentifiers", UNSET)
        )

        description = d.pop("description", UNSET)

        create_auto_discovery_invocation_body = cls(
            blueprint_identifier=blueprint_identifier,
            excluded_blueprint_identifiers=excluded_blueprint_identifiers,
            description=description,
        )

        create_auto_discovery_invocation_body.additional_properties = d
        return create_auto_discovery_invocation_body

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
