"""Every request gets an answer in Port's format: crashes, odd methods, unpublished routes."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sim_support import CLIENT_ID, CLIENT_SECRET, login

from pyport.testing import PortSimulator
from pyport.testing._app import Route, Router, ok
from pyport.testing._routes import ROUTES

pytest_plugins = ["sim_fixtures"]


def _boom(state: Any, call: Any) -> Any:
    raise RuntimeError("a bug in a handler")


def _with_a_broken_route(sim: PortSimulator) -> None:
    """Give the simulator one route whose handler raises, as a bug of its own would."""
    sim._engine.router = Router([*ROUTES, Route("GET", "/v1/broken", _boom)])


@pytest.fixture
def served(sim: PortSimulator) -> Iterator[httpx.Client]:
    with sim.serve() as url, httpx.Client(base_url=url, timeout=10) as c:
        login(c)
        yield c


@pytest.fixture
def async_sim_client(sim: PortSimulator) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=sim.base_url, transport=sim.async_transport())


def _invite(client: httpx.Client, email: str) -> None:
    response = client.post("/v1/users/invite", json={"invitee": {"email": email}})
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("seam", ["in-process", "loopback"])
def test_patching_an_invited_user_answers_with_the_user(
    request: pytest.FixtureRequest, seam: str
) -> None:
    c: httpx.Client = request.getfixturevalue("client" if seam == "in-process" else "served")
    _invite(c, "ana@example.com")
    response = c.patch("/v1/users/ana@example.com", json={"roles": ["Admin"]})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True
    assert body["status"] == "INVITED"  # the user's status, not the HTTP one
    assert body["roles"] == [{"name": "Admin"}]


@pytest.mark.parametrize("client_id", ["ünïcode-id", "клиент", "🚀"])
def test_a_non_ascii_client_id_is_a_401_not_a_crash(sim: PortSimulator, client_id: str) -> None:
    with httpx.Client(base_url=sim.base_url, transport=sim.transport()) as c:
        response = c.post(
            "/v1/auth/access_token", json={"clientId": client_id, "clientSecret": CLIENT_SECRET}
        )
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"
    with sim.serve() as url, httpx.Client(base_url=url, timeout=10) as c:
        over_http = c.post(
            "/v1/auth/access_token", json={"clientId": CLIENT_ID, "clientSecret": "sécret"}
        )
    assert over_http.status_code == 401


def _assert_500(response: httpx.Response) -> None:
    assert response.status_code == 500
    body = response.json()
    trace = response.headers["x-trace-id"]
    assert body == {
        "ok": False,
        "error": "internal_error",
        "message": f"The Port simulator failed on this request (RuntimeError); trace id {trace}",
    }


def test_a_handler_bug_is_a_500_with_the_trace_id_and_a_log_line(
    sim: PortSimulator, client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    _with_a_broken_route(sim)
    with caplog.at_level(logging.ERROR, logger="pyport.testing"):
        response = client.get("/v1/broken")
    _assert_500(response)
    [record] = [r for r in caplog.records if r.name == "pyport.testing"]
    assert record.levelno == logging.ERROR
    assert response.headers["x-trace-id"] in record.getMessage()
    assert record.exc_info is not None
    assert record.exc_info[0] is RuntimeError
    assert sim.stats.requests[("GET /v1/broken", 500)] == 1
    # The simulator goes on serving.
    assert client.get("/v1/blueprints").status_code == 200


@pytest.mark.anyio
async def test_a_handler_bug_is_a_500_through_the_async_transport(
    sim: PortSimulator, async_sim_client: httpx.AsyncClient
) -> None:
    _with_a_broken_route(sim)
    async with async_sim_client as c:
        token = (
            await c.post(
                "/v1/auth/access_token",
                json={"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET},
            )
        ).json()["accessToken"]
        response = await c.get("/v1/broken", headers={"Authorization": f"Bearer {token}"})
    _assert_500(response)


def test_a_handler_bug_is_a_500_over_loopback(sim: PortSimulator, served: httpx.Client) -> None:
    _with_a_broken_route(sim)
    _assert_500(served.get("/v1/broken"))
    assert served.get("/v1/blueprints").status_code == 200  # same connection, still fine


def test_the_handle_helper_answers_500_too(sim: PortSimulator) -> None:
    _with_a_broken_route(sim)
    answer = sim.handle("GET", "/v1/broken")
    assert answer.status == 500
    assert answer.json["error"] == "internal_error"


def test_a_payload_key_named_status_is_not_the_http_status() -> None:
    reply = ok(201, status="INVITED", run={"status": "SUCCESS"})
    assert reply.status == 201
    assert reply.body == {"ok": True, "status": "INVITED", "run": {"status": "SUCCESS"}}


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("HEAD", "/v1/blueprints", "GET, POST"),
        ("OPTIONS", "/v1/blueprints/service", "DELETE, GET, PATCH, PUT"),
        ("BREW", "/v1/blueprints", "GET, POST"),
        ("POST", "/v1/blueprints/service", "DELETE, GET, PATCH, PUT"),
    ],
)
@pytest.mark.parametrize("seam", ["in-process", "loopback"])
def test_an_unsupported_method_on_a_known_path_is_a_405_with_allow(
    request: pytest.FixtureRequest, seam: str, method: str, path: str, allowed: str
) -> None:
    c: httpx.Client = request.getfixturevalue("client" if seam == "in-process" else "served")
    response = c.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allowed
    assert response.headers["content-type"].startswith("application/json")
    if method != "HEAD":
        assert response.json() == {
            "ok": False,
            "error": "method_not_allowed",
            "message": f"Method {method} is not allowed on {path} (allowed: {allowed})",
        }
    assert c.get("/v1/blueprints").status_code == 200  # the connection is still usable


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "BREW"])
def test_an_unknown_path_is_a_json_404_for_every_method(served: httpx.Client, method: str) -> None:
    response = served.request(method, "/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    if method != "HEAD":
        assert response.json()["error"] == "route_not_found"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/blueprints/system/service/structure"),  # the Terraform provider
        ("POST", "/v1/integration"),  # Ocean, on start-up
        ("PATCH", "/v1/integration/my-gitlab/resync-state"),
        ("POST", "/v1/blueprints/entities/datasource-entities"),
        ("PATCH", "/v1/actions/runs/ack"),
        ("GET", "/v1/kafka-credentials"),
    ],
)
def test_routes_port_serves_without_publishing_them_answer_501(
    client: httpx.Client, method: str, path: str
) -> None:
    response = client.request(method, path, json={} if method != "GET" else None)
    assert response.status_code == 501, response.text
    body = response.json()
    assert body["error"] == "not_implemented"
    assert "a route Port serves but does not publish in its OpenAPI spec" in body["message"]


def test_a_bad_request_line_gets_a_json_400(sim: PortSimulator) -> None:
    with sim.serve() as url:
        host, port = url.removeprefix("http://").rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=10) as raw:
            raw.sendall(b"GET /v1/blueprints HTTP/1.1 extra\r\nHost: x\r\n\r\n")
            answer = raw.recv(65536).decode()
    head, _, body = answer.partition("\r\n\r\n")
    assert head.startswith("HTTP/1.1 400")
    assert "application/json" in head
    assert '"ok":false' in body
    assert "<html" not in answer.lower()


def test_a_bad_content_length_gets_a_json_400(sim: PortSimulator) -> None:
    with sim.serve() as url:
        host, port = url.removeprefix("http://").rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=10) as raw:
            raw.sendall(b"POST /v1/blueprints HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n")
            answer = raw.recv(65536).decode()
    assert answer.startswith("HTTP/1.1 400")
    assert "Content-Length ten is not a number of bytes" in answer


def test_a_chunked_body_is_read(served: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"identifier": "svc", "title": "S",'
        yield b' "schema": {"properties": {}}}'

    response = served.post(
        "/v1/blueprints", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 201, response.text
    assert response.json()["blueprint"]["identifier"] == "svc"
    assert served.get("/v1/blueprints/svc").status_code == 200
