from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.create_literal import CreateLiteral
from ..models.delete_literal import DeleteLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advanced_delete import AdvancedDelete
    from ..models.create import Create


T = TypeVar("T", bound="Mapping")


@_attrs_define
class Mapping:
    """
    Attributes:
        operation (AdvancedDelete | Create | CreateLiteral | DeleteLiteral | Unset):
    """

    operation: AdvancedDelete | Create | CreateLiteral | DeleteLiteral | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        AdvancedDelete = _models.AdvancedDelete
        Create = _models.Create
        operation: dict[str, Any] | str | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        elif isinstance(self.operation, CreateLiteral):
            operation = self.operation.value
        elif isinstance(self.operation, Create):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, DeleteLiteral):
            operation = self.operation.value
        else:
            operation = self.operation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        AdvancedDelete = _models.AdvancedDelete
        Create = _models.Create
        d = dict(src_dict)

        def _parse_operation(
            data: object,
        ) -> AdvancedDelete | Create | CreateLiteral | DeleteLiteral | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operation_type_0 = CreateLiteral(data)

                return operation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operation_type_1 = Create.from_dict(data)

                return operation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operation_type_2 = DeleteLiteral(data)

                return operation_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            operation_type_3 = AdvancedDelete.from_dict(data)

            return operation_type_3

        operation = _parse_operation(d.pop("operation", UNSET))

        mapping = cls(
            operation=operation,
        )

        mapping.additional_properties = d
        return mapping

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
