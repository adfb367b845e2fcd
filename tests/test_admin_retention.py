"""list_snapshots and prune_snapshots: keep-last and keep-daily rules, incomplete entries kept."""

from __future__ import annotations

import io
import json
import logging
import tarfile
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from test_admin_support import connect, make_sim

from pyport.admin import list_snapshots, prune_snapshots, snapshot

NOON = datetime(2026, 1, 20, 12, 0, tzinfo=timezone.utc)


def _backdate(path: Path, when: datetime) -> None:
    manifest = path / "manifest.json"
    data = json.loads(manifest.read_text())
    data["createdAt"] = when.isoformat()
    manifest.write_text(json.dumps(data))


@pytest.fixture
def backups(tmp_path: Path) -> dict[str, Path]:
    """Six snapshots: three on Jan 20, one each on Jan 19, 18 and 15; plus junk."""
    times = {
        "a": NOON - timedelta(days=5),
        "b": NOON - timedelta(days=2),
        "c": NOON - timedelta(days=1),
        "d": NOON - timedelta(hours=2),
        "e": NOON - timedelta(hours=1),
        "f": NOON,
    }
    paths: dict[str, Path] = {}
    with connect(make_sim()) as port:
        port.blueprints.create(identifier="x", title="X", schema={"properties": {}})
        for name, when in times.items():
            paths[name] = tmp_path / name
            snapshot(port, paths[name])
            _backdate(paths[name], when)
    (tmp_path / ".g.partial-1234").mkdir()
    (tmp_path / "notes.txt").write_text("not a snapshot")
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "manifest.json").write_text("{")
    return paths


def test_list_snapshots_orders_complete_ones_and_reports_the_rest(
    tmp_path: Path, backups: dict[str, Path]
) -> None:
    infos = list_snapshots(tmp_path)
    assert [i.path.name for i in infos if i.complete] == list("abcdef")
    incomplete = {i.path.name: i.problem for i in infos if not i.complete}
    assert set(incomplete) == {".g.partial-1234", "notes.txt", "damaged"}
    assert incomplete[".g.partial-1234"] == "unfinished (.partial)"
    assert incomplete["notes.txt"] == "not a snapshot"
    assert "not valid JSON" in str(incomplete["damaged"])
    first = infos[0]
    assert first.created_at == NOON - timedelta(days=5)
    assert first.size_bytes > 0
    assert first.manifest is not None
    assert first.manifest.counts["blueprints"] == 1


def test_keep_last(tmp_path: Path, backups: dict[str, Path]) -> None:
    pruned = prune_snapshots(tmp_path, keep_last=2)
    assert [p.name for p in pruned] == list("abcd")
    assert [i.path.name for i in pruned.kept] == ["e", "f"]
    assert not backups["a"].exists()
    assert backups["f"].exists()
    assert (tmp_path / "notes.txt").exists()
    assert (tmp_path / ".g.partial-1234").exists()
    assert {i.path.name for i in pruned.skipped} == {".g.partial-1234", "notes.txt", "damaged"}


def test_keep_daily_keeps_the_newest_of_each_recent_day(
    tmp_path: Path, backups: dict[str, Path]
) -> None:
    pruned = prune_snapshots(tmp_path, keep_daily=3, dry_run=True)
    # Jan 20 → f, Jan 19 → c, Jan 18 → b; Jan 15 (a) and the older ones of Jan 20 go.
    assert [p.name for p in pruned] == ["a", "d", "e"]
    assert all(p.exists() for p in backups.values())  # a dry run deletes nothing


def test_rules_combine(tmp_path: Path, backups: dict[str, Path]) -> None:
    pruned = prune_snapshots(tmp_path, keep_last=3, keep_daily=2)
    assert [p.name for p in pruned] == ["a", "b"]
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "c",
        "d",
        "damaged",
        "e",
        "f",
        "notes.txt",
    ]


