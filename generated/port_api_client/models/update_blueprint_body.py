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
)

if TYPE_CHECKING:
    from ..models.aggregation_properties import AggregationProperties
    from ..models.calculation_properties import CalculationProperties
    from ..models.direct import Direct
    from ..models.inherited import Inherited
    from ..models.kafka import Kafka
    from ..models.mirror_properties import MirrorProperties
    from ..models.relations import Relations
    from ..models.update_blueprint_body_schema import UpdateBlueprintBodySchema
    from ..models.webhook_webhook import WebhookWebhook


T = TypeVar("T", bound="UpdateBlueprintBody")


@_attrs_define
class UpdateBlueprintBody:
    """
    Attributes:
        identifier (str | Unset):
        title (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        ownership (Direct | Inherited | Unset):
        schema (UpdateBlueprintBodySchema | Unset):
        calculation_properties (CalculationProperties | Unset):
        mirror_properties (MirrorProperties | Unset):
        aggregation_properties (AggregationProperties | Unset):
        relations (Relations | Unset):
        changelog_destination (Kafka | Unset | WebhookWebhook):
    """

    identifier: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    ownership: Direct | Inherited | Unset = UNSET
    schema: UpdateBlueprintBodySchema | Unset = UNSET
    calculation_properties: CalculationProperties | Unset = UNSET
    mirror_properties: MirrorProperties | Unset = UNSET
    aggregation_properties: AggregationProperties | Unset = UNSET
    relations: Relations | Unset = UNSET
    changelog_destination: Kafka | Unset | WebhookWebhook = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "identifier": lambda v: isinstance(v, str),
        "title": lambda v: isinstance(v, str),
        "description": lambda v: isinstance(v, str),
        "icon": lambda v: isinstance(v, str),
        "ownership": lambda v: isinstance(v, dict),
        "schema": lambda v: isinstance(v, dict),
        "calculationProperties": lambda v: isinstance(v, dict),
        "mirrorProperties": lambda v: isinstance(v, dict),
        "aggregationProperties": lambda v: isinstance(v, dict),
        "relations": lambda v: isinstance(v, dict),
        "changelogDestination": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "title": "title",
        "description": "description",
        "icon": "icon",
        "ownership": "ownership",
        "schema": "schema",
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
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if not isinstance(self.ownership, Unset):
            field_dict["ownership"] = (
                self.ownership.to_dict()
                if isinstance(self.ownership, _lazy_models.Inherited)
                else self.ownership.to_dict()
                if isinstance(self.ownership, _lazy_models.Direct)
                else self.ownership
            )

        if not isinstance(self.schema, Unset):
            field_dict["schema"] = self.schema.to_dict()

        if not isinstance(self.calculation_properties, Unset):
            field_dict["calculationProperties"] = self.calculation_properties.to_dict()

        if not isinstance(self.mirror_properties, Unset):
            field_dict["mirrorProperties"] = self.mirror_properties.to_dict()

        if not isinstance(self.aggregation_properties, Unset):
            field_dict["aggregationProperties"] = self.aggregation_properties.to_dict()

        if not isinstance(self.relations, Unset):
            field_dict["relations"] = self.relations.to_dict()

        if not isinstance(self.changelog_destination, Unset):
            field_dict["changelogDestination"] = (
                self.changelog_destination.to_dict()
                if isinstance(self.changelog_destination, _lazy_models.WebhookWebhook)
                else self.changelog_destination.to_dict()
                if isinstance(self.changelog_destination, _lazy_models.Kafka)
                else self.changelog_destination
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays UNSET), and `to_dict()` writes it back."""
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            d["identifier"] = identifier
            identifier = UNSET

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            d["title"] = title
            title = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            d["description"] = description
            description = UNSET

        icon = d.pop("icon", UNSET)
        if not isinstance(icon, str) and icon is not UNSET:
            d["icon"] = icon
            icon = UNSET

        _ownership = d.pop("ownership", UNSET)
        ownership: Direct | Inherited | Unset = UNSET
        if _ownership is not UNSET:
            ownership = _parse_ownership(_ownership)
            if ownership is UNSET:
                d["ownership"] = _ownership

        _schema = d.pop("schema", UNSET)
        schema: UpdateBlueprintBodySchema | Unset = UNSET
        if isinstance(_schema, dict):
            schema = _lazy_models.UpdateBlueprintBodySchema.from_dict(_schema)
        elif _schema is not UNSET:
            d["schema"] = _schema

        _calculation_properties = d.pop("calculationProperties", UNSET)
        calculation_properties: CalculationProperties | Unset = UNSET
        if isinstance(_calculation_properties, dict):
            calculation_properties = _lazy_models.CalculationProperties.from_dict(
                _calculation_properties
            )
        elif _calculation_properties is not UNSET:
            d["calculationProperties"] = _calculation_properties

        _mirror_properties = d.pop("mirrorProperties", UNSET)
        mirror_properties: MirrorProperties | Unset = UNSET
        if isinstance(_mirror_properties, dict):
            mirror_properties = _lazy_models.MirrorProperties.from_dict(_mirror_properties)
        elif _mirror_properties is not UNSET:
            d["mirrorProperties"] = _mirror_properties

        _aggregation_properties = d.pop("aggregationProperties", UNSET)
        aggregation_properties: AggregationProperties | Unset = UNSET
        if isinstance(_aggregation_properties, dict):
            aggregation_properties = _lazy_models.AggregationProperties.from_dict(
                _aggregation_properties
            )
        elif _aggregation_properties is not UNSET:
            d["aggregationProperties"] = _aggregation_properties

        _relations = d.pop("relations", UNSET)
        relations: Relations | Unset = UNSET
        if isinstance(_relations, dict):
            relations = _lazy_models.Relations.from_dict(_relations)
        elif _relations is not UNSET:
            d["relations"] = _relations

        _changelog_destination = d.pop("changelogDestination", UNSET)
        changelog_destination: Kafka | Unset | WebhookWebhook = UNSET
        if _changelog_destination is not UNSET:
            changelog_destination = _parse_changelog_destination(_changelog_destination)
            if changelog_destination is UNSET:
                d["changelogDestination"] = _changelog_destination

        update_blueprint_body = cls(
            identifier=identifier,
            title=title,
            description=description,
            icon=icon,
            ownership=ownership,
            schema=schema,
            calculation_properties=calculation_properties,
            mirror_properties=mirror_properties,
            aggregation_properties=aggregation_properties,
            relations=relations,
            changelog_destination=changelog_destination,
        )
        update_blueprint_body.additional_properties = d
        return update_blueprint_body

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
