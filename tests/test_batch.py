"""Batch and streaming entity operations (pyport/_batch.py), sync and async.

Against the Port simulator (in-process transport) for behaviour end to end, and against
httpx.MockTransport where a server answer is easier to force (207s, 413s, malformed bodies). Both
sit under PortClient's real auth, retry and throttle layers. No test sleeps: retries are set to
wait 0 s, and the simulator's rate-limit window runs on a fake clock moved by the Retry-After
each 429 asks for.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import json
import re
import threading
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from pyport import AsyncPortClient, PortClient, RetryPolicy, Throttle
from pyport._batch import (
    BatchCancelled,
    BatchError,
    BatchFailure,
    BatchProgress,
    BatchResult,
)
from pyport._batch_engine import MAX_BODY_BYTES
from pyport.errors import InvalidResponseError, PortError
from pyport.testing import Faults, PortSimulator, RateLimit

BASE = "https://api.port.io"
NO_WAIT = RetryPolicy(max_attempts=3, backoff_base=0.0, retry_after_max=0.0)
BLUEPRINT = {
    "identifier": "service",
    "title": "Service",
    "schema": {"properties": {"n": {"type": "number"}, "blob": {"type": "string"}}},
}


# --- harness ---------------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_767_225_600.0
        self.lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds


class VirtualWait(httpx.BaseTransport):
    """Moves the simulator's fake clock by what each 429 asks to wait, as if the client had."""

    pyport_in_process = True  # wraps the in-process simulator: plain http leaves nothing

    def __init__(self, inner: httpx.BaseTransport, clock: FakeClock) -> None:
        self.inner, self.clock = inner, clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if response.status_code == 429:
            self.clock.advance(float(response.headers.get("retry-after", "1")))
        return response


class AsyncVirtualWait(httpx.AsyncBaseTransport):
    pyport_in_process = True

    def __init__(self, inner: httpx.AsyncBaseTransport, clock: FakeClock) -> None:
        self.inner, self.clock = inner, clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if response.status_code == 429:
            self.clock.advance(float(response.headers.get("retry-after", "1")))
        return response


def sim_client(
    sim: PortSimulator,
    *,
    transport: httpx.BaseTransport | None = None,
    retry: RetryPolicy = NO_WAIT,
) -> PortClient:
    return PortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=transport or sim.transport(),
        retry=retry,
        throttle=Throttle(respect_rate_limit_headers=False),
        environ={},
    )


def async_sim_client(
    sim: PortSimulator,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    retry: RetryPolicy = NO_WAIT,
) -> AsyncPortClient:
    return AsyncPortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=transport or sim.async_transport(),
        retry=retry,
        throttle=Throttle(respect_rate_limit_headers=False),
        environ={},
    )


def mock_client(
    handler: Callable[[httpx.Request], Any], *, retry: RetryPolicy = NO_WAIT
) -> PortClient:
    return PortClient(
        client_id="id",
        client_secret="secret-value-for-tests",
        base_url=BASE,
        transport=httpx.MockTransport(with_auth(handler)),
        retry=retry,
        environ={},
    )


def async_mock_client(handler: Callable[[httpx.Request], Any]) -> AsyncPortClient:
    """An AsyncPortClient over `handler` (sync or async), which must answer the token request."""
    return AsyncPortClient(
        client_id="id",
        client_secret="s",
        base_url=BASE,
        transport=httpx.MockTransport(handler),
        retry=NO_WAIT,
        environ={},
    )


def with_auth(handler: Callable[[httpx.Request], Any]) -> Callable[[httpx.Request], Any]:
    def route(request: httpx.Request) -> Any:
        if request.url.path == "/v1/auth/access_token":
            return httpx.Response(200, json={"ok": True, "accessToken": "tok", "expiresIn": 10800})
        return handler(request)

    return route


@pytest.fixture
def sim() -> PortSimulator:
    simulator = PortSimulator()
    simulator.handle("POST", "/v1/blueprints", json=BLUEPRINT)
    return simulator


@pytest.fixture
def port(sim: PortSimulator) -> Iterator[PortClient]:
    with sim_client(sim) as client:
        yield client


def entities(count: int, *, start: int = 0) -> list[dict[str, Any]]:
    return [{"identifier": f"e{i}", "properties": {"n": i}} for i in range(start, start + count)]


def stored(sim: PortSimulator, blueprint: str = "service") -> dict[str, dict[str, Any]]:
    answer = sim.handle("GET", f"/v1/blueprints/{blueprint}/entities")
    assert answer.status == 200, answer.json
    return {e["identifier"]: e for e in answer.json["entities"]}


def bulk_bodies(requests: list[httpx.Request]) -> list[list[dict[str, Any]]]:
    return [
        json.loads(r.content)["entities"] for r in requests if r.url.path.endswith("/entities/bulk")
    ]


# --- upsert_many -----------------------------------------------------------------------------


def test_upsert_many_writes_everything_in_chunks_of_20(
    port: PortClient, sim: PortSimulator
) -> None:
    seen: list[BatchProgress] = []
    result = port.entities.upsert_many("service", entities(250), progress=seen.append)

    assert result == BatchResult(tuple(f"e{i}" for i in range(250)), (), 13)
    assert result.ok
    assert result.raise_for_failures() is result
    assert sorted(stored(sim)) == sorted(f"e{i}" for i in range(250))
    assert sim.stats.requests["POST /v1/blueprints/{blueprint_identifier}/entities/bulk", 200] == 13
    # One call per request, counts only growing, the last one the final tally.
    assert len(seen) == 13
    assert [p.requests for p in seen] == list(range(1, 14))
    assert all(p.total == 250 and p.failed == 0 for p in seen)
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    assert seen[-1] == BatchProgress(done=250, failed=0, total=250, requests=13)


