"""httpx transports that call the simulator in-process: same state, no sockets."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx

from pyport.testing._app import Engine, Outcome, RawRequest
from pyport.testing._faults import FaultPlan

Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[Any]]


def raw_request(request: httpx.Request, body: bytes) -> RawRequest:
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in request.headers.raw}
    return RawRequest(
        method=request.method,
        raw_path=request.url.raw_path.split(b"?", 1)[0].decode("ascii"),
        query=request.url.query.decode("ascii"),
        headers=headers,
        body=body,
    )


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout")
    if isinstance(timeout, dict):
        value = timeout.get("read")
        return float(value) if value is not None else None
    return None


class _Truncated(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Half the body, then the connection drops: what httpcore reports for a short body."""

    def __init__(self, content: bytes, request: httpx.Request) -> None:
        self._content = content[: len(content) // 2]
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        yield self._content
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body", request=self._request
        )

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._content
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body", request=self._request
        )


def _response(outcome: Outcome, request: httpx.Request) -> httpx.Response:
    headers = dict(outcome.headers)
    headers["content-length"] = str(len(outcome.body))
    if outcome.fault == "truncate":
        return httpx.Response(
            outcome.status,
            headers=headers,
            stream=_Truncated(outcome.body, request),
            request=request,
        )
    return httpx.Response(outcome.status, headers=headers, content=outcome.body, request=request)


def _stall_or_reset(outcome: Outcome, request: httpx.Request) -> float | None:
    """Seconds to stall before a ReadTimeout, or raise for a reset after processing."""
    if outcome.fault == "reset_after":
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response (simulated reset)", request=request
        )
    if outcome.fault == "stall":
        timeout = _read_timeout(request)
        return outcome.stall if timeout is None else min(outcome.stall, timeout)
    return None


def _reset_before(plan: FaultPlan, request: httpx.Request) -> None:
    if plan.kind == "reset_before":
        raise httpx.ConnectError("Connection reset by peer (simulated)", request=request)


def _remaining(latency: float, started: float, now: float) -> float:
    """The injected latency is the simulator's whole response time: its own processing counts
    towards it (Port's latency includes Port's work; the simulator's Python is not Port's)."""
    return max(0.0, latency - (now - started))


class SimulatorTransport(httpx.BaseTransport):
    # Requests never leave the process: pyport accepts its http:// base URL (see _origin.py).
    pyport_in_process = True

    def __init__(self, engine: Engine, *, sleep: Sleep) -> None:
        self._engine = engine
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        plan = self._engine.plan(request.method, request.url.raw_path.split(b"?", 1)[0].decode())
        if plan.kind == "reset_before" and plan.delay:
            self._sleep(plan.delay)
        _reset_before(plan, request)
        started = self._engine.state.now()
        outcome = self._engine.execute(raw_request(request, body), plan)
        remaining = _remaining(plan.delay, started, self._engine.state.now())
        if remaining:
            self._sleep(remaining)
        stall = _stall_or_reset(outcome, request)
        if stall is not None:
            self._sleep(stall)
            raise httpx.ReadTimeout(
                "The read operation timed out (simulated stall)", request=request
            )
        return _response(outcome, request)


class AsyncSimulatorTransport(httpx.AsyncBaseTransport):
    # Requests never leave the process: pyport accepts its http:// base URL (see _origin.py).
    pyport_in_process = True

    def __init__(self, engine: Engine, *, sleep: AsyncSleep) -> None:
        self._engine = engine
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        plan = self._engine.plan(request.method, request.url.raw_path.split(b"?", 1)[0].decode())
        if plan.kind == "reset_before" and plan.delay:
            await self._sleep(plan.delay)
        _reset_before(plan, request)
        started = self._engine.state.now()
        outcome = self._engine.execute(raw_request(request, body), plan)
        remaining = _remaining(plan.delay, started, self._engine.state.now())
        if remaining:
            await self._sleep(remaining)
        stall = _stall_or_reset(outcome, request)
        if stall is not None:
            await self._sleep(stall)
            raise httpx.ReadTimeout(
                "The read operation timed out (simulated stall)", request=request
            )
        return _response(outcome, request)
