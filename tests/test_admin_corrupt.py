"""Corrupt, foreign or incomplete snapshots are refused before anything is written."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from test_admin_support import build_org, connect, make_sim, writes

from pyport import PortClient
from pyport.admin import (
    ChecksumMismatchError,
    CorruptSnapshotError,
    IncompleteSnapshotError,
    SnapshotError,
    SnapshotNotFoundError,
    SpecMismatchError,
    StateFileError,
    UnsupportedSnapshotError,
    diff,
    restore,
    snapshot,
)
from pyport.testing import PortSimulator


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pristine")
    with connect(make_sim()) as port:
        build_org(port, services=40, deployments=20)
        snapshot(port, root / "snap")
        snapshot(port, root / "archive", archive=True)
    return root


@pytest.fixture
def snap(pristine: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "snap"
    shutil.copytree(pristine / "snap", copy)
    return copy


@pytest.fixture
def target() -> Iterator[tuple[PortSimulator, PortClient]]:
    sim = make_sim(seed=9)
    with connect(sim) as port:
        port.blueprints.create(identifier="existing", title="E", schema={"properties": {}})
        yield sim, port


def _manifest(root: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((root / "manifest.json").read_text())
    return data


def _save_manifest(root: Path, data: dict[str, Any]) -> None:
    (root / "manifest.json").write_text(json.dumps(data))


def _entities_file(root: Path, blueprint: str) -> tuple[Path, dict[str, Any]]:
    data = _manifest(root)
    entry = next(f for f in data["files"] if f.get("blueprint") == blueprint)
    return root / entry["path"], entry


def _truncate(root: Path) -> None:
    path, _ = _entities_file(root, "service")
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])


def _truncate_at_a_line_end(root: Path) -> None:
    path, _ = _entities_file(root, "service")
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[: len(lines) // 2]))


def _truncate_and_fix_manifest(root: Path) -> None:
    _truncate(root)
    path, _ = _entities_file(root, "service")
    data = _manifest(root)
    raw = path.read_bytes()
    for entry in data["files"]:
        if entry.get("blueprint") == "service":
            entry["sha256"], entry["bytes"] = hashlib.sha256(raw).hexdigest(), len(raw)
    _save_manifest(root, data)


def _newer_format(root: Path) -> None:
    data = _manifest(root)
    data["formatVersion"] = 99
    _save_manifest(root, data)


def _foreign_manifest(root: Path) -> None:
    _save_manifest(root, {"format": "something-else", "formatVersion": 1})


def _edited_blueprints(root: Path) -> None:
    path = root / "blueprints.json"
    path.write_text(path.read_text().replace('"Service"', '"Edited"', 1))


def _other_spec(root: Path) -> None:
    data = _manifest(root)
    data["spec"]["sha256"] = "0" * 64
    _save_manifest(root, data)


def _missing_entities(root: Path) -> None:
    _entities_file(root, "deployment")[0].unlink()


def _missing_manifest(root: Path) -> None:
    (root / "manifest.json").unlink()


def _unsafe_path(root: Path) -> None:
    data = _manifest(root)
    data["files"][0]["path"] = "../outside.json"
    _save_manifest(root, data)


def _wrong_count(root: Path) -> None:
    data = _manifest(root)
    for entry in data["files"]:
        if entry.get("blueprint") == "domain":
            entry["count"] += 1
    _save_manifest(root, data)


def _bad_json(root: Path) -> None:
    path = root / "teams.json"
    path.write_text("[{")
    data = _manifest(root)
    for entry in data["files"]:
        if entry["path"] == "teams.json":
            entry["sha256"] = hashlib.sha256(b"[{").hexdigest()
    _save_manifest(root, data)


CASES: list[tuple[Callable[[Path], None], type[SnapshotError], str]] = [
    (_truncate, CorruptSnapshotError, "line 21 is not JSON .*truncated or damaged"),
    (_truncate_at_a_line_end, ChecksumMismatchError, "sha256"),
    (_truncate_and_fix_manifest, CorruptSnapshotError, "truncated or damaged"),
    (_newer_format, UnsupportedSnapshotError, "version 99 is newer"),
    (_foreign_manifest, UnsupportedSnapshotError, "not a pyport-snapshot"),
    (_edited_blueprints, ChecksumMismatchError, "blueprints.json"),
    (_other_spec, SpecMismatchError, "allow_spec_mismatch=True"),
    (_missing_entities, SnapshotNotFoundError, "is missing"),
    (_missing_manifest, SnapshotNotFoundError, "no manifest.json"),
    (_unsafe_path, CorruptSnapshotError, "unsafe path"),
    (_wrong_count, CorruptSnapshotError, "the manifest says"),
    (_bad_json, CorruptSnapshotError, "teams.json is not valid JSON"),
]


@pytest.mark.parametrize("case", CASES, ids=[damage.__name__.strip("_") for damage, _, _ in CASES])
@pytest.mark.parametrize("dry_run", [False, True])
def test_damaged_snapshots_raise_before_any_write(
    snap: Path,
    target: tuple[PortSimulator, PortClient],
    case: tuple[Callable[[Path], None], type[SnapshotError], str],
    dry_run: bool,
) -> None:
    damage, error, message = case
    sim, port = target
    damage(snap)
    before = writes(sim)
    with pytest.raises(error, match=message):
        restore(port, snap, mode="mirror", dry_run=dry_run)
    assert writes(sim) == before
    with pytest.raises(error):
        diff(snap, port)


def test_a_spec_mismatch_can_be_overridden(
    snap: Path, target: tuple[PortSimulator, PortClient]
) -> None:
    _, port = target
    _other_spec(snap)
    report = restore(port, snap, allow_spec_mismatch=True)
    assert any("another Port API spec" in w for w in report.warnings)
    assert report.applied["entities"]["create"] == 70


def test_unfinished_missing_and_broken_archives(
    pristine: Path, tmp_path: Path, target: tuple[PortSimulator, PortClient]
) -> None:
    sim, port = target
    before = writes(sim)
    partial = tmp_path / "x.tar.gz.partial"
    shutil.copy(pristine / "archive.tar.gz", partial)
    with pytest.raises(IncompleteSnapshotError):
        restore(port, partial)
    with pytest.raises(SnapshotNotFoundError):
        restore(port, tmp_path / "nowhere")
    broken = tmp_path / "broken.tar.gz"
    raw = (pristine / "archive.tar.gz").read_bytes()
    broken.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(CorruptSnapshotError, match=r"not a readable \.tar\.gz"):
        restore(port, broken)
    assert writes(sim) == before


def test_a_state_file_of_another_restore_is_refused(
    pristine: Path, snap: Path, tmp_path: Path, target: tuple[PortSimulator, PortClient]
) -> None:
    sim, port = target
    state = tmp_path / "state.json"
    state.write_text(
        json.dumps(
            {"version": 1, "source": "0" * 64, "mode": "merge", "done": [], "complete": False}
        )
    )
    before = writes(sim)
    with pytest.raises(StateFileError, match="another source"):
        restore(port, snap, state_file=state)
    state.write_text("not json")
    with pytest.raises(StateFileError, match="unreadable"):
        restore(port, snap, state_file=state)
    assert writes(sim) == before


def test_an_unknown_mode_is_refused_before_any_write(
    snap: Path, target: tuple[PortSimulator, PortClient]
) -> None:
    sim, port = target
    before = writes(sim)
    with pytest.raises(ValueError, match="mode must be 'merge' or 'mirror', not 'replace'"):
        restore(port, snap, mode="replace")
    assert writes(sim) == before


def test_clearing_an_unknown_blueprint_is_refused(target: tuple[PortSimulator, PortClient]) -> None:
    from pyport import NotFoundError
    from pyport.admin import clear_blueprint

    sim, port = target
    before = writes(sim)
    with pytest.raises(NotFoundError):
        clear_blueprint(port, "nope")
    assert writes(sim) == before
