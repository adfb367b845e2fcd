"""pyport.integrations.fastapi through its TestClient, the simulator delivering invocations."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from pyport import AsyncPortClient
from pyport.integrations.fastapi import PortDep, port_lifespan, webhook_router
from pyport.testing import PortSimulator
from pyport.webhooks import ActionInvocation, ActionRegistry, sign

HOOK = "http://127.0.0.1:8000/port/webhook"


def make_action(identifier: str) -> dict[str, Any]:
    return {
        "identifier": identifier,
        "title": identifier,
        "trigger": {
            "type": "self-service",
            "operation": "CREATE",
            "userInputs": {"properties": {}},
        },
        "invocationMethod": {"type": "WEBHOOK", "url": HOOK},
    }


class Service:
    """A FastAPI app with the lifespan and the router, its TestClient, and a simulator that
    delivers to it through that TestClient."""

    def __init__(self, registry: ActionRegistry, **router: Any) -> None:
        self.handled: list[ActionInvocation] = []
        self.sim = PortSimulator(webhook_sender=self.send)
        self.app = FastAPI(
            lifespan=port_lifespan(
                client_id=self.sim.client_id,
                client_secret=self.sim.client_secret,
                base_url=self.sim.base_url,
                transport=self.sim.async_transport(),
            )
        )
        self.app.include_router(webhook_router(registry, **router))

        @self.app.get("/whoami")
        async def whoami(port: PortDep) -> dict[str, str]:
            return {"base_url": port.base_url, "type": type(port).__name__}

        for identifier in ("deploy_service", "broken", "unknown_to_the_service"):
            self.sim.handle("POST", "/v1/actions", json=make_action(identifier))
        self.client = TestClient(self.app)

    def send(self, url: str, headers: Mapping[str, str], body: bytes) -> int:
        return self.client.post(url, content=body, headers=dict(headers)).status_code

    def run(self, action: str) -> str:
        answer = self.sim.handle("POST", f"/v1/actions/{action}/runs", json={"properties": {}})
        run_id: str = answer.json["run"]["id"]
        assert self.sim.wait_for_deliveries(timeout=60)
        return run_id

    def status(self, run_id: str) -> tuple[str, Any]:
        run = self.sim.handle("GET", f"/v1/actions/runs/{run_id}").json["run"]
        return run["status"], run.get("summary")

    def logs(self, run_id: str) -> list[str]:
        logs = self.sim.handle("GET", f"/v1/actions/runs/{run_id}/logs").json["runLogs"]
        return [log["message"] for log in logs]


@pytest.fixture
def registry() -> ActionRegistry:
    actions = ActionRegistry()

    @actions.handler("deploy_service")
    async def deploy(invocation: ActionInvocation, run: Any) -> None:
        await run.log(f"deploying for {invocation.trigger.user_id}")
        await run.update(link="https://ci.example/42")

    @actions.handler("broken")
    async def broken(invocation: ActionInvocation, run: Any) -> None:
        await run.log("about to fail")
        raise RuntimeError("cluster unreachable\nstack...")

    return actions


@pytest.fixture
def service(registry: ActionRegistry) -> Iterator[Service]:
    svc = Service(registry)
    with svc.client:  # runs the lifespan
        yield svc


def test_a_run_goes_from_port_to_the_handler_and_ends_success(service: Service) -> None:
    run_id = service.run("deploy_service")
    [delivery] = service.sim.deliveries
    assert (delivery.run_id, delivery.status) == (run_id, 202)
    assert service.status(run_id) == ("SUCCESS", None)
    assert service.logs(run_id) == ["deploying for simulator"]
    run = service.sim.handle("GET", f"/v1/actions/runs/{run_id}").json["run"]
    assert run["link"] == ["https://ci.example/42"]


def test_a_handler_that_raises_ends_the_run_failure(service: Service) -> None:
    run_id = service.run("broken")
    assert service.status(run_id) == ("FAILURE", "cluster unreachable")
    assert service.logs(run_id) == ["about to fail"]


def test_an_action_without_a_handler_is_answered_404_and_port_fails_the_run(
    service: Service,
) -> None:
    run_id = service.run("unknown_to_the_service")
    assert service.sim.deliveries[-1].status == 404
    assert service.status(run_id)[0] == "FAILURE"


def test_a_duplicate_delivery_runs_once(service: Service) -> None:
    run_id = service.run("deploy_service")
    body = json.dumps({"action": {"identifier": "deploy_service"}, "run": {"id": run_id}})
    headers = sign(body, service.sim.client_secret, int(time.time()))
    answer = service.client.post("/port/webhook", content=body, headers=headers)
    assert (answer.status_code, answer.json()) == (
        200,
        {"ok": True, "runId": run_id, "duplicate": True},
    )
    assert service.logs(run_id) == ["deploying for simulator"]


@pytest.mark.parametrize(
    ("headers", "error"),
    [
        ({}, "MissingSignatureHeaderError"),
        ({"x-port-timestamp": "1", "x-port-signature": "v1,AAAA"}, "MalformedSignatureError"),
    ],
)
def test_unsigned_requests_are_refused_401(
    service: Service, headers: dict[str, str], error: str
) -> None:
    body = json.dumps({"action": {"identifier": "deploy_service"}, "run": {"id": "r_x"}})
    answer = service.client.post("/port/webhook", content=body, headers=headers)
    assert answer.status_code == 401
    assert answer.json() == {"ok": False, "error": "invalid_signature", "message": error}


def test_a_wrong_secret_and_a_stale_timestamp_are_refused(service: Service) -> None:
    body = json.dumps({"action": {"identifier": "deploy_service"}, "run": {"id": "r_x"}})
    wrong = sign(body, "not-the-secret", int(time.time()))
    stale = sign(body, service.sim.client_secret, int(time.time()) - 3600)
    for headers, error in ((wrong, "SignatureMismatchError"), (stale, "StaleTimestampError")):
        answer = service.client.post("/port/webhook", content=body, headers=headers)
        assert (answer.status_code, answer.json()["message"]) == (401, error)


def test_get_port_hands_the_lifespans_client(service: Service) -> None:
    assert service.client.get("/whoami").json() == {
        "base_url": service.sim.base_url,
        "type": "AsyncPortClient",
    }


def test_get_port_without_the_lifespan_says_what_to_do() -> None:
    from pyport.integrations.fastapi import get_port

    app = FastAPI()

    @app.get("/x")
    async def x(port: PortDep) -> str:
        return port.base_url

    with TestClient(app) as client, pytest.raises(RuntimeError, match="port_lifespan"):
        client.get("/x")
    assert callable(get_port)


def test_an_explicit_secret_and_path() -> None:
    registry = ActionRegistry(max_pending=1)
    release: list[str] = []

    @registry.handler("deploy_service")
    async def deploy(invocation: ActionInvocation, run: Any) -> None:
        release.append(invocation.run_id or "")

    service = Service(registry, secret=["rotated-out", "the-webhook-secret"], path="/hooks/port")
    with service.client:
        body = json.dumps({"action": {"identifier": "deploy_service"}, "run": {"id": "r_1"}})
        signed = sign(body, "the-webhook-secret", int(time.time()))
        answer = service.client.post("/hooks/port", content=body, headers=signed)
        assert answer.status_code == 202
        # Ended against the simulator, where r_1 does not exist: the handler still ran once.
        assert release == ["r_1"]
        assert registry.pending == 0
        refused = service.client.post(
            "/hooks/port", content=body, headers=sign(body, service.sim.client_secret, 1)
        )
        assert refused.status_code == 401


def test_the_lifespan_closes_its_client() -> None:
    sim = PortSimulator()
    app = FastAPI(
        lifespan=port_lifespan(
            client_id=sim.client_id,
            client_secret=sim.client_secret,
            base_url=sim.base_url,
            transport=sim.async_transport(),
        )
    )
    seen: list[AsyncPortClient] = []

    @app.get("/x")
    async def x(port: PortDep) -> str:
        seen.append(port)
        return "ok"

    with TestClient(app) as client:
        client.get("/x")
        assert not seen[0]._http.is_closed
    assert seen[0]._http.is_closed
    assert not hasattr(app.state, "pyport_client")


def test_a_body_past_the_limit_is_refused_413_unread(registry: ActionRegistry) -> None:
    service = Service(registry, max_body_bytes=1000)
    with service.client:
        small = json.dumps({"action": {"identifier": "deploy_service"}, "run": {"id": "r_1"}})
        large = small[:-1] + ', "padding": "' + "x" * 1000 + '"}'
        for body in (large, large.encode()):
            answer = service.client.post(
                "/port/webhook", content=body, headers=sign(body, service.sim.client_secret, 1)
            )
            assert (answer.status_code, answer.json()["error"]) == (413, "too_large")

        def chunks() -> Iterator[bytes]:  # no content-length: counted while read
            yield large.encode()[:600]
            yield large.encode()[600:]

        answer = service.client.post("/port/webhook", content=chunks())
        assert answer.status_code == 413
        stamp = int(time.time())
        fits = service.client.post(
            "/port/webhook", content=small, headers=sign(small, service.sim.client_secret, stamp)
        )
        assert fits.status_code == 202
    assert registry.pending == 0
