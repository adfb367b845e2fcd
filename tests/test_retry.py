"""pyport._retry: the pure policy as a table of cases, then the transports under a real httpx client
with httpx.MockTransport underneath. Sleeping and the clock are injected: no test waits."""

from __future__ import annotations

import dataclasses
import logging
import random
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from pyport._deadline import DEADLINE, Deadline
from pyport._retry import (
    AsyncRetryTransport,
    RetryDecision,
    RetryPolicy,
    RetryTransport,
    is_idempotent,
)
from pyport.errors import InvalidResponseError, PortTimeoutError

BASE_URL = "https://api.port.io"
NOW = datetime(2025, 6, 1, 12, 0, 0, tzinfo=timezone.utc)
EPOCH_NOW = int(NOW.timestamp())
DATE = format_datetime(NOW, usegmt=True)
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLXZhbHVl"


class MaxRandom(random.Random):
    """Full jitter at its ceiling, so the backoff bound itself is what tests see."""

    def uniform(self, a: float, b: float) -> float:
        return b


def request(
    method: str = "GET",
    path: str = "/v1/blueprints",
    *,
    content: Any = None,
    extensions: dict[str, Any] | None = None,
) -> httpx.Request:
    return httpx.Request(method, BASE_URL + path, content=content, extensions=extensions)


def http_date(seconds_from_now: float) -> str:
    moment = datetime.fromtimestamp(NOW.timestamp() + seconds_from_now, timezone.utc)
    return format_datetime(moment, usegmt=True)


# --- the policy ----------------------------------------------------------------------------------

GET = request()
POST_ENTITY = request("POST", "/v1/blueprints/svc/entities")
DEFAULT = RetryPolicy()


@dataclasses.dataclass(frozen=True)
class Case:
    policy: RetryPolicy
    request: httpx.Request
    outcome: int | Exception | httpx.Response
    attempt: int
    elapsed: float
    now: float | None
    retry: bool
    delay: float


def case(
    id: str,
    outcome: int | Exception | httpx.Response,
    retry: bool,
    delay: float = 0.0,
    *,
    req: httpx.Request = GET,
    attempt: int = 1,
    elapsed: float = 0.0,
    policy: RetryPolicy = DEFAULT,
    now: float | None = None,
) -> Any:
    return pytest.param(Case(policy, req, outcome, attempt, elapsed, now, retry, delay), id=id)


