from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..types import (
    UNSET,
    Unset,
    _fit,
    _present_repr,
    _unfit,
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


T = TypeVar("T", bound="CreateBlueprintBody")


@_attrs_define
class CreateBlueprintBody:
    """
    Attributes:
        identifier (str):
        title (str):
        schema (Schema):
        description (str | None):
        icon (str | None):
        ownership (Direct | Inherited | None):
        calculation_properties (CalculationProperties | None):
        mirror_properties (MirrorProperties | None):
        aggregation_properties (AggregationProperties | None):
        relations (Relations | None):
        changelog_destination (Kafka | WebhookWebhook | None):
    """

    identifier: str
    title: str
    schema: Schema
    description: str | None = None
    icon: str | None = None
    ownership: Direct | Inherited | None = None
    calculation_properties: CalculationProperties | None = None
    mirror_properties: MirrorProperties | None = None
    aggregation_properties: AggregationProperties | None = None
    relations: Relations | None = None
    changelog_destination: Kafka | WebhookWebhook | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "schema": lambda v: isinstance(v, dict),
        "description": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "ownership": lambda v: isinstance(v, dict),
        "calculationProperties": lambda v: isinstance(v, dict),
        "mirrorProperties": lambda v: isinstance(v, dict),
        "aggregationProperties": lambda v: isinstance(v, dict),
        "relations": lambda v: isinstance(v, dict),
        "changelogDestination": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "title": "title",
        "schema": "schema",
        "description": "description",
        "icon": "icon",
        "ownership": "ownership",
        "calculation_properties": "calculationProperties",
        "mirror_properties": "mirrorProperties",
        "aggregation_properties": "aggregationProperties",
        "relations": "relations",
        "changelog_destination": "changelogDestination",
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
        field_dict["identifier"] = self.identifier

        field_dict["title"] = self.title

        field_dict["schema"] = self.schema.to_dict()

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

        if self.relations is not None:
            field_dict["relations"] = self.relations.to_dict()
        elif self._nulls and "relations" in self._nulls:
            field_dict["relations"] = None

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _identifier = d.pop("identifier")
        if not isinstance(_identifier, str):
            raise _unfit(cls, "identifier", _identifier)
        identifier: str = _identifier

        _title = d.pop("title")
        if not isinstance(_title, str):
            raise _unfit(cls, "title", _title)
        title: str = _title

        _schema = d.pop("schema")
        if not isinstance(_schema, dict):
            raise _unfit(cls, "schema", _schema)
        schema: Schema = _lazy_models.Schema.from_dict(_schema)

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

        _relations = d.pop("relations", None)
        relations: Any = None
        if _relations is None:
            if "relations" in src_dict:
                nulls += ("relations",)
        elif isinstance(_relations, dict):
            relations = _lazy_models.Relations.from_dict(_relations)
        else:
            d["relations"] = _relations

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

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        create_blueprint_body = cls.__new__(cls)
        create_blueprint_body.identifier = identifier
        create_blueprint_body.title = title
        create_blueprint_body.schema = schema
        create_blueprint_body.description = description
        create_blueprint_body.icon = icon
        create_blueprint_body.ownership = ownership
        create_blueprint_body.calculation_properties = calculation_properties
        create_blueprint_body.mirror_properties = mirror_properties
        create_blueprint_body.aggregation_properties = aggregation_properties
        create_blueprint_body.relations = relations
        create_blueprint_body.changelog_destination = changelog_destination
        create_blueprint_body.additional_properties = d
        create_blueprint_body._nulls = nulls
        return create_blueprint_body

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
