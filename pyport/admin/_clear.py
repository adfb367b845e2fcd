"""clear_blueprint(): delete a blueprint's entities (and the blueprint), with a dry run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pyport.admin import _args
from pyport.admin._errors import ClearError
from pyport.admin._fresh import fresh_unless_dry_run
from pyport.admin._kinds import ENTITIES
from pyport.admin._progress import ProgressCallback, Reporter, unwrap_cancel
from pyport.admin._source import count_entities

if TYPE_CHECKING:
    from pyport._client import PortClient

_SAMPLE = 10


@dataclass
class ClearReport:
    """What clear_blueprint found and did (`dry_run`: what it would do)."""

    blueprint: str
    dry_run: bool
    entity_count: int
    sample: list[str]
    deleted: int = 0
    delete_blueprint: bool = False
    blueprint_deleted: bool = False
    blocked_by: list[str] = field(default_factory=list)
    """Blueprints whose relations keep the blueprint from being deleted."""
    failures: list[str] = field(default_factory=list)

    def to_text(self) -> str:
        verb = "would delete" if self.dry_run else "deleted"
        count = self.entity_count if self.dry_run else self.deleted
        text = f"{self.blueprint}: {verb} {count} entities"
        if self.sample:
            text += f" (e.g. {', '.join(self.sample)})"
        if self.delete_blueprint and (self.dry_run or self.blueprint_deleted):
            text += " and the blueprint"
        if self.blocked_by:
            text += f"; the blueprint cannot go while {', '.join(self.blocked_by)} relate to it"
        return text


@fresh_unless_dry_run
def clear_blueprint(
    port: PortClient,
    blueprint: str,
    *,
    delete_blueprint: bool = False,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
) -> ClearReport:
    """Delete every entity of `blueprint`, and with `delete_blueprint=True` the blueprint too.

    Relations other entities hold to them are cleared, as Port does. `dry_run=True` only counts
    and samples what would go (and which blueprints block deleting it), and sends no write.
    Deleting the blueprint while other blueprints relate to it raises `ClearError` before
    anything is deleted; a bad argument raises ValueError before any request.
    """
    _args.client("clear_blueprint", "port", port)
    if not isinstance(blueprint, str) or not blueprint:
        raise ValueError(f"clear_blueprint: blueprint must be a non-empty str, not {blueprint!r}")
    _args.flag("clear_blueprint", "delete_blueprint", delete_blueprint)
    _args.flag("clear_blueprint", "dry_run", dry_run)
    _args.callback("clear_blueprint", "progress", progress)
    report = Reporter(progress)
    port.blueprints.get(blueprint)  # NotFoundError now rather than half way
    blockers: list[str] = []
    if delete_blueprint:
        listed = [b.to_dict() for b in port.blueprints.list()]
        blockers = sorted(
            str(other.get("identifier"))
            for other in listed
            if other.get("identifier") != blueprint
            and any(
                isinstance(r, dict) and r.get("target") == blueprint
                for r in (other.get("relations") or {}).values()
            )
        )
        if blockers and not dry_run:
            raise ClearError(
                f"blueprint {blueprint!r} cannot be deleted: {', '.join(blockers)} relate to it "
                "(remove those relations first); nothing was deleted"
            )
    total = count_entities(port, blueprint) or 0
    page = port.entities.search(blueprint, limit=_SAMPLE)  # the first page only
    sample = [str(e.to_dict().get("identifier")) for e in page.items][:_SAMPLE]
    result = ClearReport(
        blueprint, dry_run, total, sample, delete_blueprint=delete_blueprint, blocked_by=blockers
    )
    if dry_run:
        return result
    identifiers = [str(e.get("identifier")) for e in port.entities.iter_all(blueprint)]
    with unwrap_cancel():
        batch = port.entities.delete_many(
            blueprint,
            identifiers,
            progress=report.for_batch("delete", ENTITIES, blueprint=blueprint, total=total),
        )
    result.deleted = len(batch.succeeded)
    if batch.failed:
        # Entities other entities depend on: Port's delete-all clears those relations instead.
        port.entities.delete_all(blueprint)
        left = count_entities(port, blueprint) or 0
        result.deleted = len(identifiers) - left
        if left:
            result.failures = [str(f) for f in batch.failed]
            raise ClearError(f"{left} entities of {blueprint!r} could not be deleted")
    report("delete", ENTITIES, total, total, blueprint=blueprint)
    if delete_blueprint:
        port.blueprints.delete(blueprint)
        result.blueprint_deleted = True
        report("delete", "blueprints", 1, 1)
    return result
