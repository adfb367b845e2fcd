"""Backup management: list the snapshots of a directory, prune old ones by simple rules."""

from __future__ import annotations

import logging
import os
import shutil
import tarfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from pyport.admin._errors import SnapshotError
from pyport.admin._manifest import MANIFEST_NAME, SnapshotManifest
from pyport.admin._snapshot import ARCHIVE_SUFFIXES

logger = logging.getLogger("pyport.admin")


@dataclass(frozen=True)
class SnapshotInfo:
    """One entry of a backup directory. `complete` is False for unfinished (.partial),
    damaged or unknown entries; `problem` says why."""

    path: Path
    complete: bool
    size_bytes: int
    archive: bool
    manifest: SnapshotManifest | None = None
    problem: str | None = None

    @property
    def created_at(self) -> datetime | None:
        return self.manifest.created_at if self.manifest is not None else None


class PruneResult(list[Path]):
    """The paths pruned (or, in a dry run, that would be). `kept` are the snapshots kept;
    `skipped` the incomplete or unknown entries, which prune never deletes."""

    def __init__(
        self, deleted: list[Path], *, kept: list[SnapshotInfo], skipped: list[SnapshotInfo]
    ) -> None:
        super().__init__(deleted)
        self.kept = kept
        self.skipped = skipped


def list_snapshots(directory: str | os.PathLike[str]) -> list[SnapshotInfo]:
    """Every entry of `directory`, oldest snapshot first, then the incomplete or unknown ones."""
    root = Path(directory)
    infos = [_inspect(entry) for entry in sorted(root.iterdir())]
    complete = sorted((i for i in infos if i.complete), key=_created)
    return complete + [i for i in infos if not i.complete]


def _created(info: SnapshotInfo) -> datetime:
    created = info.created_at or datetime.min.replace(tzinfo=timezone.utc)
    return created if created.tzinfo else created.replace(tzinfo=timezone.utc)


def _inspect(path: Path) -> SnapshotInfo:
    archive = path.is_file() and path.name.endswith(ARCHIVE_SUFFIXES)
    size = _size(path)
    if ".partial" in path.name:
        return SnapshotInfo(path, False, size, archive, problem="unfinished (.partial)")
    try:
        if path.is_dir():
            manifest = _directory_manifest(path)
        elif archive:
            manifest = _archive_manifest(path)
        else:
            return SnapshotInfo(path, False, size, False, problem="not a snapshot")
    except SnapshotError as error:
        return SnapshotInfo(path, False, size, archive, problem=str(error))
    return SnapshotInfo(path, True, size, archive, manifest=manifest)


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _directory_manifest(path: Path) -> SnapshotManifest:
    manifest_path = path / MANIFEST_NAME
    if not manifest_path.is_file():
        raise SnapshotError(f"no {MANIFEST_NAME}: not a snapshot")
    manifest = SnapshotManifest.from_json(manifest_path.read_bytes())
    for entry in manifest.files:
        file = path / entry.path
        if not file.is_file() or file.stat().st_size != entry.bytes:
            raise SnapshotError(f"{entry.path} is missing or of the wrong size")
    return manifest


def _archive_manifest(path: Path) -> SnapshotManifest:
    try:
        with tarfile.open(path, "r:gz") as tar:
            sizes = {m.name: m.size for m in tar.getmembers() if m.isfile()}
            stream = tar.extractfile(MANIFEST_NAME) if MANIFEST_NAME in sizes else None
            if stream is None:
                raise SnapshotError(f"no {MANIFEST_NAME}: not a snapshot")
            manifest = SnapshotManifest.from_json(stream.read())
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise SnapshotError(f"unreadable archive ({exc})") from exc
    for entry in manifest.files:
        if sizes.get(entry.path) != entry.bytes:
            raise SnapshotError(f"{entry.path} is missing or of the wrong size")
    return manifest


def prune_snapshots(
    directory: str | os.PathLike[str],
    *,
    keep_last: int | None = None,
    keep_daily: int | None = None,
    dry_run: bool = False,
) -> PruneResult:
    """Delete the complete snapshots no rule keeps: the `keep_last` newest, and the newest of
    each of the `keep_daily` most recent days (UTC) that have one. Incomplete or unknown entries
    are never deleted: they are returned in `.skipped` (and logged as warnings)."""
    if keep_last is None and keep_daily is None:
        raise ValueError("pass keep_last and/or keep_daily: without a rule every snapshot would go")
    for name, value in (("keep_last", keep_last), ("keep_daily", keep_daily)):
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 0
        ):
            raise ValueError(f"{name} must be a non-negative int, not {value!r}")
    infos = list_snapshots(directory)
    complete = sorted((i for i in infos if i.complete), key=_created, reverse=True)
    skipped = [i for i in infos if not i.complete]
    keep: set[Path] = set()
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
    return PruneResult(doomed, kept=kept, skipped=skipped)
