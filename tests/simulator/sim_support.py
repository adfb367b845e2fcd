"""Helpers and fixtures for the simulator's tests: a simulator on a fake clock, a logged-in client.

The fixtures live in sim_fixtures.py, which test modules load with
`pytest_plugins = ["sim_fixtures"]`: uniquely named modules rather than a second `conftest.py`,
whose module name would shadow tests/conftest.py's.

Every response any simulator built here produces is recorded in RECORDED, so the last test module
(test_sim_zz_responses.py) can check them all against the spec's response schemas.
"""

from __future__ import annotations

from typing import Any, Literal

import httpx

from pyport.testing import Exchange, Faults, PortSimulator, RateLimit

RECORDED: list[Exchange] = []
CLIENT_ID = "sim-client-id"
CLIENT_SECRET = "sim-client-secret"
START = 1_767_225_600.0  # 2026-01-01T00:00:00Z


class FakeClock:
    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Sleeps:
    """Injected sleep: records what the simulator would have slept and advances the clock."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        self.clock.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self(seconds)


def make_sim(
    clock: FakeClock,
    sleeps: Sleeps,
    *,
    faults: Faults | None = None,
    rate_limit: RateLimit | Literal["port"] | None = None,
    **kwargs: Any,
) -> PortSimulator:
    return PortSimulator(
        clock=clock,
        sleep=sleeps,
        async_sleep=sleeps.asleep,
        faults=faults,
        rate_limit=rate_limit,
        on_response=RECORDED.append,
        **kwargs,
    )


def login(client: httpx.Client) -> str:
    response = client.post(
        "/v1/auth/access_token", json={"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET}
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["accessToken"]
    client.headers["Authorization"] = f"Bearer {token}"
    return token


def connect(sim: PortSimulator) -> httpx.Client:
    """An unopened client carrying a fresh token (usable in a `with` block)."""
    with httpx.Client(base_url=sim.base_url, transport=sim.transport()) as probe:
        token = login(probe)
    return httpx.Client(
        base_url=sim.base_url,
        transport=sim.transport(),
        headers={"Authorization": f"Bearer {token}"},
    )


def seg(value: str) -> str:
    return PortSimulator.segment(value)


def make_blueprints(client: httpx.Client) -> None:
    """domain <- service <- deployment, with properties of several types."""
    for body in (
        {
            "identifier": "domain",
            "title": "Domain",
            "schema": {"properties": {"tier": {"type": "string"}}},
        },
        {
            "identifier": "service",
            "title": "Service",
            "schema": {
                "properties": {
                    "language": {"type": "string", "enum": ["python", "go", "rust"]},
                    "stars": {"type": "number"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "released": {"type": "string", "format": "date-time"},
                    "public": {"type": "boolean"},
                },
                "required": [],
            },
            "relations": {"domain": {"target": "domain", "required": True, "many": False}},
        },
        {
            "identifier": "deployment",
            "title": "Deployment",
            "schema": {"properties": {"env": {"type": "string"}}},
            "relations": {"service": {"target": "service", "required": False, "many": True}},
        },
    ):
        response = client.post("/v1/blueprints", json=body)
        assert response.status_code == 201, response.text