def test_upsert_many_sends_upsert_and_the_flags() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        sent = json.loads(request.content)["entities"]
        done = [
            {"identifier": e["identifier"], "index": i, "created": True} for i, e in enumerate(sent)
        ]
        return httpx.Response(200, json={"ok": True, "entities": done, "errors": []})

    with mock_client(handler) as port:
        port.entities.upsert_many(
            "a/b", entities(3), merge=True, create_missing_related_entities=True
        )
        port.entities.upsert_many("svc", entities(1))
    first, second = requests
    assert first.url.raw_path.split(b"?")[0] == b"/v1/blueprints/a%2Fb/entities/bulk"
    assert first.url.params["upsert"] == "true"
    assert first.url.params["merge"] == "true"
    assert first.url.params["create_missing_related_entities"] == "true"
    assert second.url.params["upsert"] == "true"
    assert second.url.params["merge"] == "false"


def test_upsert_many_merge_keeps_other_properties(port: PortClient, sim: PortSimulator) -> None:
    port.entities.upsert_many(
        "service", [{"identifier": "a", "title": "A", "properties": {"n": 1}}]
    )
    port.entities.upsert_many(
        "service", [{"identifier": "a", "properties": {"blob": "x"}}], merge=True
    )
    assert stored(sim)["a"]["properties"] == {"n": 1, "blob": "x"}
    assert stored(sim)["a"]["title"] == "A"
    port.entities.upsert_many("service", [{"identifier": "a", "properties": {"n": 2}}])
    assert stored(sim)["a"]["properties"] == {"n": 2}
    assert "title" not in stored(sim)["a"]


def test_upsert_many_reads_a_generator_lazily(port: PortClient) -> None:
    pulled = 0

    def source() -> Iterator[dict[str, Any]]:
        nonlocal pulled
        for entity in entities(400):
            pulled += 1
            yield entity

    pulled_at_progress: list[int] = []
    totals: list[int | None] = []

    def progress(p: BatchProgress) -> None:
        pulled_at_progress.append(pulled)
        totals.append(p.total)

    result = port.entities.upsert_many("service", source(), concurrency=2, progress=progress)
    assert len(result.succeeded) == 400
    # When the first request has finished, at most two requests per worker had been read:
    # the one in flight and the one prepared behind it.
    assert pulled_at_progress[0] <= 2 * 2 * 20
    assert set(totals) == {None}


def test_upsert_many_maps_a_207_back_to_identifiers() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)["entities"]
        bad = {1: ("invalid_request", 422), 3: ("forbidden", 403)}
        errors = [
            {
                "identifier": sent[i]["identifier"],
                "index": i,
                "statusCode": s,
                "error": c,
                "message": f"no {i}",
            }
            for i, (c, s) in bad.items()
        ]
        # Identified by identifier only: the index is missing.
        errors.append(
            {"identifier": sent[4]["identifier"], "statusCode": 409, "error": "x", "message": "m"}
        )
        done = [
            {"identifier": e["identifier"], "index": i, "created": True}
            for i, e in enumerate(sent)
            if i not in (1, 3, 4)
        ]
        return httpx.Response(207, json={"ok": False, "entities": done, "errors": errors})

    with mock_client(handler) as port:
        result = port.entities.upsert_many("svc", entities(25))

    assert result.requests == 2
    assert result.failed == (
        BatchFailure("e1", 1, 422, "invalid_request", "no 1"),
        BatchFailure("e3", 3, 403, "forbidden", "no 3"),
        BatchFailure("e4", 4, 409, "x", "m"),
        BatchFailure("e21", 21, 422, "invalid_request", "no 1"),
        BatchFailure("e23", 23, 403, "forbidden", "no 3"),
        BatchFailure("e24", 24, 409, "x", "m"),
    )
    assert len(result.succeeded) == 19
    assert not {"e1", "e3", "e4", "e21", "e23", "e24"} & set(result.succeeded)
    with pytest.raises(BatchError) as caught:
        result.raise_for_failures()
    assert caught.value.result is result
    assert str(caught.value).startswith(
        "6 of 25 failed (2 requests): 'e1' (index 1): 422 invalid_request: no 1;"
    )
    assert str(caught.value).endswith("and 3 more")


def test_upsert_many_reports_what_a_207_leaves_out(port: PortClient) -> None:
    answers = iter(
        [
            # An error that points nowhere, one success listed: the other two are unknown.
            httpx.Response(
                207,
                json={
                    "ok": False,
                    "entities": [{"identifier": "e0", "index": 0}],
                    "errors": [{"index": 99, "message": "?"}],
                },
            ),
            # A 200 that lists nothing: Port's 200 means all succeeded.
            httpx.Response(200, json={"ok": True}),
            # Not JSON at all.
            httpx.Response(200, text="<html>gateway</html>"),
            # Not the promised shape.
            httpx.Response(200, json={"ok": True, "errors": [5]}),
            httpx.Response(200, json={"ok": True, "entities": {"identifier": "e0"}}),
            httpx.Response(200, json=[{"ok": True}]),
        ]
    )

    with mock_client(lambda request: next(answers)) as client:
        first = client.entities.upsert_many("svc", entities(3))
        second = client.entities.upsert_many("svc", entities(2))
        third = client.entities.upsert_many("svc", entities(2))
        fourth = client.entities.upsert_many("svc", entities(1))
        fifth = client.entities.upsert_many("svc", entities(1))
        sixth = client.entities.upsert_many("svc", entities(1))

    assert first.succeeded == ("e0",)
    assert [(f.identifier, f.error) for f in first.failed] == [
        ("e1", "not_reported"),
        ("e2", "not_reported"),
    ]
    assert "may or may not have been written" in first.failed[0].message
    assert second.succeeded == ("e0", "e1")
    assert third.succeeded == ()
    assert [(f.identifier, f.status_code, f.error) for f in third.failed] == [
        ("e0", 200, "invalid_response"),
        ("e1", 200, "invalid_response"),
    ]
    assert "not valid JSON" in third.failed[0].message
    assert [(f.identifier, f.error) for f in fourth.failed] == [("e0", "invalid_response")]
    assert '"errors" in the bulk upsert answer to be a list of objects' in fourth.failed[0].message
    assert [(f.identifier, f.error) for f in fifth.failed] == [("e0", "invalid_response")]
    assert '"entities" in the bulk upsert answer' in fifth.failed[0].message
    assert [(f.identifier, f.error) for f in sixth.failed] == [("e0", "invalid_response")]
    assert "expected a JSON object from the bulk upsert, got list" in sixth.failed[0].message


