"""Reading Port's spec from a path or URL, as YAML 1.2 or JSON, and pinning it by sha256."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEFAULT_SPEC_URL = "https://api.getport.io/swagger/yaml"
REPO_ROOT = Path(__file__).resolve().parents[2]
LOCK_PATH = REPO_ROOT / "openapi" / "spec.lock"


class SpecError(Exception):
    """The spec could not be read or parsed; the message says what and where."""


class _Yaml12Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """A safe loader with YAML 1.2 core-schema scalars.

    YAML 1.1 resolves a bare `=` to the `value` tag, which no safe loader constructs (Port's search
    operators include `=`), and reads yes/no/on/off as booleans. YAML 1.2 does neither.
    """


_DROPPED_TAGS = {"tag:yaml.org,2002:value"}
_Yaml12Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in _DROPPED_TAGS
        # yes/no/on/off are strings in YAML 1.2; true/false keep their own first letters.
        and not (tag == "tag:yaml.org,2002:bool" and str(first).lower() in {"y", "n", "o"})
    ]
    for first, resolvers in _Yaml12Loader.yaml_implicit_resolvers.items()
}


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    # YAML 1.2: a leading zero is not octal (010 is ten); 0o10 is.
    text = str(loader.construct_scalar(node))
    if re.fullmatch(r"[-+]?0[0-9]+", text):
        return int(text, 10)
    return int(yaml.SafeLoader.construct_yaml_int(loader, node))


_Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


@dataclass(frozen=True)
class SpecSource:
    """The bytes of a spec and where they came from."""

    location: str
    content: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    def parse(self) -> dict[str, Any]:
        return parse_spec(self.content, origin=self.location)


def read_spec(location: str | Path, *, timeout: float = 60.0) -> SpecSource:
    """Read a spec from a local path or an http(s) URL."""
    text = str(location)
    if text.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(text, timeout=timeout) as response:
                return SpecSource(text, response.read())
        except OSError as exc:
            raise SpecError(f"could not download {text}: {exc}") from exc
    path = Path(text).expanduser()
    try:
        return SpecSource(str(path), path.read_bytes())
    except OSError as exc:
        raise SpecError(f"could not read {path}: {exc.strerror or exc}") from exc


def parse_spec(content: bytes, *, origin: str = "<bytes>") -> dict[str, Any]:
    """Parse JSON or YAML 1.2 into a dict, with a clear error for anything else."""
    stripped = content.lstrip()
    try:
        if stripped.startswith(b"{"):
            document = json.loads(content)
        else:
            document = yaml.load(content, Loader=_Yaml12Loader)
    except (ValueError, yaml.YAMLError) as exc:
        raise SpecError(f"{origin} is neither valid JSON nor YAML: {exc}") from exc
    if not isinstance(document, dict) or "paths" not in document:
        raise SpecError(f"{origin} is not an OpenAPI document (no top-level 'paths')")
    return document


@dataclass(frozen=True)
class PinnedSource:
    """One spec the client is generated from: its name, where it is served, when, its sha256."""

    name: str
    url: str
    retrieved: str
    sha256: str


@dataclass(frozen=True)
class Lock:
    """openapi/spec.lock: the sources (newest first) and the tools that generated/ was made with."""

    sources: tuple[PinnedSource, ...]
    generator: str
    ruff: str

    def to_toml(self) -> str:
        lines = [
            "# The upstream specs that generated/ was built from, newest first: each operation",
            "# comes from the newest source that has it. Written by `make generate`;",
            "# `make check-generated` regenerates from them and fails if generated/ differs.",
            f'generator = "{self.generator}"',
            f'ruff = "{self.ruff}"',
        ]
        for source in self.sources:
            lines += [
                "",
                "[[sources]]",
                f'name = "{source.name}"',
                f'url = "{source.url}"',
                f'retrieved = "{source.retrieved}"',
                f'sha256 = "{source.sha256}"',
            ]
        return "\n".join(lines) + "\n"


def read_lock(path: Path = LOCK_PATH) -> Lock:
    """The pinned sources and tool versions (a clear SpecError when the file is malformed)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{path} is not a readable spec lock: {exc!r}") from exc
    return parse_lock(text, origin=str(path))


def parse_lock(text: str, *, origin: str = "<lock>") -> Lock:
    """A spec lock's text (as `Lock.to_toml()` writes it) read back."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        data = _legacy_lock(text) if _LEGACY_LOCK.search(text) else tomllib.loads(text)
        sources = tuple(
            PinnedSource(
                name=str(s["name"]),
                url=str(s["url"]),
                retrieved=str(s["retrieved"]),
                sha256=str(s["sha256"]),
            )
            for s in data["sources"]
        )
        if not sources:
            raise KeyError("sources")
        return Lock(sources=sources, generator=str(data["generator"]), ruff=str(data["ruff"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise SpecError(f"{origin} is not a readable spec lock: {exc!r}") from exc


# Before it pinned several sources, the lock was unquoted `key = value` lines for one spec.
_LEGACY_LOCK = re.compile(r"^sha256 = [0-9a-f]{64}$", re.MULTILINE)


def _legacy_lock(text: str) -> dict[str, Any]:
    """A one-source lock of the first format, in the current format's shape (its source: live)."""
    entries = {
        key.strip(): value.strip()
        for key, sep, value in (line.partition("=") for line in text.splitlines())
        if sep and not key.lstrip().startswith("#")
    }
    source = {k: entries[k] for k in ("retrieved", "sha256")} | {"url": entries["source"]}
    return {
        "generator": entries["generator"],
        "ruff": entries["ruff"],
        "sources": [{"name": "live", **source}],
    }


def find_pinned_spec(*, search_dirs: list[Path], pin: PinnedSource) -> SpecSource:
    """Find a pinned spec by sha256 in local directories, else download it from its URL."""
    wanted = pin.sha256
    for directory in search_dirs:
        if not directory.is_dir():
            continue
        for candidate in sorted(directory.rglob("*")):
            if (
                candidate.suffix in {".yaml", ".yml", ".json"}
                and candidate.is_file()
                and hashlib.sha256(candidate.read_bytes()).hexdigest() == wanted
            ):
                return read_spec(candidate)
    source = read_spec(pin.url)
    if source.sha256 != wanted:
        raise SpecError(
            f"{pin.url} now serves a different spec"
            f" (sha256 {source.sha256}, pinned {wanted});"
            " run `make generate SPEC=<path or URL>` to move to it"
        )
    return source


def find_pinned_sources(
    *, search_dirs: list[Path], lock: Lock | None = None
) -> list[tuple[PinnedSource, SpecSource]]:
    """Every pinned source, found locally by sha256 or downloaded, newest first."""
    lock = lock or read_lock()
    return [(pin, find_pinned_spec(search_dirs=search_dirs, pin=pin)) for pin in lock.sources]


def source_name(location: str) -> str:
    """A short name for a spec from where it lives: `port-api-docs-2025-12-30.yaml` → docs,
    Port's live URL → live."""
    if location == DEFAULT_SPEC_URL or "swagger" in location:
        return "live"
    stem = Path(location.split("?", 1)[0]).name.rsplit(".", 1)[0]
    stem = re.sub(r"[-_]?\d{4}-\d{2}-\d{2}$", "", stem)
    stem = re.sub(r"^port[-_]api[-_]?", "", stem)
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "spec"
