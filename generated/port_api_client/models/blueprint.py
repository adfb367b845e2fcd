from __future__ import annotations

import datetime
import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    UNSET,
    Unset,
    _absent,
    _datetime_json,
    _fit,
    _fromisoformat,
    _id,
    _parse_datetime,
    _present_repr,
)

if TYPE_CHECKING:
    from ..models.aggregation_properties import AggregationProperties
    from ..models.calculation_properties import CalculationProperties
    from ..models.direct import Direct
    from ..models.inherited import Inherited
    from ..models.kafka import Kafka
    from ..models.mirror_properties import MirrorProperties
    from ..models.relations import Relations
    from ..models.schema import Schema
    from ..models.webhook_webhook import WebhookWebhook


T = TypeVar("T", bound="Blueprint")


@_attrs_define
class Blueprint:
    """
    Attributes:
        identifier (str):
        title (str):
        schema (Schema):
        relations (Relations):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (str | None):
        icon (str | None):
        ownership (Direct | Inherited | None):
        calculation_properties (CalculationProperties | None):
        mirror_properties (MirrorProperties | None):
        aggregation_properties (AggregationProperties | None):
        changelog_destination (Kafka | WebhookWebhook | None):
        updated_by (str | None):
        created_by (str | None):
    """

    identifier: str
    title: str
    schema: Schema
    relations: Relations
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | None = None
    icon: str | None = None
    ownership: Direct | Inherited | None = None
    calculation_properties: CalculationProperties | None = None
    mirror_properties: MirrorProperties | None = None
    aggregation_properties: AggregationProperties | None = None
    changelog_destination: Kafka | WebhookWebhook | None = None
    updated_by: str | None = None
    created_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "schema": lambda v: isinstance(v, dict),
        "relations": lambda v: isinstance(v, dict),
        "createdAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "updatedAt": lambda v: _parse_datetime(v, _isoparse) is not UNSET,
        "description": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "ownership": lambda v: isinstance(v, dict),
        "calculationProperties": lambda v: isinstance(v, dict),
        "mirrorProperties": lambda v: isinstance(v, dict),
        "aggregationProperties": lambda v: isinstance(v, dict),
        "changelogDestination": lambda v: isinstance(v, dict),
        "updatedBy": lambda v: isinstance(v, str),
        "createdBy": lambda v: isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "title": "title",
        "schema": "schema",
        "relations": "relations",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "description": "description",
        "icon": "icon",
        "ownership": "ownership",
        "calculation_properties": "calculationProperties",
        "mirror_properties": "mirrorProperties",
        "aggregation_properties": "aggregationProperties",
        "changelog_destination": "changelogDestination",
        "updated_by": "updatedBy",
        "created_by": "createdBy",
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

    # The text each date-time was read from: to_dict() writes an unchanged one back as it came.
    _datetime_texts: dict[int, tuple[datetime.datetime, str]] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _identifier = getattr(self, "identifier", UNSET)
        if _identifier is not UNSET:
            field_dict["identifier"] = _identifier

        _title = getattr(self, "title", UNSET)
        if _title is not UNSET:
            field_dict["title"] = _title

        _schema = getattr(self, "schema", UNSET)
        if _schema is not UNSET:
            field_dict["schema"] = _schema.to_dict()

        _relations = getattr(self, "relations", UNSET)
        if _relations is not UNSET:
            field_dict["relations"] = _relations.to_dict()

        _created_at = getattr(self, "created_at", UNSET)
        if _created_at is not UNSET:
            field_dict["createdAt"] = _datetime_json(_created_at, self._datetime_texts)

        _updated_at = getattr(self, "updated_at", UNSET)
        if _updated_at is not UNSET:
            field_dict["updatedAt"] = _datetime_json(_updated_at, self._datetime_texts)

        if self.description is not None:
            field_dict["description"] = self.description
        elif self._nulls and "description" in self._nulls:
            field_dict["description"] = None

        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif self._nulls and "icon" in self._nulls:
            field_dict["icon"] = None

        if self.ownership is not None:
            field_dict["ownership"] = (
                self.ownership.to_dict()
                if isinstance(self.ownership, _lazy_models.Inherited)
                else self.ownership.to_dict()
                if isinstance(self.ownership, _lazy_models.Direct)
                else self.ownership
            )
        elif self._nulls and "ownership" in self._nulls:
            field_dict["ownership"] = None

        if self.calculation_properties is not None:
            field_dict["calculationProperties"] = self.calculation_properties.to_dict()
        elif self._nulls and "calculationProperties" in self._nulls:
            field_dict["calculationProperties"] = None

        if self.mirror_properties is not None:
            field_dict["mirrorProperties"] = self.mirror_properties.to_dict()
        elif self._nulls and "mirrorProperties" in self._nulls:
            field_dict["mirrorProperties"] = None

        if self.aggregation_properties is not None:
            field_dict["aggregationProperties"] = self.aggregation_properties.to_dict()
        elif self._nulls and "aggregationProperties" in self._nulls:
            field_dict["aggregationProperties"] = None

        if self.changelog_destination is not None:
            field_dict["changelogDestination"] = (
                self.changelog_destination.to_dict()
                if isinstance(self.changelog_destination, _lazy_models.WebhookWebhook)
                else self.changelog_destination.to_dict()
                if isinstance(self.changelog_destination, _lazy_models.Kafka)
                else self.changelog_destination
            )
        elif self._nulls and "changelogDestination" in self._nulls:
            field_dict["changelogDestination"] = None

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by
        elif self._nulls and "updatedBy" in self._nulls:
            field_dict["updatedBy"] = None

        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        elif self._nulls and "createdBy" in self._nulls:
            field_dict["createdBy"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None, or absent), and `to_dict()` writes it back."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        absent: tuple[str, ...] = ()
        datetime_texts: dict[int, tuple[datetime.datetime, str]] = {}
        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str):
            if identifier is not UNSET:
                d["identifier"] = identifier
            absent += ("identifier",)

        title = d.pop("title", UNSET)
        if not isinstance(title, str):
            if title is not UNSET:
                d["title"] = title
            absent += ("title",)

        _schema = d.pop("schema", UNSET)
        if isinstance(_schema, dict) and _schema is not UNSET:
            schema = _lazy_models.Schema.from_dict(_schema)
        else:
            schema = UNSET
            if _schema is not UNSET:
                d["schema"] = _schema
            absent += ("schema",)

        _relations = d.pop("relations", UNSET)
        if isinstance(_relations, dict) and _relations is not UNSET:
            relations = _lazy_models.Relations.from_dict(_relations)
        else:
            relations = UNSET
            if _relations is not UNSET:
                d["relations"] = _relations
            absent += ("relations",)

        _created_at = d.pop("createdAt", UNSET)
        try:  # the C parser first, inline: what Port sends almost always reads
            created_at = _fromisoformat(_created_at)
        except (TypeError, ValueError):
            created_at = _parse_datetime(_created_at, _isoparse)
        if created_at is UNSET:
            if _created_at is not UNSET:
                d["createdAt"] = _created_at
            absent += ("created_at",)
        else:
            datetime_texts[_id(created_at)] = (
                created_at,
                _created_at,
            )  # `id` may be a field's name here

        _updated_at = d.pop("updatedAt", UNSET)
        try:  # the C parser first, inline: what Port sends almost always reads
            updated_at = _fromisoformat(_updated_at)
        except (TypeError, ValueError):
            updated_at = _parse_datetime(_updated_at, _isoparse)
        if updated_at is UNSET:
            if _updated_at is not UNSET:
                d["updatedAt"] = _updated_at
            absent += ("updated_at",)
        else:
            datetime_texts[_id(updated_at)] = (
                updated_at,
                _updated_at,
            )  # `id` may be a field's name here

        description = d.pop("description", None)
        if description is None:
            if "description" in src_dict:
                nulls += ("description",)
        elif not isinstance(description, str):
            d["description"] = description
            description = None

        icon = d.pop("icon", None)
        if icon is None:
            if "icon" in src_dict:
                nulls += ("icon",)
        elif not isinstance(icon, str):
            d["icon"] = icon
            icon = None

        _ownership = d.pop("ownership", None)
        ownership: Any = None
        if _ownership is None:
            if "ownership" in src_dict:
                nulls += ("ownership",)
        else:
            ownership = _parse_ownership(_ownership)
            if ownership is UNSET:
                d["ownership"] = _ownership
                ownership = None

        _calculation_properties = d.pop("calculationProperties", None)
        calculation_properties: Any = None
        if _calculation_properties is None:
            if "calculationProperties" in src_dict:
                nulls += ("calculationProperties",)
        elif isinstance(_calculation_properties, dict):
            calculation_properties = _lazy_models.CalculationProperties.from_dict(
                _calculation_properties
            )
        else:
            d["calculationProperties"] = _calculation_properties

        _mirror_properties = d.pop("mirrorProperties", None)
        mirror_properties: Any = None
        if _mirror_properties is None:
            if "mirrorProperties" in src_dict:
                nulls += ("mirrorProperties",)
        elif isinstance(_mirror_properties, dict):
            mirror_properties = _lazy_models.MirrorProperties.from_dict(_mirror_properties)
        else:
            d["mirrorProperties"] = _mirror_properties

        _aggregation_properties = d.pop("aggregationProperties", None)
        aggregation_properties: Any = None
        if _aggregation_properties is None:
            if "aggregationProperties" in src_dict:
                nulls += ("aggregationProperties",)
        elif isinstance(_aggregation_properties, dict):
            aggregation_properties = _lazy_models.AggregationProperties.from_dict(
                _aggregation_properties
            )
        else:
            d["aggregationProperties"] = _aggregation_properties

        _changelog_destination = d.pop("changelogDestination", None)
        changelog_destination: Any = None
        if _changelog_destination is None:
            if "changelogDestination" in src_dict:
                nulls += ("changelogDestination",)
        else:
            changelog_destination = _parse_changelog_destination(_changelog_destination)
            if changelog_destination is UNSET:
                d["changelogDestination"] = _changelog_destination
                changelog_destination = None

        updated_by = d.pop("updatedBy", None)
        if updated_by is None:
            if "updatedBy" in src_dict:
                nulls += ("updatedBy",)
        elif not isinstance(updated_by, str):
            d["updatedBy"] = updated_by
            updated_by = None

        created_by = d.pop("createdBy", None)
        if created_by is None:
            if "createdBy" in src_dict:
                nulls += ("createdBy",)
        elif not isinstance(created_by, str):
            d["createdBy"] = created_by
            created_by = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        blueprint = cls.__new__(cls)
        blueprint.identifier = identifier
        blueprint.title = title
        blueprint.schema = schema
        blueprint.relations = relations
        blueprint.created_at = created_at
        blueprint.updated_at = updated_at
        blueprint.description = description
        blueprint.icon = icon
        blueprint.ownership = ownership
        blueprint.calculation_properties = calculation_properties
        blueprint.mirror_properties = mirror_properties
        blueprint.aggregation_properties = aggregation_properties
        blueprint.changelog_destination = changelog_destination
        blueprint.updated_by = updated_by
        blueprint.created_by = created_by
        blueprint.additional_properties = d
        blueprint._datetime_texts = datetime_texts or None
        blueprint._nulls = nulls
        for name in absent:
            object.__delattr__(blueprint, name)
        return blueprint

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


def _parse_ownership(data: Any) -> Direct | Inherited | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.Inherited._json_checks),
            _fit(data, _lazy_models.Direct._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.Inherited.from_dict(data)
        return _lazy_models.Direct.from_dict(data)
    return UNSET


def _parse_changelog_destination(data: Any) -> Kafka | WebhookWebhook | Unset:
    """`data` as the first declared type it fits, or UNSET when it fits none."""
    if isinstance(data, dict):
        fits = (
            _fit(data, _lazy_models.WebhookWebhook._json_checks),
            _fit(data, _lazy_models.Kafka._json_checks),
        )
        best = max(fits)  # on a tie, the first
        if fits[0] == best:
            return _lazy_models.WebhookWebhook.from_dict(data)
        return _lazy_models.Kafka.from_dict(data)
    return UNSET
