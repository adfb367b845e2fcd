"""The cache's entries and its in-memory store (the default), bounded in entries and bytes.

A store also remembers recent invalidations, so that an answer fetched before a write and
arriving after it is not kept: `put(since=stamp())` refuses it when an invalidation covering
its path happened since the stamp was taken.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from pyport._cache_policy import Pattern

# (base URL, percent-encoded path, the rest: method, credential identity, query, body digest)
Key = tuple[str, str, str]
# What remembering an entry costs besides its body and headers (the objects around them).
ENTRY_OVERHEAD = 256
MIB = 1024 * 1024


@dataclass(frozen=True)
class Entry:
    """One answer as Port sent it: status, the few headers worth keeping, the body's bytes."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    created: float
    expires: float
    keep_until: float  # past `expires`, served only when Port fails (stale_if_error)
    size: int = field(init=False, compare=False)  # what keeping it costs, in bytes

    def __post_init__(self) -> None:
        size = len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + ENTRY_OVERHEAD
        object.__setattr__(self, "size", size)


class Store(Protocol):
    """Where a Cache keeps its entries. Every method is safe from several threads."""

    def stamp(self) -> float:
        """A point in the store's invalidation history, for `put(since=...)`."""
        ...

    def get(self, key: Key) -> Entry | None: ...

    def put(self, key: Key, entry: Entry, *, since: float) -> tuple[bool, int]:
        """Keep `entry` unless an invalidation covering it happened since `since`, or it is too
        large: (kept?, how many entries were pushed out to make room)."""
        ...

    def delete(self, key: Key) -> None: ...

    def invalidate(self, base: str | None, patterns: Sequence[Pattern]) -> int:
        """Drop the entries (of `base`, or every base) whose path a pattern covers: how many."""
        ...

    def clear(self) -> int: ...

    def usage(self) -> tuple[int, int]:
        """(entries, bytes) held now."""
        ...

    def close(self) -> None: ...


def check_bound(value: object, *, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{what} must be a positive whole number, not {value!r}")
    return value


def covered(
    log: Sequence[tuple[float, str | None, Sequence[Pattern]]], key: Key, since: float
) -> bool:
    """Whether an invalidation in `log` (oldest first) at or after `since` covers `key`."""
    for at, base, patterns in reversed(log):
        if at < since:
            return False  # older ones are older still
        if (base is None or base == key[0]) and any(p.matches(key[1]) for p in patterns):
            return True
    return False


class MemoryStore:
    """Entries in this process's memory, least recently used pushed out past either bound.

    `MemoryStore(max_entries=1000, max_bytes=32 * 1024 * 1024)`; an answer larger than
    `max_bytes` alone is not kept.
    """

    _LOG_SIZE = 256

    def __init__(self, *, max_entries: int = 1000, max_bytes: int = 32 * MIB) -> None:
        self.max_entries = check_bound(max_entries, what="MemoryStore max_entries")
        self.max_bytes = check_bound(max_bytes, what="MemoryStore max_bytes")
        self._entries: OrderedDict[Key, Entry] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self._seq = 0
        self._log: deque[tuple[float, str | None, tuple[Pattern, ...]]] = deque()
        self._forgotten = -1.0  # the newest invalidation no longer in the log

    def __repr__(self) -> str:
        return (
            f"MemoryStore(entries={len(self._entries)}/{self.max_entries},"
            f" bytes={self._bytes}/{self.max_bytes})"
        )

    def stamp(self) -> float:
        with self._lock:
            return float(self._seq)

    def get(self, key: Key) -> Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key: Key, entry: Entry, *, since: float) -> tuple[bool, int]:
        size = entry.size
        with self._lock:
            if size > self.max_bytes or since <= self._forgotten:
                return False, 0
            if covered(self._log, key, since + 1):
                return False, 0
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old.size
            self._entries[key] = entry
            self._bytes += size
            pushed = 0
            while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= dropped.size
                pushed += 1
            return True, pushed

    def delete(self, key: Key) -> None:
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old.size

    def invalidate(self, base: str | None, patterns: Sequence[Pattern]) -> int:
        patterns = tuple(patterns)
        with self._lock:
            self._seq += 1
            if len(self._log) >= self._LOG_SIZE:
                self._forgotten = self._log.popleft()[0]
            self._log.append((float(self._seq), base, patterns))
            doomed = [
                key
                for key in self._entries
                if (base is None or key[0] == base) and any(p.matches(key[1]) for p in patterns)
            ]
            for key in doomed:
                self._bytes -= self._entries.pop(key).size
            return len(doomed)

    def clear(self) -> int:
        return self.invalidate(None, [Pattern((), True)])

    def usage(self) -> tuple[int, int]:
        with self._lock:
            return len(self._entries), self._bytes

    def close(self) -> None:
        """Nothing to release: the entries go with the object."""
