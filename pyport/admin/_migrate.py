"""migrate(): copy an organization, or some blueprints, to another one without a disk round trip."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from pyport.admin._progress import ProgressCallback, Reporter
from pyport.admin._restore import RestoreReport, apply
from pyport.admin._source import LiveSource

if TYPE_CHECKING:
    from pyport._client import PortClient


def migrate(
    source_port: PortClient,
    target_port: PortClient,
    *,
    blueprints: list[str] | None = None,
    mode: str = "merge",
    dry_run: bool = False,
    state_file: str | os.PathLike[str] | None = None,
    progress: ProgressCallback | None = None,
    concurrency: int = 8,
) -> RestoreReport:
    """Make `target_port`'s organization hold `source_port`'s (or only `blueprints`, with their
    entities, actions, scorecards, pages and their permissions), through the restore planner:
    same order, same idempotence, same `mode` and `dry_run`. The source is read, never written.
    Secrets cannot be read, so they are not copied (see the report's warnings)."""
    report = Reporter(progress)
    source = LiveSource(source_port, blueprints=blueprints)
    if blueprints is not None:
        known = {str(b.get("identifier")) for b in source.objects("blueprints") or []}
        unknown = sorted(set(blueprints) - known)
        if unknown:
            raise ValueError(f"no such blueprints in the source: {', '.join(unknown)}")
    scope = ",".join(sorted(blueprints)) if blueprints is not None else "*"
    result = apply(
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
    result.warnings.extend(f"not copied (a secret): {redacted}" for redacted in source.redacted)
    return result
