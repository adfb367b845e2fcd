"""Batch upserts and streaming against the Port simulator, with 20 ms of latency a request.

    $ .venv/bin/python scripts/bench_batch.py [--count 10000] [--sample 500] [--concurrency 8]

Upserts `--count` entities three ways: (a) `port.entities.upsert_many`, (b) one by one with
pyport (`port.entities.create(..., upsert=True)`), (c) one by one with PyPort 0.3.3, the older
client on PyPI (installed into a throwaway virtualenv, by default /tmp/pyport033, and driven in a
subprocess). (a), its async twin (a') and the same requests from bare httpx threads run
`--repeat` times each and their medians are reported; (b) and (c) time `--sample` entities and
extrapolate. Then streams 10,000 and 50,000 entities with `iter_all` and reports time and peak
memory (tracemalloc).

The simulator is `python -m pyport.testing` in its own process, serving HTTP on loopback, so its
CPU does not compete with the client's for one interpreter; it runs with `--no-validate`, as
request-schema validation would otherwise make the simulator, not the client, the bottleneck.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from pyport import AsyncPortClient, PortClient

CLIENT_ID = "sim-client-id"
CLIENT_SECRET = "sim-client-secret"  # the simulator's test credential
SCHEMA: Any = {"properties": {"n": {"type": "number"}, "tier": {"type": "string"}}}
OLD_CLIENT = "pyport==0.3.3"

# Runs inside the PyPort 0.3.3 virtualenv (isolated mode, so our pyport is not on the path).
OLD_DRIVER = """
import json, logging, sys, time
import pyport.client.client as client_module
url, client_id, secret, blueprint, prefix, count = sys.argv[1:7]
# PyPort 0.3.3 hard-codes its API URL (constants.PORT_API_URL, "https://api.getport.io/v1") and
# reads it at construction: point that module attribute at the simulator.
client_module.PORT_API_URL = url + "/v1"
port = client_module.PortClient(client_id, secret, auto_refresh=False, log_level=logging.ERROR)
start = time.perf_counter()
for i in range(int(count)):
    entity = {"identifier": f"{prefix}{i}", "title": f"Entity {i}",
              "properties": {"n": i, "tier": "gold"}}
    port.entities.create_entity(blueprint, entity, upsert=True)
print(json.dumps({"seconds": time.perf_counter() - start, "count": int(count)}))
"""


def entity(prefix: str, i: int) -> dict[str, Any]:
    return {
        "identifier": f"{prefix}{i}",
        "title": f"Entity {i}",
        "properties": {"n": i, "tier": "gold"},
    }


def entities(prefix: str, count: int, start: int = 0) -> Iterator[dict[str, Any]]:
    return (entity(prefix, i) for i in range(start, start + count))


# --- the simulator, in its own process ---------------------------------------------------------

LISTENING = "Port simulator listening on "


def start_simulator(latency: float) -> tuple[subprocess.Popen[str], str]:
    """`python -m pyport.testing` on a free port, as a user would run it; (process, URL)."""
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "pyport.testing", "--port", "0", "--no-validate"),
            *("--latency-ms", f"{latency * 1000:g}"),
            *("--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline().strip()
    if not first.startswith(LISTENING):
        proc.kill()
        raise SystemExit(f"the simulator did not start (said {first!r})")
    return proc, first.removeprefix(LISTENING)


def stop_simulator(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


# --- the three ways ----------------------------------------------------------------------------


def batch(
    port: PortClient, count: int, concurrency: int, *, prefix: str = "batch-"
) -> tuple[float, int]:
    start = time.perf_counter()
    result = port.entities.upsert_many("bench", entities(prefix, count), concurrency=concurrency)
    seconds = time.perf_counter() - start
    result.raise_for_failures()
    return seconds, result.requests


def async_batch(url: str, count: int, concurrency: int, repeat: int) -> float:
    """Median seconds of `repeat` runs of AsyncPortClient's upsert_many (the same entities)."""

    async def runs() -> list[float]:
        async with AsyncPortClient(
            client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=url, environ={}
        ) as port:
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                result = await port.entities.upsert_many(
                    "bench", entities("async-", count), concurrency=concurrency
                )
                times.append(time.perf_counter() - start)
                result.raise_for_failures()
            return times

    return statistics.median(asyncio.run(runs()))


