"""Reading snapshot archives (.tar.gz) safely: the manifest first, then only what it lists.

The archive is read as a stream, once. pyport writes the manifest as the first member, so the
list of files and their sizes is known before any other member is read; each member is then
checked against it before a byte of it is used: a listed, regular file (no link, no device,
no absolute or ".." path, never twice) of exactly the size the manifest lists. The manifest's
sizes must add up to at most `MAX_UNPACKED_BYTES`. A zip bomb, a member the manifest does not
list or a link is thus refused at its header, before its content is decompressed.
"""

from __future__ import annotations

import shutil
import tarfile
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import IO

from pyport.admin._errors import CorruptSnapshotError, SnapshotError, SnapshotNotFoundError
from pyport.admin._files import make_dir, open_new, write_new
from pyport.admin._manifest import MANIFEST_NAME, FileEntry, SnapshotManifest
from pyport.admin._verify import check_manifest_paths, relative_parts

# Whatever a manifest claims, no archive unpacks to more (a forged manifest could list a bomb).
MAX_UNPACKED_BYTES = 256 * 2**30
# A manifest lists files: a few hundred bytes each; 64 MiB is hundreds of thousands of them.
MAX_MANIFEST_BYTES = 64 * 2**20
_CHUNK = 1 << 16


def read_archive(
    archive: Path,
    *,
    on_manifest: Callable[[bytes, SnapshotManifest], None],
    on_file: Callable[[FileEntry, IO[bytes]], None],
) -> SnapshotManifest:
    """Stream `archive`: `on_manifest(raw, manifest)` once, then `on_file(entry, content)` for
    each listed file, in archive order, each checked first (see the module's docstring).

    Raises SnapshotNotFoundError (no archive, a listed file missing), CorruptSnapshotError
    (unreadable, or a member that fails a check) or what the callbacks raise.
    """
    if not archive.is_file():
        raise SnapshotNotFoundError(f"no snapshot at {archive}")
    try:
        with tarfile.open(archive, "r|gz") as tar:
            manifest: SnapshotManifest | None = None
            listed: dict[tuple[str, ...], FileEntry] = {}
            for member in tar:
                parts = _member_parts(archive, member)
                if member.isdir():
                    _check_folder(archive, member, parts, manifest)
                    continue
                if manifest is None:
                    raw, manifest = _read_manifest(archive, tar, member, parts)
                    listed = {relative_parts(f.path, label=archive): f for f in manifest.files}
                    on_manifest(raw, manifest)
                    continue
                entry = listed.pop(parts, None)
                if entry is None:
                    raise CorruptSnapshotError(
                        f"{archive}: member {member.name!r} is not listed in its manifest "
                        "(or is there twice)"
                    )
                if member.size != entry.bytes:
                    raise CorruptSnapshotError(
                        f"{archive}: member {member.name!r} holds {member.size:,} bytes, its "
                        f"manifest lists {entry.bytes:,}"
                    )
                content = tar.extractfile(member)
                if content is None:  # pragma: no cover - isfile() members always have content
                    raise CorruptSnapshotError(f"{archive}: unreadable member {member.name!r}")
                with content:
                    on_file(entry, content)
    except SnapshotError:
        raise
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise CorruptSnapshotError(f"{archive} is not a readable .tar.gz ({exc})") from exc
    if manifest is None:
        raise SnapshotNotFoundError(f"{archive} has no {MANIFEST_NAME}: not a snapshot")
    if listed:
        missing = ", ".join(sorted(e.path for e in listed.values()))
        raise SnapshotNotFoundError(f"{archive}: {missing} is missing")
    return manifest


def _member_parts(archive: Path, member: tarfile.TarInfo) -> tuple[str, ...]:
    name = PurePosixPath(member.name)
    if name.is_absolute() or ".." in name.parts or "\\" in member.name:
        raise CorruptSnapshotError(f"{archive}: member {member.name!r} has an unsafe path")
    if member.issym() or member.islnk():
        raise CorruptSnapshotError(
            f"{archive}: member {member.name!r} is a link (to {member.linkname!r}); a snapshot "
            "holds regular files only"
        )
    if not (member.isfile() or member.isdir()):
        raise CorruptSnapshotError(f"{archive}: member {member.name!r} is not a regular file")
    return name.parts


def _check_folder(
    archive: Path,
    member: tarfile.TarInfo,
    parts: tuple[str, ...],
    manifest: SnapshotManifest | None,
) -> None:
    # A folder member creates nothing. Once the manifest is known, it may only be one that
    # listed files lie in (before it, only "." can come: the manifest is the first file).
    if manifest is None or not parts:
        return
    if not any(PurePosixPath(f.path).parts[: len(parts)] == parts for f in manifest.files):
        raise CorruptSnapshotError(
            f"{archive}: member {member.name!r} is a folder its manifest does not list"
        )


def _read_manifest(
    archive: Path, tar: tarfile.TarFile, member: tarfile.TarInfo, parts: tuple[str, ...]
) -> tuple[bytes, SnapshotManifest]:
    if parts != (MANIFEST_NAME,):
        raise CorruptSnapshotError(
            f"{archive}: its first file is {member.name!r}, not {MANIFEST_NAME}; pyport writes "
            "the manifest first (to use a re-packed snapshot, unpack it and pass the folder)"
        )
    if member.size > MAX_MANIFEST_BYTES:
        raise CorruptSnapshotError(
            f"{archive}: {MANIFEST_NAME} holds {member.size:,} bytes, more than the "
            f"{MAX_MANIFEST_BYTES:,} a manifest may"
        )
    content = tar.extractfile(member)
    if content is None:  # pragma: no cover - isfile() members always have content
        raise CorruptSnapshotError(f"{archive}: unreadable {MANIFEST_NAME}")
    with content:
        raw = content.read()
    manifest = SnapshotManifest.from_json(raw)
    check_manifest_paths(manifest, label=archive)
    total = sum(f.bytes for f in manifest.files)
    if total > MAX_UNPACKED_BYTES:
        raise CorruptSnapshotError(
            f"{archive}: its manifest lists {total:,} bytes of files, more than the "
            f"{MAX_UNPACKED_BYTES:,} pyport unpacks (if it is genuine, unpack it yourself and "
            "pass the folder)"
        )
    return raw, manifest


def unpack(archive: Path, root: Path) -> None:
    """Unpack a snapshot archive into the empty folder `root` (files 0600, folders 0700),
    refusing what `read_archive` refuses; on error, what was written stays for the caller
    to remove with `root`."""

    def manifest(raw: bytes, found: SnapshotManifest) -> None:
        needed = len(raw) + sum(f.bytes for f in found.files)
        free = shutil.disk_usage(root).free
        if needed > free:
            raise SnapshotError(
                f"{archive} unpacks to {needed:,} bytes; {root} has {free:,} free: set TMPDIR "
                "to a roomier place, or unpack it yourself and pass the folder"
            )
        write_new(root / MANIFEST_NAME, raw)

    def file(entry: FileEntry, content: IO[bytes]) -> None:
        target = root.joinpath(*relative_parts(entry.path, label=archive))
        for folder in reversed(target.relative_to(root).parents):
            if folder != Path() and not (root / folder).is_dir():
                make_dir(root / folder)
        written = 0
        with open_new(target) as out:
            while chunk := content.read(_CHUNK):
                written += len(chunk)
                if written > entry.bytes:  # pragma: no cover - tarfile reads member.size bytes
                    raise CorruptSnapshotError(f"{archive}: {entry.path} is larger than listed")
                out.write(chunk)

    read_archive(archive, on_manifest=manifest, on_file=file)
