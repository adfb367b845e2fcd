"""pyport.integrations.django through Django's test client, the simulator delivering invocations."""

from __future__ import annotations

import itertools
import json
import os
import sys
import threading
import time
import types
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import django
import pytest
from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="pyport-tests-only",
        ALLOWED_HOSTS=["testserver", "127.0.0.1"],
        ROOT_URLCONF=__name__,
        INSTALLED_APPS=["pyport.integrations.django"],
        MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
        DATABASES={},
        USE_TZ=True,
    )
    django.setup()

from django.core.exceptions import ImproperlyConfigured
from django.core.management import ManagementUtility, call_command
from django.core.management.base import CommandError
from django.test import Client, override_settings
from django.urls import path

from pyport.integrations.django import close_port, get_port, webhook_view
from pyport.testing import PortSimulator
from pyport.webhooks import ActionInvocation, ActionRegistry, sign

HOOK = "http://127.0.0.1:8000/port/webhook"
_seeds = itertools.count(1)

actions = ActionRegistry(max_workers=2)


@actions.handler("deploy_service")
def deploy(invocation: ActionInvocation, run: Any) -> None:
    run.log(f"deploying {invocation.inputs.get('version')}")
    run.update(status_label="Deployed")


@actions.handler("broken")
def broken(invocation: ActionInvocation, run: Any) -> None:
    raise RuntimeError("no capacity in eu-west-1")


urlpatterns = [
    path("port/webhook", webhook_view(actions)),
    path("port/rotated", webhook_view(actions, secret=["old-secret", "new-secret"], tolerance=10)),
]


def make_action(identifier: str) -> dict[str, Any]:
    return {
        "identifier": identifier,
        "trigger": {
            "type": "self-service",
            "operation": "CREATE",
            "userInputs": {"properties": {}},
        },
        "invocationMethod": {"type": "WEBHOOK", "url": HOOK},
    }


class Project:
    def __init__(self) -> None:
        self.client = Client()
        # A seed of its own: the registry lives as long as the urlconf and remembers run ids.
        self.sim = PortSimulator(webhook_sender=self.send, seed=next(_seeds))
        for identifier in ("deploy_service", "broken"):
            assert (
                self.sim.handle("POST", "/v1/actions", json=make_action(identifier)).status == 201
            )
        self.port_setting = {
            "client_id": self.sim.client_id,
            "client_secret": self.sim.client_secret,
            "base_url": self.sim.base_url,
            "transport": self.sim.transport(),
        }

    def send(self, url: str, headers: Mapping[str, str], body: bytes) -> int:
        answer = self.client.post(
            urlsplit(url).path, data=body, content_type="application/json", headers=dict(headers)
        )
        return int(answer.status_code)

    def run(self, action: str, **properties: Any) -> str:
        answer = self.sim.handle(
            "POST", f"/v1/actions/{action}/runs", json={"properties": properties}
        )
        run_id: str = answer.json["run"]["id"]
        assert self.sim.wait_for_deliveries(timeout=60)
        assert actions.drain(timeout=60)
        return run_id

    def run_state(self, run_id: str) -> dict[str, Any]:
        run: dict[str, Any] = self.sim.handle("GET", f"/v1/actions/runs/{run_id}").json["run"]
        return run


@pytest.fixture
def project() -> Iterator[Project]:
    proj = Project()
    with override_settings(PORT=proj.port_setting):
        yield proj
    close_port()


def test_a_run_goes_from_port_to_the_handler_and_ends_success(project: Project) -> None:
    run_id = project.run("deploy_service", version="1.4.2")
    assert [(d.run_id, d.status) for d in project.sim.deliveries] == [(run_id, 202)]
    run = project.run_state(run_id)
    assert (run["status"], run["statusLabel"]) == ("SUCCESS", "Deployed")
    logs = project.sim.handle("GET", f"/v1/actions/runs/{run_id}/logs").json["runLogs"]
    assert [log["message"] for log in logs] == ["deploying 1.4.2"]


