"""ThrottleTransport / AsyncThrottleTransport against a MockTransport server that enforces a budget.

Time is virtual: the transports get a clock and a sleep that advance it, so nothing waits for real.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from pyport._deadline import DEADLINE, Deadline
from pyport._throttle import AsyncThrottleTransport, Throttle, ThrottleTransport
from pyport.errors import PortTimeoutError, RateLimitError, RateLimitWaitError

START = 1_700_000_000.0  # a multiple of every window below, so windows start at START


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class VirtualTime:
    """A clock shared by worker threads: it jumps to the next wake-up once every worker sleeps.

    With one worker this is simply "sleep advances the clock". With several, nobody is woken
    late or early, so requests reach the server at exactly the time the throttle planned.
    """

    def __init__(self, workers: int = 1, start: float = START) -> None:
        self.now = start
        self.slept: list[float] = []
        self._alive = workers
        self._sleeping: dict[object, float] = {}
        self._cond = threading.Condition()

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._cond:
            self.slept.append(seconds)
            token = object()
            self._sleeping[token] = self.now + seconds
            self._advance()
            while token in self._sleeping:
                self._cond.wait(timeout=10)

    def worker_done(self) -> None:
        with self._cond:
            self._alive -= 1
            self._advance()

    def _advance(self) -> None:
        if not self._sleeping or len(self._sleeping) < self._alive:
            return
        self.now = max(self.now, min(self._sleeping.values()))
        for token, wake_at in list(self._sleeping.items()):
            if wake_at <= self.now:
                del self._sleeping[token]
        self._cond.notify_all()


class AsyncVirtualTime:
    """The asyncio twin of VirtualTime: tasks sleep on futures the last sleeper resolves."""

    def __init__(self, workers: int = 1, start: float = START) -> None:
        self.now = start
        self.slept: list[float] = []
        self._alive = workers
        self._sleeping: dict[asyncio.Future[None], float] = {}

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sleeping[future] = self.now + seconds
        self._advance()
        await future

    def worker_done(self) -> None:
        self._alive -= 1
        self._advance()

    def _advance(self) -> None:
        if not self._sleeping or len(self._sleeping) < self._alive:
            return
        self.now = max(self.now, min(self._sleeping.values()))
        for future, wake_at in list(self._sleeping.items()):
            if wake_at <= self.now:
                del self._sleeping[future]
                future.set_result(None)


class BudgetServer:
    """Port-like fixed windows: `limit` requests per `period` seconds, 429 past that.

    Sends the x-ratelimit-* headers; `reset` as a UTC epoch or as seconds until the reset.
    """

    def __init__(
        self,
        clock: Callable[[], float],
        *,
        limit: int = 100,
        period: int = 10,
        reset_style: str = "epoch",
    ) -> None:
        self.clock = clock
        self.limit = limit
        self.period = period
        self.reset_style = reset_style
        self.sent_at: list[float] = []
        self.per_window: dict[int, int] = {}
        self.rejected = 0
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            now = self.clock()
            self.sent_at.append(now)
            window = math.floor(now / self.period)
            count = self.per_window.get(window, 0) + 1
            self.per_window[window] = count
            reset_epoch = (window + 1) * self.period
            if self.reset_style == "epoch":
                reset = math.ceil(reset_epoch)
            else:
                reset = math.ceil(reset_epoch - now)
            headers = {
                "x-ratelimit-limit": str(self.limit),
                "x-ratelimit-remaining": str(max(self.limit - count, 0)),
                "x-ratelimit-reset": str(reset),
                "x-ratelimit-period": str(self.period),
                "x-trace-id": f"trace-{len(self.sent_at)}",
            }
            if count > self.limit:
                self.rejected += 1
                return httpx.Response(429, headers=headers, json={"ok": False})
            return httpx.Response(200, headers=headers, json={"ok": True})


def sync_client(
    handler: Callable[[httpx.Request], httpx.Response],
    time: VirtualTime,
    throttle: Throttle,
    **kwargs: Any,
) -> tuple[httpx.Client, ThrottleTransport]:
    transport = ThrottleTransport(
        httpx.MockTransport(handler),
        throttle=throttle,
        sleep=time.sleep,
        clock=time.clock,
        wall_clock=kwargs.pop("wall_clock", time.clock),
    )
    return httpx.Client(transport=transport, base_url="https://api.port.io"), transport


def async_client(
    handler: Callable[[httpx.Request], httpx.Response],
    time: AsyncVirtualTime,
    throttle: Throttle,
) -> tuple[httpx.AsyncClient, AsyncThrottleTransport]:
    transport = AsyncThrottleTransport(
        httpx.MockTransport(handler),
        throttle=throttle,
        sleep=time.sleep,
        clock=time.clock,
        wall_clock=time.clock,
    )
    return httpx.AsyncClient(transport=transport, base_url="https://api.port.io"), transport


def assert_within_budget(server: BudgetServer, *, calls: int) -> None:
    assert server.rejected == 0
    assert len(server.sent_at) == calls
    assert max(server.per_window.values()) <= server.limit
    windows_needed = math.ceil(calls / server.limit)
    elapsed = max(server.sent_at) - START
    # The last window cannot start before (n - 1) periods have passed...
    assert elapsed >= (windows_needed - 1) * server.period
    # ...and a throttle that uses the budget needs no more than n periods (plus up to a second
    # a window when `reset` is a whole number of seconds rounded up).
    assert elapsed <= windows_needed * (server.period + 1)


@pytest.mark.parametrize("reset_style", ["epoch", "seconds"])
def test_burst_of_1000_stays_inside_the_budget(reset_style: str) -> None:
    time = VirtualTime()
    server = BudgetServer(time.clock, reset_style=reset_style)
    client, transport = sync_client(server, time, Throttle())
    with client:
        statuses = [client.get("/v1/blueprints").status_code for _ in range(1000)]
    assert statuses == [200] * 1000
    assert_within_budget(server, calls=1000)
    # The windows are used to the full: ten of them (eleven when rounding costs a second each).
    assert len(server.per_window) == (10 if reset_style == "epoch" else 11)
    assert transport.state.limit == 100
    assert transport.state.period == 10


def test_burst_from_threads_stays_inside_the_budget() -> None:
    workers, each = 8, 125
    time = VirtualTime(workers=workers)
    server = BudgetServer(time.clock)
    client, _ = sync_client(server, time, Throttle())
    statuses: list[int] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(each):
                statuses.append(client.get("/v1/entities").status_code)
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)
        finally:
            time.worker_done()

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    client.close()
    assert errors == []
    assert statuses == [200] * (workers * each)
    assert_within_budget(server, calls=workers * each)


@pytest.mark.anyio
async def test_async_burst_from_tasks_stays_inside_the_budget() -> None:
    tasks, each = 50, 20
    time = AsyncVirtualTime(workers=tasks)
    server = BudgetServer(time.clock)
    client, transport = async_client(server, time, Throttle())
    statuses: list[int] = []

    async def work() -> None:
        try:
            for _ in range(each):
                statuses.append((await client.get("/v1/entities")).status_code)
        finally:
            time.worker_done()

    async with client:
        await asyncio.gather(*(work() for _ in range(tasks)))
    assert statuses == [200] * (tasks * each)
    assert_within_budget(server, calls=tasks * each)
    assert transport.state.limit == 100


def test_budget_shared_with_another_client_is_followed() -> None:
    """Another process spends half of every window: only the headers can tell us."""
    time = VirtualTime()
    server = BudgetServer(time.clock)
    spent_elsewhere: set[int] = set()

    def handler(request: httpx.Request) -> httpx.Response:
        window = math.floor(time.clock() / server.period)
        if window not in spent_elsewhere:
            spent_elsewhere.add(window)
            server.per_window[window] = server.per_window.get(window, 0) + 50
        return server(request)

    client, _ = sync_client(handler, time, Throttle())
    with client:
        statuses = [client.get("/v1/entities").status_code for _ in range(500)]
    assert statuses == [200] * 500
    assert server.rejected == 0
    assert max(server.per_window.values()) <= server.limit
    # 50 of ours fit in each window, so the last of 500 goes out in the tenth window.
    assert len(server.per_window) == 10


@pytest.mark.anyio
async def test_first_answers_arriving_while_many_requests_are_out() -> None:
    """60 requests leave before any answer: the first answer's `remaining` must not be taken
    at face value, since the other 59 are already spent."""
    tasks, each = 60, 5
    time = AsyncVirtualTime(workers=tasks)
    server = BudgetServer(time.clock)

    async def slow_to_answer(request: httpx.Request) -> httpx.Response:
        response = server(request)  # counted on arrival...
        for _ in range(tasks):
            await asyncio.sleep(0)  # ...answered after everyone else has sent
        return response

    transport = AsyncThrottleTransport(
        httpx.MockTransport(slow_to_answer),
        throttle=Throttle(),
        sleep=time.sleep,
        clock=time.clock,
        wall_clock=time.clock,
    )
    statuses: list[int] = []

    async def work() -> None:
        try:
            for _ in range(each):
                statuses.append((await client.get("/v1/entities")).status_code)
        finally:
            time.worker_done()

    async with httpx.AsyncClient(transport=transport, base_url="https://api.port.io") as client:
        await asyncio.gather(*(work() for _ in range(tasks)))
    assert statuses == [200] * (tasks * each)
    assert server.rejected == 0
    assert max(server.per_window.values()) <= server.limit


@pytest.mark.anyio
async def test_cancelled_wait_gives_its_reservation_back() -> None:
    now = START
    served = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal served
        served += 1
        window_end = 100 if now < START + 100 else 200
        headers = {
            "x-ratelimit-limit": "100",
            "x-ratelimit-remaining": str(100 - served if window_end == 100 else 99),
            "x-ratelimit-reset": str(int(START) + window_end),
        }
        return httpx.Response(200, headers=headers)

    cancel_next_wait = True

    async def sleep(seconds: float) -> None:
        nonlocal now, cancel_next_wait
        if cancel_next_wait:
            cancel_next_wait = False
            raise asyncio.CancelledError
        now += seconds

    transport = AsyncThrottleTransport(
        httpx.MockTransport(handler),
        throttle=Throttle(max_requests_per_second=1),
        sleep=sleep,
        clock=lambda: now,
        wall_clock=lambda: now,
    )
    async with httpx.AsyncClient(transport=transport, base_url="https://api.port.io") as client:
        await client.get("/v1/x")
        with pytest.raises(asyncio.CancelledError):
            await client.get("/v1/x")  # cancelled while waiting for its slot
        now = START + 150  # a new window
        await client.get("/v1/x")
    # Nothing is still out, so the new window's count is taken as it is.
    assert transport.state.remaining == 99
    assert transport.state.reset_at == START + 200


def test_requests_per_second_cap_spaces_sends() -> None:
    time = VirtualTime()
    sent_at: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_at.append(time.clock())
        return httpx.Response(200, json={"ok": True})

    client, _ = sync_client(handler, time, Throttle(max_requests_per_second=5))
    with client:
        for _ in range(20):
            client.get("/v1/blueprints")
    offsets = [t - START for t in sent_at]
    assert offsets == pytest.approx([0.2 * i for i in range(20)])  # the first does not wait


def test_min_interval_applies_with_or_without_a_rate_cap() -> None:
    time = VirtualTime()
    sent_at: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_at.append(time.clock())
        return httpx.Response(200)

    throttle = Throttle(max_requests_per_second=100, min_interval=0.05)
    assert throttle.interval == 0.05
    client, _ = sync_client(handler, time, throttle)
    with client:
        for _ in range(5):
            client.get("/v1/blueprints")
    assert [t - START for t in sent_at] == pytest.approx([0.05 * i for i in range(5)])


def test_no_throttle_and_no_headers_means_no_waiting() -> None:
    time = VirtualTime()
    client, transport = sync_client(lambda request: httpx.Response(200), time, Throttle())
    with client:
        for _ in range(50):
            client.get("/v1/blueprints")
    assert time.slept == []
    assert time.now == START
    assert transport.state.remaining is None


def test_concurrency_cap_holds_with_real_threads() -> None:
    cap, requests = 4, 24
    # Every `cap` requests meet at the barrier: fewer allowed in flight would time it out,
    # more would show in max_in_flight.
    barrier = threading.Barrier(cap)
    lock = threading.Lock()
    in_flight = 0
    max_in_flight = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, max_in_flight
        with lock:
            in_flight += 1
            max_in_flight = max(max_in_flight, in_flight)
        try:
            barrier.wait(timeout=10)
        finally:
            with lock:
                in_flight -= 1
        return httpx.Response(200)

    time = VirtualTime(workers=requests)
    client, _ = sync_client(handler, time, Throttle(max_concurrency=cap))
    statuses: list[int] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            statuses.append(client.get("/v1/blueprints").status_code)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    client.close()
    assert errors == []
    assert statuses == [200] * requests
    assert max_in_flight == cap


@pytest.mark.anyio
async def test_async_concurrency_cap_holds() -> None:
    cap, requests = 3, 30
    in_flight = 0
    max_in_flight = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, max_in_flight
        in_flight += 1
        max_in_flight = max(max_in_flight, in_flight)
        for _ in range(5):
            await asyncio.sleep(0)  # let every other task run and try to get in
        in_flight -= 1
        return httpx.Response(200)

    transport = AsyncThrottleTransport(
        httpx.MockTransport(handler), throttle=Throttle(max_concurrency=cap)
    )
    async with httpx.AsyncClient(transport=transport, base_url="https://api.port.io") as client:
        responses = await asyncio.gather(*(client.get("/v1/x") for _ in range(requests)))
    assert [response.status_code for response in responses] == [200] * requests
    assert max_in_flight == cap


def one_shot_headers(**headers: str) -> Callable[[httpx.Request], httpx.Response]:
    """A server whose first answer carries `headers` and the rest carry nothing."""
    answers = iter([httpx.Response(200, headers=headers)])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, httpx.Response(200))

    return handler


def test_empty_window_waits_until_reset_and_logs_at_info(
    caplog: pytest.LogCaptureFixture,
) -> None:
    time = VirtualTime()
    handler = one_shot_headers(
        **{
            "x-ratelimit-limit": "100",
            "x-ratelimit-remaining": "0",
            "x-ratelimit-reset": "7",
            "x-ratelimit-period": "300",
        }
    )
    client, transport = sync_client(handler, time, Throttle())
    with caplog.at_level(logging.DEBUG, logger="pyport"), client:
        client.get("/v1/blueprints")
        assert transport.state.remaining == 0
        assert transport.state.reset_at == START + 7
        client.get("/v1/blueprints")
    assert time.slept == [7]
    infos = [r for r in caplog.records if r.name == "pyport" and r.levelno == logging.INFO]
    assert len(infos) == 1
    assert "7.00s" in infos[0].getMessage()
    # The window was predicted to start afresh with the full limit (one request already spent).
    assert transport.state.remaining == 99
    assert transport.state.reset_at == START + 7 + 300


def test_low_budget_spreads_the_rest_over_the_window(caplog: pytest.LogCaptureFixture) -> None:
    time = VirtualTime()
    handler = one_shot_headers(
        **{
            "x-ratelimit-limit": "100",
            "x-ratelimit-remaining": "4",
            "x-ratelimit-reset": "10",
        }
    )
    sent_at: list[float] = []

    def recording(request: httpx.Request) -> httpx.Response:
        sent_at.append(time.clock())
        return handler(request)

    client, _ = sync_client(recording, time, Throttle())
    with caplog.at_level(logging.DEBUG, logger="pyport"), client:
        for _ in range(5):
            client.get("/v1/blueprints")
    # After the first answer 4 requests remain for 10 seconds: they go 2.5 seconds apart.
    assert [t - START for t in sent_at] == pytest.approx([0, 0, 2.5, 5, 7.5])
    waits = [r for r in caplog.records if "budget running low" in r.getMessage()]
    assert [r.levelno for r in waits] == [logging.INFO] * 3
    assert "2.50s" in waits[0].getMessage()


def test_429_with_retry_after_holds_every_request_back() -> None:
    time = VirtualTime()
    answers = iter([httpx.Response(429, headers={"retry-after": "3"})])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, httpx.Response(200))

    client, transport = sync_client(handler, time, Throttle())
    with client:
        assert client.get("/v1/x").status_code == 429
        assert transport.state.remaining == 0
        assert client.get("/v1/x").status_code == 200
    assert time.slept == [3]


def test_epoch_reset_from_a_skewed_clock_waits_at_most_one_period() -> None:
    time = VirtualTime()
    # The server's epoch is an hour ahead of ours: taken literally we would wait an hour.
    handler = one_shot_headers(
        **{
            "x-ratelimit-limit": "10",
            "x-ratelimit-remaining": "0",
            "x-ratelimit-reset": str(int(START) + 3600 + 5),
            "x-ratelimit-period": "60",
        }
    )
    client, transport = sync_client(handler, time, Throttle())
    with client:
        client.get("/v1/x")
        client.get("/v1/x")
    assert time.slept == [60]
    assert transport.state.limit == 10


def test_unparsable_headers_are_ignored() -> None:
    time = VirtualTime()
    handler = one_shot_headers(
        **{
            "x-ratelimit-limit": "lots",
            "x-ratelimit-remaining": "-3",
            "x-ratelimit-reset": "soon",
            "x-ratelimit-period": "nan",
        }
    )
    client, transport = sync_client(handler, time, Throttle())
    with client:
        for _ in range(3):
            client.get("/v1/x")
    assert time.slept == []
    assert transport.state.remaining is None
    assert transport.state.limit is None
    assert transport.state.period is None


def test_headers_are_ignored_when_asked() -> None:
    time = VirtualTime()
    server = BudgetServer(time.clock, limit=5)
    client, transport = sync_client(server, time, Throttle(respect_rate_limit_headers=False))
    with client:
        statuses = [client.get("/v1/x").status_code for _ in range(7)]
    assert statuses == [200] * 5 + [429] * 2
    assert time.slept == []
    assert transport.state.remaining is None


def test_stale_answer_from_an_earlier_window_is_ignored() -> None:
    time = VirtualTime()
    answers = iter(
        [
            httpx.Response(
                200,
                headers={
                    "x-ratelimit-limit": "100",
                    "x-ratelimit-remaining": "50",
                    "x-ratelimit-reset": "20",
                },
            ),
            # Claims a window that ends before the one we already know about.
            httpx.Response(
                200,
                headers={
                    "x-ratelimit-limit": "100",
                    "x-ratelimit-remaining": "0",
                    "x-ratelimit-reset": "5",
                },
            ),
        ]
    )
    client, transport = sync_client(lambda request: next(answers), time, Throttle())
    with client:
        client.get("/v1/x")
        client.get("/v1/x")
    assert transport.state.remaining == 49  # counted down locally, not zeroed
    assert transport.state.reset_at == START + 20


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_requests_per_second": 0}, "max_requests_per_second"),
        ({"max_requests_per_second": -1.5}, "max_requests_per_second"),
        ({"max_requests_per_second": math.inf}, "max_requests_per_second"),
        ({"max_requests_per_second": "10"}, "max_requests_per_second"),
        ({"max_concurrency": 0}, "max_concurrency"),
        ({"max_concurrency": 2.5}, "max_concurrency"),
        ({"max_concurrency": True}, "max_concurrency"),
        ({"min_interval": -0.1}, "min_interval"),
        ({"min_interval": math.nan}, "min_interval"),
        ({"max_wait": -1}, "max_wait"),
        ({"max_wait": math.inf}, "max_wait"),
        ({"max_wait": "60"}, "max_wait"),
        ({"max_wait": True}, "max_wait"),
    ],
)
def test_throttle_rejects_bad_settings(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Throttle(**kwargs)


def test_throttle_is_keyword_only_and_frozen() -> None:
    with pytest.raises(TypeError):
        Throttle(5)  # type: ignore[call-arg]
    throttle = Throttle(max_concurrency=2)
    with pytest.raises(AttributeError):
        throttle.max_concurrency = 3  # type: ignore[misc]


def test_close_closes_the_wrapped_transport() -> None:
    closed: list[bool] = []

    class Inner(httpx.MockTransport):
        def close(self) -> None:
            closed.append(True)

    ThrottleTransport(Inner(lambda request: httpx.Response(200)), throttle=Throttle()).close()
    assert closed == [True]


# --- max_wait and the call's deadline ------------------------------------------------------------


class Counting:
    """Answers from a list (the last one repeats) and counts what reached it."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.sent = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


