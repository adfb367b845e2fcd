"""JSON Schema validation of requests and responses against the spec, with Port's messages.

Port validates with Ajv (through Fastify), so its 422 messages read `body/entities must NOT have
more than 20 items` and `querystring/limit must be <= 1000`: a JSON pointer under the part of the
request, then Ajv's wording. `describe` writes jsonschema's errors that way, never with a Python
repr. Query strings are coerced first, as Fastify's Ajv does (`coerceTypes: "array"`): `5.5` is a
number, `true`/`false` a boolean, a single value an array of one.

Port's schemas use `\\p{L}` (any letter) in patterns, which Python's `re` lacks: such patterns are
rewritten to an equivalent `re` expression (`[^\\W\\d_]` is "a word character that is not a digit or
`_`", i.e. a letter) before jsonschema sees them. `format` is checked for the formats Port's spec
and blueprints use (date-time, date, time, email, uri, url, ipv4, ipv6, uuid); others pass, as
Ajv's unknown formats do.
"""

from __future__ import annotations

import functools
import ipaddress
import json
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError, best_match, relevance

from pyport.testing._spec import Spec

_LETTER = r"[^\W\d_]"
_CLASS = re.compile(r"\[((?:\\.|[^\]\\])*)\]")

IDENTIFIER_MAX = 1000
IDENTIFIER_PATTERN = r"^(?!\.{1,2}$)[\p{L}0-9@_.+:\\/=-]+$"
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


# ECMAScript's classes, which Python's `re` widens to Unicode (`\\d` matches "٣", `\\s` matches
# "\\x1c", `.` matches "\\r"): spelled out, so a pattern accepts what Port's Ajv accepts.
_JS_SPACE = (
    "\\t\\n\\x0b\\x0c\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
)
_JS_IN_CLASS = {"d": "0-9", "w": "A-Za-z0-9_", "s": _JS_SPACE}
_JS_NEGATED = {"D": "0-9", "W": "A-Za-z0-9_", "S": _JS_SPACE}


def _ecma(pattern: str) -> str:
    """`\\d`, `\\w`, `\\s` (and their negations outside classes) and `.` with ECMAScript's
    meaning. Escapes it does not know are left as they are."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt in _JS_IN_CLASS:
                body = _JS_IN_CLASS[nxt]
                out.append(body if in_class else f"[{body}]")
            elif nxt in _JS_NEGATED and not in_class:
                out.append(f"[^{_JS_NEGATED[nxt]}]")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # a "]" first in a class is a literal
                out.append("[]")
                i += 2
                continue
        elif ch == ".":
            ch = "[^\\n\\r\\u2028\\u2029]"
        out.append(ch)
        i += 1
    return "".join(out)


@functools.lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile an ECMA-style schema pattern with `re`, translating `\\p{L}` and the classes
    whose meaning differs."""
    pattern = _ecma(pattern)  # first: the `\\p{L}` rewrite below means Python's `\\W\\d`
    if r"\p{L}" in pattern:
        pattern = _CLASS.sub(_rewrite_class, pattern).replace(r"\p{L}", _LETTER)
    return re.compile(pattern)


def _pattern(
    validator: Any, pattern: str, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if isinstance(instance, str) and not compile_pattern(pattern).search(instance):
        yield ValidationError(f'must match pattern "{pattern}"')


# --- formats, as ajv-formats' "full" mode reads them -------------------------------------------

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[zZ]|[+-]\d{2}:?\d{2})$")
_DATE_TIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[tT ](\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[zZ]|[+-]\d{2}:?\d{2}))$"
)
_EMAIL = re.compile(
    r"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$",
    re.IGNORECASE,
)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*$")
_UUID = re.compile(r"^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$", re.IGNORECASE)
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")


def _is_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_time(value: str) -> bool:
    if not _TIME.match(value):
        return False
    hours, minutes, seconds = value[0:2], value[3:5], value[6:8]
    return int(hours) < 24 and int(minutes) < 60 and int(seconds) <= 60


