"""Faults and rate limits: each kind happens, is counted, and is reproducible with a seed."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sim_support import CLIENT_ID, CLIENT_SECRET, FakeClock, Sleeps, connect, make_sim

from pyport import PortClient, RetryPolicy, ServerError
from pyport.testing import Faults, PortSimulator, RateLimit

pytest_plugins = ["sim_fixtures"]


BP = {"identifier": "svc", "title": "S", "schema": {"properties": {}}}


def _outcomes(sim: PortSimulator, n: int = 40) -> list[str]:
    seen = []
    with connect(sim) as c:
        for _ in range(n):
            try:
                seen.append(str(c.get("/v1/blueprints", timeout=5).status_code))
            except httpx.HTTPError as error:
                seen.append(type(error).__name__)
    return seen


@pytest.mark.parametrize(
    ("faults", "marker"),
    [
        (Faults(error_rates={503: 0.3}), "503"),
        (Faults(error_rates={500: 0.2, 502: 0.2}), "502"),
        (Faults(reset_before_rate=0.3), "ConnectError"),
        (Faults(reset_after_rate=0.3), "RemoteProtocolError"),
        (Faults(stall_rate=0.3, stall_seconds=30), "ReadTimeout"),
    ],
)
def test_each_fault_is_reproducible(
    clock: FakeClock, sleeps: Sleeps, faults: Faults, marker: str
) -> None:
    first = _outcomes(make_sim(clock, sleeps, faults=faults, seed=3))
    second = _outcomes(make_sim(clock, sleeps, faults=faults, seed=3))
    other = _outcomes(make_sim(clock, sleeps, faults=faults, seed=4))
    assert first == second
    assert marker in first
    assert "200" in first
    assert first != other


def test_error_fault_body_and_nothing_processed(clock: FakeClock, sleeps: Sleeps) -> None:
    sim = make_sim(clock, sleeps, faults=Faults(error_rates={503: 1.0}))
    with connect(sim) as c:
        response = c.post("/v1/blueprints", json=BP)
    assert response.status_code == 503
    assert response.json()["ok"] is False
    assert response.headers["x-trace-id"]
    assert sim.handle("GET", "/v1/blueprints/svc").status == 404
    assert sim.stats.faults["error"] == 1


def test_reset_before_does_not_process_and_after_does(clock: FakeClock, sleeps: Sleeps) -> None:
    before = make_sim(clock, sleeps, faults=Faults(reset_before_rate=1.0))
    with connect(before) as c, pytest.raises(httpx.ConnectError):
        c.post("/v1/blueprints", json=BP)
    assert before.handle("GET", "/v1/blueprints/svc").status == 404
    after = make_sim(clock, sleeps, faults=Faults(reset_after_rate=1.0))
    with connect(after) as c, pytest.raises(httpx.RemoteProtocolError):
        c.post("/v1/blueprints", json=BP)
    assert after.handle("GET", "/v1/blueprints/svc").status == 200
    assert after.stats.faults == {"reset_after": 1}


def test_stall_sleeps_up_to_the_read_timeout(clock: FakeClock, sleeps: Sleeps) -> None:
    sim = make_sim(clock, sleeps, faults=Faults(stall_rate=1.0, stall_seconds=30))
    with connect(sim) as c:
        with pytest.raises(httpx.ReadTimeout):
            c.get("/v1/blueprints", timeout=httpx.Timeout(5, read=2.5))
        with pytest.raises(httpx.ReadTimeout):
            c.get("/v1/blueprints", timeout=httpx.Timeout(None))
    assert sleeps.calls == [2.5, 30]


def test_truncated_body(clock: FakeClock, sleeps: Sleeps) -> None:
    sim = make_sim(clock, sleeps, faults=Faults(truncate_rate=1.0))
    with connect(sim) as c, c.stream("GET", "/v1/blueprints") as response:
        assert response.status_code == 200
        promised = int(response.headers["content-length"])
        chunks: list[bytes] = []

        def read_all() -> None:
            chunks.extend(response.iter_raw())

        with pytest.raises(httpx.RemoteProtocolError):
            read_all()
        received = b"".join(chunks)
    assert 0 < len(received) < promised
    assert sim.stats.faults["truncate"] == 1


def test_latency_and_jitter_use_the_injected_sleep(clock: FakeClock, sleeps: Sleeps) -> None:
    sim = make_sim(clock, sleeps, faults=Faults(latency=0.02, jitter=0.01), seed=1)
    with connect(sim) as c:
        for _ in range(5):
            assert c.get("/v1/blueprints").status_code == 200
    assert len(sleeps.calls) == 5
    assert all(0.02 <= s <= 0.03 for s in sleeps.calls)
    assert len(set(sleeps.calls)) > 1
    assert sim.stats.faults["latency"] == 5


def test_faults_spare_the_token_endpoint_unless_asked(clock: FakeClock, sleeps: Sleeps) -> None:
    spared = make_sim(clock, sleeps, faults=Faults(error_rates={503: 1.0}))
    connect(spared).close()  # login succeeds
    hit = make_sim(clock, sleeps, faults=Faults(error_rates={503: 1.0}, faults_on_auth=True))
    with httpx.Client(base_url=hit.base_url, transport=hit.transport()) as c:
        response = c.post(
            "/v1/auth/access_token", json={"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET}
        )
    assert response.status_code == 503


def test_tokens_can_die_early(clock: FakeClock, sleeps: Sleeps) -> None:
    sim = make_sim(clock, sleeps, faults=Faults(token_expiry_after=60))
    with connect(sim) as c:
        assert c.get("/v1/blueprints").status_code == 200
        clock.advance(61)
        assert c.get("/v1/blueprints").status_code == 401


def test_rate_limit_headers_and_429(clock: FakeClock, sleeps: Sleeps) -> None:
    sim = make_sim(clock, sleeps, rate_limit=RateLimit(limit=3, period=60))
    with connect(sim) as c:
        responses = [c.get("/v1/blueprints") for _ in range(4)]
        assert [r.status_code for r in responses] == [200, 200, 200, 429]
        assert [r.headers["x-ratelimit-remaining"] for r in responses] == ["2", "1", "0", "0"]
        last = responses[-1]
        assert last.headers["x-ratelimit-limit"] == "3"
        assert last.headers["x-ratelimit-period"] == "60"
        reset = int(last.headers["x-ratelimit-reset"])
        assert reset == int(clock.now) + 60
        assert last.headers["retry-after"] == "60"
        assert last.json()["ok"] is False
        assert last.json()["error"] == "rate_limit_exceeded"
        clock.advance(60)
        assert c.get("/v1/blueprints").status_code == 200
        unknown = c.get("/v1/none")
        assert "x-ratelimit-remaining" in unknown.headers
    assert sim.stats.rate_limited == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"error_rates": {200: 0.1}}, "not an error status"),
        ({"error_rates": {500: 0.6, 503: 0.6}}, "add up to at most 1"),
        ({"reset_before_rate": 1.5}, "between 0 and 1"),
        ({"stall_rate": -0.1}, "between 0 and 1"),
        ({"latency": -1}, "must not be negative"),
        ({"token_expiry_after": -1}, "must not be negative"),
    ],
)
def test_bad_faults_are_refused(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Faults(**kwargs)


@pytest.mark.parametrize(("limit", "period"), [(0, 60), (10, 0)])
def test_bad_rate_limits_are_refused(limit: int, period: float) -> None:
    with pytest.raises(ValueError, match="RateLimit"):
        RateLimit(limit, period)


def test_reset_helper_splits_the_rate() -> None:
    faults = Faults.reset(0.1)
    assert faults.reset_before_rate == pytest.approx(0.05)
    assert faults.reset_after_rate == pytest.approx(0.05)
    with pytest.raises(TypeError):
        faults.error_rates[500] = 0.1  # type: ignore[index]


def test_faults_set_on_a_running_simulator_take_effect_and_can_be_lifted() -> None:
    simulator = PortSimulator(seed=3)
    with PortClient(
        client_id=simulator.client_id,
        client_secret=simulator.client_secret,
        base_url=simulator.base_url,
        transport=simulator.transport(),
        environ={},
    ) as port:
        port.blueprints.list()  # a token, before any fault
        simulator.faults = Faults(error_rates={503: 1.0})
        with pytest.raises(ServerError):
            port.with_options(retry=RetryPolicy(max_attempts=1)).blueprints.list()
        simulator.faults = None
        assert port.blueprints.list() == []
    with pytest.raises(TypeError, match="faults must be a Faults or None"):
        simulator.faults = {503: 1.0}  # type: ignore[assignment]
