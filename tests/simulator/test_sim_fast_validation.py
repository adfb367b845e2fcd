"""The simulator's fast property check must agree with jsonschema on every value."""

from __future__ import annotations

from typing import Any

import pytest

from pyport.testing._entities import _PropertiesValidator
from pyport.testing._validation import PortValidator

PROPS: dict[str, Any] = {
    "name": {"type": "string", "minLength": 2, "maxLength": 5, "title": "Name"},
    "slug": {"type": "string", "pattern": "^[a-z]+$", "format": "url"},
    "tier": {"type": "number", "minimum": 0, "maximum": 3},
    "count": {"type": "integer"},
    "flag": {"type": "boolean"},
    "lang": {"type": "string", "enum": ["python", "go"]},
    "level": {"enum": [1, 2, "x"]},
    "meta": {"type": "object"},
    "tags": {"type": "array"},
}
VALUES: list[Any] = [
    None, "", "a", "ab", "abcde", "abcdef", "python", "go", "x", "Go", 0, 1, 1.0, 2, 3, 3.5, -1,
    True, False, {}, {"a": 1}, [], [1], 10**20, float("nan"),
]  # fmt: skip


def _schema(props: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {n: {"anyOf": [{"type": "null"}, p]} for n, p in props.items()},
        "required": required,
        "additionalProperties": False,
    }


@pytest.mark.parametrize("name", sorted(PROPS))
def test_fast_path_agrees_with_jsonschema(name: str) -> None:
    schema = _schema(PROPS, [])
    fast, slow = _PropertiesValidator(schema, PROPS), PortValidator(schema)
    for value in VALUES:
        instance = {name: value}
        assert fast.is_valid(instance) == slow.is_valid(instance), (name, value)


def test_required_unknown_and_unsupported_keywords() -> None:
    schema = _schema(PROPS, ["name"])
    fast, slow = _PropertiesValidator(schema, PROPS), PortValidator(schema)
    for instance in ({}, {"name": "abc"}, {"name": "abc", "nope": 1}, {"tier": 1}, []):
        assert fast.is_valid(instance) == slow.is_valid(instance), instance
    odd = {"list": {"type": "array", "items": {"type": "string"}}}  # jsonschema judges these
    validator = _PropertiesValidator(_schema(odd, []), odd)
    assert validator.is_valid({"list": ["a"]})
    assert not validator.is_valid({"list": [1]})
    assert [e.message for e in validator.iter_errors({"list": [1]})]