def one_by_one(port: PortClient, sample: int) -> float:
    start = time.perf_counter()
    for i in range(sample):
        port.entities.create(
            "bench",
            identifier=f"single-{i}",
            title=f"Entity {i}",
            properties={"n": i, "tier": "gold"},
            upsert=True,
        )
    return time.perf_counter() - start


def old_client(url: str, sample: int, venv: Path) -> tuple[float | None, str]:
    """Seconds for `sample` upserts with PyPort 0.3.3, or None and why not."""
    python = venv / "bin" / "python"
    if not python.exists():
        made = subprocess.run(
            ["python3", "-m", "venv", str(venv)], capture_output=True, text=True, check=False
        )
        if made.returncode != 0:
            return None, f"could not create {venv}: {made.stderr.strip()[-200:]}"
    check = subprocess.run(
        [str(python), "-I", "-c", "import pyport.client.client"], capture_output=True, check=False
    )
    if check.returncode != 0:
        pip = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", OLD_CLIENT],
            capture_output=True,
            text=True,
            check=False,
        )
        if pip.returncode != 0:
            return None, f"pip install {OLD_CLIENT} failed: {pip.stderr.strip()[-300:]}"
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as driver:
        driver.write(OLD_DRIVER)
    args = [url, CLIENT_ID, CLIENT_SECRET, "bench", "old-", str(sample)]
    run = subprocess.run(
        [str(python), "-I", driver.name, *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=tempfile.gettempdir(),
    )
    Path(driver.name).unlink()
    if run.returncode != 0:
        return None, f"the PyPort 0.3.3 driver failed: {(run.stderr or run.stdout).strip()[-400:]}"
    try:
        report = json.loads(run.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None, f"the PyPort 0.3.3 driver printed no result: {run.stdout[-200:]!r}"
    return float(report["seconds"]), "ok"


# --- streaming ---------------------------------------------------------------------------------


def stream(port: PortClient, blueprint: str) -> tuple[int, float, float]:
    """(entities, seconds untraced, peak MiB traced) of one full `iter_all`."""
    start = time.perf_counter()
    count = sum(1 for _ in port.entities.iter_all(blueprint))
    seconds = time.perf_counter() - start
    tracemalloc.start()
    tracemalloc.reset_peak()
    sum(1 for _ in port.entities.iter_all(blueprint))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return count, seconds, peak / 2**20


def model_path(port: PortClient, blueprint: str) -> tuple[float, bool]:
    """Seconds for the walk through the typed models (`to_dict()`); whether it is the same JSON."""
    start = time.perf_counter()
    dicts = [e.to_dict() for e in port.entities.search(blueprint, limit=1000)]
    seconds = time.perf_counter() - start
    raw = list(port.entities.iter_all(blueprint))
    return seconds, sorted(dicts, key=lambda e: str(e["identifier"])) == sorted(
        raw, key=lambda e: str(e["identifier"])
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="entities to upsert (10000)")
    parser.add_argument("--sample", type=int, default=500, help="timed for (b) and (c) (500)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=5, help="runs of (a), median kept (5)")
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--stream", default="10000,50000", help="iter_all sizes ('' to skip)")
    parser.add_argument("--sweep", default="1,2,4,8,16", help="concurrency levels ('' to skip)")
    parser.add_argument("--sweep-count", type=int, default=2_000)
    parser.add_argument("--old-venv", type=Path, default=Path("/tmp/pyport033"))
    args = parser.parse_args()
    latency = args.latency_ms / 1000
    if min(args.count, args.sample, args.concurrency, args.repeat) < 1:
        parser.error("--count, --sample, --concurrency and --repeat must be at least 1")

    proc, url = start_simulator(latency)
    try:
        with PortClient(
            client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=url, environ={}
        ) as port:
            port.blueprints.create(identifier="bench", title="Bench", schema=SCHEMA)
            report(port, url, args, latency)
    finally:
        stop_simulator(proc)


def bulk_bodies(prefix: str, count: int) -> list[bytes]:
    return [
        json.dumps({"entities": list(entities(prefix, min(20, count - i), start=i))}).encode()
        for i in range(0, count, 20)
    ]


def bare(url: str, token: str, prefix: str, count: int, concurrency: int) -> float:
    """Seconds for the same bulk requests from plain httpx threads: what the simulator allows."""
    bodies = bulk_bodies(prefix, count)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    with httpx.Client(base_url=url, headers=headers, limits=limits) as client:

        def send(body: bytes) -> None:
            client.post(
                "/v1/blueprints/bench/entities/bulk", params={"upsert": "true"}, content=body
            ).raise_for_status()

        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            start = time.perf_counter()
            list(pool.map(send, bodies))
            return time.perf_counter() - start


def bare_async(url: str, token: str, prefix: str, count: int, concurrency: int) -> float:
    """The same from `concurrency` tasks sharing one plain httpx.AsyncClient."""
    bodies = iter(bulk_bodies(prefix, count))
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    async def run() -> float:
        async with httpx.AsyncClient(base_url=url, headers=headers) as client:

            async def work() -> None:
                for body in bodies:
                    path, params = "/v1/blueprints/bench/entities/bulk", {"upsert": "true"}
                    response = await client.post(path, params=params, content=body)
                    response.raise_for_status()

            start = time.perf_counter()
            await asyncio.gather(*(work() for _ in range(concurrency)))
            return time.perf_counter() - start

    return asyncio.run(run())


def echo(count: int, concurrency: int, latency: float) -> tuple[float, int]:
    """upsert_many against an in-process server that only waits `latency` and says yes."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/access_token":
            return httpx.Response(200, json={"ok": True, "accessToken": "t", "expiresIn": 10800})
        time.sleep(latency)
        sent = json.loads(request.content)["entities"]
        done = [{"identifier": e["identifier"], "index": i} for i, e in enumerate(sent)]
        return httpx.Response(200, json={"ok": True, "entities": done, "errors": []})

    transport = httpx.MockTransport(answer)
    with PortClient(
        client_id="echo",
        client_secret="echo",
        base_url="http://echo",
        transport=transport,
        environ={},
    ) as port:
        return batch(port, count, concurrency)


def report(port: PortClient, url: str, args: argparse.Namespace, latency: float) -> None:
    count, sample, workers = args.count, min(args.sample, args.count), args.concurrency
    token = port.auth.create_access_token(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET
    ).access_token
    assert isinstance(token, str)
    print(
        f"simulator: own process, HTTP on loopback ({url}), {args.latency_ms:g} ms latency a "
        "request, request validation off"
    )
    # (a) and its ceiling run `--repeat` times (the first on new connections, the others
    # upserting the same entities again) and the medians count: one slow run on a shared
    # machine should not decide the figure.
    a_runs = [batch(port, count, workers) for _ in range(args.repeat)]
    requests = a_runs[0][1]
    a_seconds = statistics.median(seconds for seconds, _ in a_runs)
    async_seconds = async_batch(url, count, workers, args.repeat)
    async_ceiling = statistics.median(
        bare_async(url, token, "bare-async-", count, workers) for _ in range(args.repeat)
    )
    ceiling = statistics.median(
        bare(url, token, "bare-", count, workers) for _ in range(args.repeat)
    )
    b_seconds = one_by_one(port, sample) * count / sample
    c_total, c_note = old_client(url, sample, args.old_venv)
    c_seconds = c_total * count / sample if c_total is not None else None

    extrapolated = f"{sample:,} timed, x{count / sample:g}" if sample < count else "all timed"
    print(f"\nupsert {count:,} entities{'':<28} {'seconds':>9} {'entities/s':>11}")
    rows = [
        (f"(a) upsert_many, concurrency {workers} (median)", a_seconds),
        ("(a') the same with AsyncPortClient (median)", async_seconds),
        (f"(b) pyport one by one ({extrapolated})", b_seconds),
        (f"(c) PyPort 0.3.3 one by one ({extrapolated})", c_seconds),
    ]
    for label, seconds in rows:
        if seconds is None:
            print(f"{label:<45} {'n/a':>9}   ({c_note})")
        else:
            print(f"{label:<45} {seconds:>9.2f} {count / seconds:>11,.0f}")
    shown = ", ".join(f"{seconds:.2f}" for seconds, _ in a_runs)
    print(f"    (a) in each of {args.repeat} runs: {shown} s")
    bound = latency * requests / workers
    print(
        f"\nbound for (a): {args.latency_ms:g} ms x {requests} requests / {workers} = "
        f"{bound:.2f} s; (a) reaches {bound / a_seconds:.0%} of it (goal >= 90%), "
        f"(a') {bound / async_seconds:.0%}"
    )
    print(
        f"simulator ceiling: the same {requests} bulk requests from {workers} bare httpx threads "
        f"(no pyport) take {ceiling:.2f} s, {bound / ceiling:.0%} of the bound;\n"
        f"  (a) reaches {ceiling / a_seconds:.0%} of that ceiling; the same from {workers} tasks "
        f"on one httpx.AsyncClient take {async_ceiling:.2f} s, {bound / async_ceiling:.0%} of the "
        f"bound,\n  and (a') reaches {async_ceiling / async_seconds:.0%} of that"
    )
    echo_seconds, _ = echo(count, workers, latency)
    print(
        f"without the simulator's cost (an in-process server that only waits {args.latency_ms:g} "
        f"ms): (a) takes {echo_seconds:.2f} s, {bound / echo_seconds:.0%} of the bound"
    )
    ratios = f"ratios: (b)/(a) = {b_seconds / a_seconds:,.0f}x"
    if c_seconds is not None:
        ratios += (
            f", (c)/(a) = {c_seconds / a_seconds:,.0f}x, (c)/(b) = {c_seconds / b_seconds:.2f}x"
        )
    print(ratios)

    sweep = [int(s) for s in args.sweep.split(",") if s.strip()]
    if sweep:
        n = args.sweep_count
        print(f"\nconcurrency sweep, {n:,} entities ({-(-n // 20)} requests) each way")
        print(
            f"{'concurrency':>11} {'bound s':>8} {'upsert_many s':>14} {'of bound':>9} "
            f"{'bare httpx s':>13} {'of bound':>9}"
        )
        for level in sweep:
            helper, made = batch(port, n, level, prefix=f"sweep{level}-")
            plain = bare(url, token, f"bare{level}-", n, level)
            limit = latency * made / level
            print(
                f"{level:>11} {limit:>8.2f} {helper:>14.2f} {limit / helper:>9.0%} "
                f"{plain:>13.2f} {limit / plain:>9.0%}"
            )

    sizes = [int(s) for s in args.stream.split(",") if s.strip()]
    if sizes:
        streaming(port, sorted(sizes))


def streaming(port: PortClient, sizes: list[int]) -> None:
    port.blueprints.create(identifier="bench_stream", title="Stream", schema=SCHEMA)
    print(
        f"\niter_all, page_size 1000 {'entities':>9} {'seconds':>9} {'entities/s':>11} "
        f"{'peak MiB':>9}"
    )
    loaded = 0
    for size in sizes:
        more = entities("s-", size - loaded, start=loaded)
        port.entities.upsert_many("bench_stream", more, concurrency=16).raise_for_failures()
        loaded = size
        n, seconds, peak = stream(port, "bench_stream")
        print(f"{'':<24} {n:>9,} {seconds:>9.2f} {n / seconds:>11,.0f} {peak:>9.1f}")
        if size == sizes[0]:
            typed, same = model_path(port, "bench_stream")
            print(
                f"{'  typed models, to_dict()':<24} {n:>9,} {typed:>9.2f} {n / typed:>11,.0f}"
                f"  (same JSON as iter_all: {'yes' if same else 'NO'})"
            )
    print("peak memory is tracemalloc's, over a whole walk that keeps no entity")


if __name__ == "__main__":
    main()
