"""Backup management: list the snapshots of a directory, prune old ones by simple rules.

A snapshot counts as good only when every file its manifest lists is there with the manifest's
sha256 and parses (the check a restore makes before writing anything), so a damaged snapshot
never stands in for a good one, whatever its size.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO

from pyport.admin import _args
from pyport.admin._archive import read_archive
from pyport.admin._errors import SnapshotError
from pyport.admin._manifest import MANIFEST_NAME, FileEntry, SnapshotManifest
from pyport.admin._snapshot import ARCHIVE_SUFFIXES
from pyport.admin._verify import check_file, check_manifest_paths, check_stream

logger = logging.getLogger("pyport.admin")


@dataclass(frozen=True)
class SnapshotInfo:
    """One entry of a backup directory. `complete` is False for unfinished (.partial),
    damaged or unknown entries; `problem` says why. With `verified`, complete means every
    file matched its manifest's sha256 and parsed; without, only that each file is there at
    its listed size."""

    path: Path
    complete: bool
    size_bytes: int
    archive: bool
    manifest: SnapshotManifest | None = None
    problem: str | None = None
    verified: bool = False

    @property
    def created_at(self) -> datetime | None:
        return self.manifest.created_at if self.manifest is not None else None


class PruneResult(list[Path]):
    """The paths pruned (or, in a dry run, that would be). `kept` are the verified snapshots
    kept; `skipped` the entries that are not verified snapshots (unfinished, damaged, unknown),
    which prune never deletes, each with its `problem`; `newest` the newest verified snapshot,
    which is kept whatever the rules say."""

    def __init__(
        self,
        deleted: list[Path],
        *,
        kept: list[SnapshotInfo],
        skipped: list[SnapshotInfo],
        newest: Path | None = None,
    ) -> None:
        super().__init__(deleted)
        self.kept = kept
        self.skipped = skipped
        self.newest = newest

    def to_text(self) -> str:
        lines = [f"pruned {len(self)}: {', '.join(p.name for p in self) or 'nothing'}"]
        lines.append(f"kept {len(self.kept)}: {', '.join(i.path.name for i in self.kept)}")
        if self.newest is not None:
            lines.append(f"newest verified snapshot (always kept): {self.newest.name}")
        lines.extend(f"skipped {i.path.name}: {i.problem}" for i in self.skipped)
        return "\n".join(lines)


def list_snapshots(directory: str | os.PathLike[str], *, verify: bool = True) -> list[SnapshotInfo]:
    """Every entry of `directory`, oldest snapshot first, then the incomplete or unknown ones.

    With `verify` (the default) each snapshot is read whole and checked against its
    manifest's checksums; `verify=False` only reads manifests and file sizes (quick, but a
    file damaged at the same size passes).
    """
    root = _args.path("list_snapshots", "directory", directory)
    _args.flag("list_snapshots", "verify", verify)
    if not root.is_dir():
        raise ValueError(f"list_snapshots: {root} is not a folder")
    infos = [_inspect(entry, verify=verify) for entry in sorted(root.iterdir())]
    complete = sorted((i for i in infos if i.complete), key=_created)
    return complete + [i for i in infos if not i.complete]


def _created(info: SnapshotInfo) -> datetime:
    created = info.created_at or datetime.min.replace(tzinfo=timezone.utc)
    return created if created.tzinfo else created.replace(tzinfo=timezone.utc)


def _inspect(path: Path, *, verify: bool) -> SnapshotInfo:
    archive = path.is_file() and path.name.endswith(ARCHIVE_SUFFIXES)
    if path.is_symlink():
        # Deleting through a link would delete what it points at, or only the link.
        return SnapshotInfo(path, False, 0, False, problem="a symbolic link, not a snapshot")
    size = _size(path)
    if ".partial" in path.name:
        return SnapshotInfo(path, False, size, archive, problem="unfinished (.partial)")
    try:
        if path.is_dir():
            manifest = _directory_manifest(path, verify=verify)
        elif archive:
            manifest = _archive_manifest(path, verify=verify)
        else:
            return SnapshotInfo(path, False, size, False, problem="not a snapshot")
    except SnapshotError as error:
        return SnapshotInfo(path, False, size, archive, problem=str(error))
    return SnapshotInfo(path, True, size, archive, manifest=manifest, verified=verify)


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _directory_manifest(path: Path, *, verify: bool) -> SnapshotManifest:
    manifest_path = path / MANIFEST_NAME
    if not manifest_path.is_file():
        raise SnapshotError(f"no {MANIFEST_NAME}: not a snapshot")
    manifest = SnapshotManifest.from_json(manifest_path.read_bytes())
    check_manifest_paths(manifest, label=path)
    for entry in manifest.files:
        if verify:
            check_file(path, entry, label=path)
            continue
        file = path / entry.path
        if not file.is_file() or file.stat().st_size != entry.bytes:
            raise SnapshotError(f"{entry.path} is missing or of the wrong size")
    return manifest


def _archive_manifest(path: Path, *, verify: bool) -> SnapshotManifest:
    # Streamed: each member is checked against the manifest (the archive's first member) and,
    # with verify, hashed and parsed as it is read. Nothing is unpacked to disk.
    def ignore(raw: bytes, manifest: SnapshotManifest) -> None:
        del raw, manifest

    def check(entry: FileEntry, content: IO[bytes]) -> None:
        if verify:
            check_stream(entry, content, label=path)

    return read_archive(path, on_manifest=ignore, on_file=check)


def prune_snapshots(
    directory: str | os.PathLike[str],
    *,
    keep_last: int | None = None,
    keep_daily: int | None = None,
    dry_run: bool = False,
) -> PruneResult:
    """Delete the verified snapshots no rule keeps: the `keep_last` newest, and the newest of
    each of the `keep_daily` most recent days (UTC) that have one.

    Every snapshot is first verified the way a restore verifies it (each file's sha256 and
    parse); only verified snapshots count for the rules and only they are ever deleted. The
    newest verified snapshot is always kept, even with `keep_last=0`. Entries that fail
    verification, unfinished or unknown ones are never deleted: they are returned in
    `.skipped`, each with its `problem`, and logged as warnings. Bad arguments raise
    ValueError before anything is read.
    """
    root = _args.path("prune_snapshots", "directory", directory)
    if keep_last is None and keep_daily is None:
        raise ValueError("pass keep_last and/or keep_daily: without a rule every snapshot would go")
    for name, value in (("keep_last", keep_last), ("keep_daily", keep_daily)):
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 0
        ):
            raise ValueError(f"{name} must be a non-negative int, not {value!r}")
    _args.flag("prune_snapshots", "dry_run", dry_run)
    if not root.is_dir():
        raise ValueError(f"prune_snapshots: {root} is not a folder")
    infos = list_snapshots(root, verify=True)
    complete = sorted((i for i in infos if i.complete), key=_created, reverse=True)
    skipped = [i for i in infos if not i.complete]
    newest = complete[0].path if complete else None
    keep: set[Path] = {newest} if newest is not None else set()
    if keep_last:
        keep.update(i.path for i in complete[:keep_last])
    if keep_daily:
        days: set[date] = set()
        for info in complete:
            day = _created(info).astimezone(timezone.utc).date()
            if day not in days and len(days) < keep_daily:
                days.add(day)
                keep.add(info.path)
    doomed = [i.path for i in reversed(complete) if i.path not in keep]
    for info in skipped:
        logger.warning("not pruning %s: %s", info.path, info.problem)
    if not dry_run:
        for path in doomed:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
    kept = [i for i in reversed(complete) if i.path in keep]
    return PruneResult(doomed, kept=kept, skipped=skipped, newest=newest)
