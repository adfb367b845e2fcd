"""The snapshot manifest: what a snapshot holds, under which format and spec, with checksums."""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from pyport._version import __version__
from pyport.admin._errors import CorruptSnapshotError, UnsupportedSnapshotError

FORMAT = "pyport-snapshot"
# 2: secrets are placeholders (version 1 left them out). A pyport that reads only version 1
# must refuse these snapshots rather than send a placeholder to Port as a header's value.
FORMAT_VERSION = 2
MANIFEST_NAME = "manifest.json"
_SHA256 = re.compile(r"[0-9a-f]{64}")


@functools.lru_cache(maxsize=1)
def spec_sha256() -> str:
    """sha256 of the Port API spec this pyport was generated from (shipped with it)."""
    data = importlib.resources.files("pyport._generated").joinpath("_openapi.json").read_bytes()
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class FileEntry:
    """One file of a snapshot: what it holds, how many records, its size and sha256."""

    path: str
    kind: str
    count: int
    bytes: int
    sha256: str
    blueprint: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path,
            "kind": self.kind,
            "count": self.count,
            "bytes": self.bytes,
            "sha256": self.sha256,
        }
        if self.blueprint is not None:
            data["blueprint"] = self.blueprint
        return data

    @classmethod
    def from_dict(cls, data: Any) -> FileEntry:
        if not isinstance(data, dict):
            raise CorruptSnapshotError(f"manifest: a file entry is not an object: {data!r}")
        try:
            entry = cls(
                path=_string(data["path"]),
                kind=_string(data["kind"]),
                count=int(data["count"]),
                bytes=int(data["bytes"]),
                sha256=_string(data["sha256"]),
                blueprint=data.get("blueprint"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CorruptSnapshotError(f"manifest: bad file entry {data!r}: {exc}") from exc
        if entry.count < 0 or entry.bytes < 0 or not _SHA256.fullmatch(entry.sha256):
            raise CorruptSnapshotError(f"manifest: bad file entry {data!r}")
        return entry


@dataclass(frozen=True)
class SnapshotManifest:
    """What `manifest.json` says. `skipped` maps a kind to why it could not be read;
    `redacted` lists where a placeholder stands for a secret ("webhooks/<id>: security.secret";
    in format version 1, the secret fields left out)."""

    created_at: datetime
    spec_sha256: str
    files: tuple[FileEntry, ...]
    counts: dict[str, int]
    organization: dict[str, Any] | None = None
    blueprints: tuple[str, ...] | None = None
    skipped: dict[str, str] = field(default_factory=dict)
    redacted: tuple[str, ...] = ()
    format_version: int = FORMAT_VERSION
    pyport_version: str = __version__

    @property
    def entity_count(self) -> int:
        return sum(f.count for f in self.files if f.kind == "entities")

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "formatVersion": self.format_version,
            "createdAt": self.created_at.astimezone(timezone.utc).isoformat(),
            "pyportVersion": self.pyport_version,
            "spec": {"sha256": self.spec_sha256, "file": "pyport/_generated/_openapi.json"},
            "organization": self.organization,
            "blueprints": list(self.blueprints) if self.blueprints is not None else None,
            "counts": self.counts,
            "skipped": self.skipped,
            "redacted": list(self.redacted),
            "files": [f.to_dict() for f in self.files],
        }

    def to_json(self) -> bytes:
        return (json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n").encode()

    @classmethod
    def from_json(cls, raw: bytes) -> SnapshotManifest:
        """Parse a manifest; UnsupportedSnapshotError for another format or a newer version."""
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise CorruptSnapshotError(f"{MANIFEST_NAME} is not valid JSON: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise UnsupportedSnapshotError(f"{MANIFEST_NAME} is not a {FORMAT} manifest")
        version = data.get("formatVersion")
        if not isinstance(version, int) or isinstance(version, bool):
            raise CorruptSnapshotError(
                f"{MANIFEST_NAME}: formatVersion {version!r} is not a number"
            )
        if version > FORMAT_VERSION:
            raise UnsupportedSnapshotError(
                f"snapshot format version {version} is newer than this pyport reads "
                f"({FORMAT_VERSION}): upgrade pyport (it was written by pyport "
                f"{data.get('pyportVersion', '?')})"
            )
        try:
            created = datetime.fromisoformat(_string(data["createdAt"]).replace("Z", "+00:00"))
            spec = data["spec"]["sha256"]
            files = tuple(FileEntry.from_dict(f) for f in data["files"])
            blueprints = data.get("blueprints")
            return cls(
                created_at=created,
                spec_sha256=_string(spec),
                files=files,
                counts={str(k): int(v) for k, v in dict(data.get("counts") or {}).items()},
                organization=data.get("organization"),
                blueprints=tuple(blueprints) if blueprints is not None else None,
                skipped={str(k): str(v) for k, v in dict(data.get("skipped") or {}).items()},
                redacted=tuple(str(r) for r in data.get("redacted") or ()),
                format_version=version,
                pyport_version=str(data.get("pyportVersion", "")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CorruptSnapshotError(
                f"{MANIFEST_NAME} is missing or has a bad field: {exc}"
            ) from exc


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value
