"""Client-side throttling: stay inside Port's rate limits instead of bouncing off them.

`Throttle` says how fast a client may go; `ThrottleTransport` / `AsyncThrottleTransport` enforce it
for every thread or task sharing one client. They sit under the retry transport, so every attempt,
retries included, is paced. Three brakes apply, the strictest wins:

- spacing: at most `max_requests_per_second`, and at least `min_interval` seconds between sends;
- concurrency: at most `max_concurrency` requests waiting for their response headers at once;
- Port's budget (`x-ratelimit-limit`, `-remaining`, `-reset`, `-period` on every response): once
  fewer than a fifth of the window's requests remain, the rest are spread evenly over the time left
  until the reset, and nothing is sent into a window known to be empty (remaining 0, or a 429).

A budget wait is never longer than `Throttle.max_wait` (60 s by default): when Port's headers ask
for more (a `Retry-After: 3600`, a `reset` years away), the request is not sent and
`RateLimitWaitError` says how long the wait would be. No wait of any kind outlives the call's
`deadline`: a budget wait past it raises `RateLimitWaitError`, any other `PortTimeoutError`.

Waits caused by the budget are logged on the "pyport" logger at INFO when they last a second or
more (always when the window is used up), the others at DEBUG.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import httpx

from pyport._deadline import Deadline, deadline_of
from pyport._retry import retry_after_value_seconds, seconds_until_reset
from pyport.errors import RateLimitWaitError

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncThrottleTransport", "RateLimitState", "Throttle", "ThrottleTransport"]

_logger = logging.getLogger("pyport")

# Below this share of the window's limit, the remaining requests are spread over the time left.
_SPREAD_BELOW = 0.2
# Budget waits at least this long are worth an INFO line; shorter ones go to DEBUG.
_INFO_WAIT = 1.0


@dataclass(frozen=True, kw_only=True)
class Throttle:
    """How fast one client may send requests; `None` means no cap of that kind.

    `respect_rate_limit_headers` follows Port's `x-ratelimit-*` headers (see the module docstring);
    `min_interval` is a floor on the gap between two sends, in seconds. `max_wait` is the longest
    a request waits for Port's rate-limit window, in seconds (60 by default, the retries' cap on a
    server's wait too): when the headers ask for longer, `RateLimitWaitError` is raised at once
    instead, with the wait asked for as its `retry_after`.
    """

    max_requests_per_second: float | None = None
    max_concurrency: int | None = None
    respect_rate_limit_headers: bool = True
    min_interval: float = 0.0
    max_wait: float = 60.0

    def __post_init__(self) -> None:
        rps = self.max_requests_per_second
        if rps is not None and (
            isinstance(rps, bool)
            or not isinstance(rps, int | float)
            or not math.isfinite(rps)
            or rps <= 0
        ):
            raise ValueError(
                f"max_requests_per_second must be a positive number or None, got {rps!r}"
            )
        cap = self.max_concurrency
        if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 1):
            raise ValueError(f"max_concurrency must be an integer >= 1 or None, got {cap!r}")
        gap = self.min_interval
        if (
            isinstance(gap, bool)
            or not isinstance(gap, int | float)
            or not math.isfinite(gap)
            or gap < 0
        ):
            raise ValueError(f"min_interval must be a number of seconds >= 0, got {gap!r}")
        wait = self.max_wait
        if (
            isinstance(wait, bool)
            or not isinstance(wait, int | float)
            or not math.isfinite(wait)
            or wait < 0
        ):
            raise ValueError(f"max_wait must be a finite number of seconds >= 0, got {wait!r}")

    @property
    def interval(self) -> float:
        """The smallest gap between two sends that the spacing settings allow, in seconds."""
        rps = self.max_requests_per_second
        return max(self.min_interval, 1.0 / rps if rps else 0.0)


@dataclass(frozen=True)
class RateLimitState:
    """What the throttle currently believes about Port's rate-limit window.

    `remaining` counts down locally with every request sent and is corrected by every response;
    `reset_at` is on the transport's clock (by default `time.monotonic()`), not an epoch.
    `next_send_at` is the earliest time the next request may go.
    """

    limit: int | None
    remaining: int | None
    reset_at: float | None
    period: float | None
    next_send_at: float


class _Reservation(NamedTuple):  # cheaper to define than a dataclass (import time)
    delay: float
    budget_wait: bool
    exhausted: bool


class _Pacer:
    """The bookkeeping both transports share: decides when each request may go, never waits.

    Each request reserves a send time under a lock, so concurrent callers get distinct, ordered
    slots and the budget is decremented before the request leaves (responses arrive too late to
    stop a burst). Callers sleep outside the lock.
    """

    def __init__(
        self,
        throttle: Throttle,
        *,
        clock: Callable[[], float],
        wall_clock: Callable[[], float],
    ) -> None:
        self._throttle = throttle
        self._clock = clock
        self._wall_clock = wall_clock
        self._lock = threading.Lock()
        self._next_at = -math.inf
        self._next_is_budget = False
        self._outstanding = 0  # reserved and not yet answered
        self._limit: int | None = None
        self._remaining: int | None = None
        self._reset_at: float | None = None
        self._period: float | None = None

    def state(self) -> RateLimitState:
        with self._lock:
            return RateLimitState(
                limit=self._limit,
                remaining=self._remaining,
                reset_at=self._reset_at,
                period=self._period,
                next_send_at=self._next_at,
            )

    def reserve(self, request: httpx.Request) -> _Reservation:
        """A send time for `request`; raises instead when the wait is longer than allowed."""
        deadline = deadline_of(request)
        with self._lock:
            now = self._clock()
            send_at = max(now, self._next_at)
            budget_wait = self._next_is_budget and self._next_at > now
            exhausted = False
            headers = self._throttle.respect_rate_limit_headers
            if headers:
                self._roll_window(send_at)
                if (
                    self._remaining is not None
                    and self._remaining <= 0
                    and self._reset_at is not None
                ):
                    # Sending now would only earn a 429: wait for the window to reset.
                    send_at = self._reset_at
                    budget_wait = exhausted = True
            # Checked before anything is booked: a refused request leaves no trace.
            _check_wait(
                request,
                send_at - now,
                budget=budget_wait,
                throttle=self._throttle,
                deadline=deadline,
                now=now,
            )
            if exhausted:
                self._roll_window(send_at)
            if headers and self._remaining is not None:
                self._remaining = max(self._remaining - 1, 0)

            next_at = send_at + self._throttle.interval
            self._next_is_budget = False
            left, reset_at, limit = self._remaining, self._reset_at, self._limit
            low = limit is not None and left is not None and left < _SPREAD_BELOW * limit
            if headers and low and left is not None and reset_at is not None:
                # Spread what is left evenly so the last one still lands before the reset.
                spread_at = send_at + (reset_at - send_at) / (left + 1)
                if spread_at > next_at:
                    next_at = spread_at
                    self._next_is_budget = True
            self._next_at = next_at
            self._outstanding += 1
            return _Reservation(
                delay=send_at - now,
                budget_wait=budget_wait,
                exhausted=exhausted,
            )

    def _roll_window(self, at: float) -> None:
        """Forget a window that has ended by `at`, predicting the next one when we can."""
        if self._reset_at is None or at < self._reset_at:
            return
        if self._period and self._limit is not None:
            periods = math.floor((at - self._reset_at) / self._period) + 1
            self._reset_at += periods * self._period
            self._remaining = self._limit
        else:
            self._reset_at = None
            self._remaining = None

    def finish(self, response: httpx.Response | None) -> None:
        """Account for a reserved request that got `response` (None: it failed to get one)."""
        try:
            if response is not None and self._throttle.respect_rate_limit_headers:
                self._observe(response)
        finally:
            with self._lock:
                self._outstanding -= 1

    def _observe(self, response: httpx.Response) -> None:
        headers = response.headers
        limit = _count(headers.get("x-ratelimit-limit"))
        remaining = _count(headers.get("x-ratelimit-remaining"))
        period = _seconds(headers.get("x-ratelimit-period"))
        reset = _seconds(headers.get("x-ratelimit-reset"))
        now = self._clock()
        until_reset: float | None = None
        if reset is not None:
            until_reset = seconds_until_reset(reset, period=period, now=self._wall_clock())
        if response.status_code == 429:
            # Whatever the headers say, the server has just refused: the window is empty.
            remaining = 0
            if until_reset is None and "retry-after" in headers:
                until_reset = retry_after_value_seconds(
                    headers["retry-after"], now=self._wall_clock()
                )
        with self._lock:
            if limit is not None:
                self._limit = limit
            if period:
                self._period = period
            if remaining is None or until_reset is None:
                return
            if self._period:
                # A skewed clock must not park the client for longer than one window.
                until_reset = min(until_reset, self._period)
            reset_at = now + max(until_reset, 0.0)
            # Our other requests still out may not have been counted when the server answered.
            estimate = max(remaining - (self._outstanding - 1), 0)
            tolerance = min(1.0, self._period / 2) if self._period else 1.0
            if self._reset_at is None or reset_at > self._reset_at + tolerance:
                self._reset_at = reset_at
                self._remaining = estimate
            elif reset_at >= self._reset_at - tolerance:
                self._reset_at = max(self._reset_at, reset_at)
                known = self._remaining
                self._remaining = estimate if known is None else min(known, estimate)
            # Otherwise the answer belongs to a window already over: nothing to learn.


def _check_wait(
    request: httpx.Request,
    wait: float,
    *,
    budget: bool,
    throttle: Throttle,
    deadline: Deadline | None,
    now: float,
) -> None:
    """Raise when waiting `wait` seconds is more than the throttle or the call's deadline allow."""
    if wait <= 0:
        return
    past_deadline = deadline is not None and now + wait > deadline.at
    if budget and (wait > throttle.max_wait or past_deadline):
        limit = (
            f"the call's deadline of {deadline.seconds:g} s"
            if past_deadline and deadline is not None
            else f"the throttle's max_wait of {throttle.max_wait:g} s"
        )
        raise RateLimitWaitError.for_request(
            request,
            f"Port's rate-limit window allows the next request in {wait:.1f} s, more than "
            f"{limit}; the request was not sent",
            retry_after=wait,
        )
    if past_deadline and deadline is not None:
        raise deadline.error(request, f"the throttle's spacing needed a wait of {wait:.1f} s")


