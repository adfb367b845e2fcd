"""`pyport backup create|restore|diff|list|prune`, `pyport migrate`, `pyport clear`."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import Run, Served, seed_service, write_config

pytest_plugins = ["cli_fixtures"]


def _identifiers(served: Served) -> set[str]:
    answer = served.sim.handle("POST", "/v1/blueprints/service/entities/search", json={})
    return {e["identifier"] for e in answer.json["entities"]}


def test_backup_create_list_diff_restore(pyport: Run, served: Served, tmp_path: Path) -> None:
    seed_service(served.sim, "a", "b", "c")
    made = pyport("backup", "create", "backups/one", "--archive")
    assert made.code == 0, made.err
    report = made.json()
    assert report["path"] == "backups/one.tar.gz"
    assert report["entities"] == 3
    assert (tmp_path / "backups" / "one.tar.gz").is_file()
    assert pyport("backup", "create", "backups/one", "--archive").code == 1  # never overwritten

    listed = pyport("backup", "list", "backups")
    assert [(r["name"], r["complete"], r["verified"], r["entities"]) for r in listed.json()] == [
        ("one.tar.gz", True, True, 3)
    ]

    same = pyport("backup", "diff", "backups/one.tar.gz", "--fail-on-diff")
    assert (same.code, same.json()["changes"]) == (0, {})
    served.sim.handle("DELETE", "/v1/blueprints/service/entities/a")
    served.sim.handle("POST", "/v1/blueprints/service/entities", json={"identifier": "d"})
    served.sim.handle("PATCH", "/v1/blueprints/service/entities/b", json={"title": "Bee"})
    differs = pyport("backup", "diff", "backups/one.tar.gz", "live", "--fail-on-diff")
    assert differs.code == 1
    assert differs.json()["changes"] == {
        "entities:service": {"create": ["d"], "update": ["b"], "delete": ["a"]}
    }
    assert differs.json()["changed_fields"] == {"entities:service": {"b": ["title"]}}
    assert differs.err.startswith("error: differences between the snapshot")
    text = pyport("backup", "diff", "backups/one.tar.gz", "-o", "table").out
    assert "  + d\n" in text
    assert "  - a\n" in text

    plan = pyport("backup", "restore", "backups/one.tar.gz", "--dry-run")
    assert plan.code == 0, plan.err
    assert plan.json()["plan"]["changes"] == {
        "entities:service": {"create": ["a"], "update": ["b"], "delete": []}
    }
    assert _identifiers(served) == {"b", "c", "d"}  # a dry run writes nothing

    refused = pyport("backup", "restore", "backups/one.tar.gz", "--mode", "mirror")
    assert refused.code == 2
    assert "pass --yes" in refused.err
    assert _identifiers(served) == {"b", "c", "d"}
    mirrored = pyport("backup", "restore", "backups/one.tar.gz", "--mode", "mirror", "--yes")
    assert mirrored.code == 0, mirrored.err
    assert mirrored.json()["applied"]["entities"] == {"create": 1, "update": 1, "delete": 1}
    assert _identifiers(served) == {"a", "b", "c"}
    again = pyport("backup", "restore", "backups/one.tar.gz", "--mode", "mirror", "--yes")
    assert again.json()["writes"] == 0


def test_restore_of_a_missing_or_corrupt_snapshot(
    pyport: Run, served: Served, tmp_path: Path
) -> None:
    missing = pyport("backup", "restore", "nowhere.tar.gz")
    assert missing.code == 4
    (tmp_path / "junk.tar.gz").write_bytes(b"not an archive")
    junk = pyport("backup", "restore", "junk.tar.gz")
    assert junk.code == 1
    assert junk.err.startswith("error: ")
    assert len(junk.err.splitlines()) == 1


def test_prune_asks_and_keeps_the_newest(pyport: Run, served: Served, tmp_path: Path) -> None:
    seed_service(served.sim, "a")
    for name in ("s1", "s2", "s3"):
        assert pyport("backup", "create", f"backups/{name}").code == 0
    dry = pyport("backup", "prune", "backups", "--keep-last", "1", "--dry-run")
    assert dry.json()["pruned"] == ["s1", "s2"]
    refused = pyport("backup", "prune", "backups", "--keep-last", "1")
    assert refused.code == 2
    assert "delete 2 snapshot(s): s1, s2" in refused.err
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == ["s1", "s2", "s3"]
    pruned = pyport("backup", "prune", "backups", "--keep-last", "1", "-y")
    assert pruned.json()["kept"] == ["s3"]
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == ["s3"]
    assert pyport("backup", "prune", "backups").code == 2  # no rule: refused


def test_clear_dry_run_names_them_and_clear_needs_yes(pyport: Run, served: Served) -> None:
    seed_service(served.sim, "a", "b")
    dry = pyport("clear", "service", "--dry-run")
    assert dry.json()["entity_count"] == 2
    assert sorted(dry.json()["sample"]) == ["a", "b"]
    assert pyport("clear", "service").code == 2
    assert _identifiers(served) == {"a", "b"}
    done = pyport("clear", "service", "--delete-blueprint", "-y")
    assert done.code == 0, done.err
    assert done.json()["deleted"] == 2
    assert done.json()["blueprint_deleted"] is True
    assert served.sim.handle("GET", "/v1/blueprints/service").status == 404


@pytest.fixture
def two_profiles(served: Served, target: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PORT_CLIENT_ID", "PORT_CLIENT_SECRET", "PORT_BASE_URL"):
        monkeypatch.delenv(name)
    write_config(
        f'[source]\nclient_id = "sim-client-id"\nclient_secret = "sim-client-secret"\n'
        f'base_url = "{served.url}"\n\n'
        f'[target]\nclient_id = "target-id"\nclient_secret = "target-secret"\n'
        f'base_url = "{target.url}"\n'
    )


@pytest.mark.usefixtures("two_profiles")
@pytest.mark.parametrize("mode", ["mirror", "merge"])
def test_migrate_dry_run_plans_exactly_what_diff_reports(
    pyport: Run, served: Served, target: Served, mode: str
) -> None:
    seed_service(served.sim, "a", "b", "c")
    seed_service(target.sim, "b", "x")
    target.sim.handle("PATCH", "/v1/blueprints/service/entities/b", json={"title": "Other"})
    team = {"name": "platform"}
    assert served.sim.handle("POST", "/v1/teams", json=team).status in (200, 201)

    plan = pyport(
        "--profile", "source", "migrate", "--to-profile", "target", "--dry-run", "--mode", mode
    )
    assert plan.code == 0, plan.err
    planned = plan.json()["plan"]["changes"]
    compared = pyport("--profile", "source", "backup", "diff", "profile:target", "live")
    assert compared.code == 0, compared.err
    reported = {k: v for k, v in compared.json()["changes"].items() if k not in ("users",)}
    if mode == "merge":  # merge deletes nothing; everything else is the same
        reported = {k: {**v, "delete": []} for k, v in reported.items()}
        reported = {k: v for k, v in reported.items() if v["create"] or v["update"]}
    assert planned == reported
    assert planned["entities:service"] == {
        "create": ["a", "c"],
        "update": ["b"],
        "delete": ["x"] if mode == "mirror" else [],
    }
    assert planned["teams"]["create"] == ["platform"]
    assert _identifiers(target) == {"b", "x"}  # dry run: nothing written

    done = pyport(
        "--profile", "source", "migrate", "--to-profile", "target", "--mode", mode, "--yes"
    )
    assert done.code == 0, done.err
    expected = {"a", "b", "c"} if mode == "mirror" else {"a", "b", "c", "x"}
    assert _identifiers(target) == expected


@pytest.mark.usefixtures("two_profiles")
def test_migrate_mirror_refused_without_yes(pyport: Run, served: Served, target: Served) -> None:
    seed_service(served.sim, "a")
    result = pyport("--profile", "source", "migrate", "--to-profile", "target", "--mode", "mirror")
    assert result.code == 2
    assert target.sim.handle("GET", "/v1/blueprints/service").status == 404
    assert pyport("--profile", "source", "migrate").code == 2  # no target


def test_backup_create_interrupted_says_how_to_resume(
    pyport: Run, served: Served, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seed_service(served.sim, "a")
    from pyport import admin

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(admin, "snapshot", interrupted)
    result = pyport("backup", "create", "backups/x")
    assert result.code == 130
    assert result.err == (
        "error: interrupted: nothing was kept; run the same command again "
        "(backups/x was not created)\n"
    )
    assert result.out == ""


@pytest.mark.usefixtures("two_profiles")
def test_the_other_organization_of_a_migration_or_diff_is_its_profile_whatever_the_environment(
    pyport: Run, served: Served, target: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A CI job: the source's credentials in PORT_*, the target named by its profile.
    monkeypatch.setenv("PORT_BASE_URL", served.url)
    monkeypatch.setenv("PORT_CLIENT_ID", served.sim.client_id)
    monkeypatch.setenv("PORT_CLIENT_SECRET", served.sim.client_secret)
    seed_service(served.sim, "a")
    compared = pyport("backup", "diff", "profile:target", "live")
    assert compared.code == 0, compared.err
    assert compared.json()["changes"]["entities:service"]["create"] == ["a"]  # not source vs source
    done = pyport("migrate", "--to-profile", "target", "--mode", "merge", "--yes")
    assert done.code == 0, done.err
    assert _identifiers(target) == {"a"}
