from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.create_literal import CreateLiteral
from ..models.delete_literal import DeleteLiteral
from ..types import (
    UNSET,
    Unset,
    _fit,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.advanced_delete import AdvancedDelete
    from ..models.create import Create


T = TypeVar("T", bound="Mapping")


@_attrs_define
class Mapping:
    """
    Attributes:
        operation (AdvancedDelete | Create | CreateLiteral | DeleteLiteral | None):
    """

    operation: AdvancedDelete | Create | CreateLiteral | DeleteLiteral | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "operation": lambda v: (
            (isinstance(v, str) and v in ("create",))
            or isinstance(v, dict)
            or (isinstance(v, str) and v in ("delete",))
        ),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "operation": "operation",
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
        if self.operation is not None:
            field_dict["operation"] = (
                self.operation.value
                if isinstance(self.operation, CreateLiteral)
                else self.operation.to_dict()
                if isinstance(self.operation, _lazy_models.Create)
                else self.operation.value
                if isinstance(self.operation, DeleteLiteral)
                else self.operation.to_dict()
                if isinstance(self.operation, _lazy_models.AdvancedDelete)
                else self.operation
            )
        elif self._nulls and "operation" in self._nulls:
            field_dict["operation"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _operation = d.pop("operation", None)
        operation: Any = None
        if _operation is None:
            if "operation" in src_dict:
                nulls += ("operation",)
        else:
            operation = _parse_operation(_operation)
            if operation is UNSET:
                d["operation"] = _operation
                operation = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        mapping = cls.__new__(cls)
        mapping.operation = operation
        mapping.additional_properties = d
        mapping._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None


def _parse_operation(data: Any) -> AdvancedDelete | Create | CreateLiteral | DeleteLiteral | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, str) and data in ("create",):
        return CreateLiteral(data)
    if isinstance(data, str) and data in ("delete",):
        return DeleteLiteral(data)
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.Create._json_checks),
            _fit(data, _lazy_models.AdvancedDelete._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.Create.from_dict(data)
        return _lazy_models.AdvancedDelete.from_dict(data)
    if isinstance(data, str):
        return CreateLiteral(data)
    if isinstance(data, str):
        return DeleteLiteral(data)
    return UNSET
