"""Requests per second through the Port simulator, in-process and over loopback.

    $ .venv/bin/python scripts/bench_simulator.py

Two workloads: a simple GET (one entity) and a 20-entity bulk upsert. Loops are bounded by
count and time, so the whole run takes a few seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from pyport.testing import PortSimulator

SECONDS = 0.6
MAX_CALLS = 20_000


def _measure(call: Callable[[], None]) -> float:
    for _ in range(20):  # warm the validators and connection pool
        call()
    count, start = 0, time.perf_counter()
    while count < MAX_CALLS and time.perf_counter() - start < SECONDS:
        call()
        count += 1
    return count / (time.perf_counter() - start)


def _workloads(client: httpx.Client) -> dict[str, Callable[[], None]]:
    token = client.post(
        "/v1/auth/access_token",
        json={"clientId": "sim-client-id", "clientSecret": "sim-client-secret"},
    ).json()["accessToken"]
    client.headers["Authorization"] = f"Bearer {token}"
    client.post(
        "/v1/blueprints",
        json={
            "identifier": "service",
            "title": "Service",
            "schema": {"properties": {"stars": {"type": "number"}, "lang": {"type": "string"}}},
        },
    )
    client.post("/v1/blueprints/service/entities", json={"identifier": "api"})
    counter = iter(range(10**9))

    def get() -> None:
        client.get("/v1/blueprints/service/entities/api").raise_for_status()

    def bulk() -> None:
        base = next(counter) * 20
        entities = [
            {"identifier": f"svc-{base + i}", "properties": {"stars": i, "lang": "python"}}
            for i in range(20)
        ]
        client.post(
            "/v1/blueprints/service/entities/bulk",
            params={"upsert": "true"},
            json={"entities": entities},
        ).raise_for_status()

    return {"GET entity": get, "bulk upsert x20": bulk}


def main() -> None:
    rows: list[tuple[str, str, float]] = []
    sim = PortSimulator()
    with httpx.Client(base_url=sim.base_url, transport=sim.transport()) as client:
        for name, call in _workloads(client).items():
            rows.append((name, "in-process", _measure(call)))
    served = PortSimulator()
    with served.serve() as url, httpx.Client(base_url=url) as client:
        for name, call in _workloads(client).items():
            rows.append((name, "loopback", _measure(call)))
    print(f"{'workload':<18} {'seam':<11} {'req/s':>9} {'entities/s':>11}")
    for name, seam, rate in rows:
        per = 20 if "x20" in name else 1
        print(f"{name:<18} {seam:<11} {rate:>9,.0f} {rate * per:>11,.0f}")


if __name__ == "__main__":
    main()
