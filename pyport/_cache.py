"""The response cache: `PortClient(cache=Cache())`.

A read whose operation may be cached (`_cache_policy.READ_GROUPS`) is looked up by key (base URL,
credential identity, method, path, query, and for a POST search the canonical body); a miss goes
to Port, one request per key however many threads or tasks miss it at once, and Port's answer
(status, body, a few headers) is kept. Each call gets a fresh response and so a fresh model: a
caller changing what it got changes nobody else's. Writes evict before they are sent and again
before they return (see `_HTTPClient.send`), whatever their outcome.

Loaded only when a client is given a cache: `import pyport` never imports this module.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from pyport._cache_policy import (
    READ_GROUPS,
    Pattern,
    call_ttl,
    check_ttl,
    check_ttls,
    evictions,
    operation_of,
    refreshing,
    user_prefix,
)
from pyport._cache_store import Entry, Key, MemoryStore, Store
from pyport._logging import is_secret_field
from pyport.errors import PortConnectionError, PortTimeoutError, ServerError

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from pyport._config import Settings

_log = logging.getLogger("pyport")

# The headers of an answer worth keeping; nothing else is stored (no cookie, nothing secret).
_KEPT_HEADERS = ("content-type", "x-trace-id", "date")
_KEPT_RAW = frozenset(name.encode() for name in _KEPT_HEADERS)
_NOT_OK = re.compile(rb'"ok"\s*:\s*false')
# Port failing this way may still be answered from a stale entry (stale_if_error).
_PORT_FAILED = (ServerError, PortConnectionError, PortTimeoutError)
_STORE_METHODS = ("stamp", "get", "put", "delete", "invalidate", "clear", "usage", "close")
# Words whose presence in a body makes it worth walking for a secret-named field (the endings
# of `is_secret_field`, loosely: one scan of the bytes decides for most answers).
_SECRET_HINTS = re.compile(
    rb"secret|token|passw|passphrase|key|credential|signature|authorization|cookie|pat|pwd"
)

Send = Callable[..., httpx.Response]


@dataclass(frozen=True)
class CacheStats:
    """What a Cache did since it was made (`port.cache.stats()`)."""

    hits: int
    """Answers served from the cache (including concurrent misses served by one request)."""
    misses: int
    """Answers that had to be asked of Port."""
    stale: int
    """Stale answers served because Port failed (stale_if_error)."""
    coalesced: int
    """Of the hits, calls that waited for another call's request to the same key."""
    evictions: int
    """Entries dropped: by writes, `invalidate()`/`clear()`, the size bounds."""
    not_kept: int
    """Answers not kept: a secret in the body, too large, or a write happened meanwhile."""
    errors: int
    """Store operations that failed or rows that failed their checks (each one a miss)."""
    entries: int
    bytes: int


class _Flight:
    """One request in progress for a key; the calls that missed the same key wait for it."""

    __slots__ = ("done", "entry")

    def __init__(self, done: Any) -> None:
        self.done = done
        self.entry: Entry | None = None