def test_a_413_splits_the_request_until_it_fits() -> None:
    limit = 2_500  # this server takes at most two of the 1 KB entities below a request
    accepted: list[str] = []
    sizes: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sizes.append(len(request.content))
        if len(request.content) > limit:
            return httpx.Response(
                413, json={"ok": False, "error": "payload_too_large", "message": "too big"}
            )
        sent = json.loads(request.content)["entities"]
        accepted.extend(e["identifier"] for e in sent)
        return httpx.Response(
            200,
            json={
                "ok": True,
                "entities": [
                    {"identifier": e["identifier"], "index": i} for i, e in enumerate(sent)
                ],
            },
        )

    items = [{"identifier": f"e{i}", "properties": {"blob": "x" * 1000}} for i in range(20)]
    items.insert(7, {"identifier": "huge", "properties": {"blob": "y" * 3000}})
    with mock_client(handler) as port:
        result = port.entities.upsert_many("svc", items)

    assert sorted(accepted) == sorted(f"e{i}" for i in range(20))  # each exactly once
    assert result.succeeded == tuple(e["identifier"] for e in items if e["identifier"] != "huge")
    assert result.failed == (BatchFailure("huge", 7, 413, "payload_too_large", "too big"),)
    assert result.requests == len(sizes)
    # The first try of the first chunk (20 entities) was over the limit; threads may deliver
    # the second chunk (1 entity) first, so look at every size rather than the first one.
    assert max(sizes) > limit


def test_chunks_stay_under_1_mib_and_a_larger_entity_is_never_sent(
    port: PortClient, sim: PortSimulator
) -> None:
    big = "b" * 300_000
    items = [{"identifier": f"big{i}", "properties": {"blob": big}} for i in range(7)]
    items.insert(3, {"identifier": "giant", "properties": {"blob": "g" * MAX_BODY_BYTES}})
    result = port.entities.upsert_many("service", items)

    assert result.succeeded == tuple(f"big{i}" for i in range(7))
    (failure,) = result.failed
    assert (failure.identifier, failure.index, failure.status_code, failure.error) == (
        "giant",
        3,
        None,
        "entity_too_large",
    )
    assert "1,048,576" in failure.message
    assert "giant" not in stored(sim)
    # Three 300 KB entities fit in 1 MiB, four do not: 3 + 3 + 1, and Port never answered 413.
    assert result.requests == 3
    assert not any(status == 413 for _, status in sim.stats.requests)


