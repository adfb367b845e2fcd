"""snapshot(): an organization to a directory or one .tar.gz, atomically, secrets left out."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tarfile
import uuid
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyport.admin import _args
from pyport.admin._files import make_dir, make_parents, open_new, write_new
from pyport.admin._fresh import fresh_unless_dry_run
from pyport.admin._kinds import ENTITIES, KINDS, ORGANIZATION, Json, key_of
from pyport.admin._manifest import MANIFEST_NAME, FileEntry, SnapshotManifest, spec_sha256
from pyport.admin._progress import ProgressCallback, Reporter
from pyport.admin._source import LiveSource, count_entities

if TYPE_CHECKING:
    from pyport._client import PortClient

ARCHIVE_SUFFIXES = (".tar.gz", ".tgz")
_PROGRESS_EVERY = 1000


@fresh_unless_dry_run
def snapshot(
    port: PortClient,
    destination: str | os.PathLike[str],
    *,
    archive: bool = False,
    blueprints: Sequence[str] | None = None,
    progress: ProgressCallback | None = None,
) -> SnapshotManifest:
    """Save the organization (or some blueprints) to `destination`, a new directory or .tar.gz.

    Blueprints, entities (one JSONL file per blueprint, streamed: memory stays flat), actions,
    scorecards, pages, the permissions of blueprints, actions and pages, teams, users, webhooks,
    integrations, organization secrets' names and the organization's settings. What the server
    refuses to read (403, 404, 501) is recorded in the manifest's `skipped` (for one resource's
    permissions, under "permissions/<resource>:<identifier>"). Secret values (webhook secrets,
    action headers such as `X-Api-Key`, tokens, passwords: whatever
    `pyport._logging.is_secret_field` names) are never written: a placeholder stands in their
    place and the manifest's `redacted` lists where.

    Files are created 0600 and folders 0700 (the archive too), whatever the umask. The snapshot
    is built in a hidden `.partial` sibling and renamed into place at the end, so an
    interruption (including `progress` raising) leaves nothing that looks complete. Bad
    arguments raise ValueError before any request.
    """
    _args.client("snapshot", "port", port)
    target = _args.path("snapshot", "destination", destination)
    _args.flag("snapshot", "archive", archive)
    _args.blueprints("snapshot", blueprints)
    _args.callback("snapshot", "progress", progress)
    if archive and not target.name.endswith(ARCHIVE_SUFFIXES):
        target = target.with_name(target.name + ".tar.gz")
    if target.exists():
        raise FileExistsError(f"{target} already exists: snapshots are never overwritten")
    source = LiveSource(port, blueprints=list(blueprints) if blueprints is not None else None)
    if blueprints is not None:  # read before anything is written
        known = {key_of("blueprints", b) for b in source.objects("blueprints") or []}
        unknown = sorted(set(blueprints) - known)
        if unknown:
            raise ValueError(f"no such blueprints: {', '.join(unknown)}")
    make_parents(target)
    token = uuid.uuid4().hex[:8]
    scratch = target.parent / f".{target.name}.partial-{token}"
    packed = target.parent / f".{target.name}.partial-{token}.tar.gz"
    try:
        make_dir(scratch)
        manifest = _write(port, source, scratch, Reporter(progress))
        if archive:
            _pack(scratch, packed, manifest)
            os.replace(packed, target)
        else:
            os.replace(scratch, target)
    except BaseException:
        packed.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return manifest


def _write(port: PortClient, source: LiveSource, root: Path, report: Reporter) -> SnapshotManifest:
    files: list[FileEntry] = []
    counts: dict[str, int] = {}
    for done, kind in enumerate(KINDS):
        report("read", kind, done, len(KINDS))
        objects = source.objects(kind)
        if objects is None:
            continue
        counts[kind] = len(objects)
        files.append(_write_json(root, f"{kind}.json", kind, objects))
    report("read", "objects", len(KINDS), len(KINDS))
    entity_total = 0
    names = source.entity_blueprints()
    make_dir(root / ENTITIES)
    for index, blueprint in enumerate(names):
        entry = _write_entities(
            port, source=source, root=root, index=index, blueprint=blueprint, report=report
        )
        entity_total += entry.count
        files.append(entry)
    counts[ENTITIES] = entity_total
    organization = _organization(source.objects(ORGANIZATION))
    manifest = SnapshotManifest(
        created_at=datetime.now(timezone.utc),
        spec_sha256=spec_sha256(),
        files=tuple(files),
        counts=counts,
        organization=organization,
        blueprints=tuple(sorted(source.scope)) if source.scope is not None else None,
        skipped=source.skipped(),
        redacted=tuple(source.redacted),
    )
    write_new(root / MANIFEST_NAME, manifest.to_json())
    return manifest


def _organization(objects: list[Json] | None) -> dict[str, Any] | None:
    if not objects:
        return None
    org = objects[0]
    return {k: org[k] for k in ("id", "name") if k in org} or None


def _write_json(root: Path, name: str, kind: str, objects: list[Json]) -> FileEntry:
    data = (json.dumps(objects, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
    write_new(root / name, data)
    return FileEntry(name, kind, len(objects), len(data), hashlib.sha256(data).hexdigest())


def _slug(identifier: str) -> str:
    # Identifiers may hold "/", ":" or differ only in case: the index keeps names unique.
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", identifier)[:80]


def _write_entities(
    port: PortClient,
    *,
    source: LiveSource,
    root: Path,
    index: int,
    blueprint: str,
    report: Reporter,
) -> FileEntry:
    name = f"{ENTITIES}/{index:04d}-{_slug(blueprint)}.jsonl"
    expected = count_entities(port, blueprint)
    digest = hashlib.sha256()
    size = count = 0
    report("read", ENTITIES, 0, expected, blueprint=blueprint)
    with open_new(root / name) as out:
        for entity in source.entities(blueprint):
            line = (
                json.dumps(entity, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"
            ).encode()
            out.write(line)
            digest.update(line)
            size += len(line)
            count += 1
            if count % _PROGRESS_EVERY == 0:
                report("read", ENTITIES, count, expected, blueprint=blueprint)
    report("read", ENTITIES, count, max(count, expected or 0), blueprint=blueprint)
    return FileEntry(name, ENTITIES, count, size, digest.hexdigest(), blueprint=blueprint)


def _pack(root: Path, archive: Path, manifest: SnapshotManifest) -> None:
    # The manifest goes first: a reader checks every other member against it before using it.
    with open_new(archive) as out, tarfile.open(fileobj=out, mode="w:gz") as tar:
        tar.add(root / MANIFEST_NAME, arcname=MANIFEST_NAME, recursive=False)
        for entry in manifest.files:
            tar.add(root / entry.path, arcname=entry.path, recursive=False)
