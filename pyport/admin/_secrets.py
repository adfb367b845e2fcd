"""Secrets in snapshots: replaced by a placeholder on the way in, never written back as one.

Which fields hold secrets is `pyport._logging.is_secret_field`, the rule the logs follow too.
A string or number under such a field, at any depth below it, is replaced by `PLACEHOLDER`
and its path recorded (the manifest's `redacted`). Two exceptions keep snapshots usable:

- keys of `properties`, `relations`, `mirrorProperties`, `calculationProperties` and
  `aggregationProperties` are names a user chose (a blueprint property called "token", a
  webhook mapping of "apiKey"), not secret holders; what lies below them is still checked;
- a value that only refers to a secret held elsewhere (`{{ .secrets.github_token }}`,
  `Bearer {{ .secrets["api-key"] }}`, `{{ .inputs.token }}`) holds none itself and is kept.

A restore never sends a placeholder (`resolve`, then `fill`): where the target holds a value at
the same path, that value is kept; elsewhere the field is left out and the plan says so.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any, TypeAlias

from pyport._logging import is_secret_field
from pyport.admin._errors import RestoreError

Json = dict[str, Any]
SecretPath: TypeAlias = tuple[str | int, ...]

PLACEHOLDER = "[secret left out of the snapshot by pyport]"

_NAME_CONTAINERS = frozenset(
    {
        "properties",
        "relations",
        "mirrorProperties",
        "calculationProperties",
        "aggregationProperties",
    }
)
# `["secret-name"]` inside a template: an index by name, the only quotes a reference may hold.
_NAMED_INDEX = re.compile(r"""\[\s*(["'])[\w.-]+\1\s*\]""")
# An optional auth scheme, then one template without string literals.
_REFERENCE = re.compile(
    r"""\s*(?:(?i:bearer|basic|token|bot|digest|apikey)\s+)?\{\{[^{}"']*\}\}\s*"""
)


def is_reference(value: str) -> bool:
    """Whether `value` is only a template pointing at a secret kept elsewhere (Port's secret
    store, a run's inputs), with at most an auth scheme before it."""
    return _REFERENCE.fullmatch(_NAMED_INDEX.sub("", value)) is not None


def _holds_secret(value: Any) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, str):
        return bool(value) and not is_reference(value)
    return isinstance(value, int | float)


def redact(value: Any) -> tuple[Any, dict[SecretPath, Any]]:
    """A copy with every secret replaced by `PLACEHOLDER`, and the secrets by path."""
    removed: dict[SecretPath, Any] = {}

    def walk(node: Any, where: SecretPath, secret: bool, names: bool) -> Any:
        if isinstance(node, Mapping):
            kept: Json = {}
            for key, item in node.items():
                below = secret or (not names and isinstance(key, str) and is_secret_field(key))
                kept[key] = walk(item, (*where, key), below, key in _NAME_CONTAINERS)
            return kept
        if isinstance(node, list):
            return [walk(item, (*where, i), secret, False) for i, item in enumerate(node)]
        if secret and _holds_secret(node):
            removed[where] = node
            return PLACEHOLDER
        return node

    return walk(value, (), False, False), removed


def path_text(path: SecretPath) -> str:
    """`("invocationMethod", "headers", "X-Api-Key")` → "invocationMethod.headers.X-Api-Key"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


_PATH_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def parse_path(text: str) -> SecretPath:
    """The inverse of `path_text` (for names without ".", "[" or "]")."""
    return tuple(int(index) if index else name for index, name in _PATH_PART.findall(text))


def put_back(obj: Json, paths: list[SecretPath]) -> Json:
    """`obj` with a placeholder at each of `paths` it lacks: how a format-1 snapshot, which
    left secret fields out, reads like a current one (so a restore keeps the target's value
    instead of deleting it). A path whose parent is not there is ignored."""
    result = copy.deepcopy(obj)
    for path in paths:
        parent = _at(result, path[:-1]) if path else None
        if isinstance(parent, dict) and path[-1] not in parent:
            parent[path[-1]] = PLACEHOLDER
    return result


def placeholders(value: Any, where: SecretPath = ()) -> list[SecretPath]:
    """The paths where `value` holds a placeholder."""
    if isinstance(value, Mapping):
        return [p for key, item in value.items() for p in placeholders(item, (*where, key))]
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in placeholders(item, (*where, i))]
    return [where] if value == PLACEHOLDER else []


def _at(value: Any, path: SecretPath) -> Any:
    for part in path:
        in_list = isinstance(part, int) and isinstance(value, list) and 0 <= part < len(value)
        in_mapping = isinstance(part, str) and isinstance(value, Mapping) and part in value
        if not (in_list or in_mapping):
            return None
        value = value[part]
    return value


def resolve(body: Json, current: Json | None) -> tuple[Json, list[SecretPath]]:
    """`body` made safe to write over `current` (the target's object, redacted; None if absent).

    A placeholder stays where `current` has one at the same path: the target holds a secret
    there, which `fill` puts back at write time. Any other placeholder is left out with the
    field holding it (inside a list, the whole list: indices must not shift), and its path is
    returned, so the plan can say what the restore cannot set.
    """
    left_out: list[SecretPath] = []
    for path in placeholders(body):
        if current is not None and _at(current, path) == PLACEHOLDER:
            continue
        first_index = next((i for i, part in enumerate(path) if isinstance(part, int)), len(path))
        cut = path[:first_index]
        if cut and cut not in left_out:
            left_out.append(cut)
    # A field already left out takes what lies below it along.
    left_out = [p for p in left_out if not any(p[: len(q)] == q for q in left_out if q != p)]
    if not left_out:
        return body, []
    result = copy.deepcopy(body)
    for path in left_out:
        parent = _at(result, path[:-1])
        if isinstance(parent, dict):
            parent.pop(path[-1], None)
    return result, left_out


def fill(body: Json, values: Mapping[SecretPath, Any], *, what: str) -> Json:
    """`body` with each placeholder replaced by the target's secret at its path (`values`).

    Raises RestoreError, before anything is sent, where no value is known: a placeholder is
    never written to Port as a header, a password or a webhook secret.
    """
    paths = placeholders(body)
    if not paths:
        return body
    unknown = [path_text(p) for p in paths if p not in values]
    if unknown:
        raise RestoreError(
            f"refusing to write {what}: {', '.join(unknown)} would be sent as pyport's "
            "placeholder for a secret the snapshot does not hold"
        )
    result = copy.deepcopy(body)
    for path in paths:
        parent, last = _at(result, path[:-1]), path[-1]
        if isinstance(parent, dict) or (isinstance(parent, list) and isinstance(last, int)):
            parent[last] = values[path]  # type: ignore[index]
    return result
