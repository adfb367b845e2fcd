"""The simulator delivers signed webhook invocations for runs of WEBHOOK actions (loopback only)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from pyport import webhooks
from pyport.testing import PortSimulator
from pyport.testing._webhooks import is_loopback

NOW = 1_750_000_000.0
LONG_SECRET = "a-client-secret-long-enough-to-key-aes-256"


class Recorder:
    """A webhook sender that records what it was given and answers `status`."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.calls: list[tuple[str, dict[str, str], bytes]] = []

    def __call__(self, url: str, headers: Mapping[str, str], body: bytes) -> int:
        self.calls.append((url, dict(headers), body))
        return self.status


def action(url: str, **method: Any) -> dict[str, Any]:
    return {
        "identifier": "deploy_service",
        "title": "Deploy",
        "trigger": {
            "type": "self-service",
            "operation": "DAY-2",
            "blueprintIdentifier": "service",
            "userInputs": {
                "properties": {
                    "version": {"type": "string"},
                    "token": {"type": "string", "encryption": "aes256-gcm"},
                }
            },
        },
        "invocationMethod": {"type": "WEBHOOK", "url": url, **method},
    }


def setup(sim: PortSimulator, url: str, **method: Any) -> None:
    blueprint = {"identifier": "service", "title": "Service", "schema": {"properties": {}}}
    assert sim.handle("POST", "/v1/blueprints", json=blueprint).status == 201
    entity = sim.handle("POST", "/v1/blueprints/service/entities", json={"identifier": "checkout"})
    assert entity.status in (200, 201)
    assert sim.handle("POST", "/v1/actions", json=action(url, **method)).status == 201


def run(sim: PortSimulator, **properties: Any) -> str:
    answer = sim.handle(
        "POST",
        "/v1/actions/deploy_service/runs",
        json={"entity": "checkout", "properties": properties},
    )
    assert answer.status == 202, answer.json
    run_id: str = answer.json["run"]["id"]
    return run_id


def status_of(sim: PortSimulator, run_id: str) -> str:
    status: str = sim.handle("GET", f"/v1/actions/runs/{run_id}").json["run"]["status"]
    return status


def test_a_run_is_delivered_signed_with_the_trigger_data() -> None:
    sender = Recorder()
    sim = PortSimulator(client_secret=LONG_SECRET, webhook_sender=sender, clock=lambda: NOW)
    setup(sim, "http://127.0.0.1:8000/port/webhook")
    run_id = run(sim, version="1.2.3", token="hunter2")
    assert sim.wait_for_deliveries(timeout=60)
    [(url, headers, body)] = sender.calls
    assert url == "http://127.0.0.1:8000/port/webhook"
    assert headers["x-port-timestamp"] == str(int(NOW))
    invocation = webhooks.verify(headers, body, LONG_SECRET, now=NOW)
    assert (invocation.run_id, invocation.action, invocation.operation) == (
        run_id,
        "deploy_service",
        "DAY-2",
    )
    assert (invocation.blueprint, invocation.entity_identifier) == ("service", "checkout")
    assert invocation.inputs["version"] == "1.2.3"
    assert invocation.encrypted_inputs == ("token",)
    assert invocation.inputs["token"] != "hunter2"
    assert webhooks.decrypt_secret_input(invocation.inputs["token"], LONG_SECRET) == "hunter2"
    with pytest.raises(webhooks.SignatureMismatchError):
        webhooks.verify(headers, body, "another-secret", now=NOW)
    [delivery] = sim.deliveries
    assert (delivery.run_id, delivery.status, delivery.error) == (run_id, 200, None)
    assert status_of(sim, run_id) == "IN_PROGRESS"  # the service reports; the delivery does not


def test_an_agent_delivery_is_signed_compact_and_sent_with_default_separators() -> None:
    sender = Recorder()
    sim = PortSimulator(webhook_sender=sender, clock=lambda: NOW)
    setup(sim, "http://[::1]:8000/hook", agent=True)
    run_id = run(sim, version="é")
    assert sim.wait_for_deliveries(timeout=60)
    [(_, headers, body)] = sender.calls
    assert b'"run": {"id": ' in body  # json.dumps' default separators, as requests sends
    payload = json.loads(body)
    compact = json.dumps(payload, separators=(",", ":")).encode()
    assert webhooks.sign(compact, sim.client_secret, int(NOW)) == {
        k: v for k, v in headers.items() if k.startswith("x-port-")
    }
    assert webhooks.verify(headers, body, sim.client_secret, now=NOW).run_id == run_id


def test_a_host_that_is_not_loopback_is_refused_and_the_run_fails() -> None:
    sender = Recorder()
    sim = PortSimulator(webhook_sender=sender)
    setup(sim, "https://hooks.example.com/port?token=abc")
    run_id = run(sim)
    assert sim.wait_for_deliveries(timeout=60)
    assert sender.calls == []
    [delivery] = sim.deliveries
    assert delivery.status is None
    assert delivery.error is not None
    assert "loopback addresses only, not hooks.example.com" in delivery.error
    assert status_of(sim, run_id) == "FAILURE"
    logs = sim.handle("GET", f"/v1/actions/runs/{run_id}/logs").json["runLogs"]
    assert logs[-1]["message"].startswith("Webhook delivery failed: refused")
    assert "token=abc" not in logs[-1]["message"]