CASES = [
    # Backoff with full jitter (MaxRandom shows the ceiling): 0.5 * 2**(attempt-1), capped.
    case("GET 500 first attempt", 500, True, 0.5),
    case("GET 502", 502, True, 0.5),
    case("GET 504", 504, True, 0.5),
    case("GET 500 attempt 2", 500, True, 1.0, attempt=2),
    case("GET 500 attempt 4", 500, True, 4.0, attempt=4),
    case("GET 500 attempt 5 is the last", 500, False, attempt=5),
    case("GET 500 past the last", 500, False, attempt=9),
    case(
        "backoff_max caps",
        500,
        True,
        1.0,
        attempt=4,
        policy=RetryPolicy(backoff_max=1.0),
    ),
    case(
        "huge attempt numbers stay finite",
        503,
        True,
        30.0,
        attempt=2000,
        policy=RetryPolicy(max_attempts=10_000, max_elapsed=1e9),
    ),
    case("one attempt only", 503, False, policy=RetryPolicy(max_attempts=1)),
    case("none() never retries", 503, False, policy=RetryPolicy.none()),
    case("none() never retries errors", httpx.ConnectError("x"), False, policy=RetryPolicy.none()),
    # Always retried, whatever the method.
    case("POST 408", 408, True, 0.5, req=POST_ENTITY),
    case("POST 429", 429, True, 0.5, req=POST_ENTITY),
    case("POST 503", 503, True, 0.5, req=POST_ENTITY),
    case("POST ConnectError", httpx.ConnectError("refused"), True, 0.5, req=POST_ENTITY),
    case("POST ConnectTimeout", httpx.ConnectTimeout("slow"), True, 0.5, req=POST_ENTITY),
    case("POST PoolTimeout", httpx.PoolTimeout("busy"), True, 0.5, req=POST_ENTITY),
    # Only for idempotent requests.
    case("POST 500", 500, False, req=POST_ENTITY),
    case("POST 502", 502, False, req=POST_ENTITY),
    case("POST 504", 504, False, req=POST_ENTITY),
    case("POST ReadTimeout", httpx.ReadTimeout("t"), False, req=POST_ENTITY),
    case("POST WriteTimeout", httpx.WriteTimeout("t"), False, req=POST_ENTITY),
    case("POST ReadError", httpx.ReadError("reset"), False, req=POST_ENTITY),
    case("POST WriteError", httpx.WriteError("reset"), False, req=POST_ENTITY),
    case("POST RemoteProtocolError", httpx.RemoteProtocolError("eof"), False, req=POST_ENTITY),
    case("GET ReadTimeout", httpx.ReadTimeout("t"), True, 0.5),
    case("GET WriteTimeout", httpx.WriteTimeout("t"), True, 0.5),
    case("GET ReadError", httpx.ReadError("reset"), True, 0.5),
    case("GET WriteError", httpx.WriteError("reset"), True, 0.5),
    case("GET RemoteProtocolError", httpx.RemoteProtocolError("eof"), True, 0.5),
    # Idempotent methods and routes.
    case("HEAD 500", 500, True, 0.5, req=request("HEAD")),
    case("OPTIONS 500", 500, True, 0.5, req=request("OPTIONS")),
    case("PUT 500", 500, True, 0.5, req=request("PUT", "/v1/blueprints/svc")),
    case("DELETE 500", 500, True, 0.5, req=request("DELETE", "/v1/blueprints/svc")),
    case("PATCH 500", 500, False, req=request("PATCH", "/v1/blueprints/svc")),
    case("POST token 500", 500, True, 0.5, req=request("POST", "/v1/auth/access_token")),
    case("POST search 500", 500, True, 0.5, req=request("POST", "/v1/entities/search")),
    case(
        "POST blueprint search",
        502,
        True,
        0.5,
        req=request("POST", "/v1/blueprints/svc/entities/search"),
    ),
    case(
        "POST escaped blueprint search",
        502,
        True,
        0.5,
        req=request("POST", "/v1/blueprints/a%2Fb/entities/search"),
    ),
    case("POST aggregate", 504, True, 0.5, req=request("POST", "/v1/entities/aggregate")),
    case(
        "POST aggregate-over-time",
        500,
        True,
        0.5,
        req=request("POST", "/v1/entities/aggregate-over-time"),
    ),
    case(
        "POST properties-history",
        500,
        True,
        0.5,
        req=request("POST", "/v1/entities/properties-history"),
    ),
    case(
        "POST search behind a path prefix",
        500,
        True,
        0.5,
        req=request("POST", "/port/v1/entities/search"),
    ),
    case(
        "POST upsert=true",
        500,
        True,
        0.5,
        req=request("POST", "/v1/blueprints/svc/entities?upsert=true&merge=true"),
    ),
    case(
        "POST bulk upsert=True",
        500,
        True,
        0.5,
        req=request("POST", "/v1/blueprints/svc/entities/bulk?upsert=True"),
    ),
    case(
        "POST upsert=false",
        500,
        False,
        req=request("POST", "/v1/blueprints/svc/entities?upsert=false"),
    ),
    case(
        "POST upsert on another route",
        500,
        False,
        req=request("POST", "/v1/blueprints/svc/bulk/entities/delete?upsert=true"),
    ),
    case("POST run an action", 500, False, req=request("POST", "/v1/actions/deploy/runs")),
    case(
        "explicit opt-in",
        500,
        True,
        0.5,
        req=request("POST", "/v1/actions/a/runs", extensions={"pyport.idempotent": True}),
    ),
    case(
        "explicit opt-out",
        httpx.ReadTimeout("t"),
        False,
        req=request("GET", extensions={"pyport.idempotent": False}),
    ),
    case(
        "explicit opt-out still retries 503",
        503,
        True,
        0.5,
        req=request("GET", extensions={"pyport.idempotent": False}),
    ),
    # Never retried.
    *(case(f"GET {status}", status, False) for status in (200, 201, 207, 400, 401, 403, 404)),
    *(case(f"GET {status}", status, False) for status in (409, 413, 422, 501, 505, 599)),
    case("ProxyError", httpx.ProxyError("x"), False),
    case("UnsupportedProtocol", httpx.UnsupportedProtocol("x"), False),
    case("LocalProtocolError", httpx.LocalProtocolError("x"), False),
    case("CloseError", httpx.CloseError("x"), False),
    case("not an httpx error", ValueError("x"), False),
    case(
        "one-shot body stream",
        httpx.ConnectError("x"),
        False,
        req=request("PUT", "/v1/blueprints/svc", content=iter([b"{}"])),
    ),
    # The server's wait overrides backoff, capped at retry_after_max.
    case("Retry-After seconds", httpx.Response(503, headers={"Retry-After": "3"}), True, 3.0),
    case("Retry-After fraction", httpx.Response(429, headers={"Retry-After": "0.25"}), True, 0.25),
    case("Retry-After zero", httpx.Response(429, headers={"Retry-After": "0"}), True, 0.0),
    case(
        "Retry-After on POST 429",
        httpx.Response(429, headers={"Retry-After": "3"}),
        True,
        3.0,
        req=POST_ENTITY,
    ),
    case("Retry-After capped", httpx.Response(429, headers={"Retry-After": "120"}), True, 60.0),
    case(
        "Retry-After cap configurable",
        httpx.Response(429, headers={"Retry-After": "9"}),
        True,
        5.0,
        policy=RetryPolicy(retry_after_max=5),
    ),
    case(
        "Retry-After HTTP-date, now given",
        httpx.Response(503, headers={"Retry-After": http_date(10)}),
        True,
        10.0,
        now=NOW.timestamp(),
    ),
    case(
        "Retry-After HTTP-date against the Date header",
        httpx.Response(503, headers={"Retry-After": http_date(12), "Date": DATE}),
        True,
        12.0,
    ),
    case(
        "Retry-After date in the past",
        httpx.Response(503, headers={"Retry-After": http_date(-5), "Date": DATE}),
        True,
        0.0,
    ),
    case(
        "Retry-After garbage falls back to backoff",
        httpx.Response(503, headers={"Retry-After": "later"}),
        True,
        0.5,
    ),
    case(
        "429 x-ratelimit-reset seconds until",
        httpx.Response(429, headers={"x-ratelimit-reset": "20", "x-ratelimit-period": "300"}),
        True,
        20.0,
    ),
    case(
        "429 x-ratelimit-reset epoch",
        httpx.Response(
            429,
            headers={"x-ratelimit-reset": str(EPOCH_NOW + 25), "x-ratelimit-period": "300"},
        ),
        True,
        25.0,
        now=NOW.timestamp(),
    ),
    case(
        "429 x-ratelimit-reset epoch, no period, Date header",
        httpx.Response(429, headers={"x-ratelimit-reset": str(EPOCH_NOW + 7), "Date": DATE}),
        True,
        7.0,
    ),
    case(
        "429 x-ratelimit-reset epoch capped",
        httpx.Response(429, headers={"x-ratelimit-reset": str(EPOCH_NOW + 900), "Date": DATE}),
        True,
        60.0,
    ),
    case(
        "Retry-After wins over x-ratelimit-reset",
        httpx.Response(429, headers={"Retry-After": "2", "x-ratelimit-reset": "40"}),
        True,
        2.0,
    ),
    case(
        "x-ratelimit-reset ignored on 503",
        httpx.Response(503, headers={"x-ratelimit-reset": "40", "x-ratelimit-period": "300"}),
        True,
        0.5,
    ),
    # The elapsed budget.
    case("within the budget", 503, True, 0.5, elapsed=59.5),
    case("past the budget", 503, False, elapsed=59.6),
    case(
        "server wait past the budget",
        httpx.Response(429, headers={"Retry-After": "30"}),
        False,
        elapsed=40.0,
    ),
    case("small budget", 503, False, attempt=3, elapsed=1.5, policy=RetryPolicy(max_elapsed=2)),
]