def _is_date_time(value: str) -> bool:
    match = _DATE_TIME.match(value)
    if match is None or not _is_date(match.group(1)) or not _is_time(match.group(2)):
        return False
    try:  # the offset's range, which the pattern alone lets through
        datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00").replace("t", "T"))
    except ValueError:
        return False
    return True


def _is_uri(value: str) -> bool:
    scheme, sep, rest = value.partition(":")
    return bool(sep) and bool(_SCHEME.match(scheme)) and not _SPACE_OR_CONTROL.search(rest)


def _is_url(value: str) -> bool:
    if _SPACE_OR_CONTROL.search(value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https", "ftp") and bool(parts.hostname)


def _is_ip(version: int) -> Callable[[str], bool]:
    def check(value: str) -> bool:
        try:
            return ipaddress.ip_address(value).version == version
        except ValueError:
            return False

    return check


FORMAT_CHECKS: dict[str, Callable[[str], bool]] = {
    "date-time": _is_date_time,
    "date": _is_date,
    "time": _is_time,
    "email": lambda v: bool(_EMAIL.match(v)),
    "uri": _is_uri,
    "url": _is_url,
    "ipv4": _is_ip(4),
    "ipv6": _is_ip(6),
    "uuid": lambda v: bool(_UUID.match(v)),
}


def _format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    for name, check in FORMAT_CHECKS.items():
        # Non-strings are the `type` keyword's business, as in Ajv.
        checker.checks(name)(functools.partial(_string_format, check))
    return checker


def _string_format(check: Callable[[str], bool], instance: object) -> bool:
    return not isinstance(instance, str) or check(instance)


FORMATS = _format_checker()

_Base: Any = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"pattern": _pattern}
)


def PortValidator(schema: Any) -> Any:
    """A draft 2020-12 validator with Port's patterns and formats."""
    return _Base(schema, format_checker=FORMATS)


# --- Ajv's wording -----------------------------------------------------------------------------


