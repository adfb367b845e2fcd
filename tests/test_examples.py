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
