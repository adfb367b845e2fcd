"""diff(): what differs between two organizations, each a snapshot or a live client."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pyport.admin import _args
from pyport.admin._kinds import (
    ENTITIES,
    KINDS,
    Json,
    canonical,
    changed_fields,
    digest,
    key_of,
)
from pyport.admin._progress import ProgressCallback, Reporter
from pyport.admin._source import LiveSource, Source, open_snapshot

if TYPE_CHECKING:
    from pyport._client import PortClient

_SHOWN = 20


@dataclass
class KindDiff:
    """One kind's differences: keys only in b (added), only in a (removed), and changed keys
    with the fields that differ."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass
class SnapshotDiff:
    """Per kind ("blueprints", ..., "entities:<blueprint>") what changed from a to b, ignoring
    what Port assigns (createdAt/By, updatedAt/By, ids). `skipped` lists kinds one side could
    not read, which are not compared."""

    a: str
    b: str
    kinds: dict[str, KindDiff] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return all(d.is_empty for d in self.kinds.values())

    def to_text(self) -> str:
        if self.is_empty:
            lines = [f"no differences between {self.a} and {self.b}"]
        else:
            lines = [f"differences from {self.a} to {self.b}:"]
        for kind, d in self.kinds.items():
            if d.is_empty:
                continue
            lines.append(
                f"{kind}: {len(d.added)} added, {len(d.removed)} removed, {len(d.changed)} changed"
            )
            lines.extend(f"  + {key}" for key in d.added[:_SHOWN])
            lines.extend(f"  - {key}" for key in d.removed[:_SHOWN])
            lines.extend(
                f"  ~ {key}: {', '.join(fields)}"
                for key, fields in list(d.changed.items())[:_SHOWN]
            )
            hidden = sum(max(0, len(x) - _SHOWN) for x in (d.added, d.removed, d.changed))
            if hidden:
                lines.append(f"  … and {hidden} more")
        lines.extend(f"not compared: {kind} ({why})" for kind, why in self.skipped.items())
        return "\n".join(lines)


def diff(
    a: str | os.PathLike[str] | PortClient,
    b: str | os.PathLike[str] | PortClient,
    *,
    allow_spec_mismatch: bool = False,
    progress: ProgressCallback | None = None,
) -> SnapshotDiff:
    """Compare two organizations; each side is a snapshot path or a live PortClient.

    Snapshots are validated first (a corrupt one raises a `SnapshotError`). Entities are
    compared blueprint by blueprint, holding one blueprint's fingerprints at a time.
    """
    for name, side in (("a", a), ("b", b)):
        if not isinstance(side, str | os.PathLike):
            _args.client("diff", name, side)
    _args.flag("diff", "allow_spec_mismatch", allow_spec_mismatch)
    _args.callback("diff", "progress", progress)
    report = Reporter(progress)
    with (
        _open(a, allow_spec_mismatch, report) as left,
        _open(b, allow_spec_mismatch, report) as right,
    ):
        result = SnapshotDiff(a=left.describe(), b=right.describe())
        for index, kind in enumerate(KINDS):
            report("read", kind, index, len(KINDS))
            mine, theirs = left.objects(kind), right.objects(kind)
            if mine is None or theirs is None:
                missing = left if mine is None else right
                why = (
                    left.skipped().get(kind)
                    or right.skipped().get(kind)
                    or f"not in {missing.describe()}"
                )
                if mine is not None or theirs is not None:
                    result.skipped[kind] = why
                continue
            result.kinds[kind] = _compare(kind, mine, theirs)
        names = sorted(set(left.entity_blueprints()) | set(right.entity_blueprints()))
        for index, blueprint in enumerate(names):
            report("read", ENTITIES, index, len(names), blueprint=blueprint)
            result.kinds[f"{ENTITIES}:{blueprint}"] = _compare_entities(left, right, blueprint)
    return result


@contextlib.contextmanager
def _open(
    side: str | os.PathLike[str] | PortClient, allow_spec_mismatch: bool, report: Reporter
) -> Iterator[Source]:
    if isinstance(side, (str, os.PathLike)):
        with open_snapshot(side, allow_spec_mismatch=allow_spec_mismatch, reporter=report) as snap:
            yield snap
    else:
        yield LiveSource(side)


def _compare(kind: str, mine: list[Json], theirs: list[Json]) -> KindDiff:
    left = {key_of(kind, o): canonical(kind, o) for o in mine}
    right = {key_of(kind, o): canonical(kind, o) for o in theirs}
    result = KindDiff(
        added=sorted(k for k in right if k not in left),
        removed=sorted(k for k in left if k not in right),
    )
    for key in sorted(k for k in left if k in right):
        fields = changed_fields(left[key], right[key])
        if fields:
            result.changed[key] = fields
    return result


def _compare_entities(left: Source, right: Source, blueprint: str) -> KindDiff:
    # Fingerprints of one side, the other streamed; bodies are re-read only for changed ones.
    mine = {
        str(e.get("identifier")): digest(canonical(ENTITIES, e)) for e in left.entities(blueprint)
    }
    result = KindDiff()
    changed: dict[str, Json] = {}
    seen: set[str] = set()
    for entity in right.entities(blueprint):
        identifier = str(entity.get("identifier"))
        seen.add(identifier)
        body = canonical(ENTITIES, entity)
        if identifier not in mine:
            result.added.append(identifier)
        elif mine[identifier] != digest(body):
            changed[identifier] = body
    result.removed = sorted(i for i in mine if i not in seen)
    result.added.sort()
    if changed:
        for entity in left.entities(blueprint):
            identifier = str(entity.get("identifier"))
            if identifier in changed:
                result.changed[identifier] = changed_fields(
                    canonical(ENTITIES, entity), changed[identifier]
                )
        result.changed = dict(sorted(result.changed.items()))
    return result
