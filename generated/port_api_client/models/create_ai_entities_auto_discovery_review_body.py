from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accept_all_suggestions import AcceptAllSuggestions
    from ..models.accept_suggestion import AcceptSuggestion
    from ..models.reject_all_suggestions import RejectAllSuggestions
    from ..models.reject_suggestion import RejectSuggestion


T = TypeVar("T", bound="CreateAiEntitiesAutoDiscoveryReviewBody")


@_attrs_define
class CreateAiEntitiesAutoDiscoveryReviewBody:
    """
    Attributes:
        actions (list[AcceptSuggestion | RejectSuggestion] | Unset):
        bulk_action (AcceptAllSuggestions | RejectAllSuggestions | Unset):
    """

    actions: list[AcceptSuggestion | RejectSuggestion] | Unset = UNSET
    bulk_action: AcceptAllSuggestions | RejectAllSuggestions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        AcceptAllSuggestions = _models.AcceptAllSuggestions
        AcceptSuggestion = _models.AcceptSuggestion
        RejectAllSuggestions = _models.RejectAllSuggestions
        RejectSuggestion = _models.RejectSuggestion
        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item: dict[str, Any]
                if isinstance(actions_item_data, AcceptSuggestion):
                    actions_item = actions_item_data.to_dict()
                else:
                    actions_item = actions_item_data.to_dict()

                actions.append(actions_item)

        bulk_action: dict[str, Any] | Unset
        if isinstance(self.bulk_action, Unset):
            bulk_action = UNSET
        elif isinstance(self.bulk_action, AcceptAllSuggestions):
            bulk_action = self.bulk_action.to_dict()
        else:
            bulk_action = self.bulk_action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actions is not UNSET:
            field_dict["actions"] = actions
        if bulk_action is not UNSET:
            field_dict["bulkAction"] = bulk_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        AcceptAllSuggestions = _models.AcceptAllSuggestions
        AcceptSuggestion = _models.AcceptSuggestion
        RejectAllSuggestions = _models.RejectAllSuggestions
        RejectSuggestion = _models.RejectSuggestion
        d = dict(src_dict)
        _actions = d.pop("actions", UNSET)
        actions: list[AcceptSuggestion | RejectSuggestion] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:

                def _parse_actions_item(data: object) -> AcceptSuggestion | RejectSuggestion:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_type_0 = AcceptSuggestion.from_dict(data)

                        return actions_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_1 = RejectSuggestion.from_dict(data)

                    return actions_item_type_1

                actions_item = _parse_actions_item(actions_item_data)

                actions.append(actions_item)

        def _parse_bulk_action(data: object) -> AcceptAllSuggestions | RejectAllSuggestions | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bulk_action_type_0 = AcceptAllSuggestions.from_dict(data)

                return bulk_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            bulk_action_type_1 = RejectAllSuggestions.from_dict(data)

            return bulk_action_type_1

        bulk_action = _parse_bulk_action(d.pop("bulkAction", UNSET))

        create_ai_entities_auto_discovery_review_body = cls(
            actions=actions,
            bulk_action=bulk_action,
        )

        create_ai_entities_auto_discovery_review_body.additional_properties = d
        return create_ai_entities_auto_discovery_review_body

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