@pytest.mark.parametrize("c", CASES)
def test_policy_decides(c: Case) -> None:
    outcome = httpx.Response(c.outcome) if isinstance(c.outcome, int) else c.outcome
    decision = c.policy.decide(
        request=c.request,
        response=outcome if isinstance(outcome, httpx.Response) else None,
        error=outcome if isinstance(outcome, Exception) else None,
        attempt=c.attempt,
        elapsed=c.elapsed,
        rng=MaxRandom(),
        now=c.now,
    )
    assert (decision.retry, decision.delay) == (c.retry, c.delay)
    assert decision.reason


@pytest.mark.parametrize(
    ("outcome", "reason"),
    [
        (503, "503 Service Unavailable"),
        (500, "500 Internal Server Error on an idempotent request"),
        (404, "404 Not Found is not retried"),
        (httpx.ConnectError("x"), "ConnectError (the request was not sent)"),
        (httpx.CloseError("x"), "CloseError is not retried"),
        (
            httpx.Response(429, headers={"Retry-After": "120"}),
            "429 Too Many Requests; the server asked to wait 120 s",
        ),
    ],
)
def test_decision_reasons(outcome: int | Exception | httpx.Response, reason: str) -> None:
    response = httpx.Response(outcome) if isinstance(outcome, int) else outcome
    decision = DEFAULT.decide(
        request=GET,
        response=response if isinstance(response, httpx.Response) else None,
        error=response if isinstance(response, Exception) else None,
        attempt=1,
        elapsed=0,
        rng=MaxRandom(),
    )
    assert decision.reason == reason


def test_reasons_for_stopping() -> None:
    def reason(**kwargs: Any) -> str:
        arguments: dict[str, Any] = {
            "request": GET,
            "response": httpx.Response(503),
            "error": None,
            "attempt": 1,
            "elapsed": 0.0,
            "rng": MaxRandom(),
        }
        decision = DEFAULT.decide(**{**arguments, **kwargs})
        assert not decision.retry
        return decision.reason

    assert reason(attempt=5) == "503 Service Unavailable; attempt 5 of 5 was the last"
    assert reason(elapsed=59.9) == (
        "503 Service Unavailable; waiting 0.50 s would pass the 60 s budget"
    )
    assert reason(response=httpx.Response(500), request=POST_ENTITY) == (
        "500 Internal Server Error, and POST /v1/blueprints/svc/entities is not idempotent"
    )
    streamed = request("PUT", "/v1/blueprints/x", content=iter([b"{}"]))
    assert reason(request=streamed) == (
        "503 Service Unavailable; the request body is a stream that cannot be sent again"
    )


def test_full_jitter_stays_within_the_backoff_bound() -> None:
    rng = random.Random(1234)
    for attempt in range(1, 9):
        ceiling = min(30.0, 0.5 * 2 ** (attempt - 1))
        delays = [
            RetryPolicy(max_attempts=10, max_elapsed=1000)
            .decide(
                request=GET,
                response=httpx.Response(503),
                error=None,
                attempt=attempt,
                elapsed=0,
                rng=rng,
            )
            .delay
            for _ in range(200)
        ]
        assert all(0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling * 0.8  # really spread out, not a constant
        assert min(delays) < ceiling * 0.2


def test_policy_is_frozen_and_keyword_only() -> None:
    assert RetryPolicy() == RetryPolicy(
        max_attempts=5, max_elapsed=60, backoff_base=0.5, backoff_max=30, retry_after_max=60
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        RetryPolicy().max_attempts = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        RetryPolicy(3)  # type: ignore[call-arg]
    with pytest.raises(AttributeError):  # a NamedTuple
        RetryDecision(retry=True, delay=1.0, reason="r").delay = 2.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"max_attempts": 0}, ValueError, "max_attempts must be at least 1, got 0"),
        ({"max_attempts": 2.5}, TypeError, "max_attempts must be an int, got 2.5"),
        ({"max_attempts": True}, TypeError, "max_attempts must be an int, got True"),
        ({"max_elapsed": -1}, ValueError, "max_elapsed must be a finite number of seconds >= 0"),
        ({"backoff_base": float("nan")}, ValueError, "backoff_base must be a finite number"),
        ({"backoff_max": float("inf")}, ValueError, "backoff_max must be a finite number"),
        ({"retry_after_max": "60"}, ValueError, "retry_after_max must be a finite number"),
    ],
)
def test_bad_policy_values_are_rejected(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message.replace("(", r"\(")):
        RetryPolicy(**kwargs)


