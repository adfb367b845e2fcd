"""examples/ten_jobs.py: ten everyday jobs on the simulator, `mypy --strict` clean as written."""

from __future__ import annotations

import os
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from pyport import PortClient
from pyport.testing import PortSimulator

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ten_jobs.py"

EXPECTED = [
    "1. blueprints domain, service -> ['domain']",
    "2. upserted 2 domains and 5 services",
    "3. Checkout is written in python",
    "4. python, tier <= 2, in payments: ['checkout']",
    "5. 62 services over 4 pages of [20, 20, 20, 2]",
    "6. checkout tier 2 -> 1, language still python",
    "7. deploy on checkout: SUCCESS, 'deployed 1.4.2', "
    "logs ['pulling image 1.4.2', 'rolled out to 3 of 3 pods']",
    "8. scorecard production_readiness on service: 1 rule(s)",
    "9. team platform: ['ada@example.com', 'grace@example.com']",
    "10. no legacy-billing: 404 not_found",
]


def _client(simulator: PortSimulator) -> PortClient:
    return PortClient(
        client_id=simulator.client_id,
        client_secret=simulator.client_secret,
        base_url=simulator.base_url,
        transport=simulator.transport(),
        environ={},
    )


def test_main_prints_what_port_answered(
    port_simulator: PortSimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    main = runpy.run_path(str(EXAMPLE))["main"]
    with _client(port_simulator) as port:
        main(port)
    assert capsys.readouterr().out.splitlines() == EXPECTED

    # What the jobs left in Port, read back by another client.
    with _client(port_simulator) as port:
        checkout = port.entities.get("service", "checkout")
        assert checkout.properties.to_dict() == {"language": "python", "tier": 1}
        assert checkout.relations.to_dict() == {"domain": "payments"}
        assert sum(1 for _ in port.entities.search("service", limit=100)) == 62
        [run] = port.action_runs.list(action="deploy")
        assert (run.status, run.summary) == ("SUCCESS", "deployed 1.4.2")
        scorecard = port.scorecards.get("service", "production_readiness")
        assert [level["title"] for level in scorecard.to_dict()["levels"]] == ["Basic", "Gold"]
        assert port.teams.get("platform").name == "platform"


def test_the_script_runs_on_the_simulator_without_credentials() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PORT_", "PYPORT_"))}
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,  # only against a hang
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == EXPECTED


def test_mypy_strict_passes_without_escape_hatches() -> None:
    text = EXAMPLE.read_text()
    # The point is typing without help: no cast, no ignore, no isinstance assertion.
    assert re.findall(r"\bcast\(|type:\s*ignore|assert isinstance", text) == []
    # Fields Port always returns are plain types: only a truly optional one needs a test first
    # (with `X | Unset` everywhere this example needed 9 such lines).
    assert len(re.findall(r"# optional:$", text, flags=re.MULTILINE)) <= 1
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "examples/ten_jobs.py"],
        cwd=ROOT,  # the project's [tool.mypy] configuration
        capture_output=True,
        text=True,
        timeout=600,  # only against a hang
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "Success: no issues found in 1 source file"
