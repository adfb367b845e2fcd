"""Helpers for the cache's tests: a client on the simulator, request counts, a fake clock."""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx

from pyport import AsyncPortClient, PortClient
from pyport.cache import Cache
from pyport.testing import PortSimulator

BLUEPRINT = ("model", "Blueprint", "blueprint", False)
ENTITY = ("model", "Entity", "entity", False)


class FakeClock:
    def __init__(self, now: float = 1_767_225_600.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def client(sim: PortSimulator, cache: Cache | None, **options: Any) -> PortClient:
    return PortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=options.pop("transport", None) or sim.transport(),
        cache=cache,
        **options,
    )


def async_client(sim: PortSimulator, cache: Cache | None, **options: Any) -> AsyncPortClient:
    return AsyncPortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=options.pop("transport", None) or sim.async_transport(),
        cache=cache,
        **options,
    )


def api_requests(sim: PortSimulator) -> Counter[str]:
    """Requests the simulator answered, by "METHOD /template", the token exchange left out."""
    counts: Counter[str] = Counter()
    for (route, _status), n in sim.stats.requests.items():
        if route != "POST /v1/auth/access_token":
            counts[route] += n
    return counts


def total(sim: PortSimulator) -> int:
    return sum(api_requests(sim).values())


def seed(port: PortClient) -> None:
    """Two related blueprints, entities, an action, a scorecard, a team and a page."""
    port.blueprints.create(
        identifier="dom",
        title="Domain",
        schema={"properties": {"tier": {"type": "string"}}},
    )
    port.blueprints.create(
        identifier="svc",
        title="Service",
        schema={"properties": {"lang": {"type": "string"}}},
        relations={"domain": {"target": "dom", "required": False, "many": False}},
    )
    port.entities.create("dom", identifier="d1", title="D1", properties={"tier": "gold"})
    port.entities.create(
        "svc", identifier="e1", title="E1", properties={"lang": "py"}, relations={"domain": "d1"}
    )


def get_blueprint(port: PortClient, identifier: str, **options: Any) -> Any:
    return port.blueprints.get(identifier, **options)


def get_entity(port: PortClient, blueprint: str, identifier: str, **options: Any) -> Any:
    return port.entities.get(blueprint, identifier, **options)


class Gate(httpx.BaseTransport):
    """Wraps a transport: after `hold(path)`, the next GET of that path reads its answer, then
    waits for `go` before returning it."""

    pyport_in_process = True

    def __init__(self, inner: httpx.BaseTransport) -> None:
        import threading

        self.inner = inner
        self.held: str | None = None
        self.arrived = threading.Event()
        self.go = threading.Event()

    def hold(self, path: str) -> None:
        self.held = path

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.held is not None and request.method == "GET" and request.url.path == self.held:
            self.held = None
            response = self.inner.handle_request(request)
            response.read()
            self.arrived.set()
            assert self.go.wait(30), "the test never released the held request"
            return response
        return self.inner.handle_request(request)