@pytest.mark.parametrize(
    ("headers", "asked"),
    [
        ({"retry-after": "3600"}, 3600.0),  # a proxy's 429
        ({"retry-after": "999999"}, 999999.0),  # 11 days
    ],
)
def test_a_429_asking_for_more_than_max_wait_raises_instead_of_parking(
    headers: dict[str, str], asked: float
) -> None:
    time = VirtualTime()
    server = Counting(httpx.Response(429, headers=headers), httpx.Response(200))
    client, _transport = sync_client(server, time, Throttle())
    with client:
        assert client.get("/v1/x").status_code == 429
        for _ in range(3):  # every later call is refused at once, none sleeps
            with pytest.raises(RateLimitWaitError) as caught:
                client.get("/v1/x")
    assert time.slept == []
    assert server.sent == 1
    error = caught.value
    assert isinstance(error, RateLimitError)
    assert error.status_code == 429
    assert error.retry_after == pytest.approx(asked)
    assert error.method == "GET"
    assert error.url == "https://api.port.io/v1/x"
    assert "max_wait of 60 s" in str(error)
    assert "not sent" in str(error)


def test_remaining_zero_with_a_reset_years_away_raises() -> None:
    time = VirtualTime()
    headers = {"x-ratelimit-remaining": "0", "x-ratelimit-limit": "100"}
    headers["x-ratelimit-reset"] = str(10**12)  # an epoch 31,000 years from now
    server = Counting(httpx.Response(200, headers=headers))
    client, _transport = sync_client(server, time, Throttle())
    with client:
        assert client.get("/v1/x").status_code == 200
        with pytest.raises(RateLimitWaitError) as caught:
            client.get("/v1/x")
    assert time.slept == []
    assert server.sent == 1
    assert caught.value.retry_after == pytest.approx(10**12 - START)


