from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# Nested models come from the package's lazy namespace: cached after the first lookup, which is
# much cheaper than an import statement on every from_dict/to_dict call.
from .. import models as _lazy_models
from ..models.gitlab_literal import GitlabLiteral
from ..types import (
    _present_repr,
    _unfit,
)

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
        default_ref (str | None):
        pipeline_variables (Properties | None):
    """

    type_: GitlabLiteral
    project_name: str
    group_name: str
    default_ref: str | None = None
    pipeline_variables: Properties | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON keys Port sent as null: their fields read None, and to_dict() writes the null back.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # What each field accepts, by JSON key: how a union tells its members apart (types._fit).
    _json_checks: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "type": lambda v: isinstance(v, str) and v in ("GITLAB",),
        "projectName": lambda v: isinstance(v, str),
        "groupName": lambda v: isinstance(v, str),
        "defaultRef": lambda v: isinstance(v, str),
        "pipelineVariables": lambda v: isinstance(v, dict),
    }

    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "project_name": "projectName",
        "group_name": "groupName",
        "default_ref": "defaultRef",
        "pipeline_variables": "pipelineVariables",
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

        field_dict["projectName"] = self.project_name

        field_dict["groupName"] = self.group_name

        if self.default_ref is not None:
            field_dict["defaultRef"] = self.default_ref
        elif self._nulls and "defaultRef" in self._nulls:
            field_dict["defaultRef"] = None

        if self.pipeline_variables is not None:
            field_dict["pipelineVariables"] = self.pipeline_variables.to_dict()
        elif self._nulls and "pipelineVariables" in self._nulls:
            field_dict["pipelineVariables"] = None

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
        type_: GitlabLiteral = GitlabLiteral(_type_)

        _project_name = d.pop("projectName")
        if not isinstance(_project_name, str):
            raise _unfit(cls, "projectName", _project_name)
        project_name: str = _project_name

        _group_name = d.pop("groupName")
        if not isinstance(_group_name, str):
            raise _unfit(cls, "groupName", _group_name)
        group_name: str = _group_name

        default_ref = d.pop("defaultRef", None)
        if default_ref is None:
            if "defaultRef" in src_dict:
                nulls += ("defaultRef",)
        elif not isinstance(default_ref, str):
            d["defaultRef"] = default_ref
            default_ref = None

        _pipeline_variables = d.pop("pipelineVariables", None)
        pipeline_variables: Any = None
        if _pipeline_variables is None:
            if "pipelineVariables" in src_dict:
                nulls += ("pipelineVariables",)
        elif isinstance(_pipeline_variables, dict):
            pipeline_variables = _lazy_models.Properties.from_dict(_pipeline_variables)
        else:
            d["pipelineVariables"] = _pipeline_variables

        # Built without __init__: its keyword call and the default dicts it makes only to be
        # replaced cost more than the fields' own assignments (a large page makes many models).
        git_lab = cls.__new__(cls)
        git_lab.type_ = type_
        git_lab.project_name = project_name
        git_lab.group_name = group_name
        git_lab.default_ref = default_ref
        git_lab.pipeline_variables = pipeline_variables
        git_lab.additional_properties = d
        git_lab._nulls = nulls
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

    # `model["key"]` reads an extra field; without this, `for x in model` would call it with
    # 0, 1, ... (Python's old iteration protocol) and fail with a KeyError.
    __iter__: ClassVar[None] = None
