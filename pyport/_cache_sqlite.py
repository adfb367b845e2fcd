"""A cache store in one SQLite file (stdlib sqlite3), shared by the short processes of a CLI.

Rows hold JSON text and bytes, never pickle: a row is data, not code. Each row carries a digest
of its key and content, so a row changed behind our back (or copied under another key: another
credential's) is dropped as a miss rather than served. The file is 0600 in a 0700 directory
when created here; several processes share it safely (WAL, busy timeout, short transactions).
Invalidations are logged with the wall-clock time so that a process's slow read cannot put back
what another process's write has just evicted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from pyport._cache_policy import Pattern
from pyport._cache_store import MIB, Entry, Key, check_bound, covered

SCHEMA_VERSION = "1"
_USED_STEP = 60.0
# Invalidations older than this are forgotten; a read slower than that is not kept.
_LOG_SECONDS = 3600.0
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    key TEXT PRIMARY KEY, base TEXT NOT NULL, path TEXT NOT NULL, status INTEGER NOT NULL,
    headers TEXT NOT NULL, body BLOB NOT NULL, created REAL NOT NULL, expires REAL NOT NULL,
    keep_until REAL NOT NULL, size INTEGER NOT NULL, used REAL NOT NULL, digest TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_used ON entries (used);
CREATE TABLE IF NOT EXISTS invalidations (at REAL NOT NULL, base TEXT, pattern TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS invalidations_at ON invalidations (at);
"""


class CacheStoreError(Exception):
    """The SQLite file cannot be used as a cache (not a database, not ours, unreadable)."""


def _row_key(key: Key) -> str:
    return hashlib.sha256("\x00".join(key).encode()).hexdigest()


def _digest(row_key: str, status: int, headers: str, body: bytes) -> str:
    digest = hashlib.sha256(f"{row_key}\x00{status}\x00{headers}\x00".encode())
    digest.update(body)
    return digest.hexdigest()


def _private_file(path: Path) -> None:
    """Create `path` 0600 (its directory 0700) before SQLite opens it; tighten an existing one."""
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # Not through a link: the mode is for this file, not one a link would point at.
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


