"""Loopback server, async transport, CLI, persistence and the pytest plugin."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sim_support import CLIENT_ID, CLIENT_SECRET, FakeClock, Sleeps, connect, make_sim

from pyport.testing import Faults, PortSimulator

pytest_plugins = ["pytester", "sim_fixtures"]


REPO = Path(__file__).resolve().parents[2]
CREDENTIALS = {"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET}


def _login(c: httpx.Client) -> None:
    token = c.post("/v1/auth/access_token", json=CREDENTIALS).json()["accessToken"]
    c.headers["Authorization"] = f"Bearer {token}"


def test_loopback_server_end_to_end(sim: PortSimulator) -> None:
    with sim.serve() as url:
        assert url.startswith("http://127.0.0.1:")
        assert sim.base_url == url
        with httpx.Client(base_url=url) as c:
            _login(c)
            created = c.post(
                "/v1/blueprints",
                json={"identifier": "svc", "title": "S", "schema": {"properties": {}}},
            )
            assert created.status_code == 201
            entity = c.post("/v1/blueprints/svc/entities", json={"identifier": "a/b:c"})
            assert entity.status_code == 201
            fetched = c.get(f"/v1/blueprints/svc/entities/{PortSimulator.segment('a/b:c')}")
            assert fetched.json()["entity"]["identifier"] == "a/b:c"
            assert fetched.headers["x-trace-id"]
            assert c.get("/v1/blueprints/svc/entities-count").json()["count"] == 1
    assert sim.base_url == "http://port-simulator.local"
    # the in-process transport sees the same state
    with connect(sim) as c:
        assert c.get("/v1/blueprints/svc/entities-count").json()["count"] == 1


@pytest.mark.parametrize(
    ("faults", "error"),
    [
        (Faults(reset_before_rate=1.0), httpx.TransportError),
        (Faults(reset_after_rate=1.0), httpx.TransportError),
        (Faults(truncate_rate=1.0), httpx.RemoteProtocolError),
    ],
)
def test_loopback_faults_break_the_socket(
    clock: FakeClock, sleeps: Sleeps, faults: Faults, error: type[Exception]
) -> None:

    sim = make_sim(clock, sleeps, faults=faults)
    with sim.serve() as url, httpx.Client(base_url=url) as c:
        _login(c)
        with pytest.raises(error):
            c.get("/v1/blueprints")


def test_loopback_stall_times_the_client_out(clock: FakeClock) -> None:
    sim = make_sim(clock, Sleeps(clock), faults=Faults(stall_rate=1.0, stall_seconds=0.5))
    sim._sleep = time.sleep  # a real stall: the socket must stay silent
    with sim.serve() as url, httpx.Client(base_url=url) as c:
        _login(c)
        with pytest.raises(httpx.ReadTimeout):
            c.get("/v1/blueprints", timeout=httpx.Timeout(5, read=0.05))


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_async_transport_shares_state(sim: PortSimulator) -> None:
    sim.handle(
        "POST",
        "/v1/blueprints",
        json={"identifier": "svc", "title": "S", "schema": {"properties": {}}},
    )
    async with httpx.AsyncClient(base_url=sim.base_url, transport=sim.async_transport()) as c:
        token = (await c.post("/v1/auth/access_token", json=CREDENTIALS)).json()["accessToken"]
        c.headers["Authorization"] = f"Bearer {token}"
        response = await c.post("/v1/blueprints/svc/entities", json={"identifier": "x"})
        assert response.status_code == 201
    assert sim.handle("GET", "/v1/blueprints/svc/entities/x").status == 200


@pytest.mark.anyio
async def test_async_faults(clock: FakeClock, sleeps: Sleeps) -> None:
    sim = make_sim(clock, sleeps, faults=Faults(stall_rate=1.0, stall_seconds=9, latency=0.1))
    async with httpx.AsyncClient(base_url=sim.base_url, transport=sim.async_transport()) as c:
        token = (await c.post("/v1/auth/access_token", json=CREDENTIALS)).json()["accessToken"]
        with pytest.raises(httpx.ReadTimeout):
            await c.get("/v1/blueprints", headers={"Authorization": f"Bearer {token}"}, timeout=3)
    assert sleeps.calls == [0.1, 3]


def test_persistence_round_trip(tmp_path: Path, clock: FakeClock, sleeps: Sleeps) -> None:
    path = tmp_path / "state.json"
    sim = make_sim(clock, sleeps, persist_path=path)
    with connect(sim) as c:
        c.post(
            "/v1/blueprints", json={"identifier": "d", "title": "D", "schema": {"properties": {}}}
        )
        c.post(
            "/v1/blueprints",
            json={
                "identifier": "s",
                "title": "S",
                "schema": {"properties": {}},
                "relations": {"d": {"target": "d", "required": False, "many": False}},
            },
        )
        c.post("/v1/blueprints/d/entities", json={"identifier": "d1"})
        c.post("/v1/blueprints/s/entities", json={"identifier": "s1", "relations": {"d": "d1"}})
        c.post("/v1/organization/secrets", json={"secretName": "k", "secretValue": "v"})
    sim.save()
    assert json.loads(path.read_text())["version"] == 1
    again = make_sim(clock, sleeps, persist_path=path)
    with connect(again) as c:
        assert c.get("/v1/blueprints/s/entities/s1").json()["entity"]["relations"] == {"d": "d1"}
        # the relation index was rebuilt: d1 has a dependent
        assert c.delete("/v1/blueprints/d/entities/d1").status_code == 409
        assert c.get("/v1/organization/secrets/k").json()["secret"]["secretName"] == "k"
        c.post("/v1/blueprints/d/entities", json={"identifier": "d2"})
        assert c.get("/v1/blueprints/d/entities").json()["entities"][-1]["identifier"] == "d2"


def test_save_without_path_is_an_error(sim: PortSimulator) -> None:
    with pytest.raises(RuntimeError, match="persist_path"):
        sim.save()


def test_load_refuses_unknown_versions(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"version": 99}))
    with pytest.raises(ValueError, match="unsupported simulator state version"):
        PortSimulator(persist_path=path)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_cli(*options: str) -> subprocess.Popen[str]:
    """`python -m pyport.testing` with `options`, from this checkout."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "generated")])}
    return subprocess.Popen(
        [sys.executable, "-m", "pyport.testing", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_cli_serves_until_interrupted(tmp_path: Path) -> None:
    port = _free_port()
    persist = tmp_path / "cli.json"
    process = _start_cli(
        "--port",
        str(port),
        "--client-id",
        "cli-id",
        "--client-secret",
        "cli-secret",
        "--rate-limit",
        "100/60",
        "--error-rate",
        "503=0.0",
        "--persist",
        str(persist),
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.strip() == f"Port simulator listening on http://127.0.0.1:{port}"
        assert "cli-id" in process.stdout.readline()
        assert "cli-secret" in process.stdout.readline()
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as c:
            response = c.post(
                "/v1/auth/access_token", json={"clientId": "cli-id", "clientSecret": "cli-secret"}
            )
            assert response.status_code == 200
            assert response.headers["x-ratelimit-limit"] == "100"
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert json.loads(persist.read_text())["version"] == 1


@pytest.mark.parametrize("no_validate", [False, True])
def test_cli_no_validate_skips_the_request_schema(no_validate: bool) -> None:
    process = _start_cli("--port", "0", *(["--no-validate"] if no_validate else []))
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        url = first.removeprefix("Port simulator listening on ")
        assert url.startswith("http://127.0.0.1:"), first
        with httpx.Client(base_url=url) as c:
            token = c.post(
                "/v1/auth/access_token",
                json={"clientId": "sim-client-id", "clientSecret": "sim-client-secret"},
            ).json()["accessToken"]
            response = c.post(
                "/v1/blueprints",
                json={"identifier": "svc", "title": 5, "schema": {"properties": {}}},
                headers={"Authorization": f"Bearer {token}"},
            )
    finally:
        process.terminate()
        _, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    if no_validate:
        assert response.status_code == 201
    else:
        assert response.status_code == 422
        assert response.json()["message"] == "body/title must be string"


def test_cli_rejects_bad_options() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "pyport.testing", "--error-rate", "oops"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "expected STATUS=RATE" in result.stderr


def test_pytest_plugin_fixtures(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makepyfile(
        """
        import httpx

        def test_in_process(port_simulator):
            with httpx.Client(base_url=port_simulator.base_url,
                              transport=port_simulator.transport()) as c:
                r = c.post("/v1/auth/access_token",
                           json={"clientId": "sim-client-id", "clientSecret": "sim-client-secret"})
                assert r.status_code == 200

        def test_served(port_simulator_url):
            assert port_simulator_url.startswith("http://127.0.0.1:")
            assert httpx.get(port_simulator_url + "/v1/blueprints").status_code == 401
        """
    )
    result = pytester.runpytest_subprocess(
        "-p", "pyport.testing._pytest_plugin", "-p", "no:cacheprovider"
    )
    result.assert_outcomes(passed=2)


def test_plugin_module_imports_no_simulator() -> None:
    code = (
        "import sys, pyport.testing._pytest_plugin;"
        "print(any(m.startswith('pyport.testing._simulator') or m == 'jsonschema'"
        " for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
        check=True,
    ).stdout
    assert out.strip() == "False"
