"""diff() between snapshots and live organizations, and clear_blueprint()."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_admin_support import build_org, connect, entity_counts, make_sim, writes

from pyport.admin import ClearError, Progress, clear_blueprint, diff, snapshot


def test_diff_reports_added_removed_and_changed_fields(tmp_path: Path) -> None:
    sim = make_sim()
    with connect(sim) as port:
        build_org(port, services=20, deployments=10)
        snapshot(port, tmp_path / "a")
        port.blueprints.update("domain", title="Domains")
        port.entities.upsert_many(
            "service",
            [{"identifier": "svc/0003", "properties": {"language": "python", "tier": 9}}],
        ).raise_for_failures()
        port.entities.upsert_many("domain", [{"identifier": "dom-new"}]).raise_for_failures()
        port.entities.delete_many("deployment", ["dep:1"]).raise_for_failures()
        port.teams.delete("payments")
        live = diff(tmp_path / "a", port)
        snapshot(port, tmp_path / "b")
    result = diff(tmp_path / "a", tmp_path / "b")
    for found in (live, result):
        assert not found.is_empty
        assert found.kinds["blueprints"].changed == {"domain": ["title"]}
        service = found.kinds["entities:service"]
        assert service.changed["svc/0003"] == [
            "properties.language",
            "properties.tier",
            "relations.dependsOn",
            "relations.domain",
            "team",
            "title",
        ]
        assert found.kinds["entities:domain"].added == ["dom-new"]
        assert found.kinds["entities:deployment"].removed == ["dep:1"]
        assert found.kinds["teams"].removed == ["payments"]
    text = result.to_text()
    assert "~ domain: title" in text
    assert "+ dom-new" in text
    assert "- payments" in text
    assert "not compared: integrations" not in text  # unreadable on both sides


def test_diff_ignores_what_port_assigns(tmp_path: Path) -> None:
    with connect(make_sim(seed=1)) as one, connect(make_sim(seed=2)) as two:
        for port in (one, two):
            port.blueprints.create(identifier="x", title="X", schema={"properties": {}})
            port.teams.create(name="team-t")
            port.entities.upsert_many("x", [{"identifier": "e"}]).raise_for_failures()
        one_team = one.teams.list()[0].to_dict()
        two_team = two.teams.list()[0].to_dict()
        assert one_team["id"] != two_team["id"]
        result = diff(one, two)
    assert result.is_empty, result.to_text()


def test_clear_dry_run_counts_and_samples_without_writing() -> None:
    sim = make_sim()
    with connect(sim) as port:
        counts = build_org(port, services=30, deployments=10)
        before = writes(sim)
        report = clear_blueprint(port, "service", delete_blueprint=True, dry_run=True)
        assert writes(sim) == before
        assert entity_counts(port) == counts
    assert report.entity_count == 30
    assert report.sample == [f"svc/{i:04d}" for i in range(10)]
    assert report.blocked_by == ["deployment", "domain"]
    assert report.to_text().startswith("service: would delete 30 entities (e.g. svc/0000")
    assert report.to_text().endswith("cannot go while deployment, domain relate to it")


def test_clear_deletes_entities_and_clears_relations_to_them() -> None:
    seen: list[Progress] = []
    sim = make_sim()
    with connect(sim) as port:
        build_org(port, services=150, deployments=0)
        report = clear_blueprint(port, "service", progress=seen.append)
        assert entity_counts(port)["service"] == 0
        assert entity_counts(port)["domain"] == 10
        domain = port.entities.get("domain", "dom-0").to_dict()
        assert domain["relations"]["owner"] is None
    assert report.deleted == 150
    assert not report.dry_run
    assert seen[-1] == Progress("delete", "entities", 150, 150, "service")


def test_deleting_a_blueprint_others_relate_to_is_refused_before_any_write() -> None:
    sim = make_sim()
    with connect(sim) as port:
        counts = build_org(port, services=10, deployments=5)
        before = writes(sim)
        with pytest.raises(ClearError, match="deployment, domain relate to it"):
            clear_blueprint(port, "service", delete_blueprint=True)
        assert writes(sim) == before
        assert entity_counts(port) == counts
        report = clear_blueprint(port, "deployment", delete_blueprint=True)
        assert report.blueprint_deleted
        assert "deployment" not in entity_counts(port)
