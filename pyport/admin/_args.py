"""Checking the arguments of the admin utilities, all of them before the first request or write.

A bad argument found half way (a concurrency of 0 once blueprints are created, a progress
callback that is not callable once entities are deleted) leaves an organization half changed;
found first, it costs nothing. Every check raises ValueError naming the function and argument.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

MODES = ("merge", "mirror")


def _fail(where: str, name: str, expected: str, value: object) -> ValueError:
    return ValueError(f"{where}: {name} must be {expected}, not {value!r}")


def client(where: str, name: str, value: object) -> None:
    from pyport._client import PortClient

    if not isinstance(value, PortClient):
        kind = type(value).__name__
        raise _fail(where, name, f"a PortClient (got a {kind})", value)


def flag(where: str, name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise _fail(where, name, "True or False", value)


def count(where: str, name: str, value: object, *, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        expected = "a positive int" if minimum == 1 else f"an int >= {minimum}"
        raise _fail(where, name, expected, value)


def callback(where: str, name: str, value: object) -> None:
    if value is not None and not callable(value):
        raise _fail(where, name, "a callable or None", value)


def mode(where: str, value: object) -> None:
    if value not in MODES:
        raise _fail(where, "mode", "'merge' or 'mirror'", value)


def path(where: str, name: str, value: object) -> Path:
    if not isinstance(value, str | os.PathLike) or not os.fspath(value):
        raise _fail(where, name, "a path (str or os.PathLike)", value)
    return Path(value)


def state_file(where: str, value: object) -> None:
    """None, or a file whose folder exists (the journal is written after the first step)."""
    if value is None:
        return
    where_to = path(where, "state_file", value)
    if where_to.is_dir():
        raise _fail(where, "state_file", "a file, not a folder", value)
    if not where_to.parent.is_dir():
        raise _fail(where, "state_file", "in an existing folder", value)


def blueprints(where: str, value: Any) -> None:
    """None (everything), or a non-empty list of blueprint identifiers."""
    if value is None:
        return
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise _fail(where, "blueprints", "a list of blueprint identifiers or None", value)
    if not value:
        raise _fail(where, "blueprints", "a non-empty list (None selects everything)", value)
    bad = [b for b in value if not isinstance(b, str) or not b]
    if bad:
        raise _fail(where, "blueprints", "a list of non-empty strings", value)
