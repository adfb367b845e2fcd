"""TTLs on an injected clock, stale answers when Port fails, and every bad option refused."""

from __future__ import annotations

import logging
import math
from typing import Any

import httpx
import pytest
from cache_support import FakeClock, client, get_blueprint, get_entity, seed, total

from pyport import RetryPolicy
from pyport.cache import Cache, MemoryStore
from pyport.errors import PortConnectionError, ServerError
from pyport.testing import PortSimulator


def test_an_entry_expires_after_its_groups_ttl(port_simulator: PortSimulator) -> None:
    clock = FakeClock()
    port = client(port_simulator, Cache(clock=clock))
    seed(port)
    before = total(port_simulator)
    port.blueprints.get("svc")
    clock.advance(299.9)
    port.blueprints.get("svc")
    assert total(port_simulator) == before + 1  # blueprints: 5 minutes
    clock.advance(0.1)
    port.blueprints.get("svc")
    assert total(port_simulator) == before + 2
    port.blueprints.get("svc")
    assert total(port_simulator) == before + 2  # fresh again


def test_ttls_per_group_and_per_call(port_simulator: PortSimulator) -> None:
    clock = FakeClock()
    port = client(port_simulator, Cache(ttls={"blueprints": 10, "entities": 2}, clock=clock))
    seed(port)
    before = total(port_simulator)
    port.blueprints.get("svc")
    get_entity(port, "svc", "e1")
    get_blueprint(port, "dom", ttl=1)
    clock.advance(1.5)
    port.blueprints.get("svc")
    get_entity(port, "svc", "e1")
    get_blueprint(port, "dom", ttl=1)
    assert total(port_simulator) == before + 4  # only dom (1 s) expired
    clock.advance(1)
    port.blueprints.get("svc")
    get_entity(port, "svc", "e1")
    assert total(port_simulator) == before + 5  # the entity (2 s) expired, not svc (10 s)


def test_a_group_turned_off_is_not_cached(port_simulator: PortSimulator) -> None:
    port = client(port_simulator, Cache(ttls={"blueprints": 0, "teams": None}))
    seed(port)
    before = total(port_simulator)
    for _ in range(2):
        port.blueprints.get("svc")
        port.teams.list()
    assert total(port_simulator) == before + 4


class Switch(httpx.BaseTransport):
    """Port, until `failing` is set: then 503, or a refused connection."""

    pyport_in_process = True

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.failing: str | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.failing == "503" and request.method == "GET":
            return httpx.Response(503, json={"ok": False, "error": "unavailable"})
        if self.failing == "down" and request.method == "GET":
            raise httpx.ConnectError("connection refused")
        return self.inner.handle_request(request)


