"""Which of Port's API specs this client was generated from: `pyport.API_SPEC`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pyport._resources import _spec_sources


@dataclass(frozen=True)
class SpecSource:
    """One published spec the client was generated from."""

    name: str
    """`live` (what Port's API serves) or `docs` (the copy in Port's documentation)."""
    url: str
    retrieved: dt.date
    sha256: str
    operations: int
    """How many operations the spec has."""
    taken: int
    """How many of the client's operations come from this spec (the newest source wins)."""


@dataclass(frozen=True)
class ApiSpec:
    """The specs the client was generated from, newest first, and its operation count."""

    sources: tuple[SpecSource, ...]
    operations: int

    @property
    def user_agent_token(self) -> str:
        """`port-api/live-2026-01-29+docs-2025-12-30`, sent in the User-Agent."""
        return "port-api/" + "+".join(f"{s.name}-{s.retrieved.isoformat()}" for s in self.sources)

    def __str__(self) -> str:
        sources = ", ".join(f"{s.name} {s.retrieved.isoformat()}" for s in self.sources)
        return f"Port API spec: {sources} ({self.operations} operations)"


API_SPEC = ApiSpec(
    sources=tuple(
        SpecSource(
            name=str(row["name"]),
            url=str(row["url"]),
            retrieved=dt.date.fromisoformat(str(row["retrieved"])),
            sha256=str(row["sha256"]),
            operations=int(str(row["operations"])),
            taken=int(str(row["taken"])),
        )
        for row in _spec_sources.SOURCES
    ),
    operations=_spec_sources.OPERATIONS,
)