def test_decide_needs_exactly_one_outcome_and_a_1_based_attempt() -> None:
    common: dict[str, Any] = {"request": GET, "elapsed": 0.0, "rng": MaxRandom()}
    with pytest.raises(ValueError, match="exactly one of response= and error="):
        DEFAULT.decide(response=None, error=None, attempt=1, **common)
    with pytest.raises(ValueError, match="exactly one of response= and error="):
        DEFAULT.decide(
            response=httpx.Response(503), error=httpx.ConnectError("x"), attempt=1, **common
        )
    with pytest.raises(ValueError, match="attempt is 1-based, got 0"):
        DEFAULT.decide(response=httpx.Response(503), error=None, attempt=0, **common)


def test_is_idempotent_reads_the_explicit_extension_only_as_a_bool() -> None:
    assert is_idempotent(request("POST", "/v1/x", extensions={"pyport.idempotent": True}))
    assert not is_idempotent(request("GET", extensions={"pyport.idempotent": False}))
    assert not is_idempotent(request("POST", "/v1/x", extensions={"pyport.idempotent": "yes"}))


# --- the sync transport --------------------------------------------------------------------------


class FakeTime:
    """A clock that moves only when slept on (or when a handler says time passed)."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


Outcome = httpx.Response | Exception


class Script:
    """A MockTransport handler that answers from a list and records what it was sent."""

    def __init__(self, *outcomes: Outcome, time: FakeTime | None = None) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []
        self.time = time

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.time is not None:
            self.time.now += 0.25  # every attempt takes 250 ms
        outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    async def answer_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


def client(script: Script, time: FakeTime, *, policy: RetryPolicy | None = None) -> httpx.Client:
    transport = RetryTransport(
        httpx.MockTransport(script),
        policy=policy,
        sleep=time.sleep,
        clock=time.clock,
        rng=MaxRandom(),
    )
    return httpx.Client(transport=transport, base_url=BASE_URL)


def test_retries_until_success(fake_time: FakeTime) -> None:
    script = Script(httpx.Response(503), httpx.Response(503), httpx.Response(200, json={}))
    with client(script, fake_time) as c:
        response = c.get("/v1/blueprints")
    assert response.status_code == 200
    assert response.extensions["pyport.attempts"] == 3
    assert fake_time.sleeps == [0.5, 1.0]
    assert len(script.requests) == 3


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retried_statuses_return_the_last_response(fake_time: FakeTime, status: int) -> None:
    script = Script(httpx.Response(status, json={"attempt": "any"}))
    with client(script, fake_time) as c:
        response = c.get("/v1/blueprints")
    assert response.status_code == status
    assert response.json() == {"attempt": "any"}
    assert response.extensions["pyport.attempts"] == 5
    assert fake_time.sleeps == [0.5, 1.0, 2.0, 4.0]


@pytest.mark.parametrize("status", [200, 201, 400, 401, 404, 422, 501])
def test_other_statuses_are_returned_at_once(fake_time: FakeTime, status: int) -> None:
    script = Script(httpx.Response(status))
    with client(script, fake_time) as c:
        response = c.get("/v1/blueprints")
    assert (response.status_code, response.extensions["pyport.attempts"]) == (status, 1)
    assert fake_time.sleeps == []


@pytest.mark.parametrize(
    ("headers", "delays"),
    [
        ({"Retry-After": "3"}, [3.0]),
        ({"Retry-After": http_date(10), "Date": DATE}, [10.0]),
        (
            {"x-ratelimit-reset": str(EPOCH_NOW + 25), "x-ratelimit-period": "300", "Date": DATE},
            [25.0],
        ),
        ({"x-ratelimit-reset": "20", "x-ratelimit-period": "300"}, [20.0]),
        ({"Retry-After": "500"}, [60.0]),
        ({}, [0.5]),
    ],
)
def test_server_waits_per_header_form(
    fake_time: FakeTime, headers: dict[str, str], delays: list[float]
) -> None:
    script = Script(httpx.Response(429, headers=headers), httpx.Response(200))
    with client(script, fake_time) as c:
        assert c.get("/v1/blueprints").status_code == 200
    assert fake_time.sleeps == delays


def test_retry_after_max_caps_server_waits(fake_time: FakeTime) -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "9"}))
    with client(script, fake_time, policy=RetryPolicy(max_attempts=3, retry_after_max=4)) as c:
        assert c.get("/v1/blueprints").status_code == 503
    assert fake_time.sleeps == [4.0, 4.0]


def test_elapsed_budget_stops_retrying(fake_time: FakeTime) -> None:
    # Attempts take 0.25 s; after sleeping 0.5 and 1.0 the third wait (2.0) would pass 3 s.
    script = Script(httpx.Response(503), time=fake_time)
    with client(script, fake_time, policy=RetryPolicy(max_elapsed=3)) as c:
        response = c.get("/v1/blueprints")
    assert response.extensions["pyport.attempts"] == 3
    assert fake_time.sleeps == [0.5, 1.0]


def test_post_is_not_retried_on_500_or_read_error(fake_time: FakeTime) -> None:
    script = Script(httpx.Response(500))
    with client(script, fake_time) as c:
        response = c.post("/v1/blueprints/svc/entities", json={"identifier": "x"})
    assert (response.status_code, response.extensions["pyport.attempts"]) == (500, 1)

    script = Script(httpx.ReadError("connection reset"))
    with client(script, fake_time) as c, pytest.raises(httpx.ReadError):
        c.post("/v1/blueprints/svc/entities", json={"identifier": "x"})
    assert len(script.requests) == 1
    assert fake_time.sleeps == []


def test_post_is_retried_on_503_and_connect_error(fake_time: FakeTime) -> None:
    script = Script(
        httpx.ConnectError("refused"), httpx.Response(503), httpx.Response(201, json={"ok": True})
    )
    with client(script, fake_time) as c:
        response = c.post("/v1/blueprints/svc/entities", json={"identifier": "x"})
    assert (response.status_code, response.extensions["pyport.attempts"]) == (201, 3)
    assert [r.content for r in script.requests] == [b'{"identifier":"x"}'] * 3


def test_upsert_post_is_retried_on_500(fake_time: FakeTime) -> None:
    script = Script(httpx.Response(500), httpx.Response(200))
    with client(script, fake_time) as c:
        response = c.post(
            "/v1/blueprints/svc/entities", params={"upsert": "true"}, json={"identifier": "x"}
        )
    assert (response.status_code, response.extensions["pyport.attempts"]) == (200, 2)


def test_last_transport_error_is_raised(fake_time: FakeTime) -> None:
    errors = [httpx.ConnectError(f"refused {n}") for n in range(5)]
    script = Script(*errors, httpx.Response(200))
    with client(script, fake_time) as c, pytest.raises(httpx.ConnectError) as raised:
        c.get("/v1/blueprints")
    assert raised.value is errors[-1]
    assert fake_time.sleeps == [0.5, 1.0, 2.0, 4.0]


def test_non_transport_errors_propagate_at_once(fake_time: FakeTime) -> None:
    script = Script(ValueError("a bug"))
    with client(script, fake_time) as c, pytest.raises(ValueError, match="a bug"):
        c.get("/v1/blueprints")
    assert len(script.requests) == 1


class TrackedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.read = self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        yield b"busy"

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.read = True
        yield b"busy"

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def test_retried_responses_are_read_and_closed(fake_time: FakeTime) -> None:
    bodies = [TrackedBody(), TrackedBody()]
    script = Script(*(httpx.Response(503, stream=b) for b in bodies), httpx.Response(200))
    with client(script, fake_time) as c:
        assert c.get("/v1/blueprints").status_code == 200
    assert [(b.read, b.closed) for b in bodies] == [(True, True), (True, True)]


class ConsumingTransport(httpx.BaseTransport):
    """Sends the body the way a network transport does: by iterating the stream once."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        self.bodies.append(b"".join(request.stream))
        return httpx.Response(503)


