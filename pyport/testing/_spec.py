"""Port's OpenAPI document: finding it, loading it once, indexing its operations.

The normalized document ships as JSON inside the generated client
(`pyport/_generated/_openapi.json`).
Until that exists, or when pyport runs from a checkout, Port's own YAML is read from
`PYPORT_SPEC_DIR` (default `../shared/openapi` next to the repository). Operations are matched by
(method, path template), never by component names, so both documents serve.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

SPEC_ENV = "PYPORT_SPEC_DIR"
YAML_NAME = "port-api-live-2026-01-29.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

SpecSource = str | os.PathLike[str] | Mapping[str, Any] | None

_lock = threading.Lock()


class SpecNotFoundError(RuntimeError):
    """No OpenAPI document was found to validate requests against."""


class Spec:
    """An OpenAPI document with its operations indexed by (METHOD, path template)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.components: Any = document.get("components", {})
        self.operations: dict[tuple[str, str], Mapping[str, Any]] = {}
        for template, item in document.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    self.operations[(method.upper(), template)] = item[method]

    def request_schema(self, method: str, template: str) -> Any | None:
        op = self.operations.get((method, template))
        if op is None:
            return None
        content = (op.get("requestBody") or {}).get("content") or {}
        return (content.get("application/json") or {}).get("schema")

    def response_schema(self, method: str, template: str, status: int) -> Any | None:
        op = self.operations.get((method, template))
        if op is None:
            return None
        response = (op.get("responses") or {}).get(str(status))
        if not response:
            return None
        content = response.get("content") or {}
        return (content.get("application/json") or {}).get("schema")


def _yaml_load(path: Path) -> Any:
    import yaml

    # YAML 1.2 reading: `=` (a search operator) must stay a string, not YAML 1.1's value tag.
    class Loader(yaml.CSafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:value"]
        for key, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
    }
    with path.open("rb") as fh:
        return yaml.load(fh, Loader=Loader)


def _load_path(path: Path) -> Any:
    if path.suffix in (".yaml", ".yml"):
        return _yaml_load(path)
    with path.open("rb") as fh:
        return json.load(fh)


def _candidates() -> list[Path]:
    found: list[Path] = []
    try:
        packaged = importlib.resources.files("pyport._generated") / "_openapi.json"
        if packaged.is_file():
            found.append(Path(str(packaged)))
    except (ModuleNotFoundError, TypeError):
        pass
    env = os.environ.get(SPEC_ENV)
    if env:
        found.append(Path(env) / YAML_NAME)
    repo = Path(__file__).resolve().parents[2]
    found.append(repo / "generated" / "port_api_client" / "_openapi.json")
    found.append(repo.parent / "shared" / "openapi" / YAML_NAME)
    return found


@functools.lru_cache(maxsize=8)
def _load_cached(path: str) -> Spec:
    return Spec(_load_path(Path(path)))


def load_spec(source: SpecSource = None) -> Spec:
    """Load (once per path) the spec from `source`, or from the first place it is found."""
    if isinstance(source, Mapping):
        return Spec(source)
    with _lock:
        if source is not None:
            return _load_cached(str(Path(source).resolve()))
        for path in _candidates():
            if path.is_file():
                return _load_cached(str(path))
    raise SpecNotFoundError(
        "Port's OpenAPI document was not found: install pyport with its generated client "
        f"(pyport/_generated/_openapi.json), set {SPEC_ENV}, pass spec=..., "
        "or turn validation off with validate_requests=False"
    )
