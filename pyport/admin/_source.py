"""Where restore, diff and migrate read an organization from: a live client or a snapshot.

A snapshot is validated whole (manifest, format version, spec, every file's presence, sha256 and
parse) when it is opened, so corrupt input is refused before anything is written anywhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tarfile
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Protocol

from pyport.admin._errors import (
    ChecksumMismatchError,
    CorruptSnapshotError,
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
    redact,
)
from pyport.admin._manifest import MANIFEST_NAME, FileEntry, SnapshotManifest, spec_sha256
from pyport.admin._permissions import read_all, reason
from pyport.admin._progress import Reporter
from pyport.errors import APIError

if TYPE_CHECKING:
    from pyport._client import PortClient

logger = logging.getLogger("pyport.admin")

# Statuses meaning "this organization (or this token) cannot read that": recorded, not fatal.
UNREADABLE = frozenset({403, 404, 405, 501})
_ORG_LEVEL = frozenset({"teams", "users", "webhooks", "integrations", "secrets", ORGANIZATION})
_CHUNK = 1 << 16


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
    """An organization read through a PortClient, redacted the way a snapshot is."""

    def __init__(self, port: PortClient, *, blueprints: list[str] | None = None) -> None:
        self.port = port
        self.scope = frozenset(blueprints) if blueprints is not None else None
        self._cache: dict[str, list[Json] | None] = {}
        self._skipped: dict[str, str] = {}
        self.redacted: list[str] = []

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
            self.redacted.extend(f"{kind}/{key_of(kind, obj)}: {path}" for path in removed)
            result.append(clean)
        result.sort(key=lambda o: key_of(kind, o))
        return result

    def entity_blueprints(self) -> list[str]:
        return [key_of("blueprints", b) for b in self.objects("blueprints") or []]

    def entities(self, blueprint: str) -> Iterator[Json]:
        return self.port.entities.iter_all(blueprint)

    def entity_count(self, blueprint: str) -> int:
        count = self.port.entities.get_blueprint_count(blueprint).count
        return int(count) if isinstance(count, int | float) else 0

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
    data: Any
    if kind == "blueprints":
        data = port.blueprints.list().to_dict().get("blueprints")
    elif kind == "actions":
        data = port.actions.list().to_dict().get("actions")
    elif kind == "scorecards":
        data = port.scorecards.list().to_dict().get("scorecards")
    elif kind == "pages":
        data = port.pages.list().to_dict().get("pages")
    elif kind == "teams":
        from port_api_client.models import Field

        fields = [Field(f) for f in ("name", "description", "provider", "users.email", "id")]
        data = port.teams.list(fields=fields).to_dict().get("teams")
    elif kind == "users":
        data = port.users.list().to_dict().get("users")
    elif kind == "webhooks":
        data = port.webhooks.list().to_dict().get("integrations")
    elif kind == "integrations":
        data = port.integrations.list().to_dict().get("integrations")
    elif kind == "secrets":
        answer = port.organization.list_secrets()
        data = answer.get("secrets") if isinstance(answer, dict) else None
    elif kind == ORGANIZATION:
        organization = port.organization.get().to_dict().get("organization")
        data = [organization] if isinstance(organization, dict) else []
    else:
        raise ValueError(f"unknown kind {kind!r}")
    if not isinstance(data, list):
        return []
    return [item for item in data if isinstance(item, dict)]


class SnapshotSource:
    """A validated snapshot directory."""

    def __init__(self, root: Path, manifest: SnapshotManifest, *, label: str) -> None:
        self.root = root
        self.manifest = manifest
        self.scope = frozenset(manifest.blueprints) if manifest.blueprints is not None else None
        self._label = label
        self._by_kind = {f.kind: f for f in manifest.files if f.kind != ENTITIES}
        self._by_blueprint = {f.blueprint: f for f in manifest.files if f.kind == ENTITIES}

    def describe(self) -> str:
        return f"the snapshot {self._label}"

    def skipped(self) -> dict[str, str]:
        return dict(self.manifest.skipped)

    def objects(self, kind: str) -> list[Json] | None:
        entry = self._by_kind.get(kind)
        if entry is None:
            return None
        data = json.loads((self.root / entry.path).read_bytes())
        return list(data) if isinstance(data, list) else [data]

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
    with tempfile.TemporaryDirectory(prefix="pyport-snapshot-") as scratch:
        root = Path(scratch)
        _extract(where, root)
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


def check_file(root: Path, entry: FileEntry, *, label: Path | str) -> None:
    """Presence, size, sha256 and parse of one file, streamed (constant memory)."""
    relative = PurePosixPath(entry.path)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise CorruptSnapshotError(f"{label}: manifest lists an unsafe path {entry.path!r}")
    path = root.joinpath(*relative.parts)
    if not path.is_file():
        raise SnapshotNotFoundError(f"{label}: {entry.path} is missing")
    digest = hashlib.sha256()
    size = 0
    if entry.path.endswith(".jsonl"):
        count = 0
        last = b"\n"
        with path.open("rb") as stream:
            for number, line in enumerate(stream, start=1):
                digest.update(line)
                size += len(line)
                last = line
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except (ValueError, UnicodeDecodeError) as exc:
                    raise CorruptSnapshotError(
                        f"{label}: {entry.path} line {number} is not JSON ({exc}); the file is "
                        "truncated or damaged"
                    ) from exc
                if not isinstance(record, dict):
                    raise CorruptSnapshotError(
                        f"{label}: {entry.path} line {number} is not an object"
                    )
                count += 1
        _check_digest(entry, digest.hexdigest(), size, label)
        if not last.endswith(b"\n"):
            raise CorruptSnapshotError(f"{label}: {entry.path} is truncated (no final newline)")
        if count != entry.count:
            raise CorruptSnapshotError(
                f"{label}: {entry.path} holds {count} records, the manifest says {entry.count}"
            )
        return
    raw = path.read_bytes()
    digest.update(raw)
    _check_digest(entry, digest.hexdigest(), len(raw), label)
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CorruptSnapshotError(f"{label}: {entry.path} is not valid JSON ({exc})") from exc
    records = data if isinstance(data, list) else [data]
    if not all(isinstance(r, dict) for r in records) or len(records) != entry.count:
        raise CorruptSnapshotError(
            f"{label}: {entry.path} does not hold the {entry.count} objects its manifest lists"
        )


def _check_digest(entry: FileEntry, actual: str, size: int, label: Path | str) -> None:
    if actual != entry.sha256:
        raise ChecksumMismatchError(
            f"{label}: {entry.path} has sha256 {actual[:16]}…, the manifest recorded "
            f"{entry.sha256[:16]}… ({size:,} bytes, expected {entry.bytes:,})"
        )


def _extract(archive: Path, root: Path) -> None:
    """Unpack a snapshot archive: regular files under safe relative paths only."""
    try:
        with tarfile.open(archive, "r:gz") as tar:
            for member in tar:
                name = PurePosixPath(member.name)
                if member.isdir():
                    continue
                if not member.isfile() or name.is_absolute() or ".." in name.parts:
                    raise CorruptSnapshotError(f"{archive}: unexpected member {member.name!r}")
                target = root.joinpath(*name.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                if source is None:
                    raise CorruptSnapshotError(f"{archive}: unreadable member {member.name!r}")
                with source, target.open("wb") as out:
                    shutil.copyfileobj(source, out, _CHUNK)
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise SnapshotNotFoundError(f"no snapshot at {archive}") from exc
        raise CorruptSnapshotError(f"{archive} is not a readable .tar.gz ({exc})") from exc
