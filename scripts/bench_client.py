#!/usr/bin/env python3
"""pyport's own cost, side by side with its baseline in one run, on an in-memory transport:

1. per-call overhead of `port.blueprints.get(...)` against a bare `httpx.Client.get(...).json()`
   over the same in-memory transport (so the network is out of the picture);
   and the same call with `response_validation="warn"` (each answer checked against the spec);
2. parsing a 1,000-entity search page into models against `json.loads` of the same bytes.

Prints the figures and their ratios (best of several repeats, to damp machine noise).
`--instructions` counts CPU instructions instead, under valgrind's callgrind: the same count
whatever else the machine is doing, so the ratios hold on a busy shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable

import httpx

from pyport import PortClient
from pyport.models import Entity

BLUEPRINT = {
    "ok": True,
    "blueprint": {
        "identifier": "service",
        "title": "Service",
        "schema": {"properties": {"language": {"type": "string"}}, "required": []},
        "relations": {},
        "createdAt": "2026-01-01T00:00:00.000Z",
    },
}


def _entity(i: int) -> dict[str, object]:
    return {
        "identifier": f"service-{i:05d}",
        "title": f"Service {i}",
        "blueprint": "service",
        "team": ["platform"],
        "icon": "Service",
        "properties": {
            "language": "python",
            "tier": i % 3,
            "url": f"https://example.com/{i}",
            "on_call": None,
        },
        "relations": {"domain": f"domain-{i % 7}", "dependsOn": [f"service-{(i + 1) % 1000:05d}"]},
        "createdAt": "2026-01-01T00:00:00.000Z",
        "updatedAt": "2026-01-02T00:00:00.000Z",
        "createdBy": "user@example.com",
        "updatedBy": "user@example.com",
    }


def best(fn: Callable[[], object], *, number: int, repeat: int) -> float:
    """Best seconds per call over `repeat` runs of `number` calls."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        timings.append((time.perf_counter() - start) / number)
    return min(timings)


def _cases() -> tuple[dict[str, Callable[[], object]], PortClient, Callable[[], None]]:
    """What --instructions counts, each one call: the small GET both ways, and page parsing."""
    body = json.dumps(BLUEPRINT).encode()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=body, headers={"content-type": "application/json"}
        )
    )
    bare = httpx.Client(base_url="https://api.port.io", transport=transport)
    port = PortClient(
        access_token="benchmark-token",
        base_url="https://api.port.io",
        transport=transport,
        environ={},
    )
    page = json.dumps({"ok": True, "entities": [_entity(i) for i in range(1000)]}).encode()
    cases: dict[str, Callable[[], object]] = {
        "nothing": lambda: None,
        "bare": lambda: bare.get("/v1/blueprints/service").json(),
        "port": lambda: port.blueprints.get("service"),
        "loads": lambda: json.loads(page),
        "models": lambda: [Entity.from_dict(e) for e in json.loads(page)["entities"]],
    }

    def close() -> None:
        port.close()
        bare.close()

    return cases, port, close


def _run_case(name: str, calls: int) -> int:
    cases, _, close = _cases()
    for _ in range(20):  # warm: caches, lazy imports, the first token
        cases[name]()
    for _ in range(calls):
        cases[name]()
    close()
    return 0


def _instructions(name: str, calls: int) -> int:
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + os.devnull, sys.executable,
         __file__, "--case", name, "--calls", str(calls)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    line = next(x for x in done.stderr.splitlines() if "Collected :" in x)
    return int(line.rsplit(":", 1)[1])


def count_instructions(calls: int) -> int:
    if shutil.which("valgrind") is None:
        print("--instructions needs valgrind (Debian package valgrind)", file=sys.stderr)
        return 2
    base = _instructions("nothing", calls)
    per_call = {
        name: (_instructions(name, calls if name in ("bare", "port") else calls // 100) - base)
        / (calls if name in ("bare", "port") else calls // 100)
        for name in ("bare", "port", "loads", "models")
    }
    print(f"pyport client overhead in CPU instructions (callgrind, {calls} calls a case)")
    print(f"{'what':52} {'instructions':>14} {'ratio':>7}")
    rows = [
        ("small GET: bare httpx.Client.get().json()", "bare", "bare"),
        ("small GET: port.blueprints.get() → typed model", "port", "bare"),
        ("1,000-entity page: json.loads", "loads", "loads"),
        ("1,000-entity page: json.loads + from_dict models", "models", "loads"),
    ]
    for label, name, baseline in rows:
        print(f"{label:52} {per_call[name]:14,.0f} {per_call[name] / per_call[baseline]:7.2f}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--instructions", action="store_true", help="count instructions instead")
    parser.add_argument("--case", help=argparse.SUPPRESS)  # one case, run under callgrind
    args = parser.parse_args()
    if args.case:
        return _run_case(args.case, args.calls)
    if args.instructions:
        return count_instructions(args.calls)

    cases, port, close = _cases()
    bare_call = best(cases["bare"], number=args.calls, repeat=args.repeat)
    port_call = best(cases["port"], number=args.calls, repeat=args.repeat)
    loads = best(cases["loads"], number=20, repeat=args.repeat)
    # What `port.entities.search()` does with a page: each entity into its model.
    parse = best(cases["models"], number=20, repeat=args.repeat)
    # Last: validation loads the whole spec (a large object graph every later garbage
    # collection walks), which would slow whatever is measured after it.
    checking = port.with_options(response_validation="warn")
    checked_call = best(
        lambda: checking.blueprints.get("service"), number=args.calls, repeat=args.repeat
    )
    checking.close()

    print("pyport client overhead (in-memory transport, best of", args.repeat, "repeats)")
    print(f"{'what':52} {'time':>12} {'ratio':>7}")
    print(f"{'small GET: bare httpx.Client.get().json()':52} {bare_call * 1e6:9.1f} µs {1.0:7.2f}")
    print(
        f"{'small GET: port.blueprints.get() → typed model':52} {port_call * 1e6:9.1f} µs"
        f" {port_call / bare_call:7.2f}"
    )
    print(
        f"{'small GET, response_validation=warn':52} {checked_call * 1e6:9.1f} µs"
        f" {checked_call / bare_call:7.2f}  (+{(checked_call - port_call) * 1e6:.1f} µs a call)"
    )
    print(f"{'1,000-entity page: json.loads':52} {loads * 1e3:9.2f} ms {1.0:7.2f}")
    print(
        f"{'1,000-entity page: json.loads + from_dict models':52} {parse * 1e3:9.2f} ms"
        f" {parse / loads:7.2f}"
    )
    close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
