"""port.action_runs.reporter(run_id): logs, updates, and SUCCESS or FAILURE exactly once."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from pyport import AsyncPortClient, NotFoundError, PortClient
from pyport.testing import PortSimulator

PATCH = "PATCH /v1/actions/runs/{run_id}"
ACTION = {
    "identifier": "deploy_service",
    "title": "Deploy",
    "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}},
    "invocationMethod": {"type": "WEBHOOK", "url": "http://127.0.0.1:9/hook"},
}


def patches(sim: PortSimulator) -> int:
    return sum(n for (op, _), n in sim.stats.requests.items() if op == PATCH)


@pytest.fixture
def sim() -> PortSimulator:
    simulator = PortSimulator()
    simulator.handle("POST", "/v1/actions", json=ACTION)
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


@pytest.fixture
async def aport(sim: PortSimulator) -> AsyncIterator[AsyncPortClient]:
    async with AsyncPortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=sim.async_transport(),
    ) as client:
        yield client


def new_run(sim: PortSimulator) -> str:
    answer = sim.handle("POST", "/v1/actions/deploy_service/runs", json={"properties": {}})
    run_id: str = answer.json["run"]["id"]
    return run_id


def run_of(sim: PortSimulator, run_id: str) -> dict[str, object]:
    run: dict[str, object] = sim.handle("GET", f"/v1/actions/runs/{run_id}").json["run"]
    return run


def log_messages(sim: PortSimulator, run_id: str) -> list[str]:
    logs = sim.handle("GET", f"/v1/actions/runs/{run_id}/logs").json["runLogs"]
    return [log["message"] for log in logs]


def test_a_normal_exit_ends_the_run_success_with_its_logs_and_links(
    sim: PortSimulator, port: PortClient
) -> None:
    run_id = new_run(sim)
    with port.action_runs.reporter(run_id) as run:
        run.log("Deploying checkout")
        run.update(status_label="Deploying", link="https://ci.example/1", summary="Build 1")
        assert run_of(sim, run_id)["status"] == "IN_PROGRESS"
        run.log("Done")
    assert run.finished
    ended = run_of(sim, run_id)
    assert ended["status"] == "SUCCESS"
    assert ended["statusLabel"] == "Deploying"
    assert ended["link"] == ["https://ci.example/1"]
    assert ended["summary"] == "Build 1"
    assert log_messages(sim, run_id) == ["Deploying checkout", "Done"]
    assert patches(sim) == 2  # the update, then the final status


def test_an_exception_ends_the_run_failure_with_its_first_line_and_is_reraised(
    sim: PortSimulator, port: PortClient
) -> None:
    run_id = new_run(sim)
    reporter = port.action_runs.reporter(run_id)
    reporter.log("Starting")
    with pytest.raises(RuntimeError, match="disk full"), reporter:
        raise RuntimeError("\n  disk full on /var  \nTraceback-ish detail")
    ended = run_of(sim, run_id)
    assert (ended["status"], ended["summary"]) == ("FAILURE", "disk full on /var")
    with pytest.raises(KeyError), port.action_runs.reporter(new_run(sim)):
        raise KeyError()
    assert [r["summary"] for r in sim.handle("GET", "/v1/actions/runs").json["runs"][:1]] == [
        "KeyError"
    ]


def test_a_retried_body_ends_the_run_once(sim: PortSimulator, port: PortClient) -> None:
    run_id = new_run(sim)
    reporter = port.action_runs.reporter(run_id)
    for _ in range(3):  # the same reporter entered again, then fresh ones for the same run
        with reporter:
            reporter.log("attempt")
    for _ in range(2):
        with port.action_runs.reporter(run_id) as again:
            again.log("redelivered")
    assert patches(sim) == 1
    assert run_of(sim, run_id)["status"] == "SUCCESS"
    assert len(log_messages(sim, run_id)) == 5
    # A failure after the run ended is re-raised and changes nothing on Port.
    with pytest.raises(ValueError, match="late"), port.action_runs.reporter(run_id):
        raise ValueError("late")
    assert (patches(sim), run_of(sim, run_id)["status"]) == (1, "SUCCESS")


def test_a_run_ended_elsewhere_counts_as_ended(sim: PortSimulator, port: PortClient) -> None:
    run_id = new_run(sim)
    sim.handle("PATCH", f"/v1/actions/runs/{run_id}", json={"status": "SUCCESS"})
    with pytest.raises(OSError, match="late"), port.action_runs.reporter(run_id) as run:
        raise OSError("late")
    # Port answered 422 run_already_finished: not an error of the reporter's.
    assert run.finished
    assert run_of(sim, run_id)["status"] == "SUCCESS"


def test_when_reporting_fails_the_bodys_exception_still_wins(port: PortClient) -> None:
    with pytest.raises(ValueError, match="boom") as caught, port.action_runs.reporter("r_nope"):
        raise ValueError("boom")
    notes = getattr(caught.value, "__notes__", [])
    assert any("could not mark run r_nope FAILURE" in note for note in notes)
    reporter = port.action_runs.reporter("r_nope")
    for _ in range(2):  # not remembered as ended: each exit tries again, and says why it failed
        with pytest.raises(NotFoundError), reporter:
            pass
    assert not reporter.finished


def test_the_summary_never_carries_the_client_secret(sim: PortSimulator, port: PortClient) -> None:
    run_id = new_run(sim)
    with pytest.raises(RuntimeError), port.action_runs.reporter(run_id):
        raise RuntimeError(f"login failed with {sim.client_secret}")
    summary = str(run_of(sim, run_id)["summary"])
    assert sim.client_secret not in summary
    assert summary.startswith("login failed with [REDACTED]")


def test_finish_and_bad_arguments(sim: PortSimulator, port: PortClient) -> None:
    run_id = new_run(sim)
    reporter = port.action_runs.reporter(run_id)
    assert reporter.finish("FAILURE", summary="cancelled by the user") is True
    assert reporter.finish("SUCCESS") is False
    assert run_of(sim, run_id)["status"] == "FAILURE"
    with pytest.raises(ValueError, match="SUCCESS or FAILURE"):
        reporter.finish("DONE")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="run_id must be a str"):
        port.action_runs.reporter(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="must not be empty"):
        port.action_runs.reporter(" ")
    assert "r_" in repr(reporter)


def test_keyboard_interrupt_leaves_the_run_open(sim: PortSimulator, port: PortClient) -> None:
    run_id = new_run(sim)
    with pytest.raises(KeyboardInterrupt), port.action_runs.reporter(run_id):
        raise KeyboardInterrupt
    assert run_of(sim, run_id)["status"] == "IN_PROGRESS"


@pytest.mark.anyio
async def test_the_async_reporter(sim: PortSimulator, aport: AsyncPortClient) -> None:
    ok_run, bad_run = new_run(sim), new_run(sim)
    async with aport.action_runs.reporter(ok_run) as run:
        await run.log("async log")
        await run.update(link=["https://a.example", "https://b.example"])
    with pytest.raises(LookupError, match="no image"):
        async with aport.action_runs.reporter(bad_run):
            raise LookupError("no image for 1.2.3")
    for _ in range(2):
        async with aport.action_runs.reporter(ok_run):
            pass
    assert run_of(sim, ok_run)["status"] == "SUCCESS"
    assert run_of(sim, ok_run)["link"] == ["https://a.example", "https://b.example"]
    assert log_messages(sim, ok_run) == ["async log"]
    assert (run_of(sim, bad_run)["status"], run_of(sim, bad_run)["summary"]) == (
        "FAILURE",
        "no image for 1.2.3",
    )
    assert patches(sim) == 3  # the link update, and one final status per run


def test_a_final_update_lost_on_the_way_back_is_not_sent_twice_into_an_error(
    sim: PortSimulator,
) -> None:
    import httpx

    from pyport import PortConnectionError

    class LosesTheFirstPatchAnswer(httpx.BaseTransport):
        """Port processes the PATCH, then the connection breaks before its answer arrives."""

        pyport_in_process = True

        def __init__(self) -> None:
            self.inner = sim.transport()
            self.lost = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = self.inner.handle_request(request)
            if request.method == "PATCH" and not self.lost:
                self.lost += 1
                raise httpx.ReadError("connection reset by peer")
            return response

    transport = LosesTheFirstPatchAnswer()
    run_id = new_run(sim)
    with PortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=transport,
    ) as client:
        reporter = client.action_runs.reporter(run_id)
        # Not resent (a PATCH whose body may have been processed): the exit says so...
        with pytest.raises(PortConnectionError), reporter:
            pass
        assert not reporter.finished
        # ...and the next attempt's FAILURE meets Port's "already finished": ended, no error.
        with (
            pytest.raises(ValueError, match="again") as caught,
            client.action_runs.reporter(run_id),
        ):
            raise ValueError("again")
        assert getattr(caught.value, "__notes__", []) == []  # reporting did not fail
        assert client.action_runs.reporter(run_id).finished
    assert transport.lost == 1
    assert run_of(sim, run_id)["status"] == "SUCCESS"
