"""The stores: bounds, the SQLite file (mode, JSON rows, corruption, a full disk, several
processes), and that a bad store means a miss, never a wrong answer."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cache_support import client, seed, total

from pyport.cache import Cache, CacheStoreError, MemoryStore, SQLiteStore
from pyport.testing import PortSimulator

REPO = Path(__file__).resolve().parents[2]


def _blueprints(port_simulator: PortSimulator, port: object, n: int) -> None:
    for i in range(n):
        port.blueprints.create(  # type: ignore[attr-defined]
            identifier=f"bp{i}", title=f"Blueprint {i}", schema={"properties": {}}
        )


def test_the_memory_store_keeps_at_most_max_entries(port_simulator: PortSimulator) -> None:
    cache = Cache(MemoryStore(max_entries=2))
    port = client(port_simulator, cache)
    _blueprints(port_simulator, port, 3)
    for i in range(3):
        port.blueprints.get(f"bp{i}")
    stats = cache.stats()
    assert (stats.entries, stats.evictions) == (2, 1)
    before = total(port_simulator)
    port.blueprints.get("bp2")
    port.blueprints.get("bp1")
    assert total(port_simulator) == before  # the two most recent stayed
    port.blueprints.get("bp0")
    assert total(port_simulator) == before + 1  # the least recently used went


def test_the_memory_store_keeps_at_most_max_bytes(port_simulator: PortSimulator) -> None:
    cache = Cache(MemoryStore(max_bytes=2000))
    port = client(port_simulator, cache)
    _blueprints(port_simulator, port, 5)
    for i in range(5):
        port.blueprints.get(f"bp{i}")
    assert 0 < cache.stats().bytes <= 2000
    # An answer larger than the whole store is answered, not kept.
    small = Cache(MemoryStore(max_bytes=100))
    port = client(port_simulator, small)
    assert port.blueprints.get("bp0").title == "Blueprint 0"
    assert port.blueprints.get("bp0").title == "Blueprint 0"
    assert (small.stats().entries, small.stats().not_kept, small.stats().misses) == (0, 2, 2)


def test_the_sqlite_file_is_private_and_holds_json(tmp_path: Path) -> None:
    sim = PortSimulator()
    path = tmp_path / "new" / "cache.sqlite3"
    old = os.umask(0o022)
    try:
        cache = Cache(SQLiteStore(path))
    finally:
        os.umask(old)
    port = client(sim, cache)
    seed(port)
    port.blueprints.get("svc")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    for sidecar in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        if sidecar.exists():
            assert stat.S_IMODE(sidecar.stat().st_mode) == 0o600
    with sqlite3.connect(path) as db:
        headers, body = db.execute("SELECT headers, body FROM entries").fetchone()
    assert json.loads(body)["blueprint"]["identifier"] == "svc"
    assert dict(json.loads(headers))["content-type"].startswith("application/json")
    assert not body.startswith(b"\x80")  # not a pickle
    cache.close()


def test_an_existing_file_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.touch(mode=0o644)
    path.chmod(0o644)
    SQLiteStore(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "corrupt",
    [
        'UPDATE entries SET body = CAST(\'{"ok": true, "blueprint": {"identifier": "svc",'
        ' "title": "Forged"}}\' AS BLOB)',
        "UPDATE entries SET headers = 'not json'",
        "UPDATE entries SET status = 'two hundred'",
        # svc's answer, digest and all, under dom's key (as if stored for another credential)
        "UPDATE entries SET (status, headers, body, digest) = (SELECT status, headers, body,"
        " digest FROM entries AS e WHERE e.path = '/v1/blueprints/svc')"
        " WHERE path = '/v1/blueprints/dom'",
    ],
    ids=["body changed", "headers not json", "status not a number", "row moved to another key"],
)
def test_a_corrupt_row_is_a_miss_never_a_wrong_answer(tmp_path: Path, corrupt: str) -> None:
    sim = PortSimulator()
    path = tmp_path / "cache.sqlite3"
    cache = Cache(SQLiteStore(path))
    port = client(sim, cache)
    seed(port)
    port.blueprints.get("svc")
    port.blueprints.get("dom")
    with sqlite3.connect(path) as db:
        assert db.execute(corrupt).rowcount >= 1
    before = total(sim)
    titles = {port.blueprints.get("svc").title, port.blueprints.get("dom").title}
    assert titles == {"Service", "Domain"}
    assert total(sim) > before  # asked Port again
    assert cache.stats().errors >= 1
    cache.close()


def test_a_link_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("someone else's file")
    target.chmod(0o644)
    (tmp_path / "cache.sqlite3").symlink_to(target)
    with pytest.raises(CacheStoreError, match="cannot be a pyport cache"):
        SQLiteStore(tmp_path / "cache.sqlite3")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_text() == "someone else's file"


def test_a_file_that_is_not_a_cache_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"this is not an SQLite database, just bytes " * 100)
    with pytest.raises(CacheStoreError, match="cannot be a pyport cache"):
        SQLiteStore(path)
    assert path.read_bytes().startswith(b"this is not")  # left as it was
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('schema', '99')")
    with pytest.raises(CacheStoreError, match="schema version '99'"):
        SQLiteStore(other)


class FullDisk:
    """An SQLite connection on a full disk: every new row fails as SQLite reports it."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql.startswith("INSERT OR REPLACE INTO entries"):
            raise sqlite3.OperationalError("database or disk is full")
        return self.db.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self.db, name)