def test_one_shot_body_streams_are_not_resent(fake_time: FakeTime) -> None:
    inner = ConsumingTransport()
    transport = RetryTransport(inner, sleep=fake_time.sleep, clock=fake_time.clock)
    with httpx.Client(transport=transport, base_url=BASE_URL) as c:
        response = c.put("/v1/blueprints/svc", content=iter([b'{"a":', b"1}"]))
        replayable = c.put("/v1/blueprints/svc", content=b'{"a":1}')
    assert response.extensions["pyport.attempts"] == 1
    assert replayable.extensions["pyport.attempts"] == 5
    assert inner.bodies == [b'{"a":1}'] * 6


def test_defaults_are_wired() -> None:
    # backoff_base=0 makes the real time.sleep sleep for 0 s: the defaults run, nobody waits.
    inner = Script(httpx.Response(503), httpx.Response(200))
    transport = RetryTransport(httpx.MockTransport(inner), policy=RetryPolicy(backoff_base=0))
    with httpx.Client(transport=transport) as c:
        assert c.get(BASE_URL).extensions["pyport.attempts"] == 2
    plain = RetryTransport(httpx.MockTransport(Script(httpx.Response(204))))
    with httpx.Client(transport=plain) as c:
        assert c.get(BASE_URL).extensions["pyport.attempts"] == 1


def test_close_reaches_the_wrapped_transport() -> None:
    class Closing(httpx.BaseTransport):
        closed = False

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        def close(self) -> None:
            self.closed = True

    inner = Closing()
    with httpx.Client(transport=RetryTransport(inner)):
        pass
    assert inner.closed


# --- logging -------------------------------------------------------------------------------------


def pyport_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "pyport"]


def test_every_attempt_is_logged_at_debug(
    fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="pyport")
    script = Script(
        httpx.ConnectError("refused"),
        httpx.Response(200, headers={"X-Trace-Id": "trace-2"}),
        time=fake_time,
    )
    with client(script, fake_time) as c:
        c.get(
            "/v1/blueprints/svc/entities/a%2Fb",
            params={"access_token": JWT},
            headers={"X-Pyport-Correlation-Id": "corr-9", "Authorization": f"Bearer {JWT}"},
            extensions={"pyport.path_template": "/v1/blueprints/{bp}/entities/{id}"},
        )
    debug = [r for r in pyport_records(caplog) if r.levelno == logging.DEBUG]
    assert [r.getMessage() for r in debug] == [
        "GET /v1/blueprints/{bp}/entities/{id} -> ConnectError in 250.0 ms"
        " (attempt 1, trace id None, correlation id corr-9)",
        "GET /v1/blueprints/{bp}/entities/{id} -> 200 in 250.0 ms"
        " (attempt 2, trace id trace-2, correlation id corr-9)",
    ]
    fields = [
        "pyport_method",
        "pyport_path",
        "pyport_status",
        "pyport_error",
        "pyport_duration_ms",
        "pyport_attempt",
        "pyport_trace_id",
        "pyport_correlation_id",
    ]
    assert [tuple(getattr(r, f) for f in fields) for r in debug] == [
        (
            "GET",
            "/v1/blueprints/{bp}/entities/{id}",
            None,
            "ConnectError",
            250.0,
            1,
            None,
            "corr-9",
        ),
        ("GET", "/v1/blueprints/{bp}/entities/{id}", 200, None, 250.0, 2, "trace-2", "corr-9"),
    ]
    assert JWT not in caplog.text


