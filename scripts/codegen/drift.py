"""Drift: does the spec Port serves now differ from the one the client was generated from?"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from codegen.diff import SpecDiff, diff_specs
from codegen.normalize import normalize_sources
from codegen.spec_io import (
    DEFAULT_SPEC_URL,
    Lock,
    PinnedSource,
    SpecSource,
    find_pinned_spec,
    read_lock,
    read_spec,
    source_name,
)


@dataclass(frozen=True)
class Drift:
    """The pinned source, the spec it was compared with, and their changelog (None: identical)."""

    pin: PinnedSource
    current: SpecSource
    diff: SpecDiff | None

    @property
    def breaking(self) -> bool:
        return self.diff is not None and self.diff.breaking_count > 0

    def to_markdown(self) -> str:
        where = f"{self.current.location} (sha256 {self.current.sha256[:12]}…)"
        if self.diff is None:
            return (
                f"No drift: {where} is the pinned {self.pin.name} spec of {self.pin.retrieved}.\n"
            )
        return self.diff.to_markdown(
            old_label=f"pinned {self.pin.name} {self.pin.retrieved}", new_label=where
        )


def check_drift(
    location: str | Path = DEFAULT_SPEC_URL,
    *,
    search_dirs: list[Path],
    lock: Lock | None = None,
    timeout: float = 60.0,
) -> Drift:
    """Compare the spec at `location` (Port's live spec by default, or any path or URL) with the
    pinned source of the same kind (`live`, `docs`; the newest pin when none matches)."""
    lock = lock or read_lock()
    current = read_spec(location, timeout=timeout)
    name = source_name(str(location))
    pin = next((p for p in lock.sources if p.name == name), lock.sources[0])
    if current.sha256 == pin.sha256:
        return Drift(pin=pin, current=current, diff=None)
    pinned = find_pinned_spec(search_dirs=search_dirs, pin=pin)
    old = normalize_sources([(pin.name, pinned.parse())]).strict
    new = normalize_sources([(pin.name, current.parse())]).strict
    return Drift(pin=pin, current=current, diff=diff_specs(old, new))
