"""The admin utilities' exceptions.

::

    PortError
    └── AdminError                       base of the errors below
        ├── SnapshotError                a snapshot cannot be used; raised before any write
        │   ├── SnapshotNotFoundError    the path, its manifest or a file it lists is missing
        │   ├── IncompleteSnapshotError  an unfinished (.partial) snapshot
        │   ├── CorruptSnapshotError     a file that does not parse, or a truncated JSONL file
        │   ├── ChecksumMismatchError    a file whose sha256 is not the manifest's
        │   ├── UnsupportedSnapshotError another format, or a newer format version
        │   └── SpecMismatchError        taken under another Port API spec (allow_spec_mismatch)
        ├── RestoreError                 a restore could not complete (see `.report`)
        │   └── StateFileError           the state file belongs to another restore
        └── ClearError                   a blueprint cannot be cleared as asked
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyport.errors import PortError

if TYPE_CHECKING:
    from pyport.admin._restore import RestoreReport


class AdminError(PortError):
    """Base class of the errors of `pyport.admin`."""


class SnapshotError(AdminError):
    """A snapshot cannot be read or trusted. Raised before anything is written."""


class SnapshotNotFoundError(SnapshotError):
    """The snapshot, its manifest, or a file its manifest lists is missing."""


class IncompleteSnapshotError(SnapshotError):
    """The snapshot was never finished (a crash or a cancel while it was being written)."""


class CorruptSnapshotError(SnapshotError):
    """A file does not parse: bad JSON, a truncated JSONL line, a count that does not match."""


class ChecksumMismatchError(SnapshotError):
    """A file's sha256 differs from the one its manifest recorded."""


class UnsupportedSnapshotError(SnapshotError):
    """Not a pyport snapshot, or one of a newer format version than this pyport reads."""


class SpecMismatchError(SnapshotError):
    """The snapshot was taken under another Port API spec; pass allow_spec_mismatch=True."""


class RestoreError(AdminError):
    """A restore stopped: an object Port refused, or entities that failed. `report` says what
    was done before it stopped (a re-run resumes: it only writes what still differs)."""

    def __init__(self, message: str, *, report: RestoreReport | None = None) -> None:
        super().__init__(message)
        self.report = report


class StateFileError(RestoreError):
    """The state file records a restore of another snapshot or mode."""


class ClearError(AdminError):
    """A blueprint cannot be cleared as asked (other blueprints relate to it)."""