def test_a_failing_handler_ends_the_run_failure(project: Project) -> None:
    run_id = project.run("broken")
    run = project.run_state(run_id)
    assert (run["status"], run["summary"]) == ("FAILURE", "no capacity in eu-west-1")


def test_a_duplicate_delivery_runs_once_and_bad_signatures_are_refused(project: Project) -> None:
    run_id = project.run("deploy_service", version="1")
    body = json.dumps({"action": {"identifier": "deploy_service"}, "run": {"id": run_id}})
    now = int(time.time())
    post = project.client.post
    again = post(
        "/port/webhook",
        data=body,
        content_type="application/json",
        headers=sign(body, project.sim.client_secret, now),
    )
    assert (again.status_code, again.json()["duplicate"]) == (200, True)
    forged = post(
        "/port/webhook",
        data=body,
        content_type="application/json",
        headers=sign(body, "guess", now),
    )
    assert (forged.status_code, forged.json()["message"]) == (401, "SignatureMismatchError")
    unsigned = post("/port/webhook", data=body, content_type="application/json")
    assert unsigned.status_code == 401
    assert project.client.get("/port/webhook").status_code == 405
    logs = project.sim.handle("GET", f"/v1/actions/runs/{run_id}/logs").json["runLogs"]
    assert len(logs) == 1


def test_an_explicit_secret_list_and_tolerance(project: Project) -> None:
    body = json.dumps({"action": {"identifier": "nobody"}, "run": {"id": "r_z"}})
    now = int(time.time())
    for secret, stamp, expected in (
        ("new-secret", now, 404),  # verified; no handler for "nobody"
        ("old-secret", now, 404),
        (project.sim.client_secret, now, 401),
        ("new-secret", now - 60, 401),  # outside the 10 s tolerance
    ):
        answer = project.client.post(
            "/port/rotated",
            data=body,
            content_type="application/json",
            headers=sign(body, secret, stamp),
        )
        assert answer.status_code == expected, (secret, stamp)


def test_get_port_is_shared_and_follows_the_settings(project: Project) -> None:
    first = get_port()
    assert get_port() is first
    assert first.base_url == project.sim.base_url
    other = PortSimulator(client_id="other-id")
    with override_settings(
        PORT={
            "client_id": "other-id",
            "client_secret": "x" * 20,
            "transport": other.transport(),
            "base_url": other.base_url,
        }
    ):
        assert get_port() is not first
        assert get_port().settings.client_id == "other-id"
    with (
        override_settings(PORT={"nonsense_option": 1}),
        pytest.raises(ImproperlyConfigured, match="nonsense_option"),
    ):
        get_port()
    with (
        override_settings(PORT=["not", "a", "dict"]),
        pytest.raises(ImproperlyConfigured, match="must be a dict"),
    ):
        get_port()


# manage.py port


@pytest.fixture
def stand_in_cli(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], str | None]]:
    calls: list[tuple[list[str], str | None]] = []
    module = types.ModuleType("pyport.cli")

    def main(argv: list[str]) -> int:
        calls.append((list(argv), os.environ.get("PORT_CLIENT_ID")))
        return 3 if "--fail" in argv or argv == ["x"] else 0

    module.main = main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pyport.cli", module)
    monkeypatch.delenv("PORT_CLIENT_ID", raising=False)
    return calls


def test_manage_py_port_delegates_to_the_cli_with_the_settings(
    project: Project, stand_in_cli: list[tuple[list[str], str | None]]
) -> None:
    call_command("port", "blueprints", "list")
    assert stand_in_cli == [(["blueprints", "list"], project.sim.client_id)]
    assert "PORT_CLIENT_ID" not in os.environ  # for the call only
    with pytest.raises(SystemExit) as exited:
        ManagementUtility(["manage.py", "port", "--help", "--fail"]).execute()
    assert exited.value.code == 3
    assert stand_in_cli[-1][0] == ["--help", "--fail"]
    with pytest.raises(SystemExit) as exited:
        ManagementUtility(["manage.py", "port", "entities", "--all"]).execute()
    assert exited.value.code == 0


