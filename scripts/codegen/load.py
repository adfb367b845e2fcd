"""What the scripts compare and normalize: a spec file or URL, a lock (several pinned sources), or
the lock of a git revision (`git:REV`)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from codegen.normalize import Normalized, normalize_sources
from codegen.spec_io import (
    LOCK_PATH,
    REPO_ROOT,
    Lock,
    SpecError,
    find_pinned_sources,
    parse_lock,
    read_lock,
    read_spec,
    source_name,
)


def load_normalized(location: str | None, *, search_dirs: list[Path]) -> tuple[str, Normalized]:
    """A label and the normalized document of `location`: a spec (path or URL), a spec lock
    (`openapi/spec.lock`, or any file in its format), `git:REV` (the lock at that revision), or
    None for the current pin."""
    lock: Lock | None = None
    if location is None:
        lock = read_lock(LOCK_PATH)
    elif location.startswith("git:"):
        rev = location[4:] or "HEAD"
        try:
            text = subprocess.run(
                ["git", "show", f"{rev}:openapi/spec.lock"],
                cwd=REPO_ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        except (OSError, subprocess.CalledProcessError) as exc:
            raise SpecError(f"no openapi/spec.lock at git revision {rev!r}") from exc
        lock = parse_lock(text, origin=f"openapi/spec.lock at {rev}")
    elif location.endswith(".lock"):
        lock = read_lock(Path(location))
    if lock is not None:
        pinned = find_pinned_sources(search_dirs=search_dirs, lock=lock)
        label = " + ".join(f"{pin.name} {pin.retrieved}" for pin in lock.sources)
        return label, normalize_sources([(pin.name, source.parse()) for pin, source in pinned])
    source = read_spec(location)
    return Path(source.location).name, normalize_sources(
        [(source_name(source.location), source.parse())]
    )
