"""migrate(): copy an organization, or some blueprints, to another one without a disk round trip."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pyport.admin import _args
from pyport.admin._progress import ProgressCallback, Reporter
from pyport.admin._restore import RestoreReport, apply
from pyport.admin._source import LiveSource

if TYPE_CHECKING:
    from pyport._client import PortClient


def migrate(
    source_port: PortClient,
    target_port: PortClient,
    *,
    blueprints: Sequence[str] | None = None,
    mode: str = "merge",
    dry_run: bool = False,
    state_file: str | os.PathLike[str] | None = None,
    progress: ProgressCallback | None = None,
    concurrency: int = 8,
) -> RestoreReport:
    """Make `target_port`'s organization hold `source_port`'s (or only `blueprints`, with their
    entities, actions, scorecards, pages and their permissions), through the restore planner:
    same order, same idempotence, same `mode` and `dry_run`. The source is read, never written.
    Secrets are not copied (the plan's `secrets_left_out` lists those the target lacks); where
    the target holds one already, it is kept. Every argument is checked before any request.
    """
    where = "migrate"
    _args.client(where, "source_port", source_port)
    _args.client(where, "target_port", target_port)
    _args.blueprints(where, blueprints)
    _args.mode(where, mode)
    _args.flag(where, "dry_run", dry_run)
    _args.state_file(where, state_file)
    _args.callback(where, "progress", progress)
    _args.count(where, "concurrency", concurrency, minimum=1)
    report = Reporter(progress)
    selected = list(blueprints) if blueprints is not None else None
    source = LiveSource(source_port, blueprints=selected)
    if blueprints is not None:
        known = {str(b.get("identifier")) for b in source.objects("blueprints") or []}
        unknown = sorted(set(blueprints) - known)
        if unknown:
            raise ValueError(f"no such blueprints in the source: {', '.join(unknown)}")
    scope = ",".join(sorted(selected)) if selected is not None else "*"
    return apply(
        target_port,
        source,
        source_id=f"live:{source_port.base_url}:{scope}",
        mode=mode,
        dry_run=dry_run,
        state_file=state_file,
        report=report,
        warnings=[],
        concurrency=concurrency,
    )
