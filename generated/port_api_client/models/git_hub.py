from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.github_literal import GithubLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="GitHub")


@_attrs_define
class GitHub:
    """
    Attributes:
        type_ (GithubLiteral):
        org (str):
        repo (str):
        workflow (str):
        workflow_inputs (Properties | Unset):
        report_workflow_status (bool | str | Unset):
    """

    type_: GithubLiteral
    org: str
    repo: str
    workflow: str
    workflow_inputs: Properties | Unset = UNSET
    report_workflow_status: bool | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Properties = _models.Properties
        type_ = self.type_.value

        org = self.org

        repo = self.repo

        workflow = self.workflow

        workflow_inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_inputs, Unset):
            workflow_inputs = self.workflow_inputs.to_dict()

        report_workflow_status: bool | str | Unset
        if isinstance(self.report_workflow_status, Unset):
            report_workflow_status = UNSET
        else:
            report_workflow_status = self.report_workflow_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "org": org,
                "repo": repo,
                "workflow": workflow,
            }
        )
        if workflow_inputs is not UNSET:
            field_dict["workflowInputs"] = workflow_inputs
        if report_workflow_status is not UNSET:
            field_dict["reportWorkflowStatus"] = report_workflow_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Properties = _models.Properties
        d = dict(src_dict)
        type_ = GithubLiteral(d.pop("type"))

        org = d.pop("org")

        repo = d.pop("repo")

        workflow = d.pop("workflow")

        _workflow_inputs = d.pop("workflowInputs", UNSET)
        workflow_inputs: Properties | Unset
        if isinstance(_workflow_inputs, Unset):
            workflow_inputs = UNSET
        else:
            workflow_inputs = Properties.from_dict(_workflow_inputs)

        def _parse_report_workflow_status(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        report_workflow_status = _parse_report_workflow_status(d.pop("reportWorkflowStatus", UNSET))

        git_hub = cls(
            type_=type_,
            org=org,
            repo=repo,
            workflow=workflow,
            workflow_inputs=workflow_inputs,
            report_workflow_status=report_workflow_status,
        )

        git_hub.additional_properties = d
        return git_hub

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