def test_incomplete_entries_are_reported_not_deleted(
    tmp_path: Path, backups: dict[str, Path], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="pyport.admin"):
        pruned = prune_snapshots(tmp_path, keep_last=0)
    # keep_last=0 keeps no snapshot by rule, but the newest verified one is never deleted.
    assert [p.name for p in pruned] == list("abcde")
    assert pruned.newest == backups["f"]
    assert [i.path.name for i in pruned.kept] == ["f"]
    assert backups["f"].exists()
    assert (tmp_path / "damaged").exists()
    assert any(
        "not pruning" in r.getMessage() and "notes.txt" in r.getMessage() for r in caplog.records
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({}, "pass keep_last"), ({"keep_last": -1}, "non-negative"), ({"keep_daily": True}, "int")],
)
def test_bad_rules_are_refused(tmp_path: Path, kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        prune_snapshots(tmp_path, **kwargs)


def _damage_at_the_same_size(snapshot_dir: Path) -> None:
    """Flip one character of a listed file: same size, other sha256 (what a bad disk does)."""
    path = snapshot_dir / "blueprints.json"
    raw = path.read_bytes()
    spoiled = raw.replace(b'"X"', b'"Y"', 1)
    assert len(spoiled) == len(raw)
    assert spoiled != raw
    path.write_bytes(spoiled)


def test_a_newest_snapshot_damaged_at_the_same_size_never_costs_the_last_good_one(
    tmp_path: Path, backups: dict[str, Path], caplog: pytest.LogCaptureFixture
) -> None:
    _damage_at_the_same_size(backups["f"])
    with caplog.at_level(logging.WARNING, logger="pyport.admin"):
        pruned = prune_snapshots(tmp_path, keep_last=1)
    # f is the newest by date, but not a good snapshot: e is the newest verified one, kept.
    assert [p.name for p in pruned] == list("abcd")
    assert [i.path.name for i in pruned.kept] == ["e"]
    assert pruned.newest == backups["e"]
    assert backups["e"].exists()
    assert backups["f"].exists()  # a damaged snapshot is reported, never deleted
    skipped = {i.path.name: i.problem for i in pruned.skipped}
    assert "blueprints.json has sha256" in str(skipped["f"])
    assert "skipped f: " in pruned.to_text()
    assert "newest verified snapshot (always kept): e" in pruned.to_text()
    assert any(
        "not pruning" in r.getMessage() and "blueprints.json has sha256" in r.getMessage()
        for r in caplog.records
    )


def test_a_damaged_archive_is_judged_by_its_checksums_too(tmp_path: Path) -> None:
    with connect(make_sim()) as port:
        port.blueprints.create(identifier="x", title="X", schema={"properties": {}})
        snapshot(port, tmp_path / "old", archive=True)
        snapshot(port, tmp_path / "new", archive=True)
    old, new = tmp_path / "old.tar.gz", tmp_path / "new.tar.gz"
    with tarfile.open(old) as tar:
        data = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
    data["createdAt"] = (NOON - timedelta(days=1)).isoformat()
    _repack(old, old, manifest=data)
    # The newest archive: one member spoiled at the same size, its manifest untouched.
    _repack(new, new, spoil=lambda raw: raw.replace(b'"X"', b'"Y"', 1))
    assert [i.path.name for i in list_snapshots(tmp_path, verify=False) if i.complete] == [
        "old.tar.gz",
        "new.tar.gz",
    ]
    pruned = prune_snapshots(tmp_path, keep_last=1)
    assert list(pruned) == []
    assert pruned.newest == old
    assert [i.path for i in pruned.skipped] == [new]
    assert "blueprints.json has sha256" in str(pruned.skipped[0].problem)
    assert old.exists()
    assert new.exists()


def _repack(
    source: Path,
    destination: Path,
    *,
    manifest: dict[str, object] | None = None,
    spoil: Callable[[bytes], bytes] | None = None,
) -> None:
    with tarfile.open(source) as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers()]  # type: ignore[union-attr]
    with tarfile.open(destination, "w:gz") as tar:
        for member, content in members:
            raw = content
            if member.name == "manifest.json" and manifest is not None:
                raw = json.dumps(manifest).encode()
            elif member.name == "blueprints.json" and spoil is not None:
                raw = spoil(content)
            member.size = len(raw)
            tar.addfile(member, io.BytesIO(raw))


def test_a_quick_listing_only_reads_sizes(tmp_path: Path, backups: dict[str, Path]) -> None:
    _damage_at_the_same_size(backups["f"])
    quick = {i.path.name: i for i in list_snapshots(tmp_path, verify=False)}
    full = {i.path.name: i for i in list_snapshots(tmp_path)}
    assert (quick["f"].complete, quick["f"].verified) == (True, False)
    assert (full["f"].complete, full["f"].verified) == (False, False)
    assert (full["e"].complete, full["e"].verified) == (True, True)
