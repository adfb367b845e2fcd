"""Checking a snapshot's files against its manifest: presence, size, sha256 and parse.

One check, whether the file lies in a folder or streams out of an archive, and whichever asks:
restore, diff and migrate before reading a snapshot, prune before judging one good.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path, PurePosixPath
from typing import IO

from pyport.admin._errors import (
    ChecksumMismatchError,
    CorruptSnapshotError,
    SnapshotNotFoundError,
)
from pyport.admin._manifest import FileEntry, SnapshotManifest


def relative_parts(path: str, *, label: Path | str) -> tuple[str, ...]:
    """The parts of a relative path a manifest lists; CorruptSnapshotError for an unsafe one."""
    relative = PurePosixPath(path)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts or "\\" in path:
        raise CorruptSnapshotError(f"{label}: manifest lists an unsafe path {path!r}")
    return relative.parts


def check_manifest_paths(manifest: SnapshotManifest, *, label: Path | str) -> None:
    """Every listed path safe, none twice, none the manifest's own name."""
    seen: set[tuple[str, ...]] = set()
    for entry in manifest.files:
        parts = relative_parts(entry.path, label=label)
        if parts in seen or parts == ("manifest.json",):
            raise CorruptSnapshotError(f"{label}: manifest lists {entry.path!r} twice")
        seen.add(parts)


def check_file(root: Path, entry: FileEntry, *, label: Path | str) -> None:
    """One file of a snapshot folder, streamed (constant memory for entities)."""
    path = root.joinpath(*relative_parts(entry.path, label=label))
    if path.is_symlink():
        raise CorruptSnapshotError(f"{label}: {entry.path} is a link; a snapshot holds files only")
    if not path.is_file():
        raise SnapshotNotFoundError(f"{label}: {entry.path} is missing")
    with path.open("rb") as stream:
        check_stream(entry, stream, label=label)


def check_stream(entry: FileEntry, stream: IO[bytes], *, label: Path | str) -> None:
    """The content of one listed file: its sha256 and size, then that it parses as its kind."""
    digest = hashlib.sha256()
    size = 0
    if entry.path.endswith(".jsonl"):
        count = 0
        last = b"\n"
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
                raise CorruptSnapshotError(f"{label}: {entry.path} line {number} is not an object")
            count += 1
        _check_digest(entry, digest.hexdigest(), size, label)
        if not last.endswith(b"\n"):
            raise CorruptSnapshotError(f"{label}: {entry.path} is truncated (no final newline)")
        if count != entry.count:
            raise CorruptSnapshotError(
                f"{label}: {entry.path} holds {count} records, the manifest says {entry.count}"
            )
        return
    # One byte past the listed size is enough to know it is not the listed file.
    raw = stream.read(entry.bytes + 1)
    if len(raw) > entry.bytes:
        raise ChecksumMismatchError(
            f"{label}: {entry.path} is larger than the {entry.bytes:,} bytes its manifest lists"
        )
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