def _count(value: str | None) -> int | None:
    seconds = _seconds(value)
    return None if seconds is None else int(seconds)


def _seconds(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        _logger.debug("ignoring unparsable rate-limit header value %r", value)
        return None
    return number if math.isfinite(number) and number >= 0 else None


def _log_wait(reservation: _Reservation) -> None:
    if reservation.delay <= 0:
        return
    if reservation.exhausted:
        _logger.info(
            "rate limit budget used up: waiting %.2fs for the window to reset", reservation.delay
        )
    elif reservation.budget_wait:
        level = logging.INFO if reservation.delay >= _INFO_WAIT else logging.DEBUG
        _logger.log(
            level,
            "rate limit budget running low: waiting %.2fs before the next request",
            reservation.delay,
        )
    else:
        _logger.debug("throttle spacing: waiting %.3fs before the next request", reservation.delay)


class ThrottleTransport(httpx.BaseTransport):
    """Wraps a transport so that requests through it respect a `Throttle` (thread-safe)."""

    def __init__(
        self,
        transport: httpx.BaseTransport,
        *,
        throttle: Throttle,
        sleep: Callable[[float], object] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._transport = transport
        self._throttle = throttle
        self._sleep = sleep
        self._clock = clock
        self._pacer = _Pacer(throttle, clock=clock, wall_clock=wall_clock)
        cap = throttle.max_concurrency
        self._slots = threading.BoundedSemaphore(cap) if cap is not None else None

    @property
    def throttle(self) -> Throttle:
        return self._throttle

    @property
    def state(self) -> RateLimitState:
        """A snapshot of the rate-limit bookkeeping (for introspection and tests)."""
        return self._pacer.state()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._slots is not None:
            self._acquire_slot(request)
        try:
            reservation = self._pacer.reserve(request)
            _log_wait(reservation)
            response: httpx.Response | None = None
            try:  # a cancelled wait must still give its reservation back
                if reservation.delay > 0:
                    self._sleep(reservation.delay)
                response = self._transport.handle_request(request)
            finally:
                self._pacer.finish(response)
            return response
        finally:
            if self._slots is not None:
                self._slots.release()

    def _acquire_slot(self, request: httpx.Request) -> None:
        assert self._slots is not None
        deadline = deadline_of(request)
        if deadline is None:
            self._slots.acquire()
            return
        # The semaphore waits on the real clock; so does the deadline outside of tests.
        if not self._slots.acquire(timeout=max(deadline.left(self._clock()), 0.0)):
            raise deadline.error(request, "waiting for one of the throttle's concurrency slots")

    def close(self) -> None:
        self._transport.close()


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # only async users pay for importing asyncio

    await asyncio.sleep(seconds)


class AsyncThrottleTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport so that requests through it respect a `Throttle`."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        *,
        throttle: Throttle,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._transport = transport
        self._throttle = throttle
        self._sleep = sleep
        self._pacer = _Pacer(throttle, clock=clock, wall_clock=wall_clock)
        # asyncio primitives belong to one event loop; made on first use, remade for a new loop.
        self._slots: asyncio.Semaphore | None = None
        self._slots_loop: asyncio.AbstractEventLoop | None = None

    @property
    def throttle(self) -> Throttle:
        return self._throttle

    @property
    def state(self) -> RateLimitState:
        """A snapshot of the rate-limit bookkeeping (for introspection and tests)."""
        return self._pacer.state()

    def _semaphore(self) -> asyncio.Semaphore | None:
        import asyncio  # only async users pay for importing asyncio

        cap = self._throttle.max_concurrency
        if cap is None:
            return None
        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots_loop is not loop:
            self._slots = asyncio.Semaphore(cap)
            self._slots_loop = loop
        return self._slots

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        slots = self._semaphore()
        if slots is not None:
            await slots.acquire()
        try:
            reservation = self._pacer.reserve(request)
            _log_wait(reservation)
            response: httpx.Response | None = None
            try:  # a cancelled wait must still give its reservation back
                if reservation.delay > 0:
                    await (self._sleep or _asyncio_sleep)(reservation.delay)
                response = await self._transport.handle_async_request(request)
            finally:
                self._pacer.finish(response)
            return response
        finally:
            if slots is not None:
                slots.release()

    async def aclose(self) -> None:
        await self._transport.aclose()