def _pointer(path: Sequence[Any]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _values(values: Sequence[Any], limit: int = 10) -> str:
    shown = ", ".join(json.dumps(v, ensure_ascii=False) for v in values[:limit])
    return shown + (", …" if len(values) > limit else "")


def _number(value: Any) -> str:
    return json.dumps(value)


def _extra_properties(error: ValidationError) -> list[str]:
    instance, schema = error.instance, error.schema
    if not isinstance(instance, dict) or not isinstance(schema, Mapping):
        return []
    declared = set(schema.get("properties", {}))
    patterns = [compile_pattern(p) for p in schema.get("patternProperties", {})]
    return [
        name
        for name in instance
        if name not in declared and not any(p.search(name) for p in patterns)
    ]


def ajv_message(error: ValidationError) -> str:
    """What Ajv says for this failed keyword (without the instance path)."""
    keyword: Any = error.validator
    value: Any = error.validator_value
    instance: Any = error.instance
    if keyword == "type":
        return "must be " + ",".join(value if isinstance(value, list) else [value])
    if keyword == "required":
        missing = [p for p in value if isinstance(instance, dict) and p not in instance]
        return f"must have required property '{missing[0] if missing else value[0]}'"
    if keyword == "additionalProperties":
        extras = _extra_properties(error)
        named = f": {_values(extras)}" if extras else ""
        return f"must NOT have additional properties{named}"
    if keyword == "enum":
        return f"must be equal to one of the allowed values: {_values(list(value))}"
    messages: dict[str, Callable[[], str]] = {
        "const": lambda: "must be equal to constant",
        "minItems": lambda: f"must NOT have fewer than {value} items",
        "maxItems": lambda: f"must NOT have more than {value} items",
        "minLength": lambda: f"must NOT have fewer than {value} characters",
        "maxLength": lambda: f"must NOT have more than {value} characters",
        "minProperties": lambda: f"must NOT have fewer than {value} properties",
        "maxProperties": lambda: f"must NOT have more than {value} properties",
        "minimum": lambda: f"must be >= {_number(value)}",
        "maximum": lambda: f"must be <= {_number(value)}",
        "exclusiveMinimum": lambda: f"must be > {_number(value)}",
        "exclusiveMaximum": lambda: f"must be < {_number(value)}",
        "multipleOf": lambda: f"must be multiple of {_number(value)}",
        "pattern": lambda: f'must match pattern "{value}"',
        "format": lambda: f'must match format "{value}"',
        "anyOf": lambda: "must match a schema in anyOf",
        "oneOf": lambda: "must match exactly one schema in oneOf",
        "not": lambda: "must NOT be valid",
        "uniqueItems": lambda: "must NOT have duplicate items",
        "contains": lambda: "must contain at least 1 valid item(s)",
        "propertyNames": lambda: "property name must be valid",
        "dependentRequired": lambda: "must have the properties its other properties depend on",
        "unevaluatedProperties": lambda: "must NOT have unevaluated properties",
        "unevaluatedItems": lambda: "must NOT have unevaluated items",
        "false": lambda: "boolean schema is false",
    }
    build = messages.get(str(keyword))
    if build is None and value is False:
        build = messages["false"]
    return build() if build is not None else f"must be valid ({keyword})"


def _ruled_out(errors: list[ValidationError]) -> bool:
    """Whether an anyOf/oneOf branch plainly does not apply: it only admits null (how Port writes
    "null means no value"), or its `type` discriminator names another kind."""
    if len(errors) == 1 and errors[0].validator == "type" and errors[0].validator_value == "null":
        return True
    return any(
        e.validator in ("enum", "const") and list(e.relative_path) == ["type"] for e in errors
    )


def _relevant(error: ValidationError) -> ValidationError:
    """Into the one branch of an anyOf/oneOf that applies: its error says what is wrong, "must
    match exactly one schema in oneOf" does not."""
    while error.validator in ("anyOf", "oneOf") and error.context:
        branches: dict[Any, list[ValidationError]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        applying = [errors for errors in branches.values() if not _ruled_out(errors)]
        found = best_match(applying[0]) if len(applying) == 1 else None
        if found is None:
            break
        error = found
    return error


def describe(error: ValidationError, root: str) -> str:
    """`root/json/pointer message`, Fastify's way of reporting an Ajv error."""
    error = _relevant(error)
    return f"{root}{_pointer(list(error.absolute_path))} {ajv_message(error)}"


def first_problem(validator: Any, instance: Any, root: str) -> str | None:
    """None when `instance` is valid, else the most relevant error, described."""
    if validator.is_valid(instance):
        return None
    # The most relevant error at the top, not best_match's guess inside an anyOf/oneOf (which
    # picks a branch that does not apply); `describe` goes into the branch that does.
    errors = list(validator.iter_errors(instance))
    return describe(max(errors, key=relevance), root) if errors else None


# --- query strings -----------------------------------------------------------------------------


class QueryParam(NamedTuple):
    name: str
    schema: Any
    required: bool


_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")


def _coerce_scalar(text: str, types: set[str]) -> Any:
    """Ajv's coercion of one query-string value to the first type it fits."""
    if not types or "string" in types:
        return text
    if types & {"number", "integer"} and _NUMBER.match(text):
        number = float(text)
        return int(number) if number.is_integer() else number
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    if "null" in types and text == "":
        return None
    return text  # not coercible: the type check reports it


class SchemaSet:
    """Validators compiled once per (kind, method, template[, status]), lazily."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._cache: dict[tuple[str, str, str, int], Any] = {}
        self._params: dict[tuple[str, str], list[QueryParam]] = {}
        self._lock = threading.Lock()

    def _validator(self, schema: Any, *, formats: bool = True) -> Any:
        # Local `$ref`s point at `#/components/...`: carry the components inside the root.
        root = dict(schema) if isinstance(schema, Mapping) else {"allOf": [schema]}
        root["components"] = self.spec.components
        return PortValidator(root) if formats else _Base(root)

    def _cached(self, key: tuple[str, str, str, int], build: Callable[[], Any]) -> Any:
        try:
            return self._cache[key]
        except KeyError:
            pass
        validator = build()
        with self._lock:
            self._cache[key] = validator
        return validator

    def request_validator(self, method: str, template: str) -> Any | None:
        def build() -> Any:
            schema = self.spec.request_schema(method, template)
            return None if schema is None else self._validator(schema)

        return self._cached(("request", method, template, 0), build)

    def response_validator(self, method: str, template: str, status: int) -> Any | None:
        def build() -> Any:
            schema = self.spec.response_schema(method, template, status)
            return None if schema is None else self._validator(schema, formats=False)

        return self._cached(("response", method, template, status), build)

    def check_request(self, method: str, template: str, body: Any) -> str | None:
        """None when `body` is valid, else Port's message naming the failing path."""
        validator = self.request_validator(method, template)
        return None if validator is None else first_problem(validator, body, "body")

    def check_response(self, method: str, template: str, status: int, body: Any) -> list[str]:
        validator = self.response_validator(method, template, status)
        if validator is None:
            return []
        return [
            f"response{_pointer(list(e.absolute_path))} {e.message}"
            for e in validator.iter_errors(body)
        ]

    # query strings

    def _resolve(self, schema: Any) -> Any:
        while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if not ref.startswith("#/components/"):
                return schema
            node: Any = self.spec.components
            for part in ref[len("#/components/") :].split("/"):
                node = node.get(part, {}) if isinstance(node, Mapping) else {}
            schema = node
        return schema

    def _types(self, schema: Any) -> set[str]:
        schema = self._resolve(schema)
        if not isinstance(schema, Mapping):
            return set()
        kind = schema.get("type")
        if isinstance(kind, str):
            return {kind}
        if isinstance(kind, list):
            return {str(k) for k in kind}
        found: set[str] = set()
        for key in ("anyOf", "oneOf", "allOf"):
            for branch in schema.get(key) or ():
                found |= self._types(branch)
        if not found and isinstance(schema.get("enum"), list):
            names = {bool: "boolean", int: "number", float: "number", str: "string"}
            found = {names.get(type(v), "string") for v in schema["enum"]}
        return found

    def _items(self, schema: Any) -> Any:
        schema = self._resolve(schema)
        if not isinstance(schema, Mapping):
            return {}
        if "items" in schema:
            return schema["items"]
        for key in ("anyOf", "oneOf"):
            for branch in schema.get(key) or ():
                if "array" in self._types(branch):
                    return self._items(branch)
        return {}

    def query_params(self, method: str, template: str) -> list[QueryParam]:
        key = (method, template)
        found = self._params.get(key)
        if found is not None:
            return found
        op = self.spec.operations.get(key) or {}
        params = []
        for raw in op.get("parameters") or ():
            param = self._resolve(raw)
            if isinstance(param, Mapping) and param.get("in") == "query":
                params.append(
                    QueryParam(
                        str(param["name"]), param.get("schema", {}), bool(param.get("required"))
                    )
                )
        with self._lock:
            self._params[key] = params
        return params

    def coerce_query(self, param: QueryParam, values: list[str]) -> Any:
        types = self._types(param.schema)
        if "array" in types:
            item_types = self._types(self._items(param.schema))
            return [_coerce_scalar(v, item_types) for v in values]
        if len(values) > 1:
            return list(values)  # a repeated scalar: the type check says what it must be
        return _coerce_scalar(values[0], types)

    def query_validator(self, method: str, template: str) -> Any:
        def build() -> Any:
            params = self.query_params(method, template)
            schema = {"type": "object", "properties": {p.name: p.schema for p in params}}
            return self._validator(schema)

        return self._cached(("query", method, template, 0), build)

    def check_query(self, method: str, template: str, query: Mapping[str, list[str]]) -> str | None:
        """None when the query string fits the operation's parameters, else Port's message.

        Parameters the operation does not declare are ignored, as Fastify's default does.
        """
        params = self.query_params(method, template)
        if not params:
            return None
        instance: dict[str, Any] = {}
        for param in params:
            values = query.get(param.name) or query.get(param.name + "[]")
            if values is None:
                if param.required:
                    return f"querystring must have required property '{param.name}'"
                continue
            instance[param.name] = self.coerce_query(param, values)
        if not instance:
            return None
        return first_problem(self.query_validator(method, template), instance, "querystring")
