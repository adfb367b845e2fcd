"""Organization utilities: snapshots (backups), restore, diff, migrate, clear, retention.

    from pyport import PortClient
    from pyport.admin import diff, restore, snapshot

    with PortClient() as port:
        snapshot(port, "backups/2026-01-29", archive=True)
        print(restore(port, "backups/2026-01-29.tar.gz", dry_run=True).to_text())
        print(diff("backups/2026-01-29.tar.gz", port).to_text())

Every operation takes a `progress` callback receiving `Progress(phase, kind, done, total)`;
if it raises (or on Ctrl-C) the operation stops, leaving no complete-looking snapshot, or a
restore that a re-run completes.
"""

from __future__ import annotations

from pyport.admin._clear import ClearReport, clear_blueprint
from pyport.admin._diff import KindDiff, SnapshotDiff, diff
from pyport.admin._errors import (
    AdminError,
    ChecksumMismatchError,
    ClearError,
    CorruptSnapshotError,
    IncompleteSnapshotError,
    RestoreError,
    SnapshotError,
    SnapshotNotFoundError,
    SpecMismatchError,
    StateFileError,
    UnsupportedSnapshotError,
)
from pyport.admin._manifest import FORMAT_VERSION, FileEntry, SnapshotManifest
from pyport.admin._migrate import migrate
from pyport.admin._plan import KindPlan, RestorePlan
from pyport.admin._progress import Progress, ProgressCallback
from pyport.admin._restore import RestoreReport, restore
from pyport.admin._retention import PruneResult, SnapshotInfo, list_snapshots, prune_snapshots
from pyport.admin._snapshot import snapshot

__all__ = [
    "FORMAT_VERSION",
    "AdminError",
    "ChecksumMismatchError",
    "ClearError",
    "ClearReport",
    "CorruptSnapshotError",
    "FileEntry",
    "IncompleteSnapshotError",
    "KindDiff",
    "KindPlan",
    "Progress",
    "ProgressCallback",
    "PruneResult",
    "RestoreError",
    "RestorePlan",
    "RestoreReport",
    "SnapshotDiff",
    "SnapshotError",
    "SnapshotInfo",
    "SnapshotManifest",
    "SnapshotNotFoundError",
    "SpecMismatchError",
    "StateFileError",
    "UnsupportedSnapshotError",
    "clear_blueprint",
    "diff",
    "list_snapshots",
    "migrate",
    "prune_snapshots",
    "restore",
    "snapshot",
]
