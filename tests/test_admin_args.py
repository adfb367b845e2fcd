"""Every argument of snapshot, restore, migrate, diff, clear_blueprint and prune_snapshots is
checked before the first request or write: a bad one costs nothing."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from test_admin_support import build_org, connect, make_sim, writes

from pyport import AsyncPortClient, PortClient
from pyport.admin import (
    clear_blueprint,
    diff,
    list_snapshots,
    migrate,
    prune_snapshots,
    restore,
    snapshot,
)
from pyport.testing import PortSimulator


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pristine")
    with connect(make_sim()) as port:
        build_org(port, services=10, deployments=5)
        snapshot(port, root / "snap")
    return root / "snap"


def _requests(sim: PortSimulator) -> int:
    return sum(sim.stats.requests.values())


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


Call = Callable[[PortClient, PortClient, Path], Any]
ASYNC: list[AsyncPortClient] = []


@pytest.fixture(scope="module", autouse=True)
def async_client() -> Iterator[None]:
    """An AsyncPortClient, the likeliest wrong client to pass (closed afterwards)."""
    client = AsyncPortClient(client_id="id", client_secret="secret-for-tests-only", environ={})
    ASYNC.append(client)
    yield
    ASYNC.clear()
    asyncio.run(client.aclose())


CASES: list[tuple[str, Call, str]] = [
    # restore
    (
        "restore-concurrency-0",
        lambda p, s, d: restore(p, d / "snap", concurrency=0),
        "restore: concurrency must be a positive int, not 0",
    ),
    (
        "restore-concurrency-bool",
        lambda p, s, d: restore(p, d / "snap", concurrency=True),
        "concurrency must be a positive int, not True",
    ),
    (
        "restore-concurrency-str",
        lambda p, s, d: restore(p, d / "snap", concurrency="8"),
        "concurrency must be a positive int, not '8'",
    ),
    (
        "restore-mode",
        lambda p, s, d: restore(p, d / "snap", mode="replace"),
        "restore: mode must be 'merge' or 'mirror', not 'replace'",
    ),
    (
        "restore-dry-run",
        lambda p, s, d: restore(p, d / "snap", dry_run="no"),
        "dry_run must be True or False, not 'no'",
    ),
    (
        "restore-state-file-folder-missing",
        lambda p, s, d: restore(p, d / "snap", state_file=d / "nowhere" / "state.json"),
        "state_file must be in an existing folder",
    ),
    (
        "restore-state-file-is-a-folder",
        lambda p, s, d: restore(p, d / "snap", state_file=d),
        "state_file must be a file, not a folder",
    ),
    (
        "restore-progress",
        lambda p, s, d: restore(p, d / "snap", progress=42),
        "progress must be a callable or None, not 42",
    ),
    (
        "restore-allow-spec-mismatch",
        lambda p, s, d: restore(p, d / "snap", allow_spec_mismatch=1),
        "allow_spec_mismatch must be True or False, not 1",
    ),
    (
        "restore-source",
        lambda p, s, d: restore(p, 42),
        "source must be a path",
    ),
    (
        "restore-async-client",
        lambda p, s, d: restore(ASYNC[0], d / "snap"),
        "port must be a PortClient \\(got a AsyncPortClient\\)",
    ),
    # migrate
    (
        "migrate-concurrency-0",
        lambda p, s, d: migrate(s, p, concurrency=0),
        "migrate: concurrency must be a positive int, not 0",
    ),
    (
        "migrate-blueprints-str",
        lambda p, s, d: migrate(s, p, blueprints="service"),
        "blueprints must be a list of blueprint identifiers or None, not 'service'",
    ),
    (
        "migrate-blueprints-empty",
        lambda p, s, d: migrate(s, p, blueprints=[]),
        "blueprints must be a non-empty list",
    ),
    (
        "migrate-blueprints-blank",
        lambda p, s, d: migrate(s, p, blueprints=["service", ""]),
        "blueprints must be a list of non-empty strings",
    ),
    ("migrate-mode", lambda p, s, d: migrate(s, p, mode="copy"), "migrate: mode must be"),
    (
        "migrate-state-file",
        lambda p, s, d: migrate(s, p, state_file=d / "nowhere" / "state"),
        "state_file must be in an existing folder",
    ),
    (
        "migrate-target",
        lambda p, s, d: migrate(s, None),
        "target_port must be a PortClient \\(got a NoneType\\)",
    ),
    # snapshot
    (
        "snapshot-blueprints-str",
        lambda p, s, d: snapshot(p, d / "new", blueprints="service"),
        "snapshot: blueprints must be a list",
    ),
    (
        "snapshot-archive",
        lambda p, s, d: snapshot(p, d / "new", archive="yes"),
        "archive must be True or False, not 'yes'",
    ),
    (
        "snapshot-progress",
        lambda p, s, d: snapshot(p, d / "new", progress=1),
        "progress must be a callable or None",
    ),
    (
        "snapshot-destination",
        lambda p, s, d: snapshot(p, None),
        "destination must be a path",
    ),
    # clear_blueprint
    (
        "clear-blueprint-empty",
        lambda p, s, d: clear_blueprint(p, ""),
        "blueprint must be a non-empty str, not ''",
    ),
    (
        "clear-delete-blueprint",
        lambda p, s, d: clear_blueprint(p, "service", delete_blueprint="yes"),
        "delete_blueprint must be True or False",
    ),
    (
        "clear-dry-run",
        lambda p, s, d: clear_blueprint(p, "service", dry_run=None),
        "dry_run must be True or False, not None",
    ),
    (
        "clear-progress",
        lambda p, s, d: clear_blueprint(p, "service", progress=3),
        "progress must be a callable or None, not 3",
    ),
    # prune_snapshots and list_snapshots
    (
        "prune-dry-run",
        lambda p, s, d: prune_snapshots(d, keep_last=1, dry_run="yes"),
        "dry_run must be True or False, not 'yes'",
    ),
    (
        "prune-keep-last",
        lambda p, s, d: prune_snapshots(d, keep_last=-1),
        "keep_last must be a non-negative int, not -1",
    ),
    (
        "prune-missing-folder",
        lambda p, s, d: prune_snapshots(d / "nowhere", keep_last=1),
        "nowhere is not a folder",
    ),
    (
        "list-verify",
        lambda p, s, d: list_snapshots(d, verify="no"),
        "verify must be True or False",
    ),
    # diff
    ("diff-progress", lambda p, s, d: diff(d / "snap", p, progress=1), "progress must be"),
    (
        "diff-allow-spec-mismatch",
        lambda p, s, d: diff(d / "snap", p, allow_spec_mismatch="x"),
        "allow_spec_mismatch must be True or False",
    ),
    ("diff-side", lambda p, s, d: diff(d / "snap", 42), "b must be a PortClient"),
]


@pytest.mark.parametrize("case", CASES, ids=[name for name, _, _ in CASES])
def test_a_bad_argument_is_refused_before_any_request_or_write(
    pristine: Path, tmp_path: Path, case: tuple[str, Call, str]
) -> None:
    _, call, message = case
    shutil.copytree(pristine, tmp_path / "snap")
    source_sim, target_sim = make_sim(seed=1), make_sim(seed=2)
    with connect(source_sim) as source, connect(target_sim) as port:
        build_org(source, services=10, deployments=5)
        port.blueprints.create(identifier="service", title="S", schema={"properties": {}})
        before = (_requests(source_sim), _requests(target_sim), writes(target_sim))
        files = _files(tmp_path)
        with pytest.raises(ValueError, match=message):
            call(port, source, tmp_path)
        assert (_requests(source_sim), _requests(target_sim), writes(target_sim)) == before
    assert _files(tmp_path) == files


def test_restore_with_concurrency_0_no_longer_creates_blueprints_first(pristine: Path) -> None:
    sim = make_sim(seed=3)
    with connect(sim) as port:
        with pytest.raises(ValueError, match="concurrency"):
            restore(port, pristine, concurrency=0)
        assert port.blueprints.list() == []
    assert writes(sim) == {}
