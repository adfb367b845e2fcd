"""pyport.admin round trips on the simulator: snapshot → clear → restore → identical."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from test_admin_support import (
    WEBHOOK_SECRET,
    build_org,
    clear_everything,
    connect,
    differing,
    entity_counts,
    only_the_webhook_secret,
    sim_with,
    writes,
)

from pyport.admin import (
    Progress,
    RestoreError,
    clear_blueprint,
    diff,
    migrate,
    restore,
    snapshot,
)
from pyport.testing import Faults, RateLimit


def _round_trip(tmp_path: Path, *, faults: Faults | None, rate_limit: RateLimit | None) -> None:
    sim, clock = sim_with(faults=faults, rate_limit=rate_limit)
    with connect(sim, clock) as port:
        counts = build_org(port, services=400, deployments=300)
        before = snapshot(port, tmp_path / "before")
        clear_everything(port)
        assert entity_counts(port) == {}
        report = restore(port, tmp_path / "before")
        assert report.plan.totals()["entities"]["create"] == sum(counts.values())
        assert report.plan.secrets_left_out == [WEBHOOK_SECRET]
        after = snapshot(port, tmp_path / "after")
        assert entity_counts(port) == counts
        if faults is not None:
            assert sim.stats.faults["error"] > 5
        if rate_limit is not None:
            assert sim.stats.rate_limited > 10
    assert after.counts == before.counts
    result = diff(tmp_path / "before", tmp_path / "after")
    # The webhook was deleted with its secret, which the snapshot does not hold: the diff says so.
    assert list(differing(result)) == ["webhooks"], result.to_text()
    assert only_the_webhook_secret(result.kinds["webhooks"])
    assert "~ github: security.secret" in result.to_text()


def test_round_trip_gives_an_identical_snapshot(tmp_path: Path) -> None:
    _round_trip(tmp_path, faults=None, rate_limit=None)


def test_round_trip_under_injected_503s_and_a_tight_rate_limit(tmp_path: Path) -> None:
    _round_trip(
        tmp_path,
        faults=Faults(error_rates={503: 0.05}),
        rate_limit=RateLimit(limit=10, period=1.0),
    )


@contextmanager
def no_deprecation() -> Iterator[None]:
    """A DeprecationWarning raised, not shown: pyport.admin calls only the current surface."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        yield


def test_a_round_trip_calls_nothing_deprecated(tmp_path: Path) -> None:
    sim, clock = sim_with()
    with connect(sim, clock) as port:
        counts = build_org(port, services=40, deployments=30)
        # Permissions, so that reading and writing them is part of the round trip.
        port.blueprints.permissions.update(
            "service", entities={"register": {"teams": ["platform"]}}
        )
        port.actions.permissions.update("deploy", execute={"teams": ["payments"]})
        port.pages.permissions.update("overview", read={"users": ["ada@example.com"]})
        with no_deprecation():
            taken = snapshot(port, tmp_path / "snap")
            assert clear_blueprint(port, "deployment", dry_run=True).entity_count == 30
            clear_everything(port)
            report = restore(port, tmp_path / "snap")
            assert entity_counts(port) == counts
            assert report.applied["permissions"] == {"create": 3, "update": 0, "delete": 0}
            # What the snapshot lacks, which a mirror deletes: a blueprint and its entity, a team,
            # a scorecard.
            port.blueprints.create(identifier="extra", title="Extra", schema={"properties": {}})
            port.entities.upsert_many("extra", [{"identifier": "x"}]).raise_for_failures()
            port.teams.create(name="temporary")
            port.scorecards.create("service", identifier="extra", title="Extra", rules=[])
            mirrored = restore(port, tmp_path / "snap", mode="mirror")
            assert mirrored.applied["blueprints"]["delete"] == 1
            assert mirrored.applied["teams"]["delete"] == 1
            assert mirrored.applied["scorecards"]["delete"] == 1
            result = diff(tmp_path / "snap", port)
            twin, twin_clock = sim_with(seed=4)
            with connect(twin, twin_clock) as target:
                migrated = migrate(port, target)
                assert entity_counts(target) == counts
    assert taken.counts["permissions"] == 3
    assert migrated.plan.totals()["entities"]["create"] == sum(counts.values())
    assert list(differing(result)) == ["webhooks"], result.to_text()
    assert only_the_webhook_secret(result.kinds["webhooks"])


