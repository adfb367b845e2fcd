"""Port's x-ratelimit-* headers on every response, with Port's published limits."""

from __future__ import annotations

import httpx
import pytest
from sim_support import (
    CLIENT_ID,
    CLIENT_SECRET,
    FakeClock,
    Sleeps,
    connect,
    make_blueprints,
    make_sim,
)

from pyport.testing import PortSimulator, RateLimit, _app
from pyport.testing.__main__ import _parser

pytest_plugins = ["sim_fixtures"]


def _budget(response: httpx.Response) -> tuple[str, str, str, str]:
    h = response.headers
    return (
        h["x-ratelimit-limit"],
        h["x-ratelimit-remaining"],
        h["x-ratelimit-period"],
        h["x-ratelimit-reset"],
    )


def test_every_answer_carries_ports_default_limits(client: httpx.Client, clock: FakeClock) -> None:
    make_blueprints(client)  # three blueprint requests
    reset = str(int(clock.now) + 300)
    assert _budget(client.get("/v1/blueprints")) == ("15000", "14996", "300", reset)
    assert _budget(client.get("/v1/blueprints/missing")) == ("15000", "14995", "300", reset)
    assert _budget(client.get("/v1/teams")) == ("15000", "14999", "300", reset)
    entity = client.post("/v1/blueprints/domain/entities", json={"identifier": "pay"})
    assert _budget(entity)[:2] == ("10000", "9999")
    bulk = client.post(
        "/v1/blueprints/domain/entities/bulk", json={"entities": [{"identifier": "a"}]}
    )
    assert _budget(bulk)[:2] == ("35000", "34999")
    search = client.post("/v1/blueprints/domain/entities/search", json={})
    assert _budget(search)[:2] == ("35000", "34999")
    read = client.get("/v1/blueprints/domain/entities/pay")
    assert _budget(read)[:2] == ("35000", "34999")
    # Errors carry them too, a 422 and an unknown route alike.
    assert _budget(client.post("/v1/blueprints", json={}))[0] == "15000"
    assert _budget(client.get("/v1/nothing-here"))[0] == "15000"


def test_windows_reset_after_five_minutes(client: httpx.Client, clock: FakeClock) -> None:
    client.get("/v1/teams")
    assert client.get("/v1/teams").headers["x-ratelimit-remaining"] == "14998"
    clock.advance(300)
    fresh = client.get("/v1/teams")
    assert fresh.headers["x-ratelimit-remaining"] == "14999"
    assert fresh.headers["x-ratelimit-reset"] == str(int(clock.now) + 300)


def test_the_default_limits_are_advertised_not_enforced(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, sleeps: Sleeps
) -> None:
    monkeypatch.setattr(_app, "PORT_LIMITS", {**_app.PORT_LIMITS, "other": 2})
    with connect(make_sim(clock, sleeps)) as c:
        answers = [c.get("/v1/teams") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 200]
    assert [a.headers["x-ratelimit-remaining"] for a in answers] == ["1", "0", "0", "0"]


def test_port_limits_are_enforced_when_asked(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, sleeps: Sleeps
) -> None:
    monkeypatch.setattr(_app, "PORT_LIMITS", {**_app.PORT_LIMITS, "other": 2, "blueprints": 5})
    sim = make_sim(clock, sleeps, rate_limit="port")
    with connect(sim) as c:
        answers = [c.get("/v1/teams") for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 429]
        assert answers[2].json()["error"] == "rate_limit_exceeded"
        assert answers[2].headers["retry-after"] == "300"
        # Another family has its own window.
        assert c.get("/v1/blueprints").status_code == 200
        clock.advance(300)
        assert c.get("/v1/teams").status_code == 200
    assert sim.stats.rate_limited == 1


def test_token_requests_and_401s_stay_outside_the_advisory_budget(sim: PortSimulator) -> None:
    with httpx.Client(base_url=sim.base_url, transport=sim.transport()) as c:
        token = c.post(
            "/v1/auth/access_token", json={"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET}
        )
        denied = c.get("/v1/blueprints")
    assert token.status_code == 200
    assert "x-ratelimit-limit" not in token.headers
    # A 100-request "unauthenticated" window would make a client that keeps one budget think
    # it has 99 requests left for everything.
    assert denied.status_code == 401
    assert "x-ratelimit-limit" not in denied.headers


def test_enforced_port_limits_count_unauthenticated_requests(
    clock: FakeClock, sleeps: Sleeps
) -> None:
    sim = make_sim(clock, sleeps, rate_limit="port")
    with httpx.Client(base_url=sim.base_url, transport=sim.transport()) as c:
        denied = c.get("/v1/blueprints")
    assert denied.status_code == 401
    assert _budget(denied)[:2] == ("100", "99")


def test_an_explicit_window_still_covers_every_request(clock: FakeClock, sleeps: Sleeps) -> None:
    sim = make_sim(clock, sleeps, rate_limit=RateLimit(limit=3, period=10))
    with connect(sim) as c:
        statuses = [c.get(path).status_code for path in ("/v1/teams", "/v1/blueprints") * 2]
    assert statuses == [200, 200, 200, 429]


def test_the_cli_takes_port_as_a_rate_limit() -> None:
    assert _parser().parse_args(["--rate-limit", "port"]).rate_limit == "port"
    assert _parser().parse_args(["--rate-limit", "10/60"]).rate_limit == RateLimit(10, 60.0)
    assert _parser().parse_args([]).rate_limit is None
