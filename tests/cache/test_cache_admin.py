"""The admin utilities and the cache: a restore's planning reads and a diff go through it; the
checks a write decides on, a clear's reads and a snapshot read Port itself."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cache_support import api_requests, total
from test_admin_support import build_org, connect, sim_with

from pyport import PortClient
from pyport.admin import ClearError, clear_blueprint, diff, restore, snapshot
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


def test_a_restore_after_its_dry_run_plans_from_the_cache(tmp_path: Path) -> None:
    sim, clock = sim_with()
    with connect(sim, clock) as plain:
        build_org(plain, services=20, deployments=10)
        snapshot(plain, tmp_path / "snap")
    with cached(sim) as port:
        planned = restore(port, tmp_path / "snap", dry_run=True)
        before, written = _lists(sim), total(sim)
        done = restore(port, tmp_path / "snap")
        assert done.plan.to_text() == planned.plan.to_text()
        assert done.writes == 0  # Port already holds the snapshot
        assert _lists(sim) == before  # planned from the dry run's answers
        assert total(sim) - written < 10  # entity pages only (entities are not cached)


def test_a_restores_read_after_a_conflicting_create_is_fresh(tmp_path: Path) -> None:
    sim = PortSimulator()
    with cached(sim) as port, connect(sim) as other:
        other.blueprints.create(identifier="solo", title="Solo", schema={"properties": {}})
        snapshot(other, tmp_path / "snap")
        assert port.blueprints.get("solo").title == "Solo"  # kept in the cache
        other.blueprints.delete("solo")
        assert restore(port, tmp_path / "snap", dry_run=True).plan.kinds["blueprints"].create
        # Created again behind the cache's back: the restore's create conflicts.
        other.blueprints.create(
            identifier="solo", title="Other", schema={"properties": {"x": {"type": "string"}}}
        )
        gets = api_requests(sim)["GET /v1/blueprints/{identifier}"]
        restore(port, tmp_path / "snap")
        assert api_requests(sim)["GET /v1/blueprints/{identifier}"] > gets  # asked Port
        assert other.blueprints.get("solo").to_dict()["title"] == "Solo"


def test_a_clear_reads_its_blockers_from_port(tmp_path: Path) -> None:
    sim = PortSimulator()
    with cached(sim) as port, connect(sim) as other:
        for name in ("a", "b"):
            other.blueprints.create(identifier=name, title=name, schema={"properties": {}})
        other.entities.create("a", identifier="a1", title="A1")
        assert clear_blueprint(port, "a", delete_blueprint=True, dry_run=True).blocked_by == []
        relation = {"target": "a", "required": False, "many": False}
        other.blueprints.update("b", relations={"toA": relation})  # behind the cache's back
        assert clear_blueprint(port, "a", delete_blueprint=True, dry_run=True).blocked_by == []
        with pytest.raises(ClearError, match="b relate to it"):
            clear_blueprint(port, "a", delete_blueprint=True)
        assert [e.identifier for e in other.entities.list("a")] == ["a1"]  # nothing deleted


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
