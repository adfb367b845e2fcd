"""A whole call's deadline: stamped on the request when the call starts, read by every layer below.

A per-read timeout does not bound a call: a server that sends one byte a second, retries, and
throttle waits all fit inside it. The client stamps a `Deadline` on each request it sends
(`request.extensions["pyport.deadline"]`); the retry layer shrinks each attempt's timeouts to the
time left, stops retrying and stops reading a body when it passes, and the throttle refuses waits
that would end after it.
"""

from __future__ import annotations

import contextvars
import time
from typing import Any, NamedTuple

import httpx

from pyport.errors import PortTimeoutError, deadline_error

__all__ = ["DEADLINE", "Deadline", "bounded_timeouts", "deadline_of"]

DEADLINE = "pyport.deadline"
_TIMEOUT_PARTS = ("connect", "read", "write", "pool")


class Deadline(NamedTuple):  # cheaper to define than a dataclass (import time)
    """When a call must be over: `at` on the layers' clock (time.monotonic() unless injected);
    `seconds` is the length the call was given, for messages."""

    at: float
    seconds: float

    def left(self, now: float) -> float:
        return self.at - now

    def error(self, request: httpx.Request, doing: str) -> PortTimeoutError:
        return deadline_error(request, self.seconds, doing)


def deadline_of(request: httpx.Request) -> Deadline | None:
    value = request.extensions.get(DEADLINE)
    return value if isinstance(value, Deadline) else None


def bounded_timeouts(timeouts: Any, left: float) -> dict[str, float]:
    """httpx's per-request timeout extension with every part cut to `left` seconds at most."""
    bounded: dict[str, float] = {}
    for part in _TIMEOUT_PARTS:
        value = timeouts.get(part) if isinstance(timeouts, dict) else None
        bounded[part] = left if value is None else min(float(value), left)
    return bounded


# When the call in progress on this thread (or task) must end, on time.monotonic(); None: no end.
_deadline_at: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "pyport_deadline_at", default=None
)


def set_deadline(at: float | None) -> contextvars.Token[float | None]:
    """Socket waits end by `at` (time.monotonic()) until `reset_deadline`; None: no end."""
    return _deadline_at.set(at)


def reset_deadline(token: contextvars.Token[float | None]) -> None:
    _deadline_at.reset(token)


def cut_to_deadline(timeout: float | None, error: type[Exception]) -> float | None:
    at = _deadline_at.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise error("the call's deadline passed")
    return left if timeout is None else min(timeout, left)