def test_the_size_measured_is_the_size_sent() -> None:
    sizes: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sizes.append(len(request.content))
        return httpx.Response(200, json={"ok": True})

    # Two entities that fill 1 MiB exactly: non-ASCII text counts in UTF-8 bytes.
    envelope = len(b'{"entities":[]}') + 1
    one = len(json.dumps({"identifier": "a", "t": ""}, separators=(",", ":")))
    text = "é" * ((MAX_BODY_BYTES - envelope - 2 * one) // 4)
    filler = "x" * (MAX_BODY_BYTES - envelope - 2 * one - 4 * len(text))
    items = [{"identifier": "a", "t": text + filler}, {"identifier": "b", "t": text}]
    with mock_client(handler) as port:
        result = port.entities.upsert_many("svc", items)
    assert result.ok
    assert sizes == [MAX_BODY_BYTES]


def test_entities_that_cannot_be_sent_fail_without_a_request(
    port: PortClient, sim: PortSimulator
) -> None:
    before = sim.stats.total
    items: list[Any] = [
        {"title": "no identifier"},
        {"identifier": 5},
        {"identifier": ""},
        "not a mapping",
        {"identifier": "nan", "properties": {"n": float("nan")}},
        {"identifier": "set", "properties": {"n": {1, 2}}},
    ]
    result = port.entities.upsert_many("service", items)
    assert result.succeeded == ()
    assert result.requests == 0
    assert [(f.index, f.identifier, f.error) for f in result.failed] == [
        (0, None, "missing_identifier"),
        (1, None, "missing_identifier"),
        (2, None, "missing_identifier"),
        (3, None, "invalid_entity"),
        (4, "nan", "invalid_entity"),
        (5, "set", "invalid_entity"),
    ]
    assert 'no string "identifier"' in result.failed[0].message
    assert "got str" in result.failed[3].message
    assert sim.stats.total == before  # not even a token request


def test_a_repeated_identifier_is_sent_once(port: PortClient, sim: PortSimulator) -> None:
    items = [
        {"identifier": "a", "properties": {"n": 1}},
        {"identifier": "b"},
        {"identifier": "a", "properties": {"n": 2}},
    ]
    result = port.entities.upsert_many("service", items)
    assert result.succeeded == ("a", "b")
    assert result.failed == (
        BatchFailure(
            "a",
            2,
            None,
            "duplicate_identifier",
            "already in the input at index 0; only that one is sent",
        ),
    )
    assert stored(sim)["a"]["properties"] == {"n": 1}


def test_a_whole_request_error_fails_each_of_its_entities(port: PortClient) -> None:
    result = port.entities.upsert_many("nope", entities(30))
    assert result.succeeded == ()
    assert result.requests == 2
    assert len(result.failed) == 30
    assert {(f.status_code, f.error) for f in result.failed} == {(404, "not_found")}
    assert all(f.trace_id for f in result.failed)
    assert [f.index for f in result.failed] == list(range(30))

    def invalid(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            422, json={"ok": False, "error": "invalid_request", "message": "bad flags"}
        )

    with mock_client(invalid) as client:
        result = client.entities.upsert_many("svc", entities(3))
    assert [(f.status_code, f.error, f.message) for f in result.failed] == [
        (422, "invalid_request", "bad flags")
    ] * 3


def test_a_transport_error_after_retries_fails_the_request() -> None:
    calls = 0

    def broken(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ConnectError("connection refused", request=request)

    with mock_client(broken) as port:
        result = port.entities.upsert_many("svc", entities(2))
    assert calls == NO_WAIT.max_attempts
    assert [(f.identifier, f.status_code, f.error) for f in result.failed] == [
        ("e0", None, "connection_error"),
        ("e1", None, "connection_error"),
    ]
    assert "could not connect" in result.failed[0].message
    assert "secret-value-for-tests" not in repr(result)


def test_faults_and_a_tight_rate_limit_are_absorbed() -> None:
    clock = FakeClock()
    sim = PortSimulator(
        seed=7,
        clock=clock,
        sleep=lambda seconds: None,
        faults=Faults(error_rates={503: 0.1}, reset_before_rate=0.05, reset_after_rate=0.05),
        rate_limit=RateLimit(limit=60, period=1.0),
        validate_requests=False,
    )
    sim.handle("POST", "/v1/blueprints", json=BLUEPRINT)
    retry = RetryPolicy(max_attempts=30, backoff_base=0.0, retry_after_max=0.0)
    items = entities(5_000)
    with sim_client(sim, transport=VirtualWait(sim.transport(), clock), retry=retry) as port:
        result = port.entities.upsert_many("service", items, concurrency=8)

    assert result.ok, result.failed[:3]
    assert result.succeeded == tuple(e["identifier"] for e in items)
    assert result.requests == 250
    assert sim.handle("GET", "/v1/blueprints/service/entities-count").json["count"] == 5_000
    kept = stored(sim)
    assert len(kept) == 5_000
    assert all(kept[f"e{i}"]["properties"] == {"n": i} for i in range(5_000))
    stats = sim.stats
    bulk = "POST /v1/blueprints/{blueprint_identifier}/entities/bulk"
    assert stats.requests[bulk, 503] > 0
    assert stats.faults["reset_before"] > 0
    assert stats.faults["reset_after"] > 0
    assert stats.rate_limited > 0
    # Every retry shows up at the server: more bulk requests arrived than the 250 made.
    assert sum(n for (route, _), n in stats.requests.items() if route == bulk) > 250


def test_concurrency_bounds_the_requests_in_flight() -> None:
    lock = threading.Lock()
    in_flight = peak = 0
    full = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
            if in_flight == 3:
                full.set()
        full.wait(timeout=10)
        with lock:
            in_flight -= 1
        return httpx.Response(200, json={"ok": True})

    with mock_client(handler) as port:
        result = port.entities.upsert_many("svc", entities(200), concurrency=3)
    assert result.ok
    assert result.requests == 10
    assert peak == 3


def test_workers_keep_sending_while_the_progress_callback_runs() -> None:
    # A worker that finishes a request takes the chunk prepared behind it itself; the calling
    # thread (busy in the callback here) is not on the path between two requests.
    seen = 0
    second_sent = threading.Event()
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal seen
        with lock:
            seen += 1
            if seen == 2:
                second_sent.set()
        return httpx.Response(200, json={"ok": True})

    waited: list[bool] = []

    def progress(p: BatchProgress) -> None:
        if p.requests == 1:
            waited.append(second_sent.wait(timeout=10))

    with mock_client(handler) as port:
        result = port.entities.upsert_many("svc", entities(200), concurrency=1, progress=progress)
    assert waited == [True]
    assert result.ok
    assert result.requests == seen == 10


def test_an_entity_is_sent_as_it_was_when_read() -> None:
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return httpx.Response(200, json={"ok": True})

    def source() -> Iterator[dict[str, Any]]:
        entity: dict[str, Any] = {"identifier": "a", "title": "Zoë", "properties": {"n": 1}}
        yield entity
        entity["properties"]["n"] = 2  # changed after it was read: not what is sent
        yield {"identifier": "b", "properties": {"n": 3.5, "none": None}}

    with mock_client(handler) as port:
        assert port.entities.upsert_many("svc", source()).ok
    assert bodies == [
        '{"entities":[{"identifier":"a","title":"Zoë","properties":{"n":1}},'
        '{"identifier":"b","properties":{"n":3.5,"none":null}}]}'.encode()
    ]


def test_argument_errors_are_clear(port: PortClient) -> None:
    bulk = port.entities.upsert_many
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: bulk("", []), "blueprint must be a non-empty string"),
        (lambda: bulk(None, []), "blueprint must be a non-empty string"),  # type: ignore[arg-type]
        (lambda: bulk("service", [], concurrency=0), "concurrency must be an integer >= 1"),
        (lambda: bulk("service", [], concurrency=True), "concurrency must be an integer >= 1"),
        (lambda: bulk("service", [], concurrency=2.0), "concurrency must be an integer >= 1"),  # type: ignore[arg-type]
        (lambda: bulk("service", [], merge="yes"), "merge must be True or False"),  # type: ignore[arg-type]
        (lambda: bulk("service", [], progress=5), "progress must be a callable"),  # type: ignore[arg-type]
        (
            lambda: bulk("service", {"identifier": "a"}),
            "entities must be an iterable of them, not dict",
        ),
        (lambda: bulk("service", 5), "entities must be an iterable"),  # type: ignore[arg-type]
        (
            lambda: port.entities.delete_many("service", "abc"),
            "identifiers must be an iterable of them, not str",
        ),
        (
            lambda: port.entities.delete_many("service", [], delete_dependents=1),
            "delete_dependents must be True or False",
        ),  # type: ignore[arg-type]
        (lambda: port.entities.iter_all(""), "blueprint must be a non-empty string"),
        (lambda: port.entities.iter_all(["service", "service"]), "must not repeat: 'service'"),
        (
            lambda: port.entities.iter_all("service", page_size=0),
            "page_size must be an integer from 1 to 1000",
        ),
        (lambda: port.entities.iter_all("service", query=[1]), "query must be a mapping"),  # type: ignore[arg-type]
        (lambda: port.entities.iter_all(5), "blueprints must be a blueprint identifier"),  # type: ignore[arg-type]
    ]
    for call, message in cases:
        with pytest.raises(ValueError, match=message):
            call()


