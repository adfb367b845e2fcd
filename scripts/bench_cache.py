#!/usr/bin/env python3
"""The response cache's figures, each against its baseline in the same run:

1. 1,000 reads of one blueprint with 20 ms of latency injected in the transport: uncached
   against `cache=Cache()` (one request, then hits);
2. the per-call cost of a hit (`port.blueprints.get(...)` answered from the cache, a fresh model
   each time) against a bare dict lookup, and against the same call uncached with no latency;
3. what the cache adds to a miss (every call finding its entry expired, so fetched and stored
   again) against the same call uncached: with no latency (the worst case) and with 20 ms;
4. the same hit and miss with the SQLite store.

Best of several repeats, to damp machine noise. Nothing leaves the process.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from pyport import PortClient
from pyport.cache import Cache, SQLiteStore

BLUEPRINT = {
    "ok": True,
    "blueprint": {
        "identifier": "service",
        "title": "Service",
        "schema": {
            "properties": {
                "language": {"type": "string", "enum": ["python", "go", "java"]},
                "tier": {"type": "number"},
                "url": {"type": "string", "format": "url"},
            },
            "required": ["language"],
        },
        "relations": {
            "domain": {"title": "Domain", "target": "domain", "many": False, "required": False}
        },
        "createdAt": "2026-01-01T00:00:00.000Z",
        "updatedAt": "2026-01-02T00:00:00.000Z",
    },
}


def best(fn: Callable[[], object], *, number: int, repeat: int) -> float:
    """Best seconds per call over `repeat` runs of `number` calls."""
    return pair(fn, fn, number=number, repeat=repeat)[0]


def pair(
    a: Callable[[], object], b: Callable[[], object], *, number: int, repeat: int
) -> tuple[float, float]:
    """Best seconds per call of `a` and of `b`, their runs interleaved so that the machine's
    drift (other work, garbage collections) weighs on both alike."""
    timings: tuple[list[float], list[float]] = ([], [])
    gc.collect()
    for _ in range(repeat):
        for fn, found in ((a, timings[0]), (b, timings[1])):
            start = time.perf_counter()
            for _ in range(number):
                fn()
            found.append((time.perf_counter() - start) / number)
    return min(timings[0]), min(timings[1])


def transport(latency: float) -> httpx.MockTransport:
    body = json.dumps(BLUEPRINT).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        if latency:
            time.sleep(latency)
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def client(latency: float, cache: Cache | None) -> PortClient:
    return PortClient(
        access_token="benchmark-token",
        base_url="https://api.port.io",
        transport=transport(latency),
        environ={},
        cache=cache,
    )


class Expiring:
    """A clock an hour later at every reading: every entry is found expired (a miss)."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 3600.0
        return self.now


def row(what: str, seconds: float, ratio: float, unit: str = "µs", note: str = "") -> None:
    scale = {"µs": 1e6, "ms": 1e3, "s": 1.0}[unit]
    print(f"{what:58} {seconds * scale:10.2f} {unit:2} {ratio:9.2f}  {note}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reads", type=int, default=1000, help="reads in the latency loop")
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    latency = args.latency_ms / 1000
    n, repeat = args.calls, args.repeat

    def loop(port: PortClient) -> float:
        start = time.perf_counter()
        for _ in range(args.reads):
            port.blueprints.get("service")
        return time.perf_counter() - start

    slow_plain, slow_cached = client(latency, None), client(latency, Cache())
    uncached_loop = loop(slow_plain)
    cached_loop = loop(slow_cached)

    plain, cached = client(0, None), client(0, Cache())
    cached.blueprints.get("service")
    table = {"key": BLUEPRINT}
    lookup = best(lambda: table["key"], number=n * 10, repeat=repeat)
    hit = best(lambda: cached.blueprints.get("service"), number=n, repeat=repeat)
    missing = client(0, Cache(clock=Expiring()))
    uncached, miss = pair(
        lambda: plain.blueprints.get("service"),
        lambda: missing.blueprints.get("service"),
        number=n,
        repeat=repeat,
    )
    # The cache's own work on a miss, Port's answer given at once (send stubbed): what it adds
    # to any call, whatever Port's latency.
    from pyport._surface import _operation_request

    kwargs, template, _ = _operation_request("get_blueprint", ["service"], None, None)
    answer = plain._send(dict(kwargs), operation="get_blueprint", path_template=template)
    stub_cache = Cache(clock=Expiring())

    def stub(kwargs: object, **_: object) -> httpx.Response:
        return answer

    direct, own = pair(
        lambda: stub(dict(kwargs)),
        lambda: stub_cache.send(
            missing,
            dict(kwargs),
            operation="get_blueprint",
            path_template=template,
            cache=None,
            ttl=None,
            send=stub,
        ),
        number=n,
        repeat=repeat,
    )
    slow_missing = client(latency, Cache(clock=Expiring()))
    slow_uncached, slow_miss = pair(
        lambda: slow_plain.blueprints.get("service"),
        lambda: slow_missing.blueprints.get("service"),
        number=max(10, n // 40),
        repeat=3,
    )

    with tempfile.TemporaryDirectory() as folder:
        on_disk = client(0, Cache(SQLiteStore(Path(folder) / "cache.sqlite3")))
        on_disk.blueprints.get("service")
        sqlite_hit = best(lambda: on_disk.blueprints.get("service"), number=n, repeat=repeat)
        disk_missing = client(
            0, Cache(SQLiteStore(Path(folder) / "miss.sqlite3"), clock=Expiring())
        )
        sqlite_miss = best(lambda: disk_missing.blueprints.get("service"), number=n, repeat=repeat)
        for port in (on_disk, disk_missing):
            if port.cache:
                port.cache.close()

    print(f"pyport response cache (in-memory transport, best of {repeat} repeats)")
    print(f"{'what':58} {'time':>13} {'ratio':>9}")
    print(f"1. {args.reads} reads of one blueprint, {args.latency_ms:g} ms latency")
    row("   uncached", uncached_loop, 1.0, "s")
    row("   cache=Cache()", cached_loop, uncached_loop / cached_loop, "s", "(x faster)")
    print("2. a hit")
    row("   bare dict lookup", lookup, 1.0)
    row("   port.blueprints.get() from the cache → new model", hit, hit / lookup)
    row("   port.blueprints.get() uncached, no latency", uncached, uncached / lookup)
    print("3. a miss (entry expired: fetched and kept again)")
    row("   uncached call, no latency", uncached, 1.0)
    row("   miss, no latency", miss, miss / uncached, note=f"+{(miss - uncached) * 1e6:.1f} µs")
    row(
        "   the cache's own work on a miss (Port stubbed)",
        own - direct,
        (own - direct) / uncached,
        note="(ratio to the uncached call)",
    )
    row(f"   uncached call, {args.latency_ms:g} ms", slow_uncached, 1.0, "ms")
    row(
        f"   miss, {args.latency_ms:g} ms",
        slow_miss,
        slow_miss / slow_uncached,
        "ms",
        f"({(slow_miss / slow_uncached - 1) * 100:+.2f} %)",
    )
    print("4. the SQLite store")
    row("   hit", sqlite_hit, sqlite_hit / lookup, note="(ratio to the dict lookup)")
    row("   miss, no latency", sqlite_miss, sqlite_miss / uncached, note="(ratio to uncached)")
    for port in (slow_plain, slow_cached, plain, cached, missing, slow_missing):
        port.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