class _Flights:
    """The requests in progress, by key (by thread and key for asyncio: one event loop each)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active: dict[tuple[Any, Key], _Flight] = {}

    def join(self, slot: tuple[Any, Key], make_event: Callable[[], Any]) -> tuple[_Flight, bool]:
        with self._lock:
            flight = self._active.get(slot)
            if flight is not None:
                return flight, False
            flight = self._active[slot] = _Flight(make_event())
            return flight, True

    def finish(self, slot: tuple[Any, Key], flight: _Flight) -> None:
        with self._lock:
            if self._active.get(slot) is flight:
                del self._active[slot]

    def detach(self, base: str | None, patterns: Sequence[Pattern]) -> None:
        """A write covers these keys: calls arriving from now on make a request of their own
        rather than wait for an answer fetched before the write."""
        with self._lock:
            for slot in list(self._active):
                key = slot[1]
                if (base is None or key[0] == base) and any(p.matches(key[1]) for p in patterns):
                    del self._active[slot]


def _held_lock() -> threading.Lock:
    # What the threads that missed a key wait on: the leader holds it until its answer is in
    # (lighter to make than an Event, and every miss makes one).
    lock = threading.Lock()
    lock.acquire()
    return lock


def _given(value: object) -> bool:
    return value is not None  # the client passes None for an option not given


class Cache:
    """A response cache for PortClient and AsyncPortClient: `PortClient(cache=Cache())`.

    - `store`: where entries live, `MemoryStore()` (default: 1,000 entries, 32 MiB) or
      `SQLiteStore(path)` for many short processes sharing one file.
    - `ttls`: seconds per group over the defaults (blueprints, actions, scorecards, pages,
      teams, users: 300; entities, searches, other: not cached unless given), e.g.
      `ttls={"entities": 30, "blueprints": 600}`; 0 or None turns a group off. Runs, logs,
      the audit log, migrations, tokens, AI invocations and secrets are never cached.
    - `default_ttl`: seconds for a call asking `cache=True` of a group that is off (60).
    - `stale_if_error`: seconds past its expiry an entry may still be served when Port answers
      5xx or cannot be reached (0, the default: never). Such an answer says so
      (`with_raw_response` → `cache_status == "stale"`, an `Age` header) and logs a WARNING.
    - `clock`: seconds, wall-clock (tests inject one).

    `invalidate(prefix)`, `clear()` and `stats()` manage it; one Cache may serve several
    clients (each keyed by its base URL and credential identity).
    """

    def __init__(
        self,
        store: Store | None = None,
        *,
        ttls: Mapping[str, float | None] | None = None,
        default_ttl: float = 60.0,
        stale_if_error: float = 0.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if store is None:
            store = MemoryStore()
        missing = [name for name in _STORE_METHODS if not callable(getattr(store, name, None))]
        if missing:
            raise TypeError(
                f"store must be a MemoryStore or SQLiteStore (a {type(store).__name__} has no"
                f" {', '.join(missing)})"
            )
        if not callable(clock):
            raise TypeError(f"clock must be a callable returning seconds, not {clock!r}")
        self.store: Store = store
        self.ttls = check_ttls(ttls)
        self.default_ttl = check_ttl(default_ttl, what="default_ttl")
        if not self.default_ttl:
            raise ValueError("default_ttl must be more than 0 seconds")
        self.stale_if_error = check_ttl(stale_if_error, what="stale_if_error")
        self._clock = clock
        self._lock = threading.Lock()
        self._counts = dict.fromkeys(
            ("hits", "misses", "stale", "coalesced", "evictions", "not_kept", "errors"), 0
        )
        self._flights = _Flights()

    def __repr__(self) -> str:
        return f"Cache({self.store!r}, stale_if_error={self.stale_if_error})"

    # --- the public side --------------------------------------------------------------------------

    def invalidate(self, prefix: str) -> int:
        """Drop every entry under a path prefix (`"/v1/blueprints/service"` drops the blueprint,
        its entities, its actions...; `*` stands for one segment), for every base URL and
        credential: how many entries went."""
        return self.evict(None, [user_prefix(prefix)])

    def clear(self) -> int:
        """Drop every entry: how many went."""
        return self.evict(None, [Pattern((), True)])

    def stats(self) -> CacheStats:
        entries, size = self.store.usage()
        with self._lock:
            counts = dict(self._counts)
        counts["errors"] += int(getattr(self.store, "errors", 0))
        return CacheStats(**counts, entries=entries, bytes=size)

    def close(self) -> None:
        """Release the store (an SQLite file's connection)."""
        self.store.close()

    # --- what the clients call --------------------------------------------------------------------

    def _count(self, name: str, n: int = 1, *, coalesced: bool = False) -> None:
        with self._lock:
            self._counts[name] += n
            if coalesced:
                self._counts["coalesced"] += n

    def evict(self, base: str | None, patterns: Sequence[Pattern]) -> int:
        self._flights.detach(base, patterns)
        dropped = self.store.invalidate(base, patterns)
        self._count("evictions", dropped)
        return dropped

    def write_patterns(self, base_path: str, request: httpx.Request) -> list[Pattern]:
        """What a request that is not a GET can have changed ([] for a POST search)."""
        path = request.url.raw_path.decode("ascii", "replace").split("?", 1)[0]
        if base_path and path.startswith(base_path):
            path = path[len(base_path) :] or "/"
        operation = request.extensions.get("pyport.operation") or operation_of(request.method, path)
        if operation in READ_GROUPS:
            return []
        return evictions(operation, request.method, path)

    def _key(self, scope: tuple[str, str], kwargs: Mapping[str, Any]) -> Key | None:
        url, params = kwargs.get("url"), kwargs.get("params")
        if not isinstance(url, str) or not url.startswith("/") or kwargs.keys() - _KEYED:
            return None  # extra headers, a raw body: not a call the key can describe
        query = json.dumps(sorted(params.items()), default=str) if params else ""
        body = ""
        if "json" in kwargs:
            canonical = json.dumps(
                kwargs["json"], sort_keys=True, separators=(",", ":"), ensure_ascii=False
            )
            body = hashlib.sha256(canonical.encode()).hexdigest()
        return scope[0], url, f"{kwargs['method']}\n{scope[1]}\n{query}\n{body}"

    def _lookup(self, key: Key, now: float) -> tuple[Entry | None, Entry | None]:
        """(a fresh entry, a stale one kept for errors)."""
        entry = self.store.get(key)
        if entry is None:
            return None, None
        if now < entry.expires:
            return entry, None
        if self.stale_if_error and now < entry.keep_until:
            return None, entry
        return None, None  # left for the answer about to replace it (or the size bounds)

    def _entry_of(self, response: httpx.Response, started: float, ttl: float) -> Entry | None:
        """The answer as an entry; None for one no other caller may be given (not a success)."""
        body = response.content
        if response.status_code != 200 or _says_not_ok(body):
            return None
        headers = tuple(
            (name.decode("latin-1").lower(), value.decode("latin-1"))
            for name, value in response.headers.raw
            if name.lower() in _KEPT_RAW
        )
        expires = started + ttl
        return Entry(200, headers, body, started, expires, expires + self.stale_if_error)

    def _served(
        self, client: Any, kwargs: Mapping[str, Any], entry: Entry, status: str, now: float
    ) -> httpx.Response:
        """A new response around a kept answer (each caller its own: nothing shared is mutable).

        Built lean: the request from the client's remembered URL, the body given as read.
        """
        url = client._absolute_url(kwargs.get("url"), kwargs.get("params"))
        request = (
            httpx.Request(kwargs["method"], url)
            if url is not None
            else client._prepare(dict(kwargs), operation=None, path_template="")
        )
        headers = [
            *entry.headers,
            ("content-length", str(len(entry.body))),
            ("age", str(max(0, int(now - entry.created)))),
            ("x-pyport-cache", status),
        ]
        response = httpx.Response(
            entry.status,
            headers=headers,
            stream=httpx.ByteStream(entry.body),
            request=request,
            extensions={"pyport.cache": status},
        )
        _set_content(response, entry.body)
        return response

    def _keep(
        self,
        key: Key,
        response: httpx.Response,
        *,
        started: float,
        ttl: float,
        since: float,
        flight: _Flight,
    ) -> None:
        response.extensions["pyport.cache"] = "miss"
        entry = self._entry_of(response, started, ttl)
        # The calls waiting on this request get its answer, secret or not: they asked the same
        # thing with the same credential at the same time. Only storing it is refused.
        flight.entry = entry
        if entry is None or _holds_secret(entry.body):
            self._count("not_kept")
            return
        kept, pushed = self.store.put(key, entry, since=since)
        self._count("evictions", pushed)
        if not kept:
            self._count("not_kept")

    def _stale(
        self, error: Exception, entry: Entry, client: Any, kwargs: Mapping[str, Any]
    ) -> httpx.Response:
        now = self._clock()
        response = self._served(client, kwargs, entry, "stale", now)
        _log.warning(
            "Port failed (%s): serving a stale answer to %s %s, %d s old",
            type(error).__name__,
            response.request.method,
            response.request.url.path,
            int(now - entry.created),
        )
        self._count("stale")
        return response

    def _plan(
        self, client: Any, kwargs: dict[str, Any], operation: str, cache: object, ttl: object
    ) -> tuple[float, Key] | None:
        """How long this call's answer may be kept, and its key; None: the cache stays out."""
        ttl_seconds = call_ttl(
            operation,
            cache=cache,
            ttl=ttl,
            ttls=self.ttls,
            default_ttl=self.default_ttl,
            given=_given,
        )
        if not ttl_seconds:
            return None
        key = self._key(client._cache_scope, kwargs)
        return None if key is None else (ttl_seconds, key)

    def send(
        self,
        client: Any,
        kwargs: dict[str, Any],
        *,
        operation: str,
        path_template: str,
        cache: object,
        ttl: object,
        send: Send,
    ) -> httpx.Response:
        plan = self._plan(client, kwargs, operation, cache, ttl)
        if plan is None:
            return send(kwargs, operation=operation, path_template=path_template)
        ttl_seconds, key = plan
        refresh = refreshing()
        slot = (None, key)
        while True:
            now = self._clock()
            fresh, stale = (None, None) if refresh else self._lookup(key, now)
            if fresh is not None:
                self._count("hits")
                return self._served(client, kwargs, fresh, "hit", now)
            flight, leader = self._flights.join(slot, _held_lock)
            if not leader:
                flight.done.acquire()  # held by the leader until its request is done
                flight.done.release()
                if flight.entry is None:
                    continue  # the request failed or its answer cannot be kept: ask ourselves
                self._count("hits", coalesced=True)
                return self._served(client, kwargs, flight.entry, "hit", self._clock())
            try:
                since, started = self.store.stamp(), self._clock()
                try:
                    response = send(kwargs, operation=operation, path_template=path_template)
                except _PORT_FAILED as error:
                    if stale is None:
                        raise
                    return self._stale(error, stale, client, kwargs)
                self._count("misses")
                self._keep(
                    key, response, started=started, ttl=ttl_seconds, since=since, flight=flight
                )
                return response
            finally:
                self._flights.finish(slot, flight)
                flight.done.release()

    async def send_async(
        self,
        client: Any,
        kwargs: dict[str, Any],
        *,
        operation: str,
        path_template: str,
        cache: object,
        ttl: object,
        send: Callable[..., Any],
    ) -> httpx.Response:
        import anyio

        plan = self._plan(client, kwargs, operation, cache, ttl)
        if plan is None:
            return await send(kwargs, operation=operation, path_template=path_template)  # type: ignore[no-any-return]
        ttl_seconds, key = plan
        refresh = refreshing()
        # Tasks of one event loop wait on each other; loops in other threads have their own.
        slot = (threading.get_ident(), key)
        while True:
            now = self._clock()
            fresh, stale = (None, None) if refresh else self._lookup(key, now)
            if fresh is not None:
                self._count("hits")
                return self._served(client, kwargs, fresh, "hit", now)
            flight, leader = self._flights.join(slot, anyio.Event)
            if not leader:
                await flight.done.wait()
                if flight.entry is None:
                    continue
                self._count("hits", coalesced=True)
                return self._served(client, kwargs, flight.entry, "hit", self._clock())
            try:
                since, started = self.store.stamp(), self._clock()
                try:
                    response: httpx.Response = await send(
                        kwargs, operation=operation, path_template=path_template
                    )
                except _PORT_FAILED as error:
                    if stale is None:
                        raise
                    return self._stale(error, stale, client, kwargs)
                self._count("misses")
                self._keep(
                    key, response, started=started, ttl=ttl_seconds, since=since, flight=flight
                )
                return response
            finally:
                # Also when this task is cancelled: the others must not wait for it forever.
                self._flights.finish(slot, flight)
                flight.done.set()


# build_request's arguments a key describes (anything else bypasses the cache).
_KEYED = frozenset({"method", "url", "params", "json", "timeout"})


def scope_of(settings: Settings) -> tuple[str, str]:
    """(base URL, credential identity): a client id, or a digest of the token, never a secret."""
    if settings.auth_method == "access_token":
        token = str(settings.access_token)
        identity = "token:" + hashlib.sha256(b"pyport-cache\x00" + token.encode()).hexdigest()[:32]
    else:
        identity = f"client:{settings.client_id}"
    return settings.base_url.rstrip("/"), identity


def _set_content(response: httpx.Response, body: bytes) -> None:
    """The body as already read: httpx's `read()` would take longer than the rest of a hit."""
    if _CONTENT_SETTABLE:
        response._content = body
    else:
        response.read()


def _content_settable() -> bool:
    # `_content` is httpx's own (0.2x); should a release rename it, the hit reads the stream.
    probe = httpx.Response(200, stream=httpx.ByteStream(b"{}"))
    try:
        probe._content = b"{}"
        return probe.content == b"{}" and probe.json() == {}
    except (AttributeError, httpx.ResponseNotRead):
        return False


_CONTENT_SETTABLE = _content_settable()


def _says_not_ok(body: bytes) -> bool:
    # Port reports some failures inside a 200 (`"ok": false`): never kept. Anywhere in the body
    # counts (a nested one too: not keeping an answer costs a request, nothing more).
    if body.startswith((b'{"ok":true', b'{"ok": true')) and body.find(b'"ok"', 5) == -1:
        return False  # Port's usual envelope, and no other "ok" in it
    return _NOT_OK.search(body) is not None


def _holds_secret(body: bytes) -> bool:
    """Whether the answer has a field named like a secret holding a value: never kept."""
    if _SECRET_HINTS.search(body.lower()) is None:
        return False
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return True
    return _walk(data)


def _walk(value: object) -> bool:
    if isinstance(value, dict):
        for name, item in value.items():
            if (
                is_secret_field(str(name))
                and item not in (None, "")
                and not isinstance(item, dict | list)
            ):
                return True
            if _walk(item):
                return True
        return False
    if isinstance(value, list):
        return any(_walk(item) for item in value)
    return False