def test_the_blueprint_comes_first_and_the_input_may_be_named(
    port: PortClient, sim: PortSimulator
) -> None:
    # The suite turns DeprecationWarning into an error: these forms are the current ones.
    assert port.entities.upsert_many("service", entities=entities(2)).succeeded == ("e0", "e1")
    assert port.entities.delete_many("service", identifiers=["e0"]).succeeded == ("e0",)
    assert [e["identifier"] for e in port.entities.iter_all("service")] == ["e1"]


def _deprecated_keyword(method: str, name: str, value: str, rest: str) -> str:
    return re.escape(
        f"port.entities.{method}({name}=...) is deprecated: pass the {name} first, positionally:"
        f" port.entities.{method}({value!r}{rest})"
    )


def test_version_1_blueprint_keyword_still_works_and_warns(
    port: PortClient, sim: PortSimulator
) -> None:
    upsert = _deprecated_keyword("upsert_many", "blueprint", "service", ", entities, ...")
    with pytest.warns(DeprecationWarning, match=upsert) as caught:
        result = port.entities.upsert_many(blueprint="service", entities=entities(3))
    assert result.succeeded == ("e0", "e1", "e2")
    assert sorted(stored(sim)) == ["e0", "e1", "e2"]
    assert caught[0].filename == __file__  # it points at the caller's line
    delete = _deprecated_keyword("delete_many", "blueprint", "service", ", identifiers, ...")
    with pytest.warns(DeprecationWarning, match=delete) as caught:
        deleted = port.entities.delete_many(blueprint="service", identifiers=["e0", "e2"])
    assert deleted.succeeded == ("e0", "e2")
    assert caught[0].filename == __file__
    walk = _deprecated_keyword("iter_all", "blueprints", "service", ", ...")
    with pytest.warns(DeprecationWarning, match=walk) as caught:
        walker = port.entities.iter_all(blueprints="service", page_size=10)
    assert [e["identifier"] for e in walker] == ["e1"]
    assert caught[0].filename == __file__


@pytest.mark.anyio
async def test_async_version_1_blueprint_keyword_still_works_and_warns(sim: PortSimulator) -> None:
    async with async_sim_client(sim) as port:
        upsert = _deprecated_keyword("upsert_many", "blueprint", "service", ", entities, ...")
        with pytest.warns(DeprecationWarning, match=upsert) as caught:
            result = await port.entities.upsert_many(blueprint="service", entities=entities(3))
        assert result.succeeded == ("e0", "e1", "e2")
        assert caught[0].filename == __file__
        delete = _deprecated_keyword("delete_many", "blueprint", "service", ", identifiers, ...")
        with pytest.warns(DeprecationWarning, match=delete):
            deleted = await port.entities.delete_many(blueprint="service", identifiers=["e1"])
        assert deleted.succeeded == ("e1",)
        with pytest.warns(DeprecationWarning, match="iter_all"):
            walker = port.entities.iter_all(blueprints=["service"])
        assert sorted([e["identifier"] async for e in walker]) == ["e0", "e2"]
    assert sorted(stored(sim)) == ["e0", "e2"]


def test_a_wrong_call_is_a_type_error_before_anything_is_sent(
    port: PortClient, sim: PortSimulator
) -> None:
    before = sim.stats.total
    bulk: Any = port.entities.upsert_many
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: bulk(bluprint="service", entities=[]), "unexpected keyword argument 'bluprint'"),
        (lambda: bulk("service", [], upsert=True), "unexpected keyword argument 'upsert'"),
        (lambda: bulk("service", blueprint="service", entities=[]), "multiple values"),
        (lambda: bulk(entities=[]), "missing 1 required positional argument: 'blueprint'"),
        (lambda: bulk("service"), "missing 1 required argument: 'entities'"),
        (lambda: port.entities.delete_many("service"), "required argument: 'identifiers'"),  # type: ignore[call-overload]
        (lambda: port.entities.iter_all(blueprint="service"), "unexpected keyword argument"),  # type: ignore[call-overload]
        (port.entities.iter_all, "missing 1 required positional argument: 'blueprints'"),
    ]
    for call, message in cases:
        with pytest.raises(TypeError, match=message):
            call()
    assert sim.stats.total == before


