"""Organization work over `pyport.admin`: `backup create|restore|diff|list|prune`, `migrate`,
`clear`. A progress bar per phase on a terminal; plans and reports list identifiers."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pyport.cli._exit import FAILED, INTERRUPTED, CliError
from pyport.cli._output import emit
from pyport.cli._progress import progress_bars
from pyport.cli._state import Globals, get_globals, global_options, refuse_without_terminal

if TYPE_CHECKING:
    from pyport._client import PortClient
    from pyport.admin import RestorePlan, RestoreReport, SnapshotDiff

LIVE = "live"
PROFILE_PREFIX = "profile:"
ARCHIVE_SUFFIXES = (".tar.gz", ".tgz")


def _ids(values: Any) -> list[str]:
    return sorted(str(v) for v in values)


def plan_changes(plan: RestorePlan) -> dict[str, dict[str, list[str]]]:
    """The plan as {kind or "entities:<blueprint>": {create, update, delete}}, non-empty only:
    the same shape `diff_changes` gives a diff, so a dry run and a diff can be compared."""
    changes: dict[str, dict[str, list[str]]] = {}
    parts = [*plan.kinds.items(), *((f"entities:{b}", p) for b, p in plan.entities.items())]
    for kind, part in parts:
        if part.writes:
            changes[kind] = {
                "create": _ids(part.create),
                "update": _ids(part.update),
                "delete": _ids(part.delete),
            }
    return changes


def diff_changes(result: SnapshotDiff) -> dict[str, dict[str, list[str]]]:
    """What it takes to make side a hold side b: b's extra objects created, a's deleted."""
    return {
        kind: {
            "create": _ids(part.added),
            "update": _ids(part.changed),
            "delete": _ids(part.removed),
        }
        for kind, part in result.kinds.items()
        if not part.is_empty
    }


def plan_json(plan: RestorePlan) -> dict[str, Any]:
    return {
        "mode": plan.mode,
        "writes": plan.writes,
        "changes": plan_changes(plan),
        "unchanged": {
            **{kind: p.unchanged for kind, p in plan.kinds.items()},
            **{f"entities:{b}": p.unchanged for b, p in plan.entities.items()},
        },
        "not_restored": plan.not_restored,
        "notes": plan.notes,
        "secrets_left_out": plan.secrets_left_out,
    }


def report_json(report: RestoreReport) -> dict[str, Any]:
    return {
        "dry_run": report.dry_run,
        "plan": plan_json(report.plan),
        "applied": report.applied,
        "writes": report.writes,
        "resumed": report.resumed,
        "warnings": report.warnings,
    }


@contextmanager
def _stopping(how_to_resume: str) -> Iterator[None]:
    """Ctrl-C (or a cancelled batch) as one line saying how to resume."""
    from pyport.errors import BatchCancelled

    try:
        yield
    except (KeyboardInterrupt, BatchCancelled):
        raise CliError(f"interrupted: {how_to_resume}", code=INTERRUPTED) from None


def _client_for(spec: str, state: Globals) -> Any:
    """A side of a diff: `live` (this profile), `profile:NAME`, or a snapshot path."""
    from pyport._client import PortClient

    if spec == LIVE:
        return PortClient(
            profile=state.profile,
            region=state.region,
            base_url=state.base_url,
            user_agent_suffix="pyport-cli",
        )
    if spec.startswith(PROFILE_PREFIX):
        return _named_profile_client(spec[len(PROFILE_PREFIX) :])
    return spec


def _named_profile_client(profile: str, base_url: str | None = None) -> PortClient:
    """The other organization of a diff or a migration, by its profile alone.

    The PORT_* environment describes the organization the command works on (the source): if it
    also reached this client, it would beat the profile (flags > environment > profile) and the
    "other" organization would be the source itself.
    """
    import os

    from pyport._client import PortClient

    environ = {k: v for k, v in os.environ.items() if not k.startswith("PORT_")}
    return PortClient(
        profile=profile, base_url=base_url, environ=environ, user_agent_suffix="pyport-cli"
    )


@click.group("backup")
@global_options
def backup() -> None:
    """Snapshots of an organization: create, restore, diff, list, prune.

    \b
    Example:
      pyport backup create backups/nightly --archive
      pyport backup restore backups/nightly.tar.gz --dry-run
    """


@backup.command("create")
@click.argument("destination", required=False)
@click.option("--archive", is_flag=True, help="One .tar.gz file instead of a folder.")
@click.option(
    "--blueprint",
    "blueprints",
    multiple=True,
    metavar="BLUEPRINT",
    help="Only these blueprints and what belongs to them (repeat).",
)
@global_options
def create(destination: str | None, archive: bool, blueprints: tuple[str, ...]) -> None:
    """Save the organization (or some blueprints) to a new folder or .tar.gz.

    Secrets are never written (placeholders, listed in the manifest). An interruption leaves
    nothing that looks complete: run the command again.

    \b
    Example:
      pyport backup create backups/$(date +%F) --archive
    """
    from pyport import admin

    state = get_globals()
    target = Path(destination or time.strftime("pyport-backup-%Y%m%dT%H%M%SZ", time.gmtime()))
    if archive and not target.name.endswith(ARCHIVE_SUFFIXES):
        target = target.with_name(target.name + ".tar.gz")
    with (
        state.client() as port,
        progress_bars(state) as bars,
        _stopping(f"nothing was kept; run the same command again ({target} was not created)"),
    ):
        manifest = admin.snapshot(
            port,
            target,
            archive=archive,
            blueprints=list(blueprints) or None,
            progress=bars.admin,
        )
    files = len(manifest.files)
    text = (
        f"snapshot {target}: {files} files, {manifest.entity_count} entities, "
        f"{len(manifest.redacted)} secrets redacted"
    )
    emit(
        state,
        {
            "path": str(target),
            "entities": manifest.entity_count,
            "files": files,
            "counts": manifest.counts,
            "skipped": manifest.skipped,
            "redacted": list(manifest.redacted),
        },
        text=text,
    )


def _print_report(state: Globals, report: RestoreReport) -> None:
    emit(state, report_json(report), text=report.to_text())


@backup.command("restore")
@click.argument("source")
@click.option(
    "--mode",
    type=click.Choice(["merge", "mirror"]),
    default="merge",
    show_default=True,
    help="merge: create and update only; mirror: also delete what the snapshot lacks.",
)
@click.option("--dry-run", is_flag=True, help="Print the plan (with identifiers); write nothing.")
@click.option("--state-file", metavar="PATH", help="Record finished steps here (to resume).")
@click.option(
    "--allow-spec-mismatch",
    is_flag=True,
    help="Restore a snapshot taken by a pyport built from another Port spec.",
)
@click.option("--concurrency", type=click.IntRange(1, 32), default=8, show_default=True)
@global_options
def restore(
    *,
    source: str,
    mode: str,
    dry_run: bool,
    state_file: str | None,
    allow_spec_mismatch: bool,
    concurrency: int,
) -> None:
    """Make the organization hold a snapshot (--mode mirror deletes; asks first).

    The snapshot is checked whole before anything is written; running it again completes an
    interrupted restore without writing anything twice.

    \b
    Example:
      pyport backup restore backups/nightly.tar.gz --dry-run -o json
      pyport backup restore backups/nightly.tar.gz --mode mirror --yes
    """
    from pyport import admin

    state = get_globals()
    if mode == "mirror" and not dry_run:
        refuse_without_terminal(state, f"mirror {source}, deleting what it lacks?")
    again = "run the same command again to finish (done steps are not redone)"
    with state.client() as port, progress_bars(state) as bars, _stopping(again):
        report = admin.restore(
            port,
            source,
            mode=mode,
            dry_run=dry_run,
            state_file=state_file,
            progress=bars.admin,
            allow_spec_mismatch=allow_spec_mismatch,
            concurrency=concurrency,
        )
    _print_report(state, report)


@backup.command("diff")
@click.argument("a")
@click.argument("b", default=LIVE)
@click.option("--fail-on-diff", is_flag=True, help="Exit 1 when there are differences.")
@click.option("--allow-spec-mismatch", is_flag=True)
@global_options
def diff_command(a: str, b: str, fail_on_diff: bool, allow_spec_mismatch: bool) -> None:
    """Compare two organizations: snapshot paths, `live` (this profile) or `profile:NAME`.

    The changes are what would make A hold B: B's extra objects under create, A's under
    delete; the same shape as `migrate --dry-run` and `backup restore --dry-run` print.

    \b
    Example:
      pyport backup diff backups/monday.tar.gz live --fail-on-diff
      pyport backup diff profile:staging live -o json
    """
    from pyport import admin

    state = get_globals()
    left, right = _client_for(a, state), _client_for(b, state)
    try:
        with progress_bars(state) as bars, _stopping("nothing was changed; run it again"):
            result = admin.diff(
                left, right, allow_spec_mismatch=allow_spec_mismatch, progress=bars.admin
            )
    finally:
        for side in (left, right):
            if not isinstance(side, str):
                side.close()
    emit(
        state,
        {
            "a": result.a,
            "b": result.b,
            "changes": diff_changes(result),
            "changed_fields": {k: d.changed for k, d in result.kinds.items() if d.changed},
            "skipped": result.skipped,
        },
        text=result.to_text(),
    )
    if fail_on_diff and not result.is_empty:
        raise CliError(f"differences between {result.a} and {result.b}", code=FAILED)


@backup.command("list")
@click.argument("directory")
@click.option("--quick", is_flag=True, help="Read manifests only; do not verify checksums.")
@global_options
def list_command(directory: str, quick: bool) -> None:
    """List the snapshots of a folder, oldest first, and whether each is complete.

    \b
    Example:
      pyport backup list backups --quick
    """
    from pyport import admin

    state = get_globals()
    rows = [
        {
            "name": info.path.name,
            "created_at": info.created_at.isoformat() if info.created_at else None,
            "complete": info.complete,
            "verified": info.verified,
            "entities": info.manifest.entity_count if info.manifest else None,
            "size_bytes": info.size_bytes,
            "problem": info.problem,
        }
        for info in admin.list_snapshots(directory, verify=not quick)
    ]
    emit(state, rows, columns=("name", "created_at", "complete", "entities", "problem"))


@backup.command("prune")
@click.argument("directory")
@click.option("--keep-last", type=click.IntRange(min=0), help="Keep the N newest snapshots.")
@click.option("--keep-daily", type=click.IntRange(min=0), help="Keep the newest of N days.")
@click.option("--dry-run", is_flag=True, help="Say what would go; delete nothing.")
@global_options
def prune(directory: str, keep_last: int | None, keep_daily: int | None, dry_run: bool) -> None:
    """Delete old snapshots (verified ones only; the newest is always kept; asks first).

    \b
    Example:
      pyport backup prune backups --keep-last 7 --keep-daily 30 --yes
    """
    from pyport import admin

    state = get_globals()
    if keep_last is None and keep_daily is None:
        raise click.UsageError("give --keep-last and/or --keep-daily")
    if not dry_run:
        planned = admin.prune_snapshots(
            directory, keep_last=keep_last, keep_daily=keep_daily, dry_run=True
        )
        if planned:
            names = ", ".join(p.name for p in planned)
            refuse_without_terminal(state, f"delete {len(planned)} snapshot(s): {names}?")
    result = admin.prune_snapshots(
        directory, keep_last=keep_last, keep_daily=keep_daily, dry_run=dry_run
    )
    emit(
        state,
        {
            "dry_run": dry_run,
            "pruned": [p.name for p in result],
            "kept": [i.path.name for i in result.kept],
            "skipped": {i.path.name: i.problem for i in result.skipped},
        },
        text=result.to_text(),
    )


def _target(profile: str | None, base_url: str | None) -> PortClient:
    from pyport._client import PortClient

    if profile is None and base_url is None:
        raise click.UsageError("give the target: --to-profile NAME (or --to-base-url URL)")
    if profile is not None:
        return _named_profile_client(profile, base_url)
    return PortClient(base_url=base_url, user_agent_suffix="pyport-cli")


@click.command("migrate")
@click.option("--to-profile", metavar="NAME", help="The target organization's profile.")
@click.option("--to-base-url", metavar="URL", help="The target's API URL (with --to-profile).")
@click.option(
    "--blueprint",
    "blueprints",
    multiple=True,
    metavar="BLUEPRINT",
    help="Only these blueprints and what belongs to them (repeat).",
)
@click.option("--mode", type=click.Choice(["merge", "mirror"]), default="merge", show_default=True)
@click.option("--dry-run", is_flag=True, help="Print the plan (with identifiers); write nothing.")
@click.option("--state-file", metavar="PATH", help="Record finished steps here (to resume).")
@global_options
def migrate(
    *,
    to_profile: str | None,
    to_base_url: str | None,
    blueprints: tuple[str, ...],
    mode: str,
    dry_run: bool,
    state_file: str | None,
) -> None:
    """Copy this organization (--profile) to another one, without a disk round trip.

    The plan of --dry-run is what `pyport backup diff profile:TARGET live` reports (with
    --mode mirror; merge leaves out the deletions).

    \b
    Example:
      pyport migrate --profile eu --to-profile us --dry-run -o json
      pyport migrate --profile eu --to-profile us --blueprint service
    """
    from pyport import admin

    state = get_globals()
    if mode == "mirror" and not dry_run:
        refuse_without_terminal(state, f"mirror into {to_profile or to_base_url}, deleting?")
    again = "run the same command again to finish (what is done is not redone)"
    with (
        state.client() as source,
        _target(to_profile, to_base_url) as target,
        progress_bars(state) as bars,
        _stopping(again),
    ):
        report = admin.migrate(
            source,
            target,
            blueprints=list(blueprints) or None,
            mode=mode,
            dry_run=dry_run,
            state_file=state_file,
            progress=bars.admin,
        )
    _print_report(state, report)


@click.command("clear")
@click.argument("blueprint")
@click.option("--delete-blueprint", is_flag=True, help="Delete the blueprint too.")
@click.option("--dry-run", is_flag=True, help="Count and name what would go; delete nothing.")
@global_options
def clear(blueprint: str, delete_blueprint: bool, dry_run: bool) -> None:
    """Delete every entity of a blueprint (and with --delete-blueprint, it); asks first.

    \b
    Example:
      pyport clear service --dry-run
      pyport clear service --delete-blueprint --yes
    """
    from pyport import admin

    state = get_globals()
    if not dry_run:
        what = f"every entity of {blueprint}" + (" and the blueprint" if delete_blueprint else "")
        refuse_without_terminal(state, f"delete {what}?")
    again = "run the same command again to delete the rest"
    with state.client() as port, progress_bars(state) as bars, _stopping(again):
        report = admin.clear_blueprint(
            port, blueprint, delete_blueprint=delete_blueprint, dry_run=dry_run, progress=bars.admin
        )
    emit(
        state,
        {
            "blueprint": report.blueprint,
            "dry_run": report.dry_run,
            "entity_count": report.entity_count,
            "sample": report.sample,
            "deleted": report.deleted,
            "delete_blueprint": report.delete_blueprint,
            "blueprint_deleted": report.blueprint_deleted,
            "blocked_by": report.blocked_by,
            "failures": report.failures,
        },
        text=report.to_text(),
    )
    if report.failures:
        raise CliError(f"{len(report.failures)} entities could not be deleted", code=5)
