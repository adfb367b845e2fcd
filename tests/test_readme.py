"""The README's Python snippets run, as written, against the simulator served on loopback."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from pyport import PortClient
from pyport.testing import PortSimulator

README = Path(__file__).resolve().parents[1] / "README.md"
SNIPPETS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)


def test_the_readme_has_the_snippets_this_test_runs() -> None:
    assert len(SNIPPETS) == 6


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    simulator = PortSimulator()
    with simulator.serve() as url:
        for name in ("PORT_ACCESS_TOKEN", "PORT_REGION", "PYPORT_PROFILE", "PYPORT_CONFIG"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("PORT_CLIENT_ID", simulator.client_id)
        monkeypatch.setenv("PORT_CLIENT_SECRET", simulator.client_secret)
        monkeypatch.setenv("PORT_BASE_URL", url)
        monkeypatch.chdir(tmp_path)
        yield simulator


def test_quickstart_batch_and_admin_snippets_run(
    served: PortSimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    quickstart, batch, admin, _fixture_example, _actions, _caching = SNIPPETS
    namespace: dict[str, Any] = {}
    exec(compile(quickstart, "README quickstart", "exec"), namespace)
    out = capsys.readouterr().out
    assert "checkout" in out  # the entity it upserted came back from the paged search
    assert re.search(r"[0-9a-f]{32} 404 not_found", out)  # the trace id, then the error

    with PortClient() as port:
        port.blueprints.create(identifier="domain", title="Domain", schema={"properties": {}})
        namespace.update(
            port=port,
            entities=[{"identifier": f"svc-{i}", "title": f"Service {i}"} for i in range(45)],
            identifiers=["svc-0", "svc-1"],
        )
        exec(compile(batch, "README batch", "exec"), namespace)
        assert namespace["result"].ok
        assert len(port.entities.list("service")) == 44  # 46 - 2
        second = PortSimulator(seed=1)
        with PortClient(
            client_id=second.client_id,
            client_secret=second.client_secret,
            base_url=second.base_url,
            transport=second.transport(),
            environ={},
        ) as other:
            namespace.update(eu_port=port, us_port=other)
            exec(compile(admin, "README admin", "exec"), namespace)
            copied = other.entities.list("service")
    assert len(copied) == 44  # admin.migrate copied the selection to the second organization
    assert "no differences" in capsys.readouterr().out


def test_the_caching_snippet_runs_and_its_second_read_is_a_hit(
    served: PortSimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    caching = SNIPPETS[5]
    before = served.stats.requests[("GET /v1/blueprints", 200)]
    namespace: dict[str, Any] = {}
    exec(compile(caching, "README caching", "exec"), namespace)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "hit"
    assert out[1].startswith("CacheStats(hits=2, misses=1,")
    assert served.stats.requests[("GET /v1/blueprints", 200)] - before == 1
    namespace["cli"].close()
    assert (Path.cwd() / "pyport-cache.sqlite3").stat().st_mode & 0o777 == 0o600


def test_the_action_backend_snippet_runs_an_invocation_to_success(served: PortSimulator) -> None:
    import time

    from pyport import webhooks

    actions_snippet = SNIPPETS[4]
    with PortClient() as port:
        port.actions.create(
            identifier="deploy_service",
            trigger={
                "type": "self-service",
                "operation": "CREATE",
                "userInputs": {"properties": {}},
            },
            invocation_method={"type": "WEBHOOK", "url": "http://127.0.0.1:1/unused"},
        )
        run_id = str(port.actions.run("deploy_service", properties={}).id)
        namespace: dict[str, Any] = {"port": port}
        exec(compile(actions_snippet, "README actions", "exec"), namespace)
        body = f'{{"action":{{"identifier":"deploy_service"}},"run":{{"id":"{run_id}"}}}}'.encode()
        headers = webhooks.sign(body, served.client_secret, int(time.time()))
        assert namespace["on_request"](headers, body) == (202, {"ok": True, "runId": run_id})
        assert namespace["on_request"](headers, body)[0] == 200
        assert namespace["actions"].drain(timeout=60)
        namespace["actions"].close()
        run = port.action_runs.get(run_id).to_dict()
        assert (run["status"], run["link"]) == ("SUCCESS", ["https://ci.example/42"])
        assert [log.message for log in port.action_runs.logs.list(run_id)] == ["Deploying None"]
