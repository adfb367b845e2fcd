"""Every hostile behaviour of the kit against every client path, over real loopback sockets.

A probe is one behaviour x one path: the sync and async typed call, the sync and async
`port.request`, the token exchange under a sync and an async call, and sync and async pagination.
Each probe checks what the client raises (or returns), that it stopped well before the hostile
server was done (bytes sent, counted by the server), and that no secret reached the error.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
from hostile_kit import (
    BEHAVIOURS,
    CLIENT_ID,
    FLOOD_BYTES,
    SECRET,
    TOKEN,
    TRICKLE_BYTES,
    Conn,
    Hostile,
    LoopbackServer,
    Received,
    cut_body,
    ok_answer,
    trickle_body,
)

import pyport
from pyport import AsyncPortClient, PortClient, RetryPolicy

# No waiting between attempts, and a server's wait is never slept on: the throttle decides.
POLICY = RetryPolicy(max_attempts=3, backoff_base=0.0, backoff_max=0.0, retry_after_max=0.0)
SMALL_CAP = 1024 * 1024
DEADLINE = 0.5

SyncCall = Callable[[PortClient], object]
AsyncCall = Callable[[AsyncPortClient], Awaitable[object]]


def _typed(port: PortClient) -> object:
    return port.blueprints.get("svc")


def _request(port: PortClient) -> object:
    return port.request("GET", "/v1/blueprints/svc")


def _pages(port: PortClient) -> object:
    return list(port.entities.search("svc"))


async def _typed_async(port: AsyncPortClient) -> object:
    return await port.blueprints.get("svc")


async def _request_async(port: AsyncPortClient) -> object:
    return await port.request("GET", "/v1/blueprints/svc")


async def _pages_async(port: AsyncPortClient) -> object:
    return [entity async for entity in await port.entities.search("svc")]


# path name -> (what the behaviour targets, the kind its expectation is looked up by, the call)
SYNC_PATHS: dict[str, tuple[str, str, SyncCall]] = {
    "typed": ("api", "default", _typed),
    "request": ("api", "request", _request),
    "token": ("token", "token", _typed),
    "pages": ("api", "default", _pages),
}
ASYNC_PATHS: dict[str, tuple[str, str, AsyncCall]] = {
    "typed_async": ("api", "default", _typed_async),
    "request_async": ("api", "request", _request_async),
    "token_async": ("token", "token", _typed_async),
    "pages_async": ("api", "default", _pages_async),
}
PROBES = len(BEHAVIOURS) * (len(SYNC_PATHS) + len(ASYNC_PATHS))


def options(hostile: Hostile, url: str) -> dict[str, Any]:
    found: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": SECRET,
        "base_url": url,
        "environ": {},
        "retry": POLICY,
        "timeout": 5.0,
    }
    if hostile.needs_deadline:
        found["deadline"] = DEADLINE
    if hostile.small_cap:
        found["max_response_bytes"] = SMALL_CAP
    return found


def check(hostile: Hostile, kind: str, server: LoopbackServer, outcome: object) -> None:
    expected = hostile.expected(kind)
    name = "ok" if not isinstance(outcome, BaseException) else type(outcome).__name__
    assert name == expected, f"{hostile.name}: expected {expected}, got {outcome!r}"
    if isinstance(outcome, BaseException):
        assert isinstance(outcome, pyport.PortError)
        for text in (str(outcome), repr(outcome)):
            assert SECRET not in text
            assert TOKEN not in text
    # Stopped long before the server would have: bounded by what was read, not what was sent.
    if hostile.small_cap:
        assert server.bytes_sent < FLOOD_BYTES // 4
    if hostile.needs_deadline:
        assert server.bytes_sent < TRICKLE_BYTES // 2


def run_sync(call: SyncCall, port: PortClient) -> object:
    try:
        for _ in range(2):  # the second call meets what the first one taught the throttle
            result = call(port)
    except pyport.PortError as error:
        return error
    return result


async def run_async(call: AsyncCall, port: AsyncPortClient) -> object:
    try:
        for _ in range(2):
            result = await call(port)
    except pyport.PortError as error:
        return error
    return result


def test_the_probe_count_is_what_the_report_says() -> None:
    assert len(BEHAVIOURS) == 21
    assert PROBES == 168


@contextlib.contextmanager
def hostile_server(hostile: Hostile, on: str) -> Iterator[LoopbackServer]:
    with LoopbackServer(hostile.behaviour, on=on) as server, LoopbackServer(ok_answer) as peer:
        server.peer = peer
        yield server
        server.stop()
        # Whatever was redirected there, no credential may have reached the other origin.
        assert not peer.received_secrets()
        if hostile.follow_redirects and on == "api":
            assert peer.requests  # the redirect was followed: the check above saw something


@pytest.mark.parametrize("path", list(SYNC_PATHS))
@pytest.mark.parametrize("hostile", BEHAVIOURS, ids=[h.name for h in BEHAVIOURS])
def test_sync_paths_survive(hostile: Hostile, path: str) -> None:
    on, kind, call = SYNC_PATHS[path]
    with hostile_server(hostile, on) as server:
        with PortClient(**options(hostile, server.url)) as port:
            port.http.follow_redirects = hostile.follow_redirects
            outcome = run_sync(call, port)
        check(hostile, kind, server, outcome)


@pytest.mark.anyio
@pytest.mark.parametrize("path", list(ASYNC_PATHS))
@pytest.mark.parametrize("hostile", BEHAVIOURS, ids=[h.name for h in BEHAVIOURS])
async def test_async_paths_survive(hostile: Hostile, path: str) -> None:
    on, kind, call = ASYNC_PATHS[path]
    with hostile_server(hostile, on) as server:
        async with AsyncPortClient(**options(hostile, server.url)) as port:
            port.http.follow_redirects = hostile.follow_redirects
            outcome = await run_async(call, port)
        check(hostile, kind, server, outcome)


def test_a_body_cut_short_is_retried_until_it_arrives_whole() -> None:
    def cut_once(request: Received, conn: Conn) -> None:
        (cut_body if server.attempts[request.path] == 1 else ok_answer)(request, conn)

    with LoopbackServer(cut_once) as server, PortClient(**options(BEHAVIOURS[0], server.url)) as p:
        answer = p.blueprints.get("svc")
    assert answer.identifier == "svc"
    assert server.attempts["/v1/blueprints/svc"] == 2


def test_a_server_stops_by_itself_after_its_lifetime() -> None:
    # No deadline on the client: only the server's own lifetime ends the trickle.
    with LoopbackServer(trickle_body, lifetime=0.5) as server:
        with httpx.Client(timeout=30) as plain, pytest.raises(httpx.TransportError):
            plain.get(server.url + "/v1/blueprints/svc")
        assert server.stopping.is_set()
        assert server.bytes_sent < TRICKLE_BYTES