def test_empty_input_makes_no_request(port: PortClient, sim: PortSimulator) -> None:
    before = sim.stats.total
    assert port.entities.upsert_many("service", []) == BatchResult((), (), 0)
    assert port.entities.delete_many("service", iter([])) == BatchResult((), (), 0)
    assert sim.stats.total == before


# --- cancelling ------------------------------------------------------------------------------


def test_a_raising_progress_callback_cancels_cleanly(port: PortClient, sim: PortSimulator) -> None:
    pulled = 0

    def source() -> Iterator[dict[str, Any]]:
        nonlocal pulled
        for entity in entities(1_000):
            pulled += 1
            yield entity

    calls = 0

    def progress(p: BatchProgress) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("stop here")

    it = source()
    with pytest.raises(BatchCancelled) as caught:
        port.entities.upsert_many("service", it, concurrency=4, progress=progress)
    error = caught.value
    assert isinstance(error.__cause__, RuntimeError)
    assert "RuntimeError: stop here" in str(error)
    result = error.result
    # Everything read is accounted for, nothing more was read, and Port holds exactly the successes.
    assert len(result.succeeded) + len(result.failed) == pulled
    assert all(f.error == "cancelled" for f in result.failed)
    assert set(stored(sim)) == set(result.succeeded)
    assert 3 * 20 <= len(result.succeeded) < 1_000
    # The rest is still in the iterator, so the caller can resume from it.
    read = pulled
    assert next(it)["identifier"] == f"e{read}"


def test_ctrl_c_cancels_with_the_partial_result(port: PortClient, sim: PortSimulator) -> None:
    def progress(p: BatchProgress) -> None:
        if p.requests == 2:
            raise KeyboardInterrupt

    with pytest.raises(BatchCancelled) as caught:
        port.entities.upsert_many("service", entities(500), concurrency=2, progress=progress)
    assert isinstance(caught.value.__cause__, KeyboardInterrupt)
    result = caught.value.result
    assert set(stored(sim)) == set(result.succeeded)
    assert len(result.succeeded) + len(result.failed) <= 500
    assert {f.error for f in result.failed} <= {"cancelled"}


def test_an_input_that_raises_cancels_with_what_was_done(
    port: PortClient, sim: PortSimulator
) -> None:
    def source() -> Iterator[dict[str, Any]]:
        yield from entities(45)
        raise ValueError("bad row 46")

    with pytest.raises(BatchCancelled) as caught:
        port.entities.upsert_many("service", source())
    assert isinstance(caught.value.__cause__, ValueError)
    result = caught.value.result
    assert len(result.succeeded) == 40
    assert [f.identifier for f in result.failed] == [f"e{i}" for i in range(40, 45)]
    assert set(stored(sim)) == set(result.succeeded)


def crash_on_second_request() -> Callable[[httpx.Request], httpx.Response]:
    """A handler whose second bulk request raises a plain Python error: a bug, not a failure."""
    calls = itertools.count(1)

    def handler(request: httpx.Request) -> httpx.Response:
        if next(calls) == 2:
            raise RuntimeError("a bug in the send path")
        return httpx.Response(200, json={"ok": True})

    return handler


def test_a_bug_while_sending_stops_the_batch_and_keeps_count() -> None:
    with mock_client(crash_on_second_request()) as port, pytest.raises(BatchCancelled) as caught:
        port.entities.upsert_many("svc", entities(200), concurrency=1)
    assert isinstance(caught.value.__cause__, RuntimeError)
    result = caught.value.result
    assert result.succeeded == tuple(f"e{i}" for i in range(20))
    crashed = [f for f in result.failed if f.error == "internal_error"]
    assert [f.identifier for f in crashed] == [f"e{i}" for i in range(20, 40)]
    assert "RuntimeError: a bug in the send path" in crashed[0].message
    # What was prepared behind it (if the reader got ahead: it depends on thread scheduling)
    # was never sent, and says so; nothing read is missing.
    assert {f.error for f in result.failed} - {"cancelled"} == {"internal_error"}
    assert all(f.error == "cancelled" for f in result.failed if f.index >= 40)
    assert len(result.succeeded) + len(result.failed) <= 200
    assert [f.index for f in result.failed] == list(range(20, 20 + len(result.failed)))


@pytest.mark.anyio
async def test_async_a_bug_while_sending_stops_the_batch_and_keeps_count() -> None:
    async with async_mock_client(with_auth(crash_on_second_request())) as port:
        with pytest.raises(BatchCancelled) as caught:
            await port.entities.upsert_many("svc", entities(200), concurrency=1)
    assert isinstance(caught.value.__cause__, RuntimeError)
    result = caught.value.result
    assert result.succeeded == tuple(f"e{i}" for i in range(20))
    assert [f.identifier for f in result.failed if f.error == "internal_error"] == [
        f"e{i}" for i in range(20, 40)
    ]
    assert [f.index for f in result.failed] == list(range(20, 20 + len(result.failed)))


# --- delete_many -----------------------------------------------------------------------------


@pytest.fixture
def related(sim: PortSimulator) -> PortSimulator:
    sim.handle(
        "POST",
        "/v1/blueprints",
        json={"identifier": "domain", "title": "Domain", "schema": {"properties": {}}},
    )
    sim.handle(
        "POST",
        "/v1/blueprints",
        json={
            "identifier": "app",
            "title": "App",
            "schema": {"properties": {}},
            "relations": {"domain": {"target": "domain", "required": False, "many": False}},
        },
    )
    for i in range(150):
        sim.handle("POST", "/v1/blueprints/domain/entities", json={"identifier": f"d{i}"})
    sim.handle(
        "POST",
        "/v1/blueprints/app/entities",
        json={"identifier": "app1", "relations": {"domain": "d120"}},
    )
    return sim


