"""Fixtures: simulators served on loopback, a private HOME, and `pyport(...)` running the
command line in-process through its real entry point."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import OUTSIDE, Result, Run, Served

from pyport.cli import main
from pyport.testing import PortSimulator


@pytest.fixture(scope="session")
def _source_served() -> Iterator[Served]:
    sim = PortSimulator()
    with sim.serve() as url:
        yield Served(sim, url)


@pytest.fixture(scope="session")
def _target_served() -> Iterator[Served]:
    sim = PortSimulator(client_id="target-id", client_secret="target-secret")
    with sim.serve() as url:
        yield Served(sim, url)


@pytest.fixture
def served(_source_served: Served, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Served:
    """The source simulator, empty, and the environment pointing at it."""
    _source_served.sim.reset()
    for name in OUTSIDE:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("PORT_BASE_URL", _source_served.url)
    monkeypatch.setenv("PORT_CLIENT_ID", _source_served.sim.client_id)
    monkeypatch.setenv("PORT_CLIENT_SECRET", _source_served.sim.client_secret)
    monkeypatch.chdir(tmp_path)
    return _source_served


@pytest.fixture
def target(_target_served: Served) -> Served:
    """A second organization (another simulator), empty."""
    _target_served.sim.reset()
    return _target_served


@pytest.fixture
def pyport(
    served: Served, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Run:
    """`pyport(*args, input=...)`: run the command line, return its status and outputs."""

    def run(*args: str, input: str = "") -> Result:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(input))
        code = main(list(args))
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run
