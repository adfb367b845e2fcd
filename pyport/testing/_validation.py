"""JSON Schema validation of request and response bodies against the spec.

Port's schemas use `\\p{L}` (any letter) in patterns, which Python's `re` lacks: such patterns are
rewritten to an equivalent `re` expression (`[^\\W\\d_]` is "a word character that is not a digit or
`_`", i.e. a letter) before jsonschema sees them.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError, best_match

from pyport.testing._spec import Spec

_LETTER = r"[^\W\d_]"
_CLASS = re.compile(r"\[((?:\\.|[^\]\\])*)\]")

IDENTIFIER_MAX = 1000
_IDENTIFIER_EXTRA = frozenset("0123456789@_.+:\\/=-")


def is_valid_identifier(value: str) -> bool:
    """Port's `^(?!\\.{1,2}$)[\\p{L}0-9@_.+:\\\\/=-]+$`, at most 1000 characters."""
    if not value or len(value) > IDENTIFIER_MAX or value in (".", ".."):
        return False
    return all(ch in _IDENTIFIER_EXTRA or ch.isalpha() for ch in value)


def _rewrite_class(match: re.Match[str]) -> str:
    inner = match.group(1)
    if r"\p{L}" not in inner:
        return match.group(0)
    rest = inner.replace(r"\p{L}", "")
    return f"(?:{_LETTER}|[{rest}])" if rest else _LETTER


@functools.lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile an ECMA-style schema pattern with `re`, translating `\\p{L}`."""
    if r"\p{L}" in pattern:
        pattern = _CLASS.sub(_rewrite_class, pattern).replace(r"\p{L}", _LETTER)
    return re.compile(pattern)


def _pattern(
    validator: Any, pattern: str, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if isinstance(instance, str) and not compile_pattern(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


PortValidator: Any = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"pattern": _pattern}
)


def where(error: ValidationError, root: str) -> str:
    parts = [root, *(str(p) for p in error.absolute_path)]
    return "/".join(parts)


class SchemaSet:
    """Validators compiled once per (kind, method, template[, status]), lazily."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._cache: dict[tuple[str, str, str, int], Any] = {}
        self._lock = threading.Lock()

    def _validator(self, schema: Any) -> Any:
        # Local `$ref`s point at `#/components/...`: carry the components inside the root.
        root = dict(schema) if isinstance(schema, Mapping) else {"allOf": [schema]}
        root["components"] = self.spec.components
        return PortValidator(root)

    def request_validator(self, method: str, template: str) -> Any | None:
        key = ("request", method, template, 0)
        try:
            return self._cache[key]
        except KeyError:
            pass
        schema = self.spec.request_schema(method, template)
        validator = None if schema is None else self._validator(schema)
        with self._lock:
            self._cache[key] = validator
        return validator

    def response_validator(self, method: str, template: str, status: int) -> Any | None:
        key = ("response", method, template, status)
        try:
            return self._cache[key]
        except KeyError:
            pass
        schema = self.spec.response_schema(method, template, status)
        validator = None if schema is None else self._validator(schema)
        with self._lock:
            self._cache[key] = validator
        return validator

    def check_request(self, method: str, template: str, body: Any) -> str | None:
        """None when `body` is valid, else a message naming the failing path."""
        validator = self.request_validator(method, template)
        if validator is None or validator.is_valid(body):
            return None
        error = best_match(validator.iter_errors(body))
        if error is None:
            return None
        return f"{where(error, 'body')} {error.message}"

    def check_response(self, method: str, template: str, status: int, body: Any) -> list[str]:
        validator = self.response_validator(method, template, status)
        if validator is None:
            return []
        return [f"{where(e, 'response')} {e.message}" for e in validator.iter_errors(body)]
