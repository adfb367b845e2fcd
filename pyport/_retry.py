"""Retries, as a pure policy plus httpx transports that apply it, and per-attempt DEBUG logging.

What is retried (every other status, and every other error, is returned or raised at once):

=============================================  ==================  =============================
Failure                                        Any request         Idempotent requests only
=============================================  ==================  =============================
ConnectError, ConnectTimeout, PoolTimeout      yes (never sent)
408, 429, 503                                  yes
500, 502, 504                                                      yes
ReadTimeout, WriteTimeout, ReadError,                              yes (may have been processed)
WriteError, RemoteProtocolError, also while
reading the body (a body cut short)
=============================================  ==================  =============================

The transports read each response's body themselves, inside the loop, so a body cut short is
retried like any other broken connection. They stop reading, and raise `InvalidResponseError`,
once the body passes `max_response_bytes` (decoded; a Content-Length over it is refused unread);
the body is handed up decoded (no Content-Encoding). A call's `deadline` (see `pyport._deadline`)
cuts every attempt's timeouts to the time left, ends a body read and stops retrying.

A DELETE answered 404 after an earlier attempt of the same call may have been processed (it ended
in one of the errors of the last row, or in 500, 502 or 504) is counted as done: the answer is
replaced by a 200 `{"ok": true}` with `response.extensions["pyport.assumed_deleted"]` set, since
the 404 most likely means that attempt deleted it.

Idempotent requests: GET, HEAD, OPTIONS, PUT, DELETE; POST /v1/auth/access_token; the POST
searches (/v1/entities/search, /v1/blueprints/{bp}/entities/search, /v1/entities/aggregate,
/v1/entities/aggregate-over-time, /v1/entities/properties-history); POST
/v1/blueprints/{bp}/entities and .../entities/bulk with ``upsert=true`` (an upsert without an
identifier creates a new entity each time: opt out for those). ``request.extensions`` key
``"pyport.idempotent"`` set to True or False overrides all of this. A request whose body is a
one-shot stream is never retried.
"""

from __future__ import annotations

import logging
import math
import random
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timezone
from typing import NamedTuple

import httpx

from pyport._deadline import Deadline, bounded_timeouts, deadline_of, reset_deadline, set_deadline
from pyport._logging import logger
from pyport.errors import InvalidResponseError

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "AsyncRetryTransport",
    "RetryDecision",
    "RetryPolicy",
    "RetryTransport",
    "check_max_response_bytes",
    "is_idempotent",
    "retry_after_seconds",
    "retry_after_value_seconds",
    "seconds_until_reset",
]

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Matched against the percent-encoded path, so an escaped "/" inside {bp} stays inside [^/]+.
_IDEMPOTENT_POSTS = re.compile(
    r".*/v1/(?:auth/access_token|entities/search|entities/aggregate|entities/aggregate-over-time"
    r"|entities/properties-history|blueprints/[^/]+/entities/search)/?"
)
_UPSERT_POSTS = re.compile(r".*/v1/blueprints/[^/]+/entities(?:/bulk)?/?")

_ALWAYS_RETRIED_STATUSES = frozenset({408, 429, 503})
_IDEMPOTENT_RETRIED_STATUSES = frozenset({500, 502, 504})
_NEVER_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MAYBE_PROCESSED_ERRORS = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)

# A response body may be this large (decoded) unless the client says otherwise.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
ASSUMED_DELETED = "pyport.assumed_deleted"

# x-ratelimit-reset above this many periods is an epoch; without a period, above about 3 years.
_EPOCH_PERIODS = 10
_EPOCH_WITHOUT_PERIOD = 1e8


def is_idempotent(request: httpx.Request) -> bool:
    """Whether sending `request` twice has the effect of sending it once (see the module table)."""
    explicit = request.extensions.get("pyport.idempotent")
    if isinstance(explicit, bool):
        return explicit
    if request.method in _IDEMPOTENT_METHODS:
        return True
    if request.method != "POST":
        return False
    path = _raw_path(request)
    if _IDEMPOTENT_POSTS.fullmatch(path):
        return True
    upsert = request.url.params.get("upsert", "")
    return upsert.lower() == "true" and _UPSERT_POSTS.fullmatch(path) is not None