def test_without_a_template_the_raw_path_is_logged(
    fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="pyport")
    with client(Script(httpx.Response(204)), fake_time) as c:
        c.get("/v1/blueprints/svc/entities/a%2Fb", params={"token": "t0ps3cr3t"})
    (record,) = pyport_records(caplog)
    assert record.pyport_path == "/v1/blueprints/svc/entities/a%2Fb"  # type: ignore[attr-defined]
    assert "t0ps3cr3t" not in caplog.text


def test_retries_are_logged_at_info_or_warning(
    fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pyport")
    script = Script(
        httpx.Response(500, headers={"X-Trace-Id": "t-500"}),
        httpx.Response(429, headers={"X-Trace-Id": "t-429"}),
        httpx.Response(503, headers={"X-Trace-Id": "t-503", "Retry-After": "2"}),
        httpx.Response(200),
    )
    with client(script, fake_time) as c:
        c.get("/v1/blueprints")
    records = pyport_records(caplog)
    assert [(r.levelname, r.getMessage()) for r in records] == [
        (
            "INFO",
            "retrying GET /v1/blueprints in 0.50 s after attempt 1 of 5:"
            " 500 Internal Server Error on an idempotent request (trace id t-500)",
        ),
        (
            "WARNING",
            "retrying GET /v1/blueprints in 1.00 s after attempt 2 of 5:"
            " 429 Too Many Requests (trace id t-429)",
        ),
        (
            "WARNING",
            "retrying GET /v1/blueprints in 2.00 s after attempt 3 of 5:"
            " 503 Service Unavailable; the server asked to wait 2 s (trace id t-503)",
        ),
    ]
    assert [(r.pyport_status, r.pyport_attempt, r.pyport_delay) for r in records] == [  # type: ignore[attr-defined]
        (500, 1, 0.5),
        (429, 2, 1.0),
        (503, 3, 2.0),
    ]


def test_error_retries_name_the_error(
    fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pyport")
    with client(Script(httpx.ConnectTimeout("slow"), httpx.Response(200)), fake_time) as c:
        c.post("/v1/blueprints/svc/entities", json={})
    (record,) = pyport_records(caplog)
    assert record.levelno == logging.INFO
    assert record.getMessage() == (
        "retrying POST /v1/blueprints/svc/entities in 0.50 s after attempt 1 of 5:"
        " ConnectTimeout (the request was not sent) (trace id None)"
    )
    assert record.pyport_error == "ConnectTimeout"  # type: ignore[attr-defined]


# --- the async transport -------------------------------------------------------------------------


def async_client(
    script: Script, time: FakeTime, *, policy: RetryPolicy | None = None
) -> httpx.AsyncClient:
    transport = AsyncRetryTransport(
        httpx.MockTransport(script.answer_async),
        policy=policy,
        sleep=time.async_sleep,
        clock=time.clock,
        rng=MaxRandom(),
    )
    return httpx.AsyncClient(transport=transport, base_url=BASE_URL)


@pytest.mark.anyio
async def test_async_retries_until_success(fake_time: FakeTime) -> None:
    bodies = [TrackedBody(), TrackedBody()]
    script = Script(
        httpx.Response(503, stream=bodies[0]),
        httpx.Response(429, stream=bodies[1], headers={"Retry-After": "3"}),
        httpx.Response(200, json={"ok": True}),
    )
    async with async_client(script, fake_time) as c:
        response = await c.get("/v1/blueprints")
    assert (response.status_code, response.json()) == (200, {"ok": True})
    assert response.extensions["pyport.attempts"] == 3
    assert fake_time.sleeps == [0.5, 3.0]
    assert [(b.read, b.closed) for b in bodies] == [(True, True), (True, True)]


@pytest.mark.anyio
async def test_async_post_rules(fake_time: FakeTime) -> None:
    async with async_client(Script(httpx.Response(500)), fake_time) as c:
        response = await c.post("/v1/blueprints/svc/entities", json={})
    assert response.extensions["pyport.attempts"] == 1

    script = Script(httpx.ConnectError("refused"), httpx.Response(500), httpx.Response(200))
    async with async_client(script, fake_time) as c:
        response = await c.post(
            "/v1/blueprints/svc/entities/bulk", params={"upsert": "true"}, json={"entities": []}
        )
    assert response.extensions["pyport.attempts"] == 3
    assert fake_time.sleeps == [0.5, 1.0]


@pytest.mark.anyio
async def test_async_last_error_is_raised_and_budget_holds(fake_time: FakeTime) -> None:
    errors = [httpx.ReadTimeout(f"slow {n}") for n in range(3)]
    script = Script(*errors, time=fake_time)
    policy = RetryPolicy(max_attempts=10, max_elapsed=2)
    async with async_client(script, fake_time, policy=policy) as c:
        with pytest.raises(httpx.ReadTimeout) as raised:
            await c.get("/v1/blueprints")
    assert raised.value is errors[-1]
    assert fake_time.sleeps == [0.5, 1.0]


@pytest.mark.anyio
async def test_async_defaults_are_wired() -> None:
    inner = Script(httpx.Response(503), httpx.Response(200))
    transport = AsyncRetryTransport(
        httpx.MockTransport(inner.answer_async), policy=RetryPolicy(backoff_base=0)
    )
    async with httpx.AsyncClient(transport=transport) as c:
        response = await c.get(BASE_URL)
    assert response.extensions["pyport.attempts"] == 2


@pytest.mark.anyio
async def test_async_close_reaches_the_wrapped_transport() -> None:
    class Closing(httpx.AsyncBaseTransport):
        closed = False

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        async def aclose(self) -> None:
            self.closed = True

    inner = Closing()
    async with httpx.AsyncClient(transport=AsyncRetryTransport(inner)):
        pass
    assert inner.closed


# --- bodies: read inside the retry loop, bounded -------------------------------------------------


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body of `chunks`, raising `error` after them (a connection cut mid-body);
    `tick` is called before each chunk (a clock that moves as bytes arrive)."""

    def __init__(
        self,
        chunks: list[bytes],
        *,
        error: Exception | None = None,
        tick: Any = None,
    ) -> None:
        self.chunks, self.error, self.tick = chunks, error, tick
        self.yielded = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            if self.tick is not None:
                self.tick()
            self.yielded += 1
            yield chunk
        if self.error is not None:
            raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def cut(half: bytes = b'{"ok": tr') -> httpx.Response:
    peer_closed = httpx.RemoteProtocolError("peer closed connection without sending complete body")
    return httpx.Response(200, stream=Body([half], error=peer_closed))


def test_a_body_cut_short_on_a_get_is_retried(fake_time: FakeTime) -> None:
    script = Script(cut(), httpx.Response(200, json={"ok": True}))
    with client(script, fake_time) as c:
        response = c.get("/v1/blueprints")
    assert response.json() == {"ok": True}
    assert response.extensions["pyport.attempts"] == 2
    assert len(script.requests) == 2
    assert fake_time.sleeps == [0.5]


def test_a_body_cut_short_every_time_raises_the_last_error(fake_time: FakeTime) -> None:
    script = Script(*(cut() for _ in range(5)))
    with client(script, fake_time) as c, pytest.raises(httpx.RemoteProtocolError):
        c.get("/v1/blueprints")
    assert len(script.requests) == 5


def test_a_body_cut_short_on_a_post_is_not_retried(fake_time: FakeTime) -> None:
    script = Script(cut(), httpx.Response(201))
    with client(script, fake_time) as c, pytest.raises(httpx.RemoteProtocolError):
        c.post("/v1/blueprints/svc/entities", json={"identifier": "x"})
    assert len(script.requests) == 1


@pytest.mark.anyio
async def test_async_a_body_cut_short_on_a_get_is_retried(fake_time: FakeTime) -> None:
    script = Script(cut(), httpx.Response(200, json={"ok": True}))
    async with async_client(script, fake_time) as c:
        response = await c.get("/v1/blueprints")
    assert response.json() == {"ok": True}
    assert response.extensions["pyport.attempts"] == 2


def limited(script: Script, time: FakeTime, limit: int) -> httpx.Client:
    transport = RetryTransport(
        httpx.MockTransport(script), sleep=time.sleep, clock=time.clock, max_response_bytes=limit
    )
    return httpx.Client(transport=transport, base_url=BASE_URL)


def test_a_body_over_max_response_bytes_stops_being_read(fake_time: FakeTime) -> None:
    body = Body([b"x" * 1000] * 1000)  # 1 MB offered, 10 kB allowed
    with (
        limited(Script(httpx.Response(200, stream=body)), fake_time, 10_000) as c,
        pytest.raises(InvalidResponseError, match="max_response_bytes") as caught,
    ):
        c.get("/v1/blueprints")
    assert body.yielded == 11  # read up to the first chunk past the limit, not one more
    assert body.closed
    assert caught.value.status_code == 200
    assert "10,000 bytes" in str(caught.value)


def test_a_declared_length_over_the_limit_is_refused_unread(fake_time: FakeTime) -> None:
    body = Body([b"x" * 1000])
    response = httpx.Response(200, headers={"content-length": "5000000"}, stream=body)
    with (
        limited(Script(response), fake_time, 10_000) as c,
        pytest.raises(InvalidResponseError, match="Content-Length says 5,000,000"),
    ):
        c.get("/v1/blueprints")
    assert body.yielded == 0


def test_a_gzip_bomb_counts_its_inflated_size(fake_time: FakeTime) -> None:
    import gzip

    bomb = gzip.compress(b"[" * 5_000_000)
    response = httpx.Response(
        200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(bomb)
    )
    with (
        limited(Script(response), fake_time, 1_000_000) as c,
        pytest.raises(InvalidResponseError, match="max_response_bytes"),
    ):
        c.get("/v1/blueprints")


def test_a_compressed_body_within_the_limit_arrives_decoded(fake_time: FakeTime) -> None:
    import gzip

    packed = gzip.compress(b'{"ok": true}')
    response = httpx.Response(
        200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(packed)
    )
    with limited(Script(response), fake_time, 1_000) as c:
        answer = c.get("/v1/blueprints")
    assert answer.json() == {"ok": True}
    assert "content-encoding" not in answer.headers
    assert answer.headers["content-length"] == str(len(b'{"ok": true}'))


def test_a_body_made_in_memory_is_only_measured(fake_time: FakeTime) -> None:
    small = httpx.Response(200, content=b"x" * 100)
    with limited(Script(small), fake_time, 100) as c:
        assert c.get("/v1/blueprints").content == b"x" * 100
    with (
        limited(Script(httpx.Response(200, content=b"x" * 101)), fake_time, 100) as c,
        pytest.raises(InvalidResponseError, match="101 bytes"),
    ):
        c.get("/v1/blueprints")


@pytest.mark.parametrize("bad", [0, -1, True, 1.5, "64"])
def test_max_response_bytes_is_checked(bad: Any) -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        RetryTransport(httpx.MockTransport(Script(httpx.Response(200))), max_response_bytes=bad)


# --- the call's deadline -------------------------------------------------------------------------


def on_deadline(time: FakeTime, seconds: float) -> dict[str, Any]:
    return {DEADLINE: Deadline(time.now + seconds, seconds)}


def test_a_trickled_body_stops_at_the_deadline(fake_time: FakeTime) -> None:
    def tick() -> None:
        fake_time.now += 0.5  # every chunk arrives quickly; the whole would take 500 s

    body = Body([b" "] * 1000, tick=tick)
    with (
        client(Script(httpx.Response(200, stream=body)), fake_time) as c,
        pytest.raises(PortTimeoutError, match="deadline of 3 s") as caught,
    ):
        c.get("/v1/blueprints", extensions=on_deadline(fake_time, 3))
    assert body.yielded == 7  # the first chunk read after 3 s
    assert body.closed
    assert "while reading the body" in str(caught.value)


def test_the_deadline_stops_retrying(fake_time: FakeTime) -> None:
    # Attempts take 0.25 s and the backoff is 0.5, 1, 2, 4: 2.5 s allow two retries, not three.
    script = Script(httpx.Response(503), time=fake_time)
    with client(script, fake_time) as c:
        response = c.get("/v1/blueprints", extensions=on_deadline(fake_time, 2.5))
    assert response.status_code == 503
    assert response.extensions["pyport.attempts"] == 3
    assert fake_time.sleeps == [0.5, 1.0]


def test_each_attempt_gets_the_time_left_as_its_timeouts(fake_time: FakeTime) -> None:
    script = Script(httpx.ReadTimeout("slow"), httpx.Response(200), time=fake_time)
    with client(script, fake_time) as c:
        c.get(
            "/v1/blueprints",
            extensions={**on_deadline(fake_time, 10), "timeout": {"read": 30.0, "connect": 5.0}},
        )
    first, second = (r.extensions["timeout"] for r in script.requests)
    # Both attempts share the request; what matters is what the second one was given.
    assert second == {"connect": 5.0, "read": 9.25, "write": 9.25, "pool": 9.25}
    assert first is second


def test_a_timeout_at_the_deadline_says_so(fake_time: FakeTime) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        fake_time.now += 5  # the read timeout, cut to the deadline, ran out
        raise httpx.ReadTimeout("timed out", request=request)

    with (
        httpx.Client(
            transport=RetryTransport(
                httpx.MockTransport(slow), sleep=fake_time.sleep, clock=fake_time.clock
            ),
            base_url=BASE_URL,
        ) as c,
        pytest.raises(PortTimeoutError, match="deadline of 5 s") as caught,
    ):
        c.get("/v1/blueprints", extensions=on_deadline(fake_time, 5))
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


def test_no_attempt_starts_after_the_deadline(fake_time: FakeTime) -> None:
    script = Script(httpx.Response(200))
    with client(script, fake_time) as c, pytest.raises(PortTimeoutError, match="before sending"):
        c.get("/v1/blueprints", extensions=on_deadline(fake_time, -1))
    assert script.requests == []


@pytest.mark.anyio
async def test_async_a_trickled_body_stops_at_the_deadline(fake_time: FakeTime) -> None:
    def tick() -> None:
        fake_time.now += 0.5

    body = Body([b" "] * 1000, tick=tick)
    async with async_client(Script(httpx.Response(200, stream=body)), fake_time) as c:
        with pytest.raises(PortTimeoutError, match="deadline of 3 s"):
            await c.get("/v1/blueprints", extensions=on_deadline(fake_time, 3))
    assert body.yielded == 7


@pytest.mark.anyio
async def test_async_an_attempt_that_hangs_is_cancelled_at_the_deadline() -> None:
    import anyio

    started = 0

    async def hang(request: httpx.Request) -> httpx.Response:
        nonlocal started
        started += 1
        await anyio.sleep(60)  # a server that never answers; the deadline ends it
        return httpx.Response(200)

    transport = AsyncRetryTransport(httpx.MockTransport(hang))
    import time as wall

    deadline = {DEADLINE: Deadline(wall.monotonic() + 0.05, 0.05)}
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as c:
        with anyio.fail_after(30):  # a guard against a hang, not a measurement
            with pytest.raises(PortTimeoutError, match="deadline"):
                await c.get("/v1/blueprints", extensions=deadline)
    assert started == 1


# --- a DELETE whose answer was lost --------------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        httpx.ReadTimeout("answer lost"),
        httpx.ReadError("connection reset"),
        httpx.RemoteProtocolError("server disconnected"),
        httpx.Response(502),
        httpx.Response(504),
        httpx.Response(500),
    ],
    ids=["ReadTimeout", "ReadError", "RemoteProtocolError", "502", "504", "500"],
)
def test_a_404_after_a_delete_that_may_have_happened_counts_as_deleted(
    fake_time: FakeTime, first: Outcome
) -> None:
    script = Script(first, httpx.Response(404, headers={"x-trace-id": "t-404"}, json={}))
    with client(script, fake_time) as c:
        response = c.delete("/v1/blueprints/svc")
    assert (response.status_code, response.json()) == (200, {"ok": True})
    assert response.extensions["pyport.assumed_deleted"] is True
    assert response.extensions["pyport.attempts"] == 2
    assert response.headers["x-trace-id"] == "t-404"


@pytest.mark.parametrize(
    ("method", "first"),
    [
        ("DELETE", None),  # the first answer is the 404: nothing was deleted by us
        ("DELETE", httpx.Response(503)),  # 503 and 429 mean the request was not processed
        ("DELETE", httpx.Response(429)),
        ("DELETE", httpx.ConnectError("refused")),  # never sent
        ("GET", httpx.ReadTimeout("lost")),  # only a DELETE's 404 is read this way
        ("PUT", httpx.ReadTimeout("lost")),
    ],
)
def test_other_404s_stay_404s(fake_time: FakeTime, method: str, first: Outcome | None) -> None:
    outcomes = [first] if first is not None else []
    script = Script(*outcomes, httpx.Response(404))
    with client(script, fake_time) as c:
        response = c.request(method, "/v1/blueprints/svc")
    assert response.status_code == 404
    assert "pyport.assumed_deleted" not in response.extensions
