"""The admin utilities and the cache: dry runs and diffs read through it; a snapshot, and a
restore that writes, read Port itself (what another client changed meanwhile is seen)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cache_support import api_requests
from test_admin_support import build_org, connect, sim_with

from pyport import PortClient
from pyport.admin import diff, restore, snapshot
from pyport.cache import Cache
from pyport.testing import PortSimulator

LISTS = ("GET /v1/blueprints", "GET /v1/actions", "GET /v1/teams", "GET /v1/pages")


@contextmanager
def cached(sim: PortSimulator) -> Iterator[PortClient]:
    with PortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=sim.transport(),
        cache=Cache(),
        environ={},
    ) as port:
        yield port


def _lists(sim: PortSimulator) -> int:
    counts = api_requests(sim)
    return sum(counts[route] for route in LISTS)


def test_a_second_dry_run_and_a_diff_read_configuration_from_the_cache(tmp_path: Path) -> None:
    sim, clock = sim_with()
    with connect(sim, clock) as plain:
        build_org(plain, services=20, deployments=10)
        snapshot(plain, tmp_path / "snap")
    with cached(sim) as port:
        first = restore(port, tmp_path / "snap", dry_run=True)
        before = _lists(sim)
        second = restore(port, tmp_path / "snap", dry_run=True)
        diff(tmp_path / "snap", port)
        assert _lists(sim) == before  # no configuration list asked twice
        assert second.plan.to_text() == first.plan.to_text()


def test_a_restore_that_writes_sees_what_another_client_changed(tmp_path: Path) -> None:
    sim, clock = sim_with()
    with connect(sim, clock) as plain:
        build_org(plain, services=20, deployments=10)
        snapshot(plain, tmp_path / "snap")
    with cached(sim) as port, connect(sim, clock) as other:
        planned = restore(port, tmp_path / "snap", mode="mirror", dry_run=True)
        assert planned.plan.kinds["teams"].delete == []
        other.teams.create(name="temporary")  # behind the cache's back
        # The dry run still plans from the cache (within its TTL)...
        again = restore(port, tmp_path / "snap", mode="mirror", dry_run=True)
        assert again.plan.kinds["teams"].delete == []
        # ...the restore itself reads Port, so it deletes the team the snapshot lacks.
        done = restore(port, tmp_path / "snap", mode="mirror")
        assert done.plan.kinds["teams"].delete == ["temporary"]
        assert "temporary" not in {t.to_dict()["name"] for t in other.teams.list()}


def test_a_snapshot_reads_port_not_the_cache(tmp_path: Path) -> None:
    sim, clock = sim_with()
    with connect(sim, clock) as plain:
        build_org(plain, services=20, deployments=10)
    with cached(sim) as port, connect(sim, clock) as other:
        snapshot(port, tmp_path / "first")  # its answers fill the cache
        other.teams.create(name="late")
        snapshot(port, tmp_path / "second")
    assert '"late"' not in (tmp_path / "first" / "teams.json").read_text()
    assert '"late"' in (tmp_path / "second" / "teams.json").read_text()
