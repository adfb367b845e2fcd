"""Where restore, diff and migrate read an organization from: a live client or a snapshot.

A snapshot is validated whole (manifest, format version, spec, every file's presence, sha256 and
parse) when it is opened, so corrupt input is refused before anything is written anywhere.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pyport.admin._archive import unpack
from pyport.admin._errors import (
    IncompleteSnapshotError,
    SnapshotNotFoundError,
    SpecMismatchError,
)
from pyport.admin._kinds import (
    ENTITIES,
    ORGANIZATION,
    PERMISSIONS,
    Json,
    blueprint_of,
    key_of,
)
from pyport.admin._manifest import MANIFEST_NAME, SnapshotManifest, spec_sha256
from pyport.admin._permissions import read_all, reason
from pyport.admin._progress import Reporter
from pyport.admin._secrets import SecretPath, parse_path, path_text, put_back, redact
from pyport.admin._verify import check_file, check_manifest_paths
from pyport.errors import APIError

if TYPE_CHECKING:
    from pyport._client import PortClient

logger = logging.getLogger("pyport.admin")

# Statuses meaning "this organization (or this token) cannot read that": recorded, not fatal.
UNREADABLE = frozenset({403, 404, 405, 501})
_ORG_LEVEL = frozenset({"teams", "users", "webhooks", "integrations", "secrets", ORGANIZATION})


class Source(Protocol):
    """An organization's content, read-only."""

    scope: frozenset[str] | None
    """The blueprints it covers, or None for a whole organization."""

    def objects(self, kind: str) -> list[Json] | None:
        """Every object of `kind` (redacted), or None when they could not be read."""
        ...

    def skipped(self) -> dict[str, str]:
        """Kinds that could not be read, and why."""
        ...

    def entity_blueprints(self) -> list[str]:
        """The blueprints whose entities this source holds."""
        ...

    def entities(self, blueprint: str) -> Iterator[Json]:
        """The entities of one blueprint, lazily."""
        ...

    def entity_count(self, blueprint: str) -> int:
        """How many entities `entities(blueprint)` yields (for ordering and progress)."""
        ...

    def describe(self) -> str: ...


def in_scope(kind: str, obj: Json, scope: frozenset[str] | None) -> bool:
    if scope is None:
        return True
    if kind == "blueprints":
        return key_of(kind, obj) in scope
    return blueprint_of(kind, obj) in scope


class LiveSource:
    """An organization read through a PortClient, redacted the way a snapshot is.

    The secrets replaced by placeholders stay in memory only (`secret_values`), so that a
    restore into this organization can send back the values it already holds.
    """

    def __init__(self, port: PortClient, *, blueprints: list[str] | None = None) -> None:
        self.port = port
        self.scope = frozenset(blueprints) if blueprints is not None else None
        self._cache: dict[str, list[Json] | None] = {}
        self._skipped: dict[str, str] = {}
        self._secrets: dict[tuple[str, str], dict[SecretPath, Any]] = {}
        self.redacted: list[str] = []

    def __repr__(self) -> str:
        return f"LiveSource({self.port.base_url!r}, blueprints={self.scope!r})"

    def secret_values(self, kind: str, key: str) -> Mapping[SecretPath, Any]:
        """The secrets of one object as read (by path), which its placeholders stand for."""
        return self._secrets.get((kind, key), {})

    def describe(self) -> str:
        return f"the organization at {self.port.base_url}"

    def skipped(self) -> dict[str, str]:
        return dict(self._skipped)

    def refresh(self, kind: str) -> None:
        self._cache.pop(kind, None)

    def objects(self, kind: str) -> list[Json] | None:
        if kind not in self._cache:
            self._cache[kind] = self._read(kind)
        return self._cache[kind]

    def _read(self, kind: str) -> list[Json] | None:
        if self.scope is not None and kind in _ORG_LEVEL:
            self._skipped[kind] = "outside the blueprint selection"
            return None
        if kind == PERMISSIONS:
            # One read per blueprint, action and page already listed (so already in scope).
            return read_all(
                self.port,
                self.objects,
                unreadable=UNREADABLE,
                skipped=self._skipped,
                redacted=self.redacted,
                secrets=self._secrets,
            )
        try:
            found = fetch(self.port, kind)
        except APIError as error:
            if error.status_code not in UNREADABLE:
                raise
            self._skipped[kind] = reason(error)
            logger.info("skipping %s: %s", kind, self._skipped[kind])
            return None
        result: list[Json] = []
        for obj in found:
            if not in_scope(kind, obj, self.scope):
                continue
            clean, removed = redact(obj)
            if removed:
                key = key_of(kind, obj)
                self._secrets[(kind, key)] = removed
                self.redacted.extend(f"{kind}/{key}: {path_text(path)}" for path in removed)
            result.append(clean)
        result.sort(key=lambda o: key_of(kind, o))
        return result

    def entity_blueprints(self) -> list[str]:
        return [key_of("blueprints", b) for b in self.objects("blueprints") or []]

    def entities(self, blueprint: str) -> Iterator[Json]:
        if blueprint not in self.entity_blueprints():
            # The other side's blueprint (a diff walks both sides' blueprints): none here, as
            # a snapshot answers, rather than Port's 404 for an unknown blueprint.
            return iter(())
        return self.port.entities.iter_all(blueprint)

    def entity_count(self, blueprint: str) -> int:
        return count_entities(self.port, blueprint) or 0

    def identifiers(self, blueprint: str, identifiers: list[str]) -> set[str]:
        """Which of `identifiers` exist now in `blueprint`."""
        query = {
            "combinator": "and",
            "rules": [{"property": "$identifier", "operator": "in", "value": identifiers}],
        }
        found = self.port.entities.iter_all(blueprint, query=query)
        return {str(e.get("identifier")) for e in found}


