"""Snapshot archives: every member checked against the manifest before it is used; bombs,
links, unsafe paths and unlisted files refused early, with nothing left behind."""

from __future__ import annotations

import io
import json
import shutil
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from test_admin_support import build_org, connect, make_sim, writes

from pyport import PortClient
from pyport.admin import (
    ChecksumMismatchError,
    CorruptSnapshotError,
    SnapshotError,
    SnapshotNotFoundError,
    diff,
    list_snapshots,
    restore,
    snapshot,
)
from pyport.admin._manifest import FileEntry, SnapshotManifest
from pyport.testing import PortSimulator

BOMB_BYTES = 64 * 2**20
Member = tuple[tarfile.TarInfo, "bytes | IO[bytes] | None"]


class Zeros(io.RawIOBase):
    """`size` zero bytes, produced as they are read (a bomb is never held in memory)."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self.left)
        buffer[:n] = bytes(n)
        self.left -= n
        return n


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pristine")
    with connect(make_sim()) as port:
        build_org(port, services=10, deployments=5)
        snapshot(port, root / "snap")
    return root / "snap"


@pytest.fixture
def target() -> Iterator[tuple[PortSimulator, PortClient]]:
    sim = make_sim(seed=9)
    with connect(sim) as port:
        yield sim, port


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where archives are unpacked (TMPDIR), to see that nothing is left there."""
    where = tmp_path / "tmp"
    where.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(where))
    return where


def _info(
    name: str, size: int = 0, kind: bytes = tarfile.REGTYPE, link: str = ""
) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.type, info.linkname, info.mode = size, kind, link, 0o600
    return info


def _members(root: Path) -> list[Member]:
    """The members pyport writes: the manifest first, then every listed file."""
    manifest = json.loads((root / "manifest.json").read_text())
    names = ["manifest.json"] + [f["path"] for f in manifest["files"]]
    return [(_info(n, (root / n).stat().st_size), (root / n).read_bytes()) for n in names]