def test_a_full_store_answers_and_keeps_nothing(tmp_path: Path) -> None:
    sim = PortSimulator()
    path = tmp_path / "cache.sqlite3"
    store = SQLiteStore(path)
    cache = Cache(store)
    port = client(sim, cache)
    seed(port)
    store._db = FullDisk(store._db)  # type: ignore[assignment]
    before = total(sim)
    for _ in range(3):
        assert port.blueprints.get("svc").title == "Service"
    assert total(sim) == before + 3
    stats = cache.stats()
    assert (stats.entries, stats.not_kept) == (0, 3)
    assert stats.errors >= 3
    cache.close()


def test_the_sqlite_store_is_bounded(tmp_path: Path) -> None:
    sim = PortSimulator()
    cache = Cache(SQLiteStore(tmp_path / "c.sqlite3", max_entries=2))
    port = client(sim, cache)
    _blueprints(sim, port, 3)
    for i in range(3):
        port.blueprints.get(f"bp{i}")
    assert cache.stats().entries == 2
    cache.close()


_OTHER_PROCESS = textwrap.dedent(
    """
    import sys
    from pyport import PortClient
    from pyport.cache import Cache, SQLiteStore

    port = PortClient(client_id="sim-client-id", client_secret="sim-client-secret",
                      base_url=sys.argv[2], cache=Cache(SQLiteStore(sys.argv[1])))
    print(port.blueprints.get("svc").title)
    if len(sys.argv) > 3:
        port.blueprints.update("svc", title=sys.argv[3])
    """
)


def test_processes_share_the_file_and_a_write_in_one_evicts_for_all(tmp_path: Path) -> None:
    sim = PortSimulator()
    path = tmp_path / "cache.sqlite3"
    seed(client(sim, None))
    with sim.serve() as url:

        def run(*args: str) -> str:
            done = subprocess.run(
                [sys.executable, "-c", _OTHER_PROCESS, str(path), url, *args],
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
                cwd=REPO,
            )
            return done.stdout.strip()

        assert run() == "Service"
        before = total(sim)
        assert run() == "Service"  # the second process read the first one's entry
        assert total(sim) == before
        assert run("Renamed") == "Service"  # read from the file, then wrote
        assert run() == "Renamed"  # that write evicted the shared entry
