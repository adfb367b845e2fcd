"""pyport.admin.snapshot: layout, manifest, atomicity, secrets, archives, selections."""

from __future__ import annotations

import hashlib
import json
import tarfile
from pathlib import Path

import pytest
from test_admin_support import (
    SECRETS,
    build_org,
    connect,
    differing,
    make_sim,
    only_the_webhook_secret,
    sim_with,
    writes,
)

import pyport.admin
from pyport.admin import (
    FORMAT_VERSION,
    Progress,
    diff,
    list_snapshots,
    restore,
    snapshot,
)
from pyport.admin._manifest import spec_sha256


def test_public_names_are_curated() -> None:
    assert pyport.admin.__all__ == sorted(pyport.admin.__all__, key=lambda n: (not n.isupper(), n))
    for name in pyport.admin.__all__:
        assert getattr(pyport.admin, name) is not None


def test_a_snapshot_directory_has_a_manifest_with_checksums(tmp_path: Path) -> None:
    sim = make_sim()
    with connect(sim) as port:
        port.organization.update(name="Acme")
        counts = build_org(port, services=30, deployments=20)
        manifest = snapshot(port, tmp_path / "snap")
    root = tmp_path / "snap"
    data = json.loads((root / "manifest.json").read_text())
    assert data["format"] == "pyport-snapshot"
    assert data["formatVersion"] == FORMAT_VERSION
    assert data["spec"]["sha256"] == spec_sha256()
    assert len(spec_sha256()) == 64
    assert data["organization"]["name"] == "Acme"
    assert data["counts"]["entities"] == sum(counts.values())
    assert data["counts"]["blueprints"] == 3
    assert data["counts"]["teams"] == 2
    assert data["skipped"]["integrations"].startswith("501")
    assert manifest.entity_count == sum(counts.values())
    for entry in data["files"]:
        raw = (root / entry["path"]).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == entry["sha256"]
        assert len(raw) == entry["bytes"]
    by_blueprint = {f["blueprint"]: f for f in data["files"] if f["kind"] == "entities"}
    assert {bp: f["count"] for bp, f in by_blueprint.items()} == counts
    lines = (root / by_blueprint["service"]["path"]).read_text().splitlines()
    assert len(lines) == 30
    assert json.loads(lines[0])["identifier"] == "svc/0000"
    # Nothing is left behind besides the snapshot itself.
    assert [p.name for p in tmp_path.iterdir()] == ["snap"]


def test_no_written_file_holds_a_secret(tmp_path: Path) -> None:
    sim = make_sim()
    with connect(sim) as port:
        build_org(port, services=10, deployments=5)
        port.actions.create(
            identifier="call-api",
            title="Call",
            trigger={
                "type": "self-service",
                "operation": "DAY-2",
                "blueprintIdentifier": "service",
                "userInputs": {"properties": {}, "required": []},
            },
            invocation_method={
                "type": "WEBHOOK",
                "url": "https://example.com",
                "headers": {"Authorization": SECRETS[2]},
            },
        )
        manifest = snapshot(port, tmp_path / "dir")
        snapshot(port, tmp_path / "one", archive=True)
        secrets_file = json.loads((tmp_path / "dir" / "secrets.json").read_text())
    assert [s["secretName"] for s in secrets_file] == ["db"]
    assert "secretValue" not in secrets_file[0]
    assert "webhooks/github: security.secret" in manifest.redacted
    assert "actions/call-api: invocationMethod.headers.Authorization" in manifest.redacted
    written = [p.read_bytes() for p in (tmp_path / "dir").rglob("*") if p.is_file()]
    with tarfile.open(tmp_path / "one.tar.gz") as tar:
        written += [tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()]  # type: ignore[union-attr]
    assert len(written) > 10
    for data in written:
        for secret in (*SECRETS, sim.client_secret):
            assert secret.encode() not in data
        assert b"Bearer " not in data


def test_an_archive_round_trips(tmp_path: Path) -> None:
    sim, clock = sim_with(seed=1)
    with connect(sim, clock) as port:
        counts = build_org(port, services=60, deployments=40)
        manifest = snapshot(port, tmp_path / "backup", archive=True)
    archive = tmp_path / "backup.tar.gz"
    assert archive.is_file()
    with tarfile.open(archive) as tar:
        assert tar.getnames()[0] == "manifest.json"
    assert [i.path for i in list_snapshots(tmp_path)] == [archive]
    target_sim, target_clock = sim_with(seed=2)
    with connect(target_sim, target_clock) as target:
        report = restore(target, archive)
        assert report.applied["entities"]["create"] == sum(counts.values())
        result = diff(archive, target)
    assert set(differing(result)) == {"secrets", "users", "webhooks"}
    assert only_the_webhook_secret(result.kinds["webhooks"])
    assert manifest.counts["entities"] == sum(counts.values())


@pytest.mark.parametrize("archive", [False, True])
def test_a_cancelled_snapshot_leaves_nothing_that_looks_complete(
    tmp_path: Path, archive: bool
) -> None:
    sim = make_sim()

    def cancel_in_entities(step: Progress) -> None:
        if step.kind == "entities" and step.blueprint == "service":
            raise KeyboardInterrupt

    with connect(sim) as port:
        build_org(port, services=30, deployments=10)
        with pytest.raises(KeyboardInterrupt):
            snapshot(port, tmp_path / "snap", archive=archive, progress=cancel_in_entities)
    assert list(tmp_path.iterdir()) == []
    assert list_snapshots(tmp_path) == []


def test_a_snapshot_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "snap").mkdir()
    with connect(make_sim()) as port, pytest.raises(FileExistsError):
        snapshot(port, tmp_path / "snap")


def test_a_selection_holds_those_blueprints_and_their_objects(tmp_path: Path) -> None:
    sim = make_sim()
    with connect(sim) as port:
        build_org(port, services=20, deployments=10)
        manifest = snapshot(port, tmp_path / "sel", blueprints=["service", "deployment"])
        with pytest.raises(ValueError, match="no such blueprints: nope"):
            snapshot(port, tmp_path / "bad", blueprints=["nope"])
    assert manifest.blueprints == ("deployment", "service")
    assert manifest.counts["blueprints"] == 2
    assert manifest.counts["entities"] == 30
    assert manifest.counts["actions"] == 2
    assert manifest.counts["scorecards"] == 1
    assert "teams" in manifest.skipped
    assert not (tmp_path / "bad").exists()


def test_progress_reports_reads_with_totals(tmp_path: Path) -> None:
    seen: list[Progress] = []
    sim = make_sim()
    with connect(sim) as port:
        build_org(port, services=20, deployments=10)
        before = writes(sim)
        snapshot(port, tmp_path / "snap", progress=seen.append)
        assert writes(sim) == before  # a snapshot only reads
    last = [s for s in seen if s.kind == "entities" and s.blueprint == "service"][-1]
    assert (last.phase, last.done, last.total) == ("read", 20, 20)
    assert {s.kind for s in seen} >= {"blueprints", "actions", "teams", "entities"}
