from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.github_literal import GithubLiteral
from ..types import (
    _present_repr,
    _unfit,
)

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
        workflow_inputs (Properties | None):
        report_workflow_status (bool | str | None):
    """

    type_: GithubLiteral
    org: str
    repo: str
    workflow: str
    workflow_inputs: Properties | None = None
    report_workflow_status: bool | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("GITHUB",),
        "org": lambda v: isinstance(v, str),
        "repo": lambda v: isinstance(v, str),
        "workflow": lambda v: isinstance(v, str),
        "workflowInputs": lambda v: isinstance(v, dict),
        "reportWorkflowStatus": lambda v: isinstance(v, bool) or isinstance(v, str),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "org": "org",
        "repo": "repo",
        "workflow": "workflow",
        "workflow_inputs": "workflowInputs",
        "report_workflow_status": "reportWorkflowStatus",
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
        field_dict["type"] = self.type_.value

        field_dict["org"] = self.org

        field_dict["repo"] = self.repo

        field_dict["workflow"] = self.workflow

        if self.workflow_inputs is not None:
            field_dict["workflowInputs"] = self.workflow_inputs.to_dict()
        elif self._nulls and "workflowInputs" in self._nulls:
            field_dict["workflowInputs"] = None

        if self.report_workflow_status is not None:
            field_dict["reportWorkflowStatus"] = self.report_workflow_status
        elif self._nulls and "reportWorkflowStatus" in self._nulls:
            field_dict["reportWorkflowStatus"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object. A value whose JSON type is not the declared one is kept as sent in
        `additional_properties` (its field stays None), and `to_dict()` writes it back; a
        required field that is missing or does not fit raises KeyError or TypeError."""
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()  # a tuple: nothing is allocated until a null is met
        _type_ = d.pop("type")
        if not isinstance(_type_, str):
            raise _unfit(cls, "type", _type_)
        type_: GithubLiteral = GithubLiteral(_type_)

        _org = d.pop("org")
        if not isinstance(_org, str):
            raise _unfit(cls, "org", _org)
        org: str = _org

        _repo = d.pop("repo")
        if not isinstance(_repo, str):
            raise _unfit(cls, "repo", _repo)
        repo: str = _repo

        _workflow = d.pop("workflow")
        if not isinstance(_workflow, str):
            raise _unfit(cls, "workflow", _workflow)
        workflow: str = _workflow

        _workflow_inputs = d.pop("workflowInputs", None)
        workflow_inputs: Any = None
        if _workflow_inputs is None:
            if "workflowInputs" in src_dict:
                nulls += ("workflowInputs",)
        elif isinstance(_workflow_inputs, dict):
            workflow_inputs = _lazy_models.Properties.from_dict(_workflow_inputs)
        else:
            d["workflowInputs"] = _workflow_inputs

        report_workflow_status = d.pop("reportWorkflowStatus", None)
        if report_workflow_status is None:
            if "reportWorkflowStatus" in src_dict:
                nulls += ("reportWorkflowStatus",)
        elif not (
            isinstance(report_workflow_status, bool) or isinstance(report_workflow_status, str)
        ):
            d["reportWorkflowStatus"] = report_workflow_status
            report_workflow_status = None

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        git_hub = cls.__new__(cls)
        git_hub.type_ = type_
        git_hub.org = org
        git_hub.repo = repo
        git_hub.workflow = workflow
        git_hub.workflow_inputs = workflow_inputs
        git_hub.report_workflow_status = report_workflow_status
        git_hub.additional_properties = d
        git_hub._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