def test_a_second_restore_plans_and_sends_no_write(tmp_path: Path) -> None:
    sim, clock = sim_with()
    with connect(sim, clock) as port:
        build_org(port, services=200, deployments=100)
        snapshot(port, tmp_path / "snap")
        clear_everything(port)
        first = restore(port, tmp_path / "snap", mode="mirror")
        assert first.writes > 0
        before = writes(sim)
        second = restore(port, tmp_path / "snap", mode="mirror")
        assert second.plan.writes == 0, second.plan.to_text()
        assert second.writes == 0
        assert writes(sim) == before


def test_entities_with_only_non_cyclic_relations_are_written_once(tmp_path: Path) -> None:
    sim, clock = sim_with()
    with connect(sim, clock) as port:
        counts = build_org(port, services=100, deployments=50)
        snapshot(port, tmp_path / "snap")
        clear_everything(port)
        report = restore(port, tmp_path / "snap")
    # The cycle domain → service → domain is cut at its smaller side, so the 10 domains need a
    # second write; so do services relating to other services (all but the first); deployments,
    # whose relation is required and points at an earlier blueprint, are written once.
    assert report.applied["entities"] == {
        "create": sum(counts.values()),
        "update": counts["domain"] + counts["service"] - 1,
        "delete": 0,
    }


def test_an_interrupted_restore_completes_when_run_again(tmp_path: Path) -> None:
    sim, clock = sim_with()
    with connect(sim, clock) as port:
        counts = build_org(port, services=400, deployments=300)
        snapshot(port, tmp_path / "snap")
        clear_everything(port)
        seen: list[Progress] = []

        def stop_half_way(step: Progress) -> None:
            seen.append(step)
            entity_writes = [s for s in seen if s.phase == "write" and s.kind == "entities"]
            if len(entity_writes) >= 15:
                raise KeyboardInterrupt

        state = tmp_path / "restore.state"
        with pytest.raises(KeyboardInterrupt):
            restore(port, tmp_path / "snap", state_file=state, progress=stop_half_way)
        partial = entity_counts(port)
        assert 0 < sum(partial.values()) < sum(counts.values())
        report = restore(port, tmp_path / "snap", state_file=state)
        assert report.resumed
        assert "entities:relations" in report.completed_steps
        assert entity_counts(port) == counts
        # Nothing written twice that was already there: the re-run created only what was missing.
        assert report.applied["entities"]["create"] == sum(counts.values()) - sum(partial.values())
        result = diff(tmp_path / "snap", port)
    assert list(differing(result)) == ["webhooks"], result.to_text()
    assert only_the_webhook_secret(result.kinds["webhooks"])


def test_mirror_deletes_what_the_snapshot_lacks_and_merge_keeps_it(tmp_path: Path) -> None:
    sim, clock = sim_with()
    with connect(sim, clock) as port:
        counts = build_org(port, services=50, deployments=30)
        snapshot(port, tmp_path / "snap")
        port.blueprints.create(
            identifier="extra",
            title="Extra",
            schema={"properties": {}},
            relations={
                "service": {
                    "title": "S",
                    "target": "service",
                    "many": False,
                    "required": False,
                }
            },
        )
        port.entities.upsert_many(
            "extra",
            [{"identifier": f"x{i}", "relations": {"service": "svc/0001"}} for i in range(5)],
        ).raise_for_failures()
        port.entities.upsert_many(
            "service", [{"identifier": "svc/new", "properties": {"language": "go"}}]
        ).raise_for_failures()
        port.entities.upsert_many(
            "deployment",
            [{"identifier": "dep:new", "relations": {"service": "svc/new"}}],
        ).raise_for_failures()
        port.teams.create(name="temporary")
        port.blueprints.update("service", schema={"properties": {"extraProp": {"type": "string"}}})

        merged = restore(port, tmp_path / "snap", mode="merge")
        assert merged.applied.get("blueprints", {}).get("delete", 0) == 0
        assert entity_counts(port)["extra"] == 5
        service = port.blueprints.get("service").to_dict()
        assert "extraProp" in service["schema"]["properties"]

        plan = restore(port, tmp_path / "snap", mode="mirror", dry_run=True).plan
        assert plan.kinds["blueprints"].delete == ["extra"]
        assert plan.entities["service"].delete == ["svc/new"]
        assert plan.entities["deployment"].delete == ["dep:new"]
        assert plan.kinds["teams"].delete == ["temporary"]

        restore(port, tmp_path / "snap", mode="mirror")
        assert entity_counts(port) == counts
        service = port.blueprints.get("service").to_dict()
        assert "extraProp" not in service["schema"]["properties"]
        assert "temporary" not in {t.to_dict()["name"] for t in port.teams.list()}
        result = diff(tmp_path / "snap", port)
    assert {k for k, d in result.kinds.items() if not d.is_empty} == set(), result.to_text()


