"""ActionRegistry: lookup, de-duplication by run id, bounded pending work, running jobs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from pyport import AsyncPortClient, PortClient
from pyport.testing import PortSimulator
from pyport.webhooks import ActionInvocation, ActionRegistry, sign

NOW = 1_700_000_000
SECRET = "registry-test-secret"


def signed(body: dict[str, Any], secret: str = SECRET) -> tuple[dict[str, str], bytes]:
    raw = json.dumps(body).encode()
    return sign(raw, secret, NOW), raw


def invocation_body(run_id: str, action: str = "deploy_service") -> dict[str, Any]:
    return {"action": {"identifier": action}, "run": {"id": run_id}, "inputs": {"v": 1}}


@pytest.fixture
def sim() -> PortSimulator:
    simulator = PortSimulator()
    trigger = {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}}
    for identifier in ("deploy_service", "plain"):
        action = {
            "identifier": identifier,
            "trigger": trigger,
            "invocationMethod": {"type": "WEBHOOK", "url": "http://127.0.0.1:1/x"},
        }
        assert simulator.handle("POST", "/v1/actions", json=action).status == 201
    return simulator


@pytest.fixture
def port(sim: PortSimulator) -> Iterator[PortClient]:
    with PortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=sim.transport(),
    ) as client:
        yield client


def new_run(sim: PortSimulator, action: str = "deploy_service") -> str:
    answer = sim.handle("POST", f"/v1/actions/{action}/runs", json={"properties": {}})
    run_id: str = answer.json["run"]["id"]
    return run_id


def status(sim: PortSimulator, run_id: str) -> tuple[str, Any]:
    run = sim.handle("GET", f"/v1/actions/runs/{run_id}").json["run"]
    return run["status"], run.get("summary")


def test_the_answer_is_decided_before_the_work_and_a_replay_runs_nothing() -> None:
    registry = ActionRegistry()
    calls: list[str] = []

    @registry.handler("deploy_service")
    def deploy(invocation: ActionInvocation, run: Any) -> None:
        calls.append(invocation.run_id or "")

    headers, body = signed(invocation_body("r_1"))
    receipt = registry.receive(headers, body, SECRET, now=NOW)
    assert (receipt.status_code, receipt.body) == (202, {"ok": True, "runId": "r_1"})
    assert receipt.job is not None
    assert calls == []  # nothing ran yet: the job is the caller's to run after answering
    assert registry.pending == 1
    again = registry.receive(headers, body, SECRET, now=NOW + 5)
    assert (again.status_code, again.job) == (200, None)
    assert again.body == {"ok": True, "runId": "r_1", "duplicate": True}


def test_refusals_carry_a_status_and_a_reason() -> None:
    registry = ActionRegistry()
    registry.handler("deploy_service")(lambda invocation, run: None)
    headers, body = signed(invocation_body("r_1"))
    bad = registry.receive(headers, body, "wrong", now=NOW)
    assert (bad.status_code, bad.body["error"], bad.job) == (401, "invalid_signature", None)
    assert type(bad.error).__name__ == "SignatureMismatchError"
    stale = registry.receive(headers, body, SECRET, now=NOW + 301)
    assert (stale.status_code, stale.body["message"]) == (401, "StaleTimestampError")
    not_json = registry.receive(sign(b"[]", SECRET, NOW), b"[]", SECRET, now=NOW)
    assert (not_json.status_code, not_json.body["error"]) == (400, "invalid_body")
    headers, body = signed({"action": {"identifier": "deploy_service"}})
    no_run = registry.receive(headers, body, SECRET, now=NOW)
    assert (no_run.status_code, no_run.body["error"]) == (400, "no_run_id")
    headers, body = signed(invocation_body("r_2", action="other"))
    unknown = registry.receive(headers, body, SECRET, now=NOW)
    assert (unknown.status_code, unknown.body["error"]) == (404, "unknown_action")
    assert "'other'" in unknown.body["message"]
    assert registry.pending == 0


def test_past_max_pending_the_answer_is_503_and_the_run_can_be_redelivered(
    sim: PortSimulator, port: PortClient
) -> None:
    registry = ActionRegistry(max_pending=1)
    ran: list[str] = []
    registry.handler("deploy_service")(lambda invocation, run: ran.append(invocation.run_id))
    first, second = new_run(sim), new_run(sim)
    one = registry.receive(*signed(invocation_body(first)), SECRET, now=NOW)
    busy = registry.receive(*signed(invocation_body(second)), SECRET, now=NOW)
    assert (one.status_code, busy.status_code, busy.body["error"]) == (202, 503, "busy")
    assert one.job is not None
    one.job.run(port)
    assert registry.pending == 0
    redelivered = registry.receive(*signed(invocation_body(second)), SECRET, now=NOW)
    assert redelivered.status_code == 202
    assert redelivered.job is not None
    redelivered.job.run(port)
    assert ran == [first, second]
    assert status(sim, second) == ("SUCCESS", None)


def test_a_job_runs_once_inside_a_reporter(sim: PortSimulator, port: PortClient) -> None:
    registry = ActionRegistry()
    calls: list[ActionInvocation] = []

    @registry.handler("deploy_service")
    def deploy(invocation: ActionInvocation, run: Any) -> None:
        calls.append(invocation)
        run.log(f"v={invocation.inputs['v']}")
        raise ValueError("bad version 1")

    run_id = new_run(sim)
    receipt = registry.receive(*signed(invocation_body(run_id)), SECRET, now=NOW)
    assert receipt.job is not None
    receipt.job.run(port)
    receipt.job.run(port)  # a second call does nothing
    assert len(calls) == 1
    assert status(sim, run_id) == ("FAILURE", "bad version 1")
    logs = sim.handle("GET", f"/v1/actions/runs/{run_id}/logs").json["runLogs"]
    assert [log["message"] for log in logs] == ["v=1"]


def test_a_handler_of_the_wrong_kind_fails_its_run_saying_why(
    sim: PortSimulator, port: PortClient
) -> None:
    registry = ActionRegistry()

    @registry.handler("deploy_service")
    async def deploy(invocation: ActionInvocation, run: Any) -> None:
        raise AssertionError("never called")

    run_id = new_run(sim)
    receipt = registry.receive(*signed(invocation_body(run_id)), SECRET, now=NOW)
    assert receipt.job is not None
    receipt.job.run(port)
    state, summary = status(sim, run_id)
    assert state == "FAILURE"
    assert "is async; with a sync PortClient" in summary


@pytest.mark.anyio
async def test_an_async_job_and_a_sync_handler_under_an_async_client(sim: PortSimulator) -> None:
    registry = ActionRegistry()
    seen: list[str] = []

    @registry.handler("deploy_service")
    async def deploy(invocation: ActionInvocation, run: Any) -> None:
        await run.log("async handler")
        seen.append(invocation.run_id or "")

    @registry.handler("plain")
    def plain(invocation: ActionInvocation, run: Any) -> None:
        raise AssertionError("never called")

    ok_run, plain_run = new_run(sim), new_run(sim, "plain")
    async with AsyncPortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=sim.async_transport(),
    ) as aport:
        for run_id, action in ((ok_run, "deploy_service"), (plain_run, "plain")):
            receipt = registry.receive(
                *signed(invocation_body(run_id, action=action)), SECRET, now=NOW
            )
            assert receipt.job is not None
            await receipt.job.arun(aport)
    assert seen == [ok_run]
    assert status(sim, ok_run) == ("SUCCESS", None)
    state, summary = status(sim, plain_run)
    assert state == "FAILURE"
    assert "is a plain function; with an AsyncPortClient" in summary


def test_the_thread_pool_runs_jobs_and_drain_waits(sim: PortSimulator, port: PortClient) -> None:
    registry = ActionRegistry(max_workers=2)
    registry.handler("deploy_service")(lambda invocation, run: run.log("threaded"))
    runs = [new_run(sim) for _ in range(5)]
    for run_id in runs:
        receipt = registry.receive(*signed(invocation_body(run_id)), SECRET, now=NOW)
        assert receipt.job is not None
        registry.submit(receipt.job, port)
    assert registry.drain(timeout=60)
    registry.close()
    assert [status(sim, r)[0] for r in runs] == ["SUCCESS"] * 5
    assert registry.pending == 0


def test_registration_errors() -> None:
    registry = ActionRegistry()
    registry.handler("a")(lambda invocation, run: None)
    with pytest.raises(ValueError, match="already has a handler"):
        registry.handler("a")(lambda invocation, run: None)
    with pytest.raises(ValueError, match="non-empty str"):
        registry.handler("")
    for bad in ({"max_pending": 0}, {"max_workers": True}, {"remember": -1}):
        with pytest.raises(ValueError, match="positive int"):
            ActionRegistry(**bad)
    assert list(registry.handlers) == ["a"]
    assert "'a'" in repr(registry)


def test_remembered_run_ids_are_bounded() -> None:
    registry = ActionRegistry(remember=2, max_pending=10)
    registry.handler("deploy_service")(lambda invocation, run: None)
    for run_id in ("r_1", "r_2", "r_3"):
        assert (
            registry.receive(*signed(invocation_body(run_id)), SECRET, now=NOW).status_code == 202
        )
    # r_1 was forgotten (the oldest); r_3 is still a duplicate.
    assert registry.receive(*signed(invocation_body("r_3")), SECRET, now=NOW).status_code == 200
    assert registry.receive(*signed(invocation_body("r_1")), SECRET, now=NOW).status_code == 202


def test_a_job_the_pool_refuses_is_forgotten_so_a_redelivery_runs_it(
    port: PortClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    registry = ActionRegistry()
    registry.handler("deploy_service")(lambda invocation, run: None)
    receipt = registry.receive(*signed(invocation_body("r_1")), SECRET, now=NOW)
    assert receipt.job is not None

    def refuse(self: object, *args: object, **kwargs: object) -> None:
        raise RuntimeError("cannot schedule new futures after interpreter shutdown")

    monkeypatch.setattr(ThreadPoolExecutor, "submit", refuse)
    with pytest.raises(RuntimeError, match="cannot schedule"):
        registry.submit(receipt.job, port)
    assert registry.pending == 0
    assert registry.receive(*signed(invocation_body("r_1")), SECRET, now=NOW).status_code == 202