@pytest.mark.parametrize("failure", ["503", "down"])
def test_stale_if_error_serves_an_expired_answer_flagged(
    port_simulator: PortSimulator, failure: str, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    switch = Switch(port_simulator.transport())
    cache = Cache(stale_if_error=3600, clock=clock)
    port = client(port_simulator, cache, transport=switch, retry=RetryPolicy(max_attempts=1))
    seed(port)
    port.blueprints.get("svc")
    clock.advance(400)  # expired (300 s), kept for errors another hour
    switch.failing = failure
    with caplog.at_level(logging.WARNING, logger="pyport"):
        raw = port.blueprints.with_raw_response.get("svc")
    assert raw.parse().title == "Service"
    assert raw.cache_status == "stale"
    assert raw.headers["age"] == "400"
    assert cache.stats().stale == 1
    assert any("stale answer" in r.getMessage() for r in caplog.records)
    assert port.blueprints.get("svc").title == "Service"  # the plain call gets the model
    clock.advance(3600)  # past the hour: the error comes through
    expected = ServerError if failure == "503" else PortConnectionError
    with pytest.raises(expected):
        port.blueprints.get("svc")
    switch.failing = None
    assert port.blueprints.with_raw_response.get("svc").cache_status == "miss"


def test_without_stale_if_error_port_failing_is_an_error(port_simulator: PortSimulator) -> None:
    clock = FakeClock()
    switch = Switch(port_simulator.transport())
    port = client(
        port_simulator, Cache(clock=clock), transport=switch, retry=RetryPolicy(max_attempts=1)
    )
    seed(port)
    port.blueprints.get("svc")
    clock.advance(301)
    switch.failing = "503"
    with pytest.raises(ServerError):
        port.blueprints.get("svc")


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"ttls": {"blueprints": -1}}, ValueError, "finite number of seconds, 0 or more"),
        ({"ttls": {"blueprints": math.nan}}, ValueError, "finite number"),
        ({"ttls": {"blueprints": math.inf}}, ValueError, "finite number"),
        ({"ttls": {"blueprints": "300"}}, TypeError, "must be a number of seconds, not str"),
        ({"ttls": {"blueprints": True}}, TypeError, "not bool"),
        ({"ttls": {"blueprint": 60}}, ValueError, "unknown group 'blueprint'"),
        ({"ttls": {"runs": 60}}, ValueError, "'runs' answers are never cached"),
        ({"ttls": {"auth": 60}}, ValueError, "never cached"),
        ({"ttls": [("blueprints", 60)]}, TypeError, "ttls must be a mapping"),
        ({"default_ttl": 0}, ValueError, "default_ttl must be more than 0"),
        ({"stale_if_error": -5}, ValueError, "stale_if_error must be a finite"),
        ({"clock": 12}, TypeError, "clock must be a callable"),
        ({"store": {}}, TypeError, "store must be a MemoryStore or SQLiteStore"),
    ],
)
def test_bad_cache_options_are_clear_errors(
    options: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        Cache(**options)


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"max_entries": 0}, ValueError, "max_entries must be a positive whole number"),
        ({"max_bytes": -1}, ValueError, "max_bytes must be a positive whole number"),
        ({"max_entries": 1.5}, ValueError, "positive whole number"),
        ({"max_bytes": True}, ValueError, "positive whole number"),
    ],
)
def test_bad_store_bounds_are_clear_errors(
    options: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        MemoryStore(**options)


@pytest.mark.parametrize("cached", [True, False], ids=["with a cache", "without"])
@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        ({"ttl": -1}, ValueError, "ttl must be a finite number"),
        ({"ttl": math.nan}, ValueError, "ttl must be a finite number"),
        ({"ttl": "60"}, TypeError, "ttl must be a number of seconds"),
        ({"cache": "yes"}, TypeError, "cache= takes True or False"),
        ({"cache": False, "ttl": 5}, ValueError, "contradict"),
    ],
)
def test_bad_per_call_options_are_clear_errors(
    port_simulator: PortSimulator,
    cached: bool,
    call: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    port = client(port_simulator, Cache() if cached else None)
    seed(port)
    before = total(port_simulator)
    with pytest.raises(error, match=message):
        get_blueprint(port, "svc", **call)
    assert total(port_simulator) == before  # refused before anything was sent


def test_asking_to_cache_what_is_never_cached_or_a_write_is_an_error(
    port_simulator: PortSimulator,
) -> None:
    port = client(port_simulator, Cache())
    seed(port)
    with pytest.raises(ValueError, match="list_action_runs is never cached"):
        port.action_runs._request(
            "GET",
            "/v1/actions/runs",
            operation="list_action_runs",
            parse=("json", None, None, False),
            cache=True,
        )
    with pytest.raises(ValueError, match="apply to reads; update_blueprint is a write"):
        port.blueprints._request(
            "PATCH",
            "/v1/blueprints/{identifier}",
            operation="update_blueprint",
            path=(("identifier", "blueprint", "svc"),),
            body={"title": "x"},
            parse=("json", None, None, False),
            ttl=5,
        )
    assert port.blueprints.get("svc").title == "Service"  # nothing was written


def test_an_ok_false_answer_is_not_kept() -> None:
    from pyport import PortClient
    from pyport.errors import APIError

    asked: list[int] = []

    def port(request: httpx.Request) -> httpx.Response:
        asked.append(1)
        return httpx.Response(200, json={"ok": False, "error": "oops", "message": "failed"})

    client_ = PortClient(
        access_token="t", base_url="http://fake-port.local", transport=httpx.MockTransport(port),
        cache=Cache(),
    )  # fmt: skip
    for _ in range(2):
        with pytest.raises(APIError, match="failed"):
            client_.blueprints.get("svc")
    assert len(asked) == 2
    assert client_.cache is not None
    assert client_.cache.stats().entries == 0
