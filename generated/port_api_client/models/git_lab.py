from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _models
from ..models.gitlab_literal import GitlabLiteral
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties import Properties


T = TypeVar("T", bound="GitLab")


@_attrs_define
class GitLab:
    """
    Attributes:
        type_ (GitlabLiteral):
        project_name (str):
        group_name (str):
        default_ref (str | Unset):
        pipeline_variables (Properties | Unset):
    """

    type_: GitlabLiteral
    project_name: str
    group_name: str
    default_ref: str | Unset = UNSET
    pipeline_variables: Properties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Properties = _models.Properties
        type_ = self.type_.value

        project_name = self.project_name

        group_name = self.group_name

        default_ref = self.default_ref

        pipeline_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pipeline_variables, Unset):
            pipeline_variables = self.pipeline_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "projectName": project_name,
                "groupName": group_name,
            }
        )
        if default_ref is not UNSET:
            field_dict["defaultRef"] = default_ref
        if pipeline_variables is not UNSET:
            field_dict["pipelineVariables"] = pipeline_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        Properties = _models.Properties
        d = dict(src_dict)
        type_ = GitlabLiteral(d.pop("type"))

        project_name = d.pop("projectName")

        group_name = d.pop("groupName")

        default_ref = d.pop("defaultRef", UNSET)

        _pipeline_variables = d.pop("pipelineVariables", UNSET)
        pipeline_variables: Properties | Unset
        if isinstance(_pipeline_variables, Unset):
            pipeline_variables = UNSET
        else:
            pipeline_variables = Properties.from_dict(_pipeline_variables)

        git_lab = cls(
            type_=type_,
            project_name=project_name,
            group_name=group_name,
            default_ref=default_ref,
            pipeline_variables=pipeline_variables,
        )

        git_lab.additional_properties = d
        return git_lab

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