def fetch(port: PortClient, kind: str) -> list[Json]:
    """Every object of a kind, as Port's JSON."""
    found: Sequence[Any]
    if kind == "blueprints":
        found = port.blueprints.list()
    elif kind == "actions":
        found = port.actions.list()
    elif kind == "scorecards":
        found = port.scorecards.list_all()
    elif kind == "pages":
        found = port.pages.list()
    elif kind == "teams":
        found = port.teams.list(fields=["name", "description", "provider", "users.email", "id"])
    elif kind == "users":
        found = port.users.list()
    elif kind == "webhooks":
        found = port.webhooks.list()
    elif kind == "integrations":
        found = port.integrations.list()
    elif kind == "secrets":
        # Port documents no shape for this answer: it stays JSON.
        answer = port.organization.secrets.list()
        secrets = answer.get("secrets") if isinstance(answer, dict) else None
        return [s for s in secrets if isinstance(s, dict)] if isinstance(secrets, list) else []
    elif kind == ORGANIZATION:
        found = [port.organization.get()]
    else:
        raise ValueError(f"unknown kind {kind!r}")
    return [model.to_dict() for model in found]


def count_entities(port: PortClient, blueprint: str) -> int | None:
    """How many entities `blueprint` has, or None when Port's answer holds no number."""
    count = port.entities.count(blueprint)
    return int(count) if isinstance(count, int | float) else None


class SnapshotSource:
    """A validated snapshot directory."""

    def __init__(self, root: Path, manifest: SnapshotManifest, *, label: str) -> None:
        self.root = root
        self.manifest = manifest
        self.scope = frozenset(manifest.blueprints) if manifest.blueprints is not None else None
        self._label = label
        self._by_kind = {f.kind: f for f in manifest.files if f.kind != ENTITIES}
        self._by_blueprint = {f.blueprint: f for f in manifest.files if f.kind == ENTITIES}
        # Format 1 left secret fields out, recorded as "kind/key: path": by kind, then key.
        self._left_out: dict[str, dict[str, list[SecretPath]]] = {}
        for where in manifest.redacted:
            owner, _, path = where.partition(": ")
            kind, _, key = owner.partition("/")
            self._left_out.setdefault(kind, {}).setdefault(key, []).append(parse_path(path))

    def describe(self) -> str:
        return f"the snapshot {self._label}"

    def skipped(self) -> dict[str, str]:
        return dict(self.manifest.skipped)

    def objects(self, kind: str) -> list[Json] | None:
        entry = self._by_kind.get(kind)
        if entry is None:
            return None
        data = json.loads((self.root / entry.path).read_bytes())
        found = list(data) if isinstance(data, list) else [data]
        left_out = self._left_out.get(kind) if self.manifest.format_version < 2 else None
        if left_out:
            found = [put_back(obj, left_out.get(key_of(kind, obj), [])) for obj in found]
        return found

    def entity_blueprints(self) -> list[str]:
        return [bp for bp in self._by_blueprint if bp is not None]

    def entity_count(self, blueprint: str) -> int:
        entry = self._by_blueprint.get(blueprint)
        return entry.count if entry is not None else 0

    def entities(self, blueprint: str) -> Iterator[Json]:
        entry = self._by_blueprint.get(blueprint)
        if entry is None:
            return iter(())
        return _read_jsonl(self.root / entry.path)


def _read_jsonl(path: Path) -> Iterator[Json]:
    with path.open("rb") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


@contextlib.contextmanager
def open_snapshot(
    path: str | os.PathLike[str],
    *,
    allow_spec_mismatch: bool = False,
    reporter: Reporter | None = None,
    warnings: list[str] | None = None,
) -> Iterator[SnapshotSource]:
    """Validate a snapshot (directory or .tar.gz) completely, then yield it as a Source."""
    where = Path(path)
    if ".partial" in where.name:
        raise IncompleteSnapshotError(f"{where} is an unfinished snapshot (.partial)")
    if not where.exists():
        raise SnapshotNotFoundError(f"no snapshot at {where}")
    if where.is_dir():
        yield _validated(where, where, allow_spec_mismatch, reporter, warnings)
        return
    # A private folder (0700), removed with all it holds however unpacking or validating ends.
    with tempfile.TemporaryDirectory(prefix="pyport-snapshot-") as scratch:
        root = Path(scratch)
        unpack(where, root)
        yield _validated(root, where, allow_spec_mismatch, reporter, warnings)


def _validated(
    root: Path,
    label: Path,
    allow_spec_mismatch: bool,
    reporter: Reporter | None,
    warnings: list[str] | None,
) -> SnapshotSource:
    manifest_path = root / MANIFEST_NAME
    if not manifest_path.is_file():
        raise SnapshotNotFoundError(
            f"{label} has no {MANIFEST_NAME}: not a snapshot, or one that never finished"
        )
    manifest = SnapshotManifest.from_json(manifest_path.read_bytes())
    check_manifest_paths(manifest, label=label)
    if manifest.spec_sha256 != spec_sha256():
        message = (
            f"{label} was taken under another Port API spec (sha256 {manifest.spec_sha256[:12]}…, "
            f"this pyport has {spec_sha256()[:12]}…)"
        )
        if not allow_spec_mismatch:
            raise SpecMismatchError(message + ": pass allow_spec_mismatch=True to use it anyway")
        logger.warning("%s", message)
        if warnings is not None:
            warnings.append(message)
    total = len(manifest.files)
    for done, entry in enumerate(manifest.files):
        if reporter is not None:
            reporter("validate", "files", done, total)
        check_file(root, entry, label=label)
    if reporter is not None:
        reporter("validate", "files", total, total)
    return SnapshotSource(root, manifest, label=str(label))