def test_manage_py_port_without_a_cli_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyport.cli", None)
    with pytest.raises(CommandError, match=r"no command line \(pyport.cli\)"):
        call_command("port", "blueprints")


def test_manage_py_port_reports_a_failing_status(
    project: Project, stand_in_cli: list[tuple[list[str], str | None]]
) -> None:
    monkeypatch_module = sys.modules["pyport.cli"]
    assert monkeypatch_module is not None
    with pytest.raises(CommandError, match="status 3") as caught:
        call_command("port", "x")
    monkeypatch_module.main = lambda argv: (_ for _ in ()).throw(SystemExit(2))  # type: ignore[attr-defined]
    with pytest.raises(CommandError, match="status 2"):
        call_command("port", "x")
    assert caught.value.returncode == 3


def test_the_webhook_secret_and_tolerance_come_from_the_port_setting(project: Project) -> None:
    body = json.dumps({"action": {"identifier": "nobody"}, "run": {"id": "r_s"}})
    now = int(time.time())
    setting = {**project.port_setting, "webhook_secret": ["from-settings"], "webhook_tolerance": 5}
    with override_settings(PORT=setting):
        for secret, stamp, expected in (
            ("from-settings", now, 404),  # verified: no handler for "nobody"
            (project.sim.client_secret, now, 401),  # the client secret is not used any more
            ("from-settings", now - 30, 401),  # outside the 5 s tolerance
        ):
            answer = project.client.post(
                "/port/webhook",
                data=body,
                content_type="application/json",
                headers=sign(body, secret, stamp),
            )
            assert answer.status_code == expected, (secret, stamp)
        # The webhook keys are not client options: the shared client is still made from PORT.
        assert get_port().settings.client_id == project.sim.client_id


def test_the_work_starts_once_the_answer_is_sent(project: Project) -> None:
    from django.test import RequestFactory

    registry = ActionRegistry()
    calls: list[str] = []
    started = threading.Event()

    @registry.handler("deploy_service")
    def deploy(invocation: ActionInvocation, run: Any) -> None:
        calls.append(invocation.run_id or "")
        started.set()

    view = webhook_view(registry)
    run_id = project.sim.handle(
        "POST", "/v1/actions/deploy_service/runs", json={"properties": {}}
    ).json["run"]["id"]
    body = json.dumps({"action": {"identifier": "deploy_service"}, "run": {"id": run_id}})
    request = RequestFactory().post(
        "/port/webhook",
        data=body,
        content_type="application/json",
        headers=sign(body, project.sim.client_secret, int(time.time())),
    )
    response = view(request)
    assert (response.status_code, registry.pending) == (202, 1)
    # Until the server closes (has sent) the response, nothing was handed to the thread pool.
    assert not started.wait(timeout=0.2)
    assert calls == []
    response.close()
    assert registry.drain(timeout=60)
    response.close()  # a second close starts nothing
    registry.close()
    assert calls == [run_id]
    assert project.run_state(run_id)["status"] == "SUCCESS"


def test_manage_py_port_runs_the_real_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    sim = PortSimulator(seed=next(_seeds))
    created = sim.handle(
        "POST",
        "/v1/blueprints",
        json={"identifier": "svc", "title": "Svc", "schema": {"properties": {}}},
    )
    assert created.status == 201
    capsys.readouterr()
    with sim.serve() as url:
        setting = {"client_id": sim.client_id, "client_secret": sim.client_secret, "base_url": url}
        with override_settings(PORT=setting):
            with pytest.raises(SystemExit) as exited:  # as `manage.py port ...` runs it
                ManagementUtility(
                    ["manage.py", "port", "blueprints", "list", "-o", "json"]
                ).execute()
            assert exited.value.code == 0
            listed = json.loads(capsys.readouterr().out)
            with pytest.raises(CommandError, match="status 4"):  # not found, the CLI's status
                call_command("port", "blueprints", "get", "nope")
    assert [blueprint["identifier"] for blueprint in listed] == ["svc"]
    assert "PORT_CLIENT_SECRET" not in os.environ
