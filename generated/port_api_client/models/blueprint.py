from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# dateutil reads every ISO 8601 form Port sends ("…Z" included), on every Python pyport supports.
from dateutil.parser import isoparse as _isoparse

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

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
        identifier (str | Unset):
        title (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        ownership (Direct | Inherited | Unset):
        schema (Schema | Unset):
        calculation_properties (CalculationProperties | Unset):
        mirror_properties (MirrorProperties | Unset):
        aggregation_properties (AggregationProperties | Unset):
        relations (Relations | Unset):
        changelog_destination (Kafka | Unset | WebhookWebhook):
        updated_by (str | Unset):
        created_by (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    identifier: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    ownership: Direct | Inherited | Unset = UNSET
    schema: Schema | Unset = UNSET
    calculation_properties: CalculationProperties | Unset = UNSET
    mirror_properties: MirrorProperties | Unset = UNSET
    aggregation_properties: AggregationProperties | Unset = UNSET
    relations: Relations | Unset = UNSET
    changelog_destination: Kafka | Unset | WebhookWebhook = UNSET
    updated_by: str | Unset = UNSET
    created_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        AggregationProperties = _models.AggregationProperties
        CalculationProperties = _models.CalculationProperties
        Direct = _models.Direct
        Inherited = _models.Inherited
        Kafka = _models.Kafka
        MirrorProperties = _models.MirrorProperties
        Relations = _models.Relations
        Schema = _models.Schema
        WebhookWebhook = _models.WebhookWebhook
        identifier = self.identifier

        title = self.title

        description = self.description

        icon = self.icon

        ownership: dict[str, Any] | Unset
        if isinstance(self.ownership, Unset):
            ownership = UNSET
        elif isinstance(self.ownership, Inherited):
            ownership = self.ownership.to_dict()
        else:
            ownership = self.ownership.to_dict()

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        calculation_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calculation_properties, Unset):
            calculation_properties = self.calculation_properties.to_dict()

        mirror_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mirror_properties, Unset):
            mirror_properties = self.mirror_properties.to_dict()

        aggregation_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregation_properties, Unset):
            aggregation_properties = self.aggregation_properties.to_dict()

        relations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relations, Unset):
            relations = self.relations.to_dict()

        changelog_destination: dict[str, Any] | Unset
        if isinstance(self.changelog_destination, Unset):
            changelog_destination = UNSET
        elif isinstance(self.changelog_destination, WebhookWebhook):
            changelog_destination = self.changelog_destination.to_dict()
        else:
            changelog_destination = self.changelog_destination.to_dict()

        updated_by = self.updated_by

        created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if ownership is not UNSET:
            field_dict["ownership"] = ownership
        if schema is not UNSET:
            field_dict["schema"] = schema
        if calculation_properties is not UNSET:
            field_dict["calculationProperties"] = calculation_properties
        if mirror_properties is not UNSET:
            field_dict["mirrorProperties"] = mirror_properties
        if aggregation_properties is not UNSET:
            field_dict["aggregationProperties"] = aggregation_properties
        if relations is not UNSET:
            field_dict["relations"] = relations
        if changelog_destination is not UNSET:
            field_dict["changelogDestination"] = changelog_destination
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        AggregationProperties = _models.AggregationProperties
        CalculationProperties = _models.CalculationProperties
        Direct = _models.Direct
        Inherited = _models.Inherited
        Kafka = _models.Kafka
        MirrorProperties = _models.MirrorProperties
        Relations = _models.Relations
        Schema = _models.Schema
        WebhookWebhook = _models.WebhookWebhook
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        def _parse_ownership(data: object) -> Direct | Inherited | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ownership_type_0 = Inherited.from_dict(data)

                return ownership_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            ownership_type_1 = Direct.from_dict(data)

            return ownership_type_1

        ownership = _parse_ownership(d.pop("ownership", UNSET))

        _schema = d.pop("schema", UNSET)
        schema: Schema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = Schema.from_dict(_schema)

        _calculation_properties = d.pop("calculationProperties", UNSET)
        calculation_properties: CalculationProperties | Unset
        if isinstance(_calculation_properties, Unset):
            calculation_properties = UNSET
        else:
            calculation_properties = CalculationProperties.from_dict(_calculation_properties)

        _mirror_properties = d.pop("mirrorProperties", UNSET)
        mirror_properties: MirrorProperties | Unset
        if isinstance(_mirror_properties, Unset):
            mirror_properties = UNSET
        else:
            mirror_properties = MirrorProperties.from_dict(_mirror_properties)

        _aggregation_properties = d.pop("aggregationProperties", UNSET)
        aggregation_properties: AggregationProperties | Unset
        if isinstance(_aggregation_properties, Unset):
            aggregation_properties = UNSET
        else:
            aggregation_properties = AggregationProperties.from_dict(_aggregation_properties)

        _relations = d.pop("relations", UNSET)
        relations: Relations | Unset
        if isinstance(_relations, Unset):
            relations = UNSET
        else:
            relations = Relations.from_dict(_relations)

        def _parse_changelog_destination(data: object) -> Kafka | Unset | WebhookWebhook:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                changelog_destination_type_0 = WebhookWebhook.from_dict(data)

                return changelog_destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            changelog_destination_type_1 = Kafka.from_dict(data)

            return changelog_destination_type_1

        changelog_destination = _parse_changelog_destination(d.pop("changelogDestination", UNSET))

        updated_by = d.pop("updatedBy", UNSET)

        created_by = d.pop("createdBy", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _isoparse(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _isoparse(_updated_at)

        blueprint = cls(
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
            updated_by=updated_by,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        blueprint.additional_properties = d
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