def _pack(path: Path, members: list[Member]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for info, content in members:
            data = io.BytesIO(content) if isinstance(content, bytes) else content
            tar.addfile(info, data)
    return path


def _listed(members: list[Member], suffix: str) -> int:
    return next(i for i, (info, _) in enumerate(members) if info.name.endswith(suffix))


def _manifest_of(members: list[Member]) -> dict[str, Any]:
    content = members[0][1]
    assert isinstance(content, bytes)
    data: dict[str, Any] = json.loads(content)
    return data


def _with_manifest(members: list[Member], data: dict[str, Any]) -> list[Member]:
    raw = json.dumps(data).encode()
    return [(_info("manifest.json", len(raw)), raw), *members[1:]]


# Each case: how to spoil pyport's own member list, the error, and its message.
def _unlisted(m: list[Member]) -> list[Member]:
    return [*m, (_info("extra.bin", BOMB_BYTES), Zeros(BOMB_BYTES))]


def _bomb(m: list[Member]) -> list[Member]:
    # A listed file, swollen: the header says 64 MiB where the manifest lists a few KiB.
    i = _listed(m, "service.jsonl")
    return [*m[:i], (_info(m[i][0].name, BOMB_BYTES), Zeros(BOMB_BYTES)), *m[i + 1 :]]


def _forged_manifest(m: list[Member]) -> list[Member]:
    data = _manifest_of(m)
    data["files"][0]["bytes"] = 300 * 2**30
    return _with_manifest(m, data)


def _symlink(m: list[Member]) -> list[Member]:
    i = _listed(m, "teams.json")
    return [
        *m[:i],
        (_info("teams.json", kind=tarfile.SYMTYPE, link="/etc/passwd"), None),
        *m[i + 1 :],
    ]


def _hardlink(m: list[Member]) -> list[Member]:
    i = _listed(m, "teams.json")
    return [
        *m[:i],
        (_info("teams.json", kind=tarfile.LNKTYPE, link="users.json"), None),
        *m[i + 1 :],
    ]


def _dotdot(m: list[Member]) -> list[Member]:
    return [*m[:2], (_info("../escaped.json", 2), b"[]"), *m[2:]]


def _absolute(m: list[Member]) -> list[Member]:
    return [*m[:2], (_info("/tmp/pyport-escaped.json", 2), b"[]"), *m[2:]]


def _fifo(m: list[Member]) -> list[Member]:
    return [*m[:2], (_info("entities/pipe", kind=tarfile.FIFOTYPE), None), *m[2:]]


def _unlisted_folder(m: list[Member]) -> list[Member]:
    return [*m[:2], (_info("elsewhere", kind=tarfile.DIRTYPE), None), *m[2:]]


def _twice(m: list[Member]) -> list[Member]:
    return [*m, m[_listed(m, "teams.json")]]


def _manifest_last(m: list[Member]) -> list[Member]:
    return [*m[1:], m[0]]


def _missing(m: list[Member]) -> list[Member]:
    return [member for member in m if not member[0].name.endswith("deployment.jsonl")]


def _tampered(m: list[Member]) -> list[Member]:
    i = _listed(m, "blueprints.json")
    content = m[i][1]
    assert isinstance(content, bytes)
    spoiled = content.replace(b'"Service"', b'"Servicf"', 1)
    assert len(spoiled) == len(content)
    assert spoiled != content
    return [*m[:i], (m[i][0], spoiled), *m[i + 1 :]]


CASES: list[tuple[Callable[[list[Member]], list[Member]], type[SnapshotError], str]] = [
    (_unlisted, CorruptSnapshotError, "member 'extra.bin' is not listed in its manifest"),
    (_bomb, CorruptSnapshotError, r"holds 67,108,864 bytes, its manifest lists [\d,]+"),
    (_forged_manifest, CorruptSnapshotError, "more than the 274,877,906,944 pyport unpacks"),
    (_symlink, CorruptSnapshotError, "'teams.json' is a link \\(to '/etc/passwd'\\)"),
    (_hardlink, CorruptSnapshotError, "'teams.json' is a link"),
    (_dotdot, CorruptSnapshotError, "'../escaped.json' has an unsafe path"),
    (_absolute, CorruptSnapshotError, "'/tmp/pyport-escaped.json' has an unsafe path"),
    (_fifo, CorruptSnapshotError, "'entities/pipe' is not a regular file"),
    (_unlisted_folder, CorruptSnapshotError, "'elsewhere' is a folder its manifest does not list"),
    (
        _twice,
        CorruptSnapshotError,
        "'teams.json' is not listed in its manifest \\(or is there twice",
    ),
    (_manifest_last, CorruptSnapshotError, "not manifest.json; pyport writes the manifest first"),
    (_missing, SnapshotNotFoundError, "deployment.jsonl is missing"),
    (_tampered, ChecksumMismatchError, "blueprints.json has sha256"),
]


@pytest.mark.parametrize("case", CASES, ids=[spoil.__name__.strip("_") for spoil, _, _ in CASES])
def test_a_spoiled_archive_is_refused_with_nothing_written_or_left_behind(
    pristine: Path,
    tmp_path: Path,
    scratch: Path,
    target: tuple[PortSimulator, PortClient],
    case: tuple[Callable[[list[Member]], list[Member]], type[SnapshotError], str],
) -> None:
    spoil, error, message = case
    archive = _pack(tmp_path / "spoiled.tar.gz", spoil(_members(pristine)))
    sim, port = target
    with pytest.raises(error, match=message):
        restore(port, archive)
    with pytest.raises(error, match=message):
        diff(archive, port)
    assert writes(sim) == {}
    assert list(scratch.iterdir()) == []  # the unpacking folder went with what it held
    assert not (tmp_path.parent / "escaped.json").exists()
    assert not Path("/tmp/pyport-escaped.json").exists()
    # prune and list_snapshots judge it the same way, without unpacking it.
    [info] = [i for i in list_snapshots(tmp_path) if i.path == archive]
    assert not info.complete
    assert info.problem is not None
    assert list(scratch.iterdir()) == []


def test_pyports_own_archive_passes(pristine: Path, tmp_path: Path, scratch: Path) -> None:
    archive = _pack(tmp_path / "fine.tar.gz", _members(pristine))
    with connect(make_sim(seed=3)) as port:
        report = restore(port, archive)
    assert report.applied["entities"]["create"] == 25
    assert list(scratch.iterdir()) == []


def test_a_bomb_is_refused_at_its_header_before_its_content_is_read(
    pristine: Path, tmp_path: Path
) -> None:
    # Cut the archive inside the bomb's content: reading any of it would fail to decompress,
    # so the size error proves the refusal came from the header alone.
    from pyport.admin._archive import read_archive

    whole = _pack(tmp_path / "bomb.tar.gz", _bomb(_members(pristine))).read_bytes()
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(whole[: len(whole) * 3 // 4])
    seen: list[str] = []

    def on_file(entry: FileEntry, content: IO[bytes]) -> None:
        seen.append(entry.path)
        content.read()

    def on_manifest(raw: bytes, manifest: SnapshotManifest) -> None:
        seen.append("manifest.json")

    with pytest.raises(CorruptSnapshotError, match="holds 67,108,864 bytes"):
        read_archive(cut, on_manifest=on_manifest, on_file=on_file)
    assert seen[0] == "manifest.json"
    assert not any(path.endswith("service.jsonl") for path in seen)


def test_the_hard_cap_bounds_even_an_honest_manifest(
    pristine: Path, tmp_path: Path, scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pyport.admin import _archive

    archive = _pack(tmp_path / "big.tar.gz", _members(pristine))
    listed = sum(f["bytes"] for f in json.loads((pristine / "manifest.json").read_text())["files"])
    monkeypatch.setattr(_archive, "MAX_UNPACKED_BYTES", listed - 1)
    with connect(make_sim(seed=3)) as port, pytest.raises(CorruptSnapshotError, match="more than"):
        restore(port, archive)
    assert list(scratch.iterdir()) == []
    monkeypatch.setattr(_archive, "MAX_UNPACKED_BYTES", listed)
    with connect(make_sim(seed=3)) as port:
        assert restore(port, archive, dry_run=True).plan.writes > 0


def test_an_oversized_manifest_is_refused(
    pristine: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pyport.admin import _archive
    from pyport.admin._archive import read_archive

    archive = _pack(tmp_path / "fat.tar.gz", _members(pristine))
    size = (pristine / "manifest.json").stat().st_size
    monkeypatch.setattr(_archive, "MAX_MANIFEST_BYTES", size - 1)
    with pytest.raises(CorruptSnapshotError, match=f"manifest.json holds {size:,} bytes"):
        read_archive(archive, on_manifest=lambda *_: None, on_file=lambda *_: None)


def test_a_truncated_archive_is_refused(
    pristine: Path, tmp_path: Path, scratch: Path, target: tuple[PortSimulator, PortClient]
) -> None:
    whole = _pack(tmp_path / "whole.tar.gz", _members(pristine)).read_bytes()
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    sim, port = target
    with pytest.raises(CorruptSnapshotError, match=r"not a readable \.tar\.gz"):
        restore(port, cut)
    assert writes(sim) == {}
    assert list(scratch.iterdir()) == []


def test_an_archive_larger_than_the_free_space_is_refused_before_unpacking(
    pristine: Path, tmp_path: Path, scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pyport.admin import _archive

    archive = _pack(tmp_path / "fine.tar.gz", _members(pristine))
    real = _archive.shutil.disk_usage

    def nearly_full(path: str | Path) -> Any:
        usage = real(path)
        return usage._replace(free=100)

    monkeypatch.setattr(_archive.shutil, "disk_usage", nearly_full)
    sim = make_sim()
    with connect(sim) as port:
        with pytest.raises(SnapshotError, match=r"unpacks to [\d,]+ bytes; .* has 100 free"):
            restore(port, archive)
        assert sum(sim.stats.requests.values()) == 0
    assert list(scratch.iterdir()) == []


def test_a_linked_file_in_a_snapshot_folder_is_refused(pristine: Path, tmp_path: Path) -> None:
    copy = tmp_path / "snap"
    shutil.copytree(pristine, copy)
    (copy / "teams.json").unlink()
    (copy / "teams.json").symlink_to(pristine / "teams.json")
    with pytest.raises(CorruptSnapshotError, match=r"teams\.json is a link"):
        diff(copy, pristine)
