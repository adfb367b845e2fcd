from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpecAuthentication")


@_attrs_define
class SpecAuthentication:
    """
    Attributes:
        client_id (str | Unset):
        authorization_url (str | Unset):
        token_url (str | Unset):
        authorization_scope (list[str] | Unset):
    """

    client_id: str | Unset = UNSET
    authorization_url: str | Unset = UNSET
    token_url: str | Unset = UNSET
    authorization_scope: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        authorization_url = self.authorization_url

        token_url = self.token_url

        authorization_scope: list[str] | Unset = UNSET
        if not isinstance(self.authorization_scope, Unset):
            authorization_scope = self.authorization_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if authorization_url is not UNSET:
            field_dict["authorizationUrl"] = authorization_url
        if token_url is not UNSET:
            field_dict["tokenUrl"] = token_url
        if authorization_scope is not UNSET:
            field_dict["authorizationScope"] = authorization_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId", UNSET)

        authorization_url = d.pop("authorizationUrl", UNSET)

        token_url = d.pop("tokenUrl", UNSET)

        authorization_scope = cast(list[str], d.pop("authorizationScope", UNSET))

        spec_authentication = cls(
            client_id=client_id,
            authorization_url=authorization_url,
            token_url=token_url,
            authorization_scope=authorization_scope,
        )

        spec_authentication.additional_properties = d
        return spec_authentication

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