def test_restore_refuses_relations_to_blueprints_nobody_has(tmp_path: Path) -> None:
    sim, clock = sim_with()
    with connect(sim, clock) as port:
        build_org(port, services=20, deployments=10)
        snapshot(port, tmp_path / "service-only", blueprints=["service"])
    fresh, clock = sim_with(seed=3)
    with connect(fresh, clock) as target:
        with pytest.raises(RestoreError, match=r"service\.domain → domain"):
            restore(target, tmp_path / "service-only")
        assert writes(fresh) == {}


def test_migrate_copies_an_organization_and_a_dry_run_writes_nothing(tmp_path: Path) -> None:
    source_sim, source_clock = sim_with(seed=1)
    target_sim, target_clock = sim_with(seed=2)
    with connect(source_sim, source_clock) as source, connect(target_sim, target_clock) as target:
        counts = build_org(source, services=120, deployments=60)
        source_writes = writes(source_sim)
        planned = migrate(source, target, dry_run=True)
        assert planned.plan.totals()["entities"]["create"] == sum(counts.values())
        assert writes(target_sim) == {}
        assert planned.plan.secrets_left_out == [WEBHOOK_SECRET]
        report = migrate(source, target)
        assert entity_counts(target) == counts
        assert report.plan.secrets_left_out == [WEBHOOK_SECRET]
        assert migrate(source, target).plan.writes == 0
        assert writes(source_sim) == source_writes  # the source is only read
        result = diff(source, target)
    # Secret values cannot be read, so they cannot be copied; users are never invited.
    assert set(differing(result)) == {"secrets", "users", "webhooks"}, result.to_text()
    assert only_the_webhook_secret(result.kinds["webhooks"])


def test_migrate_a_selection_of_blueprints_only_touches_them(tmp_path: Path) -> None:
    source_sim, source_clock = sim_with(seed=1)
    target_sim, target_clock = sim_with(seed=2)
    with connect(source_sim, source_clock) as source, connect(target_sim, target_clock) as target:
        build_org(source, services=40, deployments=20)
        target.blueprints.create(identifier="unrelated", title="U", schema={"properties": {}})
        target.teams.create(name="keep-me")
        report = migrate(source, target, blueprints=["domain", "service"], mode="mirror")
        assert set(entity_counts(target)) == {"domain", "service", "unrelated"}
        assert entity_counts(target)["service"] == 40
        assert {a.to_dict()["identifier"] for a in target.actions.list()} == {"deploy"}
        assert {t.to_dict()["name"] for t in target.teams.list()} == {"keep-me"}
        assert report.plan.kinds["blueprints"].delete == []
        with pytest.raises(ValueError, match="no such blueprints"):
            migrate(source, target, blueprints=["nope"])


def test_restore_updates_changed_objects_of_every_kind_and_keeps_webhook_secrets(
    tmp_path: Path,
) -> None:
    sim, clock = sim_with()
    with connect(sim, clock) as port:
        build_org(port, services=10, deployments=5)
        snapshot(port, tmp_path / "snap")
        action = port.actions.get("deploy").to_dict()
        port.actions.replace(
            "deploy",
            identifier=action["identifier"],
            trigger=action["trigger"],
            invocation_method=action["invocationMethod"],
            title="Changed",
        )
        port.scorecards.replace(
            "service", "production-ready", identifier="production-ready", title="Changed", rules=[]
        )
        port.pages.update("overview", title="Changed")
        port.teams.update("platform", description="Changed")
        port.webhooks.update("github", title="Changed")
        plan = restore(port, tmp_path / "snap", dry_run=True).plan
        assert {k: p.update for k, p in plan.kinds.items() if p.update} == {
            "actions": ["deploy"],
            "scorecards": ["service/production-ready"],
            "pages": ["overview"],
            "teams": ["platform"],
            "webhooks": ["github"],
        }
        report = restore(port, tmp_path / "snap")
        assert {k: v["update"] for k, v in report.applied.items()} == {
            "actions": 1,
            "scorecards": 1,
            "pages": 1,
            "teams": 1,
            "webhooks": 1,
        }
        assert restore(port, tmp_path / "snap").plan.is_empty
        hook = sim.handle("GET", "/v1/webhooks/github").json["integration"]
        assert hook["title"] == "GitHub"
        assert hook["security"]["secret"] == "wh-signing-secret-5f1a"  # kept: never sent
