"""`pyport actions run --wait`, `pyport runs list|get|logs|update`. The wait between polls is
replaced by a function that plays the action's backend (logs, then the end): no real waiting."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from cli_support import Run, Served, seed_service

import pyport.cli._runs as runs_module

pytest_plugins = ["cli_fixtures"]

ACTION = {
    "identifier": "deploy",
    "title": "Deploy",
    "trigger": {
        "type": "self-service",
        "operation": "DAY-2",
        "blueprintIdentifier": "service",
        "userInputs": {"properties": {"version": {"type": "string"}}},
    },
    "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com/hook"},
}


def _setup(served: Served) -> None:
    seed_service(served.sim, "checkout")
    assert served.sim.handle("POST", "/v1/actions", json=ACTION).status == 201


def _only_run(served: Served) -> dict[str, object]:
    [run] = served.sim.handle("GET", "/v1/actions/runs").json["runs"]
    return dict(run)


def _backend(served: Served, *, ending: str) -> tuple[list[float], Callable[[float], None]]:
    """A `sleep` that, polled, logs two lines over two polls and then ends the run."""
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        run_id = _only_run(served)["id"]
        body: dict[str, object] = {"message": f"step {len(waits)}"}
        if len(waits) == 2:
            body["terminationStatus"] = ending
        status = served.sim.handle("POST", f"/v1/actions/runs/{run_id}/logs", json=body).status
        assert status == 201

    return waits, sleep


@pytest.mark.parametrize(("ending", "code"), [("SUCCESS", 0), ("FAILURE", 1)])
def test_run_and_wait_streams_the_logs_and_exits_with_the_status(
    pyport: Run, served: Served, monkeypatch: pytest.MonkeyPatch, ending: str, code: int
) -> None:
    _setup(served)
    waits, sleep = _backend(served, ending=ending)
    monkeypatch.setattr(runs_module, "sleep", sleep)
    result = pyport(
        "actions",
        "run",
        "deploy",
        "--entity",
        "checkout",
        "--input",
        "version=1.4.2",
        "--wait",
        "--interval",
        "0.5",
        "-o",
        "table",
    )
    assert result.code == code, result.err
    assert [line.split("  ", 1)[1] for line in result.out.splitlines()] == ["step 1", "step 2"]
    assert waits == [0.5, 0.5]
    run = _only_run(served)
    assert run["status"] == ending
    assert run["properties"] == {"version": "1.4.2"}
    assert run["entity"] == {"identifier": "checkout"}
    assert f"run {run['id']} ended: {ending}" in result.err


def test_run_without_wait_prints_the_run(pyport: Run, served: Served) -> None:
    _setup(served)
    result = pyport("actions", "run", "deploy", "--entity", "checkout", "--fields", "id,status")
    assert result.code == 0, result.err
    assert result.json() == {"id": _only_run(served)["id"], "status": "IN_PROGRESS"}
    bad = pyport("actions", "run", "deploy", "--input", "version")
    assert bad.code == 2
    assert "--input 'version': expected KEY=VALUE" in bad.err


def test_runs_list_get_update_and_logs(
    pyport: Run, served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    _setup(served)
    assert pyport("actions", "run", "deploy", "--entity", "checkout").code == 0
    run_id = str(_only_run(served)["id"])
    listed = pyport("runs", "list", "--action", "deploy", "--fields", "id,status")
    assert listed.json() == [{"id": run_id, "status": "IN_PROGRESS"}]
    assert pyport("runs", "update", run_id).code == 2  # nothing to update
    logged = pyport("runs", "update", run_id, "--log", "deploying", "--summary", "half way")
    assert logged.code == 0, logged.err
    assert logged.json()["summary"] == "half way"
    done = pyport("runs", "update", run_id, "--status", "SUCCESS", "--fields", "status")
    assert done.json() == {"status": "SUCCESS"}
    assert pyport("runs", "get", run_id, "--jq", ".status").out == "SUCCESS\n"
    monkeypatch.setattr(runs_module, "sleep", pytest.fail)  # an ended run is not polled
    follow = pyport("runs", "logs", run_id, "--follow", "-o", "json")
    assert follow.code == 0
    assert [json.loads(line)["message"] for line in follow.out.splitlines()] == ["deploying"]
    assert pyport("runs", "get", "r_nope").code == 4


def test_logs_past_one_page_are_all_printed_once(pyport: Run, served: Served) -> None:
    _setup(served)
    assert pyport("actions", "run", "deploy", "--entity", "checkout").code == 0
    run_id = str(_only_run(served)["id"])
    for number in range(120):  # Port answers 50 logs at a time
        body = {"message": f"line {number}"}
        assert served.sim.handle("POST", f"/v1/actions/runs/{run_id}/logs", json=body).status == 201
    result = pyport("runs", "logs", run_id, "-o", "jsonl")
    assert [json.loads(line)["message"] for line in result.out.splitlines()] == [
        f"line {n}" for n in range(120)
    ]
