"""restore(): make an organization hold a snapshot's content, in dependency order, idempotently.

Order: blueprints without relations → their relations → mirror/calculation/aggregation
properties → entities without relations → their relations → actions, scorecards, pages, teams,
webhooks → permissions (they name teams) → (mirror) deletions: entities first, blueprints last.
Relations may form cycles, hence the two passes. Every object is compared before it is written, so
a re-run writes only what still differs: an interrupted restore is resumed by running it again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyport._cache_policy import fresh_reads
from pyport._surface import call_operation
from pyport.admin import _args
from pyport.admin._errors import RestoreError, StateFileError
from pyport.admin._files import open_replacing
from pyport.admin._kinds import (
    ENTITIES,
    PAGE_PATCHABLE,
    PERMISSIONS,
    RESTORED_KINDS,
    Json,
    entity_body,
    writable,
)
from pyport.admin._manifest import MANIFEST_NAME
from pyport.admin._permissions import split_key, write_permissions
from pyport.admin._plan import (
    ObjectWork,
    RestorePlan,
    Work,
    base_blueprint,
    first_pass,
    make_plan,
)
from pyport.admin._progress import ProgressCallback, Reporter, unwrap_cancel
from pyport.admin._secrets import fill, redact
from pyport.admin._source import LiveSource, Source, open_snapshot
from pyport.errors import ConflictError, NotFoundError

if TYPE_CHECKING:
    from pyport._batch_results import BatchResult
    from pyport._client import PortClient
    from pyport._generated.models import Blueprint

logger = logging.getLogger("pyport.admin")
STATE_VERSION = 1
_SHOWN = 5


@dataclass
class RestoreReport:
    """What a restore planned and did. `applied` counts writes per kind and verb."""

    mode: str
    dry_run: bool
    plan: RestorePlan
    applied: dict[str, dict[str, int]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    resumed: bool = False
    completed_steps: list[str] = field(default_factory=list)

    @property
    def writes(self) -> int:
        return sum(sum(v.values()) for v in self.applied.values())

    def count(self, kind: str, verb: str, n: int = 1) -> None:
        counts = self.applied.setdefault(kind, {"create": 0, "update": 0, "delete": 0})
        counts[verb] += n

    def to_text(self) -> str:
        lines = [self.plan.to_text()]
        if self.dry_run:
            lines.append("dry run: nothing was written")
        else:
            if self.resumed:
                lines.append("resumed an earlier, interrupted restore")
            lines.append(f"applied: {self.writes} writes")
            for kind, counts in self.applied.items():
                shown = ", ".join(f"{n} {verb}d" for verb, n in counts.items() if n)
                if shown:
                    lines.append(f"  {kind}: {shown}")
        lines.extend(f"warning: {w}" for w in self.warnings)
        return "\n".join(lines)


class _Journal:
    """The state file: which steps of this restore are done (written atomically, 0600)."""

    def __init__(self, path: Path | None, source_id: str, mode: str) -> None:
        self.path = path
        self.source_id = source_id
        self.mode = mode
        self.done: list[str] = []
        self.resumed = False
        if path is not None and path.exists():
            self._load(path)

    def _load(self, path: Path) -> None:
        try:
            data = json.loads(path.read_bytes())
        except (ValueError, OSError) as exc:
            raise StateFileError(f"state file {path} is unreadable: {exc}") from exc
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise StateFileError(f"state file {path} is not a pyport restore state file")
        if data.get("source") != self.source_id or data.get("mode") != self.mode:
            raise StateFileError(
                f"state file {path} records a {data.get('mode')} restore of another source; "
                "use another state file, or delete it to start over"
            )
        self.done = [str(s) for s in data.get("done", [])]
        self.resumed = not data.get("complete", False)

    def complete(self, step: str) -> None:
        if step not in self.done:
            self.done.append(step)
        self._save(complete=False)

    def finish(self) -> None:
        self._save(complete=True)

    def _save(self, *, complete: bool) -> None:
        if self.path is None:
            return
        data = {
            "version": STATE_VERSION,
            "source": self.source_id,
            "mode": self.mode,
            "done": self.done,
            "complete": complete,
            "updatedAt": datetime.now(timezone.utc).isoformat(),
        }
        scratch = self.path.with_name(self.path.name + ".tmp")
        with open_replacing(scratch) as out:
            out.write((json.dumps(data, indent=2) + "\n").encode())
        os.replace(scratch, self.path)


def restore(
    port: PortClient,
    source: str | os.PathLike[str],
    *,
    mode: str = "merge",
    dry_run: bool = False,
    state_file: str | os.PathLike[str] | None = None,
    progress: ProgressCallback | None = None,
    allow_spec_mismatch: bool = False,
    concurrency: int = 8,
) -> RestoreReport:
    """Make the organization hold the snapshot at `source` (a directory or .tar.gz).

    `mode="merge"` creates what is missing and updates what differs, deleting nothing
    (blueprints keep properties and relations the snapshot lacks); `mode="mirror"` also deletes
    what the snapshot lacks (within its blueprint selection, if it has one), entities first,
    blueprints last. The snapshot is validated whole first: a corrupt, foreign or incomplete one
    raises a `SnapshotError` before anything is written. `dry_run=True` returns the plan only.

    Objects equal to the snapshot's are not written, so running it again after an interruption
    (the progress callback raising, Ctrl-C, a crash) completes it without duplicating anything;
    `state_file` records the steps completed (0600, in an existing folder).

    Secrets are not in snapshots, placeholders are (see `snapshot`), and a placeholder is never
    written: where the target holds a value at the same place (an action's `X-Api-Key`
    header, a webhook's secret), that value is kept; elsewhere the field is left out (a header
    is not sent, a webhook is created without its secret) and the plan lists it in
    `secrets_left_out`, so a dry run shows what to set by hand afterwards.

    Permissions (of blueprints, actions, pages) are written last, one PATCH per resource whose
    permissions differ. Port cannot delete permissions, so even a mirror keeps settings the
    snapshot lacks (the plan's `notes` name them); permissions of a resource that neither the
    snapshot nor the target holds are skipped with a warning.

    Every argument is checked first: a bad one raises ValueError before any request or write.
    """
    _args.client("restore", "port", port)
    _args.path("restore", "source", source)
    _args.mode("restore", mode)
    _args.flag("restore", "dry_run", dry_run)
    _args.state_file("restore", state_file)
    _args.callback("restore", "progress", progress)
    _args.flag("restore", "allow_spec_mismatch", allow_spec_mismatch)
    _args.count("restore", "concurrency", concurrency, minimum=1)
    report = Reporter(progress)
    warnings: list[str] = []
    with open_snapshot(
        source, allow_spec_mismatch=allow_spec_mismatch, reporter=report, warnings=warnings
    ) as snapshot:
        source_id = hashlib.sha256((snapshot.root / MANIFEST_NAME).read_bytes()).hexdigest()
        return apply(
            port,
            snapshot,
            source_id=source_id,
            mode=mode,
            dry_run=dry_run,
            state_file=state_file,
            report=report,
            warnings=warnings,
            concurrency=concurrency,
        )


def apply(
    port: PortClient,
    source: Source,
    *,
    source_id: str,
    mode: str,
    dry_run: bool,
    state_file: str | os.PathLike[str] | None,
    report: Reporter,
    warnings: list[str],
    concurrency: int,
) -> RestoreReport:
    """Plan against the live target, then (unless a dry run) carry the plan out."""
    target = LiveSource(port, blueprints=sorted(source.scope) if source.scope else None)
    journal = _Journal(Path(state_file) if state_file and not dry_run else None, source_id, mode)
    work = make_plan(source, target, mode=mode, report=report)
    result = RestoreReport(
        mode=mode,
        dry_run=dry_run,
        plan=work.plan,
        warnings=[*warnings, *work.warnings],
        resumed=journal.resumed,
        completed_steps=list(journal.done),
    )
    if dry_run:
        return result
    _Executor(
        port,
        source=source,
        target=target,
        work=work,
        result=result,
        journal=journal,
        report=report,
        concurrency=concurrency,
    ).run()
    journal.finish()
    result.completed_steps = list(journal.done)
    return result


class _Executor:
    def __init__(
        self,
        port: PortClient,
        *,
        source: Source,
        target: LiveSource,
        work: Work,
        result: RestoreReport,
        journal: _Journal,
        report: Reporter,
        concurrency: int,
    ) -> None:
        self.port = port
        self.source = source
        self.target = target
        self.work = work
        self.result = result
        self.journal = journal
        self.report = report
        self.concurrency = concurrency
        self.current = dict(work.current_blueprints)

    def run(self) -> None:
        steps: list[tuple[str, Callable[[], None]]] = [
            ("blueprints:create", self._blueprints_create),
            ("blueprints:relations", self._blueprints_relations),
            ("blueprints:computed", self._blueprints_computed),
            ("entities:first-pass", self._entities_first_pass),
            ("entities:relations", self._entities_second_pass),
        ]
        steps += [(kind, functools.partial(self._objects, kind)) for kind in RESTORED_KINDS]
        steps.append((PERMISSIONS, self._permissions))
        if self.work.plan.mode == "mirror":
            steps += [
                ("delete:entities", self._delete_entities),
                ("delete:objects", self._delete_objects),
                ("delete:blueprints", self._delete_blueprints),
            ]
        with unwrap_cancel():
            for name, step in steps:
                step()
                self.journal.complete(name)
                self.result.completed_steps = list(self.journal.done)

    # blueprints

    def _filled(self, kind: str, key: str, body: Json) -> Json:
        """`body` with the target's own secrets in place of its placeholders (see _secrets)."""
        try:
            return fill(body, self.target.secret_values(kind, key), what=f"{kind} {key!r}")
        except RestoreError as error:
            error.report = self.result
            raise

    def _put_blueprint(self, identifier: str, body: Json) -> None:
        body = self._filled("blueprints", identifier, body)
        try:
            answer = call_operation(self.port, "replace_blueprint", identifier, body=body)
        except (ConflictError, NotFoundError) as error:
            raise self._failed("blueprint", identifier, error) from error
        self._track(identifier, answer)
        self.result.count("blueprints", "update")

    def _track(self, identifier: str, blueprint: Blueprint) -> None:
        # Port's answer holds secrets in clear: compared like the plan's (placeheld) forms.
        self.current[identifier] = writable("blueprints", redact(blueprint.to_dict())[0])

    def _blueprints_create(self) -> None:
        todo = [b for b in self.work.desired_blueprints if b not in self.current]
        for done, identifier in enumerate(todo):
            self.report("write", "blueprints", done, len(todo))
            body = base_blueprint(self.work.desired_blueprints[identifier])
            body = self._filled("blueprints", identifier, body)
            try:
                answer = call_operation(
                    self.port, "create_blueprint", body=body, query={"create_catalog_page": False}
                )
            except ConflictError:
                # Created by an earlier attempt whose answer was lost: read what is there (from
                # Port: what the next writes build on).
                with fresh_reads():
                    answer = self.port.blueprints.get(identifier)
            self._track(identifier, answer)
            self.result.count("blueprints", "create")
        self.report("write", "blueprints", len(todo), len(todo))

    def _blueprints_relations(self) -> None:
        desired = self.work.desired_blueprints
        todo = [
            b
            for b, wanted in desired.items()
            if (self.current[b].get("relations") or {}) != (wanted.get("relations") or {})
        ]
        for done, identifier in enumerate(todo):
            self.report("write", "relations", done, len(todo))
            wanted = desired[identifier]
            body = {**base_blueprint(wanted), "relations": wanted.get("relations") or {}}
            self._put_blueprint(identifier, body)
        self.report("write", "relations", len(todo), len(todo))

    def _blueprints_computed(self) -> None:
        desired = self.work.desired_blueprints
        todo = [b for b, wanted in desired.items() if self.current[b] != wanted]
        for done, identifier in enumerate(todo):
            self.report("write", "blueprints", done, len(todo))
            self._put_blueprint(identifier, desired[identifier])
        self.report("write", "blueprints", len(todo), len(todo))

    # entities

    def _stream(
        self, blueprint: str, wanted: set[str], shape: Callable[[Json], Json]
    ) -> Iterator[Json]:
        for entity in self.source.entities(blueprint):
            if entity.get("identifier") in wanted:
                yield shape(entity)

    def _entities_first_pass(self) -> None:
        failures: list[str] = []
        for blueprint, work in self.work.entities.items():
            if not work.create:
                continue

            def shape(entity: Json, work: Any = work) -> Json:
                return first_pass(entity_body(entity, work.computed), work.first_relations)

            batch = self.port.entities.upsert_many(
                blueprint,
                self._stream(blueprint, work.create, shape),
                create_missing_related_entities=work.create_missing,
                concurrency=self.concurrency,
                progress=self.report.for_batch(
                    "write", ENTITIES, blueprint=blueprint, total=len(work.create)
                ),
            )
            self._tally(blueprint, batch, "create", failures)
        self._raise_for(failures, "creating entities")

    def _entities_second_pass(self) -> None:
        failures: list[str] = []
        for blueprint, work in self.work.entities.items():
            if not work.second_pass:
                continue

            def shape(entity: Json, work: Any = work) -> Json:
                return entity_body(entity, work.computed)

            batch = self.port.entities.upsert_many(
                blueprint,
                self._stream(blueprint, work.second_pass, shape),
                concurrency=self.concurrency,
                progress=self.report.for_batch(
                    "write", "relations", blueprint=blueprint, total=len(work.second_pass)
                ),
            )
            self._tally(blueprint, batch, "update", failures)
        self._raise_for(failures, "writing entities with their relations")

    def _tally(self, blueprint: str, batch: BatchResult, verb: str, failures: list[str]) -> None:
        self.result.count(ENTITIES, verb, len(batch.succeeded))
        failures.extend(f"{blueprint}: {failure}" for failure in batch.failed)

    def _raise_for(self, failures: list[str], doing: str) -> None:
        if failures:
            shown = "; ".join(failures[:_SHOWN])
            more = f" and {len(failures) - _SHOWN} more" if len(failures) > _SHOWN else ""
            raise RestoreError(
                f"{len(failures)} entities failed while {doing}: {shown}{more}. Fix the cause "
                "and run the restore again: it only writes what still differs",
                report=self.result,
            )

    # actions, scorecards, pages, teams, webhooks

    def _objects(self, kind: str) -> None:
        def write(work: ObjectWork, key: str) -> None:
            self._write_object(kind, work, key, create=key not in work.current)

        self._each_write(kind, write)

    def _each_write(self, kind: str, write: Callable[[ObjectWork, str], None]) -> None:
        """`write` every object of `kind` the plan creates or updates, reporting progress."""
        work = self.work.objects.get(kind)
        if work is None:
            return
        todo = [*work.plan.create, *work.plan.update]
        for done, key in enumerate(todo):
            self.report("write", kind, done, len(todo))
            write(work, key)
        self.report("write", kind, len(todo), len(todo))

    def _write_object(self, kind: str, work: ObjectWork, key: str, *, create: bool) -> None:
        body = work.desired[key]
        try:
            if create:
                try:
                    self._create(kind, work, key, body)
                except ConflictError:
                    self._update(kind, work, key, body)
                    create = False
            else:
                try:
                    self._update(kind, work, key, body)
                except NotFoundError:
                    self._create(kind, work, key, body)
                    create = True
        except (ConflictError, NotFoundError) as error:
            raise self._failed(kind, key, error) from error
        self.result.count(kind, "create" if create else "update")

    def _create(self, kind: str, work: ObjectWork, key: str, body: Json) -> None:
        body = self._filled(kind, key, body)
        if kind == "actions":
            call_operation(self.port, "create_action", body=body)
        elif kind == "scorecards":
            call_operation(self.port, "create_scorecard", str(work.blueprints[key]), body=body)
        elif kind == "pages":
            call_operation(self.port, "create_page", body=body)
        elif kind == "teams":
            call_operation(self.port, "create_team", body=body)
        elif kind == "webhooks":
            call_operation(self.port, "create_webhook", body=body)
        else:  # pragma: no cover - RESTORED_KINDS lists the kinds above
            raise ValueError(kind)

    def _update(self, kind: str, work: ObjectWork, key: str, body: Json) -> None:
        if kind != "webhooks":  # a webhook's patch is filled once its settings are compared
            body = self._filled(kind, key, body)
        if kind == "actions":
            call_operation(self.port, "replace_action", key, body=body)
        elif kind == "scorecards":
            blueprint = str(work.blueprints[key])
            call_operation(self.port, "replace_scorecard", blueprint, body["identifier"], body=body)
        elif kind == "pages":
            patch = {k: body[k] for k in PAGE_PATCHABLE if k in body}
            call_operation(self.port, "update_page", key, body=patch)
        elif kind == "teams":
            call_operation(self.port, "replace_team", key, body=body)
        elif kind == "webhooks":
            current = writable("webhooks", work.current.get(key, {}))
            patch = dict(body)
            # Unchanged security settings stay out, so the secret Port holds is kept.
            if patch.get("security") == current.get("security"):
                patch.pop("security", None)
            call_operation(self.port, "update_webhook", key, body=self._filled(kind, key, patch))
        else:  # pragma: no cover - RESTORED_KINDS lists the kinds above
            raise ValueError(kind)

    def _permissions(self) -> None:
        self._each_write(PERMISSIONS, self._write_permissions)

    def _write_permissions(self, work: ObjectWork, key: str) -> None:
        resource, identifier = split_key(key)
        body = self._filled(PERMISSIONS, key, work.desired[key])
        try:
            write_permissions(self.port, resource, identifier, body)
        except NotFoundError as error:
            raise RestoreError(
                f"could not write the permissions of {resource} {identifier!r}: the target "
                f"has no such {resource} (deleted during the restore?): {error}. Run the "
                "restore again: it only writes what still differs",
                report=self.result,
            ) from error
        self.result.count(PERMISSIONS, "create" if key not in work.current else "update")

    def _failed(self, what: str, key: str, error: Exception) -> RestoreError:
        return RestoreError(f"could not write {what} {key!r}: {error}", report=self.result)

    # mirror: deletions, entities first, blueprints last

    def _delete_entities(self) -> None:
        failures: list[str] = []
        for blueprint, work in self.work.entities.items():
            remaining = list(work.extras)
            for _ in range(3):
                if not remaining:
                    break
                # Dependents of what the snapshot lacks are also absent from it (every entity
                # it has was just written as it was), so deleting them too is what a mirror does.
                batch = self.port.entities.delete_many(
                    blueprint,
                    remaining,
                    delete_dependents=True,
                    concurrency=self.concurrency,
                    progress=self.report.for_batch(
                        "delete", ENTITIES, blueprint=blueprint, total=len(remaining)
                    ),
                )
                self.result.count(ENTITIES, "delete", len(batch.succeeded))
                failed = [f.identifier for f in batch.failed if f.identifier]
                # A request fails whole when one identifier is gone (deleted as a dependent).
                with fresh_reads():  # what is left decides the next delete: Port's word
                    remaining = sorted(self.target.identifiers(blueprint, failed)) if failed else []
            failures.extend(f"{blueprint}: {i}" for i in remaining)
        for blueprint in self.work.delete_blueprints:
            self.report("delete", ENTITIES, 0, None, blueprint=blueprint)
            self.port.entities.delete_all(blueprint)
            self.result.count(ENTITIES, "delete")
        self._raise_for(failures, "deleting entities the snapshot lacks")

    def _delete_objects(self) -> None:
        for kind in reversed(RESTORED_KINDS):
            work = self.work.objects.get(kind)
            if work is None or not work.plan.delete:
                continue
            for done, key in enumerate(work.plan.delete):
                self.report("delete", kind, done, len(work.plan.delete))
                try:
                    self._delete(kind, work, key)
                except NotFoundError:
                    continue
                self.result.count(kind, "delete")

    def _delete(self, kind: str, work: ObjectWork, key: str) -> None:
        if kind == "actions":
            self.port.actions.delete(key)
        elif kind == "scorecards":
            identifier = work.current[key].get("identifier", "")
            self.port.scorecards.delete(str(work.blueprints[key]), str(identifier))
        elif kind == "pages":
            self.port.pages.delete(key)
        elif kind == "teams":
            self.port.teams.delete(key)
        elif kind == "webhooks":
            self.port.webhooks.delete(key)

    def _delete_blueprints(self) -> None:
        doomed = self.work.delete_blueprints
        raw = self.work.raw_current_blueprints
        # Relations among the doomed blueprints may form cycles: cut them all first.
        for identifier in doomed:
            blueprint = writable("blueprints", raw[identifier])
            if blueprint != base_blueprint(blueprint):
                body = self._filled("blueprints", identifier, base_blueprint(blueprint))
                call_operation(self.port, "replace_blueprint", identifier, body=body)
        for done, identifier in enumerate(doomed):
            self.report("delete", "blueprints", done, len(doomed))
            try:
                self.port.blueprints.delete(identifier, delete_actions=True)
            except NotFoundError:
                continue
            self.result.count("blueprints", "delete")
        self.report("delete", "blueprints", len(doomed), len(doomed))