def test_a_wait_within_max_wait_is_still_slept() -> None:
    time = VirtualTime()
    server = Counting(httpx.Response(429, headers={"retry-after": "3600"}), httpx.Response(200))
    client, _transport = sync_client(server, time, Throttle(max_wait=7200))
    with client:
        client.get("/v1/x")
        assert client.get("/v1/x").status_code == 200
    assert time.slept == [3600]


def test_a_refused_request_books_nothing() -> None:
    time = VirtualTime()
    server = Counting(httpx.Response(429, headers={"retry-after": "100"}), httpx.Response(200))
    client, transport = sync_client(server, time, Throttle(max_wait=50))
    with client:
        client.get("/v1/x")
        before = transport.state
        with pytest.raises(RateLimitWaitError):
            client.get("/v1/x")
        assert transport.state == before
        time.now += 100  # the window has reset: the next request goes at once
        assert client.get("/v1/x").status_code == 200
    assert time.slept == []
    assert server.sent == 2


def with_deadline(time: VirtualTime, seconds: float) -> dict[str, Any]:
    return {DEADLINE: Deadline(time.now + seconds, seconds)}


def test_a_budget_wait_past_the_call_deadline_raises() -> None:
    time = VirtualTime()
    server = Counting(httpx.Response(429, headers={"retry-after": "30"}), httpx.Response(200))
    client, _transport = sync_client(server, time, Throttle())
    with client:
        client.get("/v1/x")
        with pytest.raises(RateLimitWaitError, match="deadline of 10 s") as caught:
            client.get("/v1/x", extensions=with_deadline(time, 10))
        # Without a deadline, 30 s is within max_wait.
        assert client.get("/v1/x").status_code == 200
    assert caught.value.retry_after == pytest.approx(30)
    assert time.slept == [30]