def test_delete_many_is_all_or_nothing_per_request(
    port: PortClient, related: PortSimulator
) -> None:
    ids = [f"d{i}" for i in range(150)]
    seen: list[BatchProgress] = []
    result = port.entities.delete_many("domain", ids, progress=seen.append)

    # d0-d99 went in one request and were deleted; d100-d149 went together with d120, which
    # has a dependent, so none of them was deleted.
    assert result.succeeded == tuple(ids[:100])
    assert [f.identifier for f in result.failed] == ids[100:]
    assert {(f.status_code, f.error) for f in result.failed} == {(409, "has_dependents")}
    assert result.requests == 2
    assert sorted(stored(related, "domain")) == sorted(ids[100:])
    assert seen[-1] == BatchProgress(done=150, failed=50, total=150, requests=2)

    again = port.entities.delete_many("domain", ids[100:], delete_dependents=True)
    assert again.succeeded == tuple(ids[100:])
    assert stored(related, "domain") == {}
    assert stored(related, "app") == {}


def test_delete_many_unknown_and_bad_identifiers(port: PortClient, related: PortSimulator) -> None:
    result = port.entities.delete_many("domain", ["d1", "ghost", "d2", "", 7, "d1"])  # type: ignore[list-item]
    assert result.succeeded == ()
    assert [(f.index, f.identifier, f.status_code, f.error) for f in result.failed] == [
        (0, "d1", 404, "not_found"),
        (1, "ghost", 404, "not_found"),
        (2, "d2", 404, "not_found"),
        (3, None, None, "invalid_identifier"),
        (4, None, None, "invalid_identifier"),
        (5, "d1", None, "duplicate_identifier"),
    ]
    assert "ghost" in result.failed[1].message
    assert {"d1", "d2"} <= set(stored(related, "domain"))  # nothing deleted in that request


def test_delete_many_checks_the_answer() -> None:
    answers = iter(
        [
            httpx.Response(200, json={"ok": True, "deletedEntities": ["a", "c", "dependent"]}),
            httpx.Response(200, json={"ok": True}),
        ]
    )
    bodies: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append((json.loads(request.content), request.url.params["delete_dependents"]))
        return next(answers)

    with mock_client(handler) as port:
        first = port.entities.delete_many("svc", ["a", "b", "c"], delete_dependents=True)
        second = port.entities.delete_many("svc", ["x"])
    assert bodies == [({"entities": ["a", "b", "c"]}, "true"), ({"entities": ["x"]}, "false")]
    assert first.succeeded == ("a", "c")
    assert [(f.identifier, f.error) for f in first.failed] == [("b", "not_reported")]
    assert second.succeeded == ("x",)


# --- iter_all --------------------------------------------------------------------------------


def test_iter_all_yields_every_entity_of_several_blueprints_once(
    port: PortClient, sim: PortSimulator
) -> None:
    for name in ("domain", "team"):
        sim.handle(
            "POST",
            "/v1/blueprints",
            json={"identifier": name, "title": name, "schema": {"properties": {}}},
        )
    port.entities.upsert_many("service", entities(2_345))
    port.entities.upsert_many("domain", [{"identifier": "only"}])
    before = sim.stats.total

    walker = port.entities.iter_all(["service", "team", "domain"], page_size=500)
    assert sim.stats.total == before  # lazy: nothing sent until iterated
    got = list(walker)
    assert len(got) == 2_346
    assert len({(e["blueprint"], e["identifier"]) for e in got}) == 2_346
    assert got[-1]["identifier"] == "only"
    # Port's JSON as it came: the same dicts the list endpoint returns.
    assert {e["identifier"]: e for e in got if e["blueprint"] == "service"} == stored(sim)
    search = "POST /v1/blueprints/{blueprint_identifier}/entities/search"
    assert sim.stats.requests[search, 200] == 5 + 1 + 1

    small = list(
        port.entities.iter_all(
            "service",
            page_size=7,
            query={"combinator": "and", "rules": [{"property": "n", "operator": "<", "value": 20}]},
        )
    )
    assert sorted(e["identifier"] for e in small) == sorted(f"e{i}" for i in range(20))


def test_iter_all_memory_does_not_grow_with_the_entity_count(port: PortClient) -> None:
    port.entities.upsert_many("service", entities(3_000))

    def peak(limit: int) -> int:
        tracemalloc.start()
        try:
            walked = sum(
                1 for _ in itertools.islice(port.entities.iter_all("service", page_size=100), limit)
            )
            assert walked == limit
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    # With the cyclic GC off, nothing can hide a page that stays alive after it was walked.
    gc.collect()
    gc.disable()
    try:
        few, many = peak(300), peak(3_000)
    finally:
        gc.enable()
    assert many < few * 1.5


def test_iter_all_rejects_a_malformed_page() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"ok": True, "entities": "nope"})

    with mock_client(handler) as port, pytest.raises(InvalidResponseError, match="expected"):
        next(port.entities.iter_all("svc"))


def test_iter_all_stops_on_a_repeated_cursor() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"ok": True, "entities": [{"identifier": "a"}], "next": "c1"}
        )

    with mock_client(handler) as port, pytest.raises(InvalidResponseError, match="twice"):
        list(port.entities.iter_all("svc"))