def retry_after_seconds(response: httpx.Response, *, now: float | None = None) -> float | None:
    """How long the server asks us to wait, uncapped, or None if it does not say.

    Retry-After (seconds or HTTP-date) on any response; x-ratelimit-reset only on a 429 (every Port
    response carries it). x-ratelimit-reset is epoch seconds when it is more than 10 times
    x-ratelimit-period, else seconds until the reset. Dates are measured from `now` (epoch seconds),
    by default the response's Date header, else this machine's clock.
    """
    headers = response.headers
    if "retry-after" in headers:
        waited = retry_after_value_seconds(headers["retry-after"], now=_now(response, now))
        if waited is not None:
            return waited
    if response.status_code != 429 or "x-ratelimit-reset" not in headers:
        return None
    reset = _non_negative_float(headers["x-ratelimit-reset"])
    if reset is None:
        return None
    period = _non_negative_float(headers.get("x-ratelimit-period", ""))
    return seconds_until_reset(reset, period=period, now=_now(response, now))


def seconds_until_reset(reset: float, *, period: float | None, now: float) -> float:
    """An x-ratelimit-reset value as seconds from `now` (epoch seconds).

    Port's docs call it an epoch, its Terraform provider a countdown: it is an epoch when it is
    more than 10 times x-ratelimit-period (or, without a period, above about 3 years), else
    already the seconds left. The retry policy and the throttle both read it here.
    """
    is_epoch = reset > (_EPOCH_PERIODS * period if period else _EPOCH_WITHOUT_PERIOD)
    return max(0.0, reset - now) if is_epoch else reset


def retry_after_value_seconds(value: str, *, now: float) -> float | None:
    """A Retry-After value (seconds, or an HTTP-date measured from `now`), or None if unreadable."""
    value = value.strip()
    seconds = _non_negative_float(value)
    if seconds is not None:
        return seconds
    date = _http_date(value)
    return None if date is None else max(0.0, date - now)


class RetryDecision(NamedTuple):  # cheaper to define than a dataclass (import time)
    """Whether to retry, after how many seconds, and why (for logs)."""

    retry: bool
    delay: float
    reason: str


@dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """When and how long to wait before sending a request again. Pure: no clock, no sleeping.

    `max_attempts` counts the first attempt. The delay after failed attempt n (1-based) is
    exponential backoff with full jitter::

        delay = uniform(0, min(backoff_max, backoff_base * 2 ** (n - 1)))

    unless the server asks for a wait (`retry_after_seconds`), which is used instead, capped at
    `retry_after_max`. No retry is made when `elapsed + delay` would exceed `max_elapsed`.
    """

    max_attempts: int = 5
    max_elapsed: float = 60.0
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    retry_after_max: float = 60.0

    def __post_init__(self) -> None:
        if isinstance(self.max_attempts, bool) or not isinstance(self.max_attempts, int):
            raise TypeError(f"max_attempts must be an int, got {self.max_attempts!r}")
        if self.max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, got {self.max_attempts}")
        for name in ("max_elapsed", "backoff_base", "backoff_max", "retry_after_max"):
            value = getattr(self, name)
            if not (isinstance(value, (int, float)) and 0 <= value < math.inf):
                raise ValueError(f"{name} must be a finite number of seconds >= 0, got {value!r}")

    @classmethod
    def none(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(max_attempts=1)

    def decide(
        self,
        *,
        request: httpx.Request,
        response: httpx.Response | None,
        error: Exception | None,
        attempt: int,
        elapsed: float,
        rng: random.Random,
        now: float | None = None,
    ) -> RetryDecision:
        """Decide after `attempt` (1-based) ended in `response` or `error` (exactly one of them).

        `elapsed` is the time in seconds since the first attempt started; `now` is passed on to
        `retry_after_seconds`.
        """
        if (response is None) == (error is None):
            raise ValueError("pass exactly one of response= and error=")
        if attempt < 1:
            raise ValueError(f"attempt is 1-based, got {attempt}")
        retryable, reason = _classify(request, response=response, error=error)
        if not retryable:
            return _stop(reason)
        if not isinstance(request.stream, httpx.ByteStream):
            return _stop(f"{reason}; the request body is a stream that cannot be sent again")
        if attempt >= self.max_attempts:
            return _stop(f"{reason}; attempt {attempt} of {self.max_attempts} was the last")
        wait = retry_after_seconds(response, now=now) if response is not None else None
        if wait is not None:
            delay = min(wait, self.retry_after_max)
            reason = f"{reason}; the server asked to wait {wait:g} s"
        else:
            ceiling = self.backoff_base * 2.0 ** min(attempt - 1, 64)
            delay = rng.uniform(0, min(self.backoff_max, ceiling))
        if elapsed + delay > self.max_elapsed:
            return _stop(
                f"{reason}; waiting {delay:.2f} s would pass the {self.max_elapsed:g} s budget"
            )
        return RetryDecision(retry=True, delay=delay, reason=reason)


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and resends requests as `policy` says; see the module docstring.

    Every response's body is read here, at most `max_response_bytes` of it.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport,
        *,
        policy: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self._transport = transport
        self._policy = policy if policy is not None else RetryPolicy()
        self._limit = check_max_response_bytes(max_response_bytes)
        self._sleep, self._clock, self._rng = sleep, clock, rng or random.Random()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        run = _Run(self._policy, request, clock=self._clock, rng=self._rng)
        while True:
            attempt = run.begin()
            # Socket waits of the default transport end at the deadline (see pyport._network).
            token = set_deadline(run.deadline.at if run.deadline is not None else None)
            try:
                response = self._transport.handle_request(request)
                response = _read(response, request, limit=self._limit, run=run)
            except httpx.TransportError as exc:
                decision = run.end(error=exc)
                if not decision.retry:
                    raise
            else:
                decision = run.end(response=response)
                if not decision.retry:
                    return run.settled(response, attempt)
            finally:
                reset_deadline(token)
            self._sleep(decision.delay)

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`; `sleep` defaults to `anyio.sleep` (asyncio or trio).

    With a deadline, each attempt also runs under a cancel scope, so nothing in it (the throttle's
    wait, the headers, the body) outlives the deadline.
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        *,
        policy: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        # anyio loads with the first async client, not with `import pyport` (sync programs).
        import anyio

        self._transport = transport
        self._policy = policy if policy is not None else RetryPolicy()
        self._limit = check_max_response_bytes(max_response_bytes)
        self._sleep = sleep if sleep is not None else anyio.sleep
        self._clock, self._rng = clock, rng or random.Random()
        self._move_on_after = anyio.move_on_after

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        run = _Run(self._policy, request, clock=self._clock, rng=self._rng)
        while True:
            attempt = run.begin()
            try:
                response = await self._attempt(request, run)
            except httpx.TransportError as exc:
                decision = run.end(error=exc)
                if not decision.retry:
                    raise
            else:
                decision = run.end(response=response)
                if not decision.retry:
                    return run.settled(response, attempt)
            await self._sleep(decision.delay)

    async def _attempt(self, request: httpx.Request, run: _Run) -> httpx.Response:
        deadline = run.deadline
        if deadline is None:
            response = await self._transport.handle_async_request(request)
            return await _aread(response, request, limit=self._limit, run=run)
        with self._move_on_after(max(deadline.left(self._clock()), 0.0)):
            response = await self._transport.handle_async_request(request)
            return await _aread(response, request, limit=self._limit, run=run)
        raise deadline.error(request, "while waiting for the answer")

    async def aclose(self) -> None:
        await self._transport.aclose()


class _Run:
    """The attempts at sending one request: timing, deadline, the policy's decisions, the logs."""

    def __init__(
        self,
        policy: RetryPolicy,
        request: httpx.Request,
        *,
        clock: Callable[[], float],
        rng: random.Random,
    ) -> None:
        self._policy, self._request, self._clock, self._rng = policy, request, clock, rng
        self._first_start = self._start = clock()
        self.attempt = 0
        self.deadline: Deadline | None = deadline_of(request)
        self._timeouts = request.extensions.get("timeout")
        # Whether an attempt so far may have reached the server and been acted on.
        self._maybe_processed = False

    def begin(self) -> int:
        self.attempt += 1
        self._start = self._clock()
        if self.deadline is not None:
            left = self.deadline.left(self._start)
            if left <= 0:
                raise self.deadline.error(self._request, "before sending the request")
            # httpx's timeouts bound each read; cut them so that no single one outlives the call.
            self._request.extensions["timeout"] = bounded_timeouts(self._timeouts, left)
        return self.attempt

    def check_deadline(self, doing: str) -> None:
        if self.deadline is not None and self._clock() > self.deadline.at:
            raise self.deadline.error(self._request, doing)

    def end(
        self, *, response: httpx.Response | None = None, error: Exception | None = None
    ) -> RetryDecision:
        request = self._request
        now = self._clock()
        if (
            isinstance(error, httpx.TimeoutException)
            and self.deadline is not None
            and now >= self.deadline.at
        ):
            # The timeout was cut to the deadline: that, not the server's pace, is what ran out.
            raise self.deadline.error(request, "while waiting for the answer") from error
        _log_attempt(
            request,
            response=response,
            error=error,
            attempt=self.attempt,
            duration_ms=(now - self._start) * 1000,
        )
        decision = self._policy.decide(
            request=request,
            response=response,
            error=error,
            attempt=self.attempt,
            elapsed=now - self._first_start,
            rng=self._rng,
        )
        if (
            decision.retry
            and self.deadline is not None
            and now + decision.delay >= self.deadline.at
        ):
            decision = _stop(
                f"{decision.reason}; waiting {decision.delay:.2f} s would pass the call's "
                f"{self.deadline.seconds:g} s deadline"
            )
        if decision.retry:
            _log_retry(
                request,
                response=response,
                error=error,
                attempt=self.attempt,
                policy=self._policy,
                decision=decision,
            )
            self._maybe_processed = self._maybe_processed or _may_have_been_processed(
                response, error
            )
        return decision

    def settled(self, response: httpx.Response, attempt: int) -> httpx.Response:
        """The response to hand up for the last attempt."""
        response.extensions["pyport.attempts"] = attempt
        request = self._request
        if not (request.method == "DELETE" and response.status_code == 404):
            return response
        if not self._maybe_processed:
            return response
        logger.info(
            "DELETE %s answered 404 after an earlier attempt that may have deleted it: "
            "counted as deleted (attempt %d, trace id %s)",
            _raw_path(request),
            attempt,
            response.headers.get("x-trace-id"),
        )
        headers = {"content-type": "application/json"}
        if "x-trace-id" in response.headers:
            headers["x-trace-id"] = response.headers["x-trace-id"]
        return httpx.Response(
            200,
            headers=headers,
            content=b'{"ok":true}',
            request=request,
            extensions={"pyport.attempts": attempt, ASSUMED_DELETED: True},
        )


def _may_have_been_processed(response: httpx.Response | None, error: Exception | None) -> bool:
    if response is not None:
        return response.status_code in _IDEMPOTENT_RETRIED_STATUSES
    return isinstance(error, _MAYBE_PROCESSED_ERRORS)


def check_max_response_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(
            f"max_response_bytes must be a positive integer (bytes), not {value!r}; "
            f"the default is {DEFAULT_MAX_RESPONSE_BYTES:,}"
        )
    return value


def _too_large(response: httpx.Response, limit: int, size: str) -> InvalidResponseError:
    return InvalidResponseError.from_response(
        response,
        f"the body is larger than max_response_bytes ({limit:,} bytes): {size}; stopped reading it",
    )


def _declared_too_large(
    response: httpx.Response, limit: int, *, encoded: bool
) -> InvalidResponseError | None:
    """The error for a Content-Length over `limit`, or None (a compressed body is read instead)."""
    if encoded:
        return None
    try:
        declared = int(response.headers.get("content-length", ""))
    except ValueError:
        return None
    if declared <= limit:
        return None
    return _too_large(response, limit, f"its Content-Length says {declared:,}")


def _buffered(
    response: httpx.Response, request: httpx.Request, body: bytes, *, encoded: bool
) -> httpx.Response:
    """A fresh response holding `body`, already decoded (so the client must not decode it)."""
    headers = response.headers
    if encoded:
        headers = headers.copy()
        del headers["content-encoding"]
        headers["content-length"] = str(len(body))
    return httpx.Response(
        response.status_code,
        headers=headers,
        stream=httpx.ByteStream(body),
        request=request,
        extensions=response.extensions,
    )


def _in_memory(response: httpx.Response, limit: int) -> bool:
    """Whether `response` was made in memory and read already (a mock's, the simulator's):
    nothing can cut it short or trickle it, so only its size is checked."""
    if not response.is_stream_consumed:
        return False
    try:
        size = len(response.content)
    except httpx.ResponseNotRead:  # consumed by someone without being kept: read as usual
        return False
    if size > limit:
        raise _too_large(response, limit, f"{size:,} bytes")
    return True


def _read(
    response: httpx.Response, request: httpx.Request, *, limit: int, run: _Run
) -> httpx.Response:
    """Read `response`'s body (decoded) within `limit` bytes and the call's deadline."""
    response.request = request
    if _in_memory(response, limit):
        return response
    encoded = "content-encoding" in response.headers
    chunks: list[bytes] = []
    size = 0
    try:
        refused = _declared_too_large(response, limit, encoded=encoded)
        if refused is not None:
            raise refused
        # Without an encoding the raw bytes are the body: spare httpx's decoder machinery.
        for chunk in response.iter_bytes() if encoded else response.iter_raw():
            size += len(chunk)
            if size > limit:
                raise _too_large(response, limit, f"{size:,} bytes so far")
            chunks.append(chunk)
            run.check_deadline("while reading the body")
    finally:
        response.close()
    return _buffered(response, request, b"".join(chunks), encoded=encoded)


async def _aread(
    response: httpx.Response, request: httpx.Request, *, limit: int, run: _Run
) -> httpx.Response:
    response.request = request
    if _in_memory(response, limit):
        return response
    encoded = "content-encoding" in response.headers
    chunks: list[bytes] = []
    size = 0
    try:
        refused = _declared_too_large(response, limit, encoded=encoded)
        if refused is not None:
            raise refused
        async for chunk in response.aiter_bytes() if encoded else response.aiter_raw():
            size += len(chunk)
            if size > limit:
                raise _too_large(response, limit, f"{size:,} bytes so far")
            chunks.append(chunk)
            run.check_deadline("while reading the body")
    finally:
        await response.aclose()
    return _buffered(response, request, b"".join(chunks), encoded=encoded)


def _classify(
    request: httpx.Request, *, response: httpx.Response | None, error: Exception | None
) -> tuple[bool, str]:
    """Whether the failure may be retried at all, and a reason for the logs."""
    if response is not None:
        failure = f"{response.status_code} {response.reason_phrase}".strip()
        if response.status_code in _ALWAYS_RETRIED_STATUSES:
            return True, failure
        if response.status_code not in _IDEMPOTENT_RETRIED_STATUSES:
            return False, f"{failure} is not retried"
    else:
        failure = type(error).__name__
        if isinstance(error, _NEVER_SENT_ERRORS):
            return True, f"{failure} (the request was not sent)"
        if not isinstance(error, _MAYBE_PROCESSED_ERRORS):
            return False, f"{failure} is not retried"
    if is_idempotent(request):
        return True, f"{failure} on an idempotent request"
    return False, f"{failure}, and {request.method} {_raw_path(request)} is not idempotent"


def _stop(reason: str) -> RetryDecision:
    return RetryDecision(retry=False, delay=0.0, reason=reason)


def _raw_path(request: httpx.Request) -> str:
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii")


def _non_negative_float(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if 0 <= number < math.inf else None


def _http_date(value: str) -> float | None:
    from email.utils import parsedate_to_datetime  # rare (Retry-After as a date): loaded then

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # "-0000" means UTC with unknown origin (RFC 5322).
        return moment.replace(tzinfo=timezone.utc).timestamp()
    return moment.timestamp()


def _now(response: httpx.Response, now: float | None) -> float:
    if now is not None:
        return now
    # The server's own clock is the right reference for its dates, and immune to our clock skew.
    server_now = _http_date(response.headers.get("date", ""))
    return server_now if server_now is not None else time.time()


def _log_fields(
    request: httpx.Request, *, response: httpx.Response | None, error: Exception | None
) -> dict[str, object]:
    """The `extra=` fields of our log records, for applications that log structured data."""
    template = request.extensions.get("pyport.path_template")
    return {
        "pyport_method": request.method,
        "pyport_path": template if isinstance(template, str) else _raw_path(request),
        "pyport_status": response.status_code if response is not None else None,
        "pyport_error": type(error).__name__ if error is not None else None,
        "pyport_trace_id": response.headers.get("x-trace-id") if response is not None else None,
        "pyport_correlation_id": request.headers.get("x-pyport-correlation-id"),
    }


def _log_attempt(
    request: httpx.Request,
    *,
    response: httpx.Response | None,
    error: Exception | None,
    attempt: int,
    duration_ms: float,
) -> None:
    if not logger.isEnabledFor(logging.DEBUG):  # Spare every request the work below.
        return
    fields = _log_fields(request, response=response, error=error)
    outcome = fields["pyport_status"] if response is not None else fields["pyport_error"]
    logger.debug(
        "%s %s -> %s in %.1f ms (attempt %d, trace id %s, correlation id %s)",
        fields["pyport_method"],
        fields["pyport_path"],
        outcome,
        duration_ms,
        attempt,
        fields["pyport_trace_id"],
        fields["pyport_correlation_id"],
        extra={
            **fields,
            "pyport_duration_ms": duration_ms,
            "pyport_attempt": attempt,
        },
    )


def _log_retry(
    request: httpx.Request,
    *,
    response: httpx.Response | None,
    error: Exception | None,
    attempt: int,
    policy: RetryPolicy,
    decision: RetryDecision,
) -> None:
    fields = _log_fields(request, response=response, error=error)
    server_asked = response is not None and (
        response.status_code == 429 or "retry-after" in response.headers
    )
    logger.log(
        logging.WARNING if server_asked else logging.INFO,
        "retrying %s %s in %.2f s after attempt %d of %d: %s (trace id %s)",
        fields["pyport_method"],
        fields["pyport_path"],
        decision.delay,
        attempt,
        policy.max_attempts,
        decision.reason,
        fields["pyport_trace_id"],
        extra={
            **fields,
            "pyport_attempt": attempt,
            "pyport_delay": decision.delay,
            "pyport_reason": decision.reason,
        },
    )
