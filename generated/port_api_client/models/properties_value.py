from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.properties_value_format import PropertiesValueFormat
from ..models.spec import Spec
from ..models.type_ import Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.spec_authentication import SpecAuthentication


T = TypeVar("T", bound="PropertiesValue")


@_attrs_define
class PropertiesValue:
    """
    Attributes:
        title (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        type_ (Type | Unset):
        format_ (PropertiesValueFormat | Unset):
        spec (Spec | Unset):
        spec_authentication (SpecAuthentication | Unset):
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    type_: Type | Unset = UNSET
    format_: PropertiesValueFormat | Unset = UNSET
    spec: Spec | Unset = UNSET
    spec_authentication: SpecAuthentication | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        SpecAuthentication = _models.SpecAuthentication
        title = self.title

        description = self.description

        icon = self.icon

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        spec: str | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.value

        spec_authentication: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec_authentication, Unset):
            spec_authentication = self.spec_authentication.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if spec is not UNSET:
            field_dict["spec"] = spec
        if spec_authentication is not UNSET:
            field_dict["specAuthentication"] = spec_authentication

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        SpecAuthentication = _models.SpecAuthentication
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = Type(_type_)

        _format_ = d.pop("format", UNSET)
        format_: PropertiesValueFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = PropertiesValueFormat(_format_)

        _spec = d.pop("spec", UNSET)
        spec: Spec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = Spec(_spec)

        _spec_authentication = d.pop("specAuthentication", UNSET)
        spec_authentication: SpecAuthentication | Unset
        if isinstance(_spec_authentication, Unset):
            spec_authentication = UNSET
        else:
            spec_authentication = SpecAuthentication.from_dict(_spec_authentication)

        properties_value = cls(
            title=title,
            description=description,
            icon=icon,
            type_=type_,
            format_=format_,
            spec=spec,
            spec_authentication=spec_authentication,
        )

        properties_value.additional_properties = d
        return properties_value

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