def test_batch_errors_are_port_errors() -> None:
    result = BatchResult(("a",), (BatchFailure("b", 1, None, "cancelled", "x"),), 1)
    assert isinstance(BatchError(result), PortError)
    assert isinstance(BatchCancelled(result, cause=RuntimeError()), PortError)
    assert str(BatchError(result)) == "1 of 2 failed (1 requests): 'b' (index 1): cancelled: x"


# --- async twins -----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_upsert_delete_and_iter(sim: PortSimulator) -> None:
    async def source() -> AsyncIterator[dict[str, Any]]:
        for entity in entities(130):
            yield entity

    seen: list[BatchProgress] = []
    async with async_sim_client(sim) as port:
        result = await port.entities.upsert_many("service", source(), progress=seen.append)
        assert result.succeeded == tuple(f"e{i}" for i in range(130))
        assert result.requests == 7
        assert seen[-1] == BatchProgress(130, 0, None, 7)
        listed = [entity async for entity in port.entities.iter_all("service", page_size=50)]
        assert sorted(e["identifier"] for e in listed) == sorted(stored(sim))
        more = await port.entities.upsert_many("service", [{"x": 1}, *entities(2, start=500)])
        assert more.succeeded == ("e500", "e501")
        assert [f.error for f in more.failed] == ["missing_identifier"]
        deleted = await port.entities.delete_many(
            "service", [f"e{i}" for i in range(130)], concurrency=2
        )
        assert len(deleted.succeeded) == 130
        assert sorted(stored(sim)) == ["e500", "e501"]
        with pytest.raises(ValueError, match="concurrency"):
            await port.entities.upsert_many("service", [], concurrency=0)


@pytest.mark.anyio
async def test_async_faults_are_absorbed() -> None:
    clock = FakeClock()

    async def no_sleep(seconds: float) -> None:
        return None

    sim = PortSimulator(
        seed=3,
        clock=clock,
        async_sleep=no_sleep,
        faults=Faults(error_rates={503: 0.1}, reset_before_rate=0.05, reset_after_rate=0.05),
        rate_limit=RateLimit(limit=40, period=1.0),
        validate_requests=False,
    )
    sim.handle("POST", "/v1/blueprints", json=BLUEPRINT)
    retry = RetryPolicy(max_attempts=30, backoff_base=0.0, retry_after_max=0.0)
    transport = AsyncVirtualWait(sim.async_transport(), clock)
    async with async_sim_client(sim, transport=transport, retry=retry) as port:
        result = await port.entities.upsert_many("service", entities(2_000))
    assert result.ok
    assert len(stored(sim)) == 2_000
    assert sim.stats.rate_limited > 0
    assert sim.stats.faults["reset_after"] > 0


@pytest.mark.anyio
async def test_async_207_and_413() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if len(request.content) > 600:
            return httpx.Response(
                413, json={"ok": False, "error": "payload_too_large", "message": "big"}
            )
        sent = json.loads(request.content)["entities"]
        errors = [
            {
                "identifier": e["identifier"],
                "index": i,
                "statusCode": 422,
                "error": "bad",
                "message": "m",
            }
            for i, e in enumerate(sent)
            if e["identifier"] == "e3"
        ]
        done = [
            {"identifier": e["identifier"], "index": i}
            for i, e in enumerate(sent)
            if e["identifier"] != "e3"
        ]
        return httpx.Response(
            207 if errors else 200, json={"ok": not errors, "entities": done, "errors": errors}
        )

    items = [{"identifier": f"e{i}", "properties": {"blob": "z" * 100}} for i in range(10)]
    async with async_mock_client(with_auth(handler)) as port:
        result = await port.entities.upsert_many("svc", items)
    assert result.succeeded == tuple(f"e{i}" for i in range(10) if i != 3)
    assert result.failed == (BatchFailure("e3", 3, 422, "bad", "m"),)
    assert result.requests > 1


@pytest.mark.anyio
async def test_async_progress_raising_cancels(sim: PortSimulator) -> None:
    def progress(p: BatchProgress) -> None:
        if p.requests == 2:
            raise RuntimeError("enough")

    async with async_sim_client(sim) as port:
        with pytest.raises(BatchCancelled) as caught:
            await port.entities.upsert_many(
                "service", entities(400), concurrency=3, progress=progress
            )
    result = caught.value.result
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert set(stored(sim)) == set(result.succeeded)
    assert len(result.succeeded) + len(result.failed) <= 400
    assert {f.error for f in result.failed} <= {"cancelled"}


@pytest.mark.anyio
async def test_async_task_cancel_waits_for_requests_in_flight() -> None:
    started = asyncio.Event()
    release = asyncio.Event()
    received: list[str] = []
    answered: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/access_token":
            return httpx.Response(200, json={"ok": True, "accessToken": "tok", "expiresIn": 10800})
        sent = json.loads(request.content)["entities"]
        received.append(sent[0]["identifier"])
        if len(received) == 2:
            started.set()
        await release.wait()
        answered.append(sent[0]["identifier"])
        return httpx.Response(200, json={"ok": True})

    async with async_mock_client(handler) as port:
        task = asyncio.ensure_future(port.entities.upsert_many("svc", entities(200), concurrency=2))
        await started.wait()
        task.cancel()
        await asyncio.sleep(0)
        release.set()
        with pytest.raises(asyncio.CancelledError):
            await task
    # The two requests in flight were answered before the cancellation went through; no more sent.
    assert sorted(received) == sorted(answered) == ["e0", "e20"]


def test_batch_failure_str() -> None:
    assert str(BatchFailure(None, 4, None, "missing_identifier", "no  id\n here")) == (
        "(no identifier) (index 4): missing_identifier: no id here"
    )
    assert str(BatchFailure("a", 0, 500, None, "boom")) == "'a' (index 0): 500: boom"