@pytest.mark.parametrize(
    ("answer", "expected"), [(500, "FAILURE"), (404, "FAILURE"), (202, "IN_PROGRESS")]
)
def test_an_error_answer_fails_the_run(answer: int, expected: str) -> None:
    sim = PortSimulator(webhook_sender=Recorder(answer))
    setup(sim, "http://127.0.0.1:1/hook")
    run_id = run(sim)
    assert sim.wait_for_deliveries(timeout=60)
    assert status_of(sim, run_id) == expected


def test_a_sender_that_raises_fails_the_run() -> None:
    def broken(url: str, headers: Mapping[str, str], body: bytes) -> int:
        raise ConnectionRefusedError(url)

    sim = PortSimulator(webhook_sender=broken)
    setup(sim, "http://127.0.0.1:1/hook")
    run_id = run(sim)
    assert sim.wait_for_deliveries(timeout=60)
    assert sim.deliveries[0].error == "not delivered: ConnectionRefusedError"
    assert status_of(sim, run_id) == "FAILURE"


def test_a_synchronized_action_succeeds_on_a_2xx() -> None:
    sim = PortSimulator(webhook_sender=Recorder(200))
    setup(sim, "http://localhost:1/hook", synchronized=True)
    run_id = run(sim)
    assert sim.wait_for_deliveries(timeout=60)
    assert status_of(sim, run_id) == "SUCCESS"


def test_a_run_awaiting_approval_is_delivered_when_approved() -> None:
    sender = Recorder()
    sim = PortSimulator(webhook_sender=sender)
    setup(sim, "http://127.0.0.1:1/hook")
    sim.handle(
        "PUT",
        "/v1/actions/deploy_service",
        json={**action("http://127.0.0.1:1/hook"), "requiredApproval": True},
    )
    run_id = run(sim)
    assert sim.wait_for_deliveries(timeout=60)
    assert sender.calls == []
    sim.handle("PATCH", f"/v1/actions/runs/{run_id}/approval", json={"status": "APPROVE"})
    assert sim.wait_for_deliveries(timeout=60)
    assert [d.run_id for d in sim.deliveries] == [run_id]


def test_without_delivery_nothing_is_sent() -> None:
    sim = PortSimulator()
    setup(sim, "http://127.0.0.1:1/hook")
    run(sim)
    assert sim.wait_for_deliveries(timeout=60)
    assert sim.deliveries == []


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8000/x", True),
        ("https://127.9.9.9/x", True),
        ("http://[::1]:80/x", True),
        ("http://localhost/x", True),
        ("http://10.0.0.1/x", False),
        ("http://example.com/x", False),
        ("http://127.0.0.1.nip.io/x", False),
        ("ftp://127.0.0.1/x", False),
        ("http:///x", False),
        ("not a url", False),
    ],
)
def test_loopback_is_decided_without_resolving_names(url: str, loopback: bool) -> None:
    assert is_loopback(url) is loopback


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[tuple[dict[str, str], bytes]]]]:
    received: list[tuple[dict[str, str], bytes]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["content-length"])
            received.append(
                ({k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length))
            )
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        server.server_close()


def test_the_default_sender_posts_over_loopback_http(
    receiver: tuple[str, list[tuple[dict[str, str], bytes]]],
) -> None:
    url, received = receiver
    sim = PortSimulator(deliver_webhooks=True)
    setup(sim, url)
    run_id = run(sim, version="2")
    assert sim.wait_for_deliveries(timeout=60)
    [(headers, body)] = received
    assert webhooks.verify(headers, body, sim.client_secret).run_id == run_id
    assert sim.deliveries[0].status == 204


def test_the_served_simulator_delivers_with_deliver_webhooks(
    receiver: tuple[str, list[tuple[dict[str, str], bytes]]],
) -> None:
    import subprocess
    import sys

    from pyport import PortClient

    url, received = receiver
    served = subprocess.Popen(
        [sys.executable, "-m", "pyport.testing", "--port", "0", "--deliver-webhooks"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert served.stdout is not None
        base_url = served.stdout.readline().split()[-1]
        assert base_url.startswith("http://127.0.0.1:")
        with PortClient(
            client_id="sim-client-id", client_secret="sim-client-secret", base_url=base_url
        ) as port:
            port.actions.create(
                identifier="ping",
                trigger={
                    "type": "self-service",
                    "operation": "CREATE",
                    "userInputs": {"properties": {}},
                },
                invocation_method={"type": "WEBHOOK", "url": url},
            )
            run_id = str(port.actions.run("ping", properties={}).id)
            for _ in range(3000):  # bounded by count; the delivery is usually immediate
                if received:
                    break
                threading.Event().wait(0.01)
    finally:
        served.terminate()
        served.wait(timeout=60)
    [(headers, body)] = received
    assert webhooks.verify(headers, body, "sim-client-secret").run_id == run_id
