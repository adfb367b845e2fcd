"""Fault injection and rate limiting: what can go wrong, drawn reproducibly from a seed."""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` requests per `period` seconds (fixed windows), then 429 until the reset."""

    limit: int
    period: float

    def __post_init__(self) -> None:
        if self.limit < 1:
            raise ValueError(f"RateLimit.limit must be at least 1, got {self.limit}")
        if not self.period > 0:
            raise ValueError(f"RateLimit.period must be positive, got {self.period}")


PORT_PERIOD = 300.0
"""Port's rate-limit window: five minutes."""
PORT_LIMITS: Mapping[str, int] = MappingProxyType(
    {
        "unauthenticated": 100,
        "entities": 35_000,
        "entity-upsert": 10_000,
        "entity-bulk-upsert": 35_000,
        "entity-search": 35_000,
        "blueprints": 15_000,
        "other": 15_000,
    }
)
"""Requests per window for each route family, as Port's rate-limit page publishes them
(api-reference/rate-limits: entities 35,000, single entity upserts 10,000, bulk upserts and
searches 35,000 each, blueprints 15,000, everything else 15,000, unauthenticated 100)."""

_ENTITY_UPSERT = "/v1/blueprints/{blueprint_identifier}/entities"


def route_family(method: str, template: str | None) -> str:
    """The PORT_LIMITS family a request to `template` counts against."""
    if template is None:
        return "other"
    if template.endswith("/entities/search"):
        return "entity-search"
    if method == "POST" and template == _ENTITY_UPSERT:
        return "entity-upsert"
    if method == "POST" and template.endswith("/entities/bulk"):
        return "entity-bulk-upsert"
    if "entities" in template:
        return "entities"
    if template.startswith("/v1/blueprints"):
        return "blueprints"
    return "other"


def _frozen(rates: Mapping[int, float]) -> Mapping[int, float]:
    return MappingProxyType(dict(rates))


@dataclass(frozen=True)
class Faults:
    """What goes wrong and how often. Rates are probabilities per request (0..1).

    Draws come from a generator seeded with the simulator's seed, so the same seed and the same
    sequence of requests give the same faults.
    """

    latency: float = 0.0
    """Seconds every response takes: the simulator's whole response time, its own processing
    included (Port's latency includes Port's work; the simulator's Python is not Port's)."""
    jitter: float = 0.0
    """Up to this many seconds more, uniformly drawn."""
    error_rates: Mapping[int, float] = field(default_factory=dict)
    """Status code -> probability of answering it instead of processing, e.g. `{503: 0.1}`."""
    reset_before_rate: float = 0.0
    """Connection reset before the request is processed (nothing changed server-side)."""
    reset_after_rate: float = 0.0
    """Connection reset after processing, before the response is written (the change happened)."""
    stall_rate: float = 0.0
    """Processed, but the response stalls `stall_seconds` (past a client's read timeout)."""
    stall_seconds: float = 30.0
    truncate_rate: float = 0.0
    """Processed, but only half the body is sent under a Content-Length promising all of it."""
    token_expiry_after: float | None = None
    """Access tokens stop working this many seconds after they were issued."""
    faults_on_auth: bool = False
    """Whether faults and the rate limit also hit `POST /v1/auth/access_token`."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "error_rates", _frozen(self.error_rates))
        for name in ("reset_before_rate", "reset_after_rate", "stall_rate", "truncate_rate"):
            _check_rate(name, getattr(self, name))
        for status, rate in self.error_rates.items():
            if not 400 <= status <= 599:
                raise ValueError(f"Faults.error_rates: {status} is not an error status")
            _check_rate(f"error_rates[{status}]", rate)
        if sum(self.error_rates.values()) > 1:
            raise ValueError("Faults.error_rates must add up to at most 1")
        for name in ("latency", "jitter", "stall_seconds"):
            if getattr(self, name) < 0:
                raise ValueError(f"Faults.{name} must not be negative")
        if self.token_expiry_after is not None and self.token_expiry_after < 0:
            raise ValueError("Faults.token_expiry_after must not be negative")

    @classmethod
    def reset(cls, rate: float) -> Faults:
        """Connection resets at `rate`, half before processing and half after."""
        return cls(reset_before_rate=rate / 2, reset_after_rate=rate / 2)


def _check_rate(name: str, rate: float) -> None:
    if not 0 <= rate <= 1 or math.isnan(rate):
        raise ValueError(f"Faults.{name} must be between 0 and 1, got {rate}")


@dataclass(frozen=True)
class FaultPlan:
    """What happens to one request. `kind` is None when nothing goes wrong."""

    delay: float = 0.0
    kind: str | None = None
    """One of "reset_before", "error", "stall", "truncate", "reset_after"."""
    status: int = 0
    stall: float = 0.0


NO_FAULT = FaultPlan()


class FaultDrawer:
    """Draws a FaultPlan per request; always the same number of draws, so plans stay stable."""

    def __init__(self, faults: Faults, seed: int) -> None:
        self.faults = faults
        self._random = random.Random(f"faults:{seed}")
        self._errors = sorted(faults.error_rates.items())

    def draw(self) -> FaultPlan:
        f = self.faults
        rnd = self._random.random
        jitter, before, error, stall, truncate, after = (rnd() for _ in range(6))
        delay = f.latency + f.jitter * jitter
        if before < f.reset_before_rate:
            return FaultPlan(delay, "reset_before")
        threshold = 0.0
        for status, rate in self._errors:
            threshold += rate
            if error < threshold:
                return FaultPlan(delay, "error", status=status)
        if stall < f.stall_rate:
            return FaultPlan(delay, "stall", stall=f.stall_seconds)
        if truncate < f.truncate_rate:
            return FaultPlan(delay, "truncate")
        if after < f.reset_after_rate:
            return FaultPlan(delay, "reset_after")
        return FaultPlan(delay) if delay else NO_FAULT


class RateWindow:
    """Fixed-window request budget."""

    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self.window_start = -math.inf
        self.used = 0

    def take(self, now: float, *, consume: bool) -> tuple[bool, dict[str, str], float]:
        """(allowed, headers, seconds until the reset)."""
        period = self.limit.period
        if now >= self.window_start + period:
            self.window_start = now
            self.used = 0
        allowed = self.used < self.limit.limit
        if allowed and consume:
            self.used += 1
        reset_at = self.window_start + period
        headers = {
            "x-ratelimit-period": _num(period),
            "x-ratelimit-limit": str(self.limit.limit),
            "x-ratelimit-remaining": str(max(0, self.limit.limit - self.used)),
            "x-ratelimit-reset": str(math.ceil(reset_at)),
        }
        return allowed, headers, max(0.0, reset_at - now)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