class SQLiteStore:
    """Entries in an SQLite file: `SQLiteStore("~/.cache/pyport/cache.sqlite3")`.

    Bounded like the memory store (`max_entries`, `max_bytes`, least recently used first out).
    A row that fails its checks is deleted and counts as a miss; a full disk means the answer is
    not kept. Calls block for as long as SQLite takes (local disk: well under a millisecond).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        max_entries: int = 10_000,
        max_bytes: int = 256 * MIB,
        busy_timeout: float = 5.0,
    ) -> None:
        self.path = Path(path).expanduser()
        self.max_entries = check_bound(max_entries, what="SQLiteStore max_entries")
        self.max_bytes = check_bound(max_bytes, what="SQLiteStore max_bytes")
        self._lock = threading.Lock()
        try:
            _private_file(self.path)
            self._db = sqlite3.connect(
                self.path, timeout=busy_timeout, check_same_thread=False, isolation_level=None
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            # A cache may lose its last entries in a power cut, not its integrity: no fsync per
            # commit (WAL keeps the file consistent either way).
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._check_version()
        except (sqlite3.DatabaseError, OSError) as exc:
            with contextlib.suppress(Exception):
                self._db.close()
            raise CacheStoreError(
                f"{self.path} cannot be a pyport cache ({exc}): delete it or choose another path"
            ) from exc
        self.errors = 0  # operations that failed (full disk, locked too long, a bad row)
        self._broken = False  # an eviction failed: nothing this store holds can be trusted

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    def _check_version(self) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO meta (name, value) VALUES ('schema', ?)", (SCHEMA_VERSION,)
        )
        (version,) = self._db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
        if version != SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"schema version {version!r}, expected {SCHEMA_VERSION}")

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def stamp(self) -> float:
        return time.time()

    def get(self, key: Key) -> Entry | None:
        if self._broken:
            return None
        row_key = _row_key(key)
        try:
            with self._lock:
                row = self._db.execute(
                    "SELECT status, headers, body, created, expires, keep_until, digest, used"
                    " FROM entries WHERE key = ?",
                    (row_key,),
                ).fetchone()
                now = time.time()
                # Least recently used to the minute: a hit writes (and so locks) once a minute.
                if row is not None and isinstance(row[7], float) and now - row[7] > _USED_STEP:
                    self._db.execute("UPDATE entries SET used = ? WHERE key = ?", (now, row_key))
        except sqlite3.Error:
            self.errors += 1
            return None
        if row is None:
            return None
        entry = _entry(row_key, row[:7])
        if entry is None:  # changed behind our back, or written by something else: never served
            self.errors += 1
            self.delete(key)
        return entry

    def put(self, key: Key, entry: Entry, *, since: float) -> tuple[bool, int]:
        size = entry.size
        if size > self.max_bytes:
            return False, 0
        row_key = _row_key(key)
        headers = json.dumps([list(pair) for pair in entry.headers])
        digest = _digest(row_key, entry.status, headers, entry.body)
        try:
            with self._write() as db:
                if since < self._horizon(db) or covered(self._log(db, since), key, since):
                    return False, 0
                db.execute(
                    "INSERT OR REPLACE INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        *(row_key, key[0], key[1], entry.status, headers, entry.body),
                        *(entry.created, entry.expires, entry.keep_until, size, time.time()),
                        digest,
                    ),
                )
                return True, self._shrink(db)
        except sqlite3.Error:  # a full disk, a lock held too long: not kept, nothing wrong served
            self.errors += 1
            return False, 0

    def _horizon(self, db: sqlite3.Connection) -> float:
        row = db.execute("SELECT value FROM meta WHERE name = 'forgotten'").fetchone()
        try:
            return float(row[0]) if row else 0.0
        except (TypeError, ValueError):
            return float("inf")  # unreadable: keep nothing rather than guess

    def _log(self, db: sqlite3.Connection, since: float) -> list[tuple[float, str | None, list]]:  # type: ignore[type-arg]
        rows = db.execute(
            "SELECT at, base, pattern FROM invalidations WHERE at >= ? ORDER BY at", (since,)
        ).fetchall()
        return [(float(at), base, [Pattern.parse(str(p))]) for at, base, p in rows]

    def _shrink(self, db: sqlite3.Connection) -> int:
        count, total = db.execute("SELECT count(*), coalesce(sum(size), 0) FROM entries").fetchone()
        pushed = 0
        while count > self.max_entries or total > self.max_bytes:
            row = db.execute("SELECT key, size FROM entries ORDER BY used LIMIT 1").fetchone()
            if row is None:
                break
            db.execute("DELETE FROM entries WHERE key = ?", (row[0],))
            count, total, pushed = count - 1, total - int(row[1]), pushed + 1
        return pushed

    def delete(self, key: Key) -> None:
        try:
            with self._write() as db:
                db.execute("DELETE FROM entries WHERE key = ?", (_row_key(key),))
        except sqlite3.Error:
            self.errors += 1

    def invalidate(self, base: str | None, patterns: Sequence[Pattern]) -> int:
        now = time.time()
        try:
            with self._write() as db:
                db.executemany(
                    "INSERT INTO invalidations (at, base, pattern) VALUES (?, ?, ?)",
                    [(now, base, str(p)) for p in patterns],
                )
                self._forget(db, now)
                rows = db.execute("SELECT key, base, path FROM entries").fetchall()
                doomed = [
                    (k,)
                    for k, b, path in rows
                    if (base is None or b == base) and any(p.matches(path) for p in patterns)
                ]
                db.executemany("DELETE FROM entries WHERE key = ?", doomed)
                return len(doomed)
        except sqlite3.Error:
            # A write whose eviction failed would leave its old answers served: everything goes
            # instead, and if even that fails this store serves nothing more.
            self.errors += 1
            try:
                with self._lock:
                    self._db.execute("DELETE FROM entries")
            except sqlite3.Error:
                self.errors += 1
                self._broken = True
            return 0

    def _forget(self, db: sqlite3.Connection, now: float) -> None:
        horizon = now - _LOG_SECONDS
        old = db.execute("DELETE FROM invalidations WHERE at < ?", (horizon,)).rowcount
        if old:
            db.execute(
                "INSERT OR REPLACE INTO meta (name, value) VALUES ('forgotten', ?)",
                (repr(horizon),),
            )

    def clear(self) -> int:
        return self.invalidate(None, [Pattern((), True)])

    def usage(self) -> tuple[int, int]:
        try:
            with self._lock:
                count, total = self._db.execute(
                    "SELECT count(*), coalesce(sum(size), 0) FROM entries"
                ).fetchone()
        except sqlite3.Error:
            self.errors += 1
            return 0, 0
        return int(count), int(total)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _entry(row_key: str, row: tuple[object, ...]) -> Entry | None:
    """The row as an Entry, or None when a column has the wrong type or the digest disagrees."""
    status, headers, body, created, expires, keep_until, digest = row
    if not (
        isinstance(status, int)
        and isinstance(headers, str)
        and isinstance(body, bytes)
        and all(isinstance(t, float | int) for t in (created, expires, keep_until))
        and isinstance(digest, str)
    ):
        return None
    if _digest(row_key, status, headers, body) != digest:
        return None
    try:
        pairs = json.loads(headers)
        parsed = tuple((str(k), str(v)) for k, v in pairs)
    except (ValueError, TypeError):
        return None
    return Entry(status, parsed, body, float(created), float(expires), float(keep_until))  # type: ignore[arg-type]
