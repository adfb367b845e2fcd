"""`response_validation="warn"`: each 2xx answer checked against the pinned spec.

How a user learns that Port changed before its spec did. Off by default; when on, the first time
an operation's answer breaks a given rule of its schema a WARNING is logged, and every time it is
counted (`port.spec_mismatches()`). Messages name the rule and where it broke, never the value.
Fields the spec does not declare are not mismatches: Port's spec is incomplete in that direction.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pyport.errors import ConfigurationError

if TYPE_CHECKING:
    import httpx

ResponseValidation = Literal["off", "warn"]
_log = logging.getLogger("pyport")
_INDEX = re.compile(r"/\d+(?=/|$)")


@dataclass(frozen=True)
class SpecMismatch:
    """One way an operation's answers disagreed with the spec, and how often."""

    operation: str
    status: int
    kind: str
    """The schema rule and where it broke: `type=string at /entity/title`."""
    count: int


def check_response_validation(value: object) -> ResponseValidation:
    if value not in ("off", "warn"):
        raise ConfigurationError(f"response_validation must be 'off' or 'warn', not {value!r}")
    return value


class ResponseValidator:
    """Validators compiled once per operation and status; counts shared by threads and tasks."""

    def __init__(self) -> None:
        try:
            from pyport.testing._spec import load_spec
            from pyport.testing._validation import SchemaSet
        except ImportError as exc:  # jsonschema is an optional dependency
            raise ConfigurationError(
                "response_validation='warn' needs jsonschema: pip install 'pyport[validation]'"
            ) from exc
        self._schemas = SchemaSet(load_spec())
        self._counts: Counter[tuple[str, int, str]] = Counter()
        self._lock = threading.Lock()

    def check(self, response: httpx.Response, *, operation: str, path_template: str) -> None:
        if not 200 <= response.status_code < 300 or not response.content:
            return
        method = response.request.method
        validator = self._schemas.response_validator(method, path_template, response.status_code)
        if validator is None:
            return
        try:
            body = response.json()
        except ValueError:
            kinds = ["not JSON"]
        else:
            kinds = sorted(
                {
                    _kind(error)
                    for error in validator.iter_errors(body)
                    # Port's spec closes objects it does not describe fully (`blueprint` on an
                    # entity): an extra field is noise, a wrong or missing one is news.
                    if error.validator != "additionalProperties"
                }
            )
        for kind in kinds:
            key = (operation, response.status_code, kind)
            with self._lock:
                self._counts[key] += 1
                first = self._counts[key] == 1
            if first:
                _log.warning(
                    "Port's %s answer to %s does not match the spec: %s",
                    response.status_code,
                    operation,
                    kind,
                    extra={"pyport_operation": operation, "pyport_mismatch": kind},
                )

    def mismatches(self) -> list[SpecMismatch]:
        with self._lock:
            counts = dict(self._counts)
        return [
            SpecMismatch(operation=op, status=status, kind=kind, count=n)
            for (op, status, kind), n in sorted(counts.items())
        ]


def _kind(error: Any) -> str:
    where = "/" + "/".join(str(p) for p in error.absolute_path)
    where = _INDEX.sub("/*", where) if where != "/" else "/"
    rule = error.validator
    if rule in ("type", "format", "const"):
        rule = f"{rule}={error.validator_value}"
    elif rule == "enum":
        rule = "enum"
    elif rule == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        rule = f"required {missing[0]}" if missing else "required"
    return f"{rule} at {where}"