def test_a_spacing_wait_past_the_call_deadline_is_a_timeout() -> None:
    time = VirtualTime()
    server = Counting(httpx.Response(200))
    client, _transport = sync_client(server, time, Throttle(max_requests_per_second=0.01))
    with client:
        client.get("/v1/x")
        with pytest.raises(PortTimeoutError, match="deadline of 5 s") as caught:
            client.get("/v1/x", extensions=with_deadline(time, 5))
    assert "100.0 s" in str(caught.value)
    assert server.sent == 1
    assert time.slept == []


def test_a_concurrency_slot_is_not_waited_for_past_the_deadline() -> None:
    gate = threading.Event()
    entered = threading.Event()

    def slow(request: httpx.Request) -> httpx.Response:
        entered.set()
        gate.wait(timeout=30)
        return httpx.Response(200)

    transport = ThrottleTransport(httpx.MockTransport(slow), throttle=Throttle(max_concurrency=1))
    client = httpx.Client(transport=transport, base_url="https://api.port.io")
    holder = threading.Thread(target=lambda: client.get("/v1/held"))
    holder.start()
    try:
        assert entered.wait(timeout=30)
        # The deadline has passed already: the slot is not waited for at all.
        import time as real_time

        gone = {DEADLINE: Deadline(real_time.monotonic() - 1, 1)}
        with pytest.raises(PortTimeoutError, match="concurrency slots"):
            client.get("/v1/x", extensions=gone)
    finally:
        gate.set()
        holder.join(timeout=30)
        client.close()


@pytest.mark.anyio
async def test_async_max_wait_and_deadline() -> None:
    time = AsyncVirtualTime()
    server = Counting(httpx.Response(429, headers={"retry-after": "3600"}), httpx.Response(200))
    client, _transport = async_client(server, time, Throttle())
    async with client:
        await client.get("/v1/x")
        with pytest.raises(RateLimitWaitError) as caught:
            await client.get("/v1/x")
    assert caught.value.retry_after == pytest.approx(3600)
    assert time.slept == []
    assert server.sent == 1
