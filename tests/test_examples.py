"""examples/ run as written (mypy checks them in `make test`; this runs them)."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_typed_usage_runs_on_the_simulator(capsys: pytest.CaptureFixture[str]) -> None:
    namespace = runpy.run_path(str(EXAMPLES / "typed_usage.py"))
    namespace["main"]()
    assert capsys.readouterr().out.splitlines() == ["upserted checkout", "found checkout"]


@pytest.mark.parametrize("example", ["fastapi_service.py", "django_service.py"])
def test_the_action_service_examples_run_the_whole_loop_on_loopback(example: str) -> None:
    # A process of its own each: Django's settings are configured once per process.
    import re
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(EXAMPLES / example)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert re.fullmatch(r"run r_[0-9a-f]+: SUCCESS", lines[0])
    assert lines[1:3] == ["  log: Deploying checkout at 1.4.2", "  log: Deployed"]
    assert re.fullmatch(r"created to SUCCESS in [0-9.]+ ms", lines[3])
