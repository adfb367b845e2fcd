"""Requests per second of Port's verified webhook endpoint vs a bare endpoint, and the time from
an action run's creation to SUCCESS, all on loopback.

    $ .venv/bin/python scripts/bench_webhooks.py [--requests 2000] [--rounds 3] [--runs 30]

For each framework (`--framework fastapi|django|both`), a server process runs one app under
uvicorn on 127.0.0.1 (Django through its ASGI handler) with three routes, measured one after
the other in the same run by the same load (`--concurrency` keep-alive connections from this
process):

- bare:      reads the body, answers 202 (what any endpoint of that framework costs);
- verified:  pyport's webhook endpoint: signature check, parsing, run-id de-duplication, and the
             no-op handler run after the answer inside a reporter that ends the run SUCCESS on
             the in-process simulator (one PATCH per request; FastAPI: a background task,
             Django: the registry's thread pool);
- replayed:  the same signed requests again: verified and answered 200 duplicate, no work.

Then the end-to-end loop of examples/fastapi_service.py, `--runs` times: the simulator served on
loopback delivers each run's signed invocation to the uvicorn service, whose handler logs and
updates the run; the time is the simulator's own `endedAt - createdAt` of each run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
from fastapi import Request
from fastapi.responses import JSONResponse

REPO_ROOT = Path(__file__).resolve().parents[1]
SECRET = "sim-client-secret"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


# the server process


def simulated_runs(runs: int) -> tuple[Any, list[str]]:
    """An in-process simulator holding `runs` runs of the action `bench`, and their ids."""
    from pyport.testing import PortSimulator

    sim = PortSimulator(validate_requests=False)
    sim.handle(
        "POST",
        "/v1/actions",
        json={
            "identifier": "bench",
            "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {}},
            "invocationMethod": {"type": "WEBHOOK", "url": "http://127.0.0.1:1/unused"},
        },
    )
    run_ids = [
        sim.handle("POST", "/v1/actions/bench/runs", json={"properties": {}}).json["run"]["id"]
        for _ in range(runs)
    ]
    return sim, run_ids


def ended_count(sim: Any, run_ids: list[str]) -> int:
    runs = (sim.handle("GET", f"/v1/actions/runs/{r}").json["run"] for r in run_ids)
    return sum(1 for run in runs if run["status"] == "SUCCESS")


def serve_django(port: int, runs: int) -> None:
    import types

    import django
    import uvicorn
    from django.conf import settings

    from pyport.webhooks import ActionRegistry

    sim, run_ids = simulated_runs(runs)
    urls = types.ModuleType("bench_urls")
    settings.configure(
        DEBUG=False,
        SECRET_KEY="bench-only",
        ALLOWED_HOSTS=["127.0.0.1"],
        ROOT_URLCONF=urls,
        INSTALLED_APPS=["pyport.integrations.django"],
        MIDDLEWARE=[],
        DATABASES={},
        PORT={
            "client_id": sim.client_id,
            "client_secret": sim.client_secret,
            "base_url": sim.base_url,
            "transport": sim.transport(),
        },
    )
    django.setup()
    from django.core.asgi import get_asgi_application
    from django.http import HttpRequest, HttpResponse, JsonResponse
    from django.urls import path
    from django.views.decorators.csrf import csrf_exempt

    from pyport.integrations.django import webhook_view

    registry = ActionRegistry(max_pending=100_000)
    registry.handler("bench")(lambda invocation, run: None)

    @csrf_exempt
    def bare(request: HttpRequest) -> HttpResponse:
        request.body  # noqa: B018 - read it, as the webhook view does
        return JsonResponse({"ok": True}, status=202)

    urls.urlpatterns = [  # type: ignore[attr-defined]
        path("bare", bare),
        path("port/webhook", webhook_view(registry)),
        path("runs", lambda request: JsonResponse(run_ids, safe=False)),
        path("ended", lambda request: JsonResponse(ended_count(sim, run_ids), safe=False)),
    ]
    uvicorn.run(
        get_asgi_application(), host="127.0.0.1", port=port, log_level="warning", access_log=False
    )


def serve(port: int, runs: int) -> None:
    import uvicorn
    from fastapi import FastAPI

    from pyport.integrations.fastapi import port_lifespan, webhook_router
    from pyport.webhooks import ActionRegistry

    sim, run_ids = simulated_runs(runs)
    registry = ActionRegistry(max_pending=100_000)

    @registry.handler("bench")
    async def bench(invocation: Any, run: Any) -> None:
        return None

    app = FastAPI(
        lifespan=port_lifespan(
            client_id=sim.client_id,
            client_secret=sim.client_secret,
            base_url=sim.base_url,
            transport=sim.async_transport(),
        )
    )
    app.include_router(webhook_router(registry))

    @app.post("/bare")
    async def bare(request: Request) -> JSONResponse:
        await request.body()
        return JSONResponse({"ok": True}, status_code=202)

    @app.get("/runs")
    async def listing() -> list[str]:
        return run_ids

    @app.get("/ended")
    async def ended() -> int:
        return ended_count(sim, run_ids)

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


# the load


async def load(
    port: int, path: str, bodies: list[tuple[dict[str, str], bytes]], concurrency: int
) -> tuple[float, dict[int, int]]:
    """Send every body once, `concurrency` keep-alive connections at a time; (requests/s,
    statuses). Raw HTTP/1.1 over asyncio streams: httpx's own overhead would be the bottleneck
    (it measured 200-600 requests/s here, below what the bare endpoint serves)."""
    statuses: dict[int, int] = {}
    requests = [
        b"".join(
            [
                f"POST {path} HTTP/1.1\r\nhost: 127.0.0.1\r\n".encode(),
                f"content-length: {len(body)}\r\n".encode(),
                *(f"{k}: {v}\r\n".encode() for k, v in headers.items()),
                b"\r\n",
                body,
            ]
        )
        for headers, body in bodies
    ]
    queue = iter(requests)

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            for request in queue:
                writer.write(request)
                status_line = await reader.readline()
                length, chunked = 0, False
                while (line := await reader.readline()) not in (b"\r\n", b""):
                    name, _, value = line.decode("latin-1").partition(":")
                    name = name.strip().lower()
                    if name == "content-length":
                        length = int(value)
                    elif name == "transfer-encoding" and "chunked" in value.lower():
                        chunked = True
                if chunked:  # Django's ASGI handler streams its answers
                    while size := int((await reader.readline()).split(b";")[0], 16):
                        await reader.readexactly(size + 2)
                    await reader.readline()
                else:
                    await reader.readexactly(length)
                status = int(status_line.split()[1])
                statuses[status] = statuses.get(status, 0) + 1
        finally:
            writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return len(requests) / (time.perf_counter() - start), statuses


def wait_for_ended(base: str, count: int) -> int:
    ended = 0
    for _ in range(6000):  # bounded: a minute
        ended = int(httpx.get(f"{base}/ended", trust_env=False).json())
        if ended >= count:
            break
        time.sleep(0.01)
    return ended


def endpoint_figures(framework: str, requests: int, concurrency: int, rounds: int) -> None:
    from pyport.webhooks import sign

    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    total = requests * rounds
    server = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--serve",
            str(port),
            "--framework",
            framework,
            "--requests",
            str(total),
        ],
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(3000):
            try:
                run_ids = httpx.get(f"{base}/runs", trust_env=False).json()
                break
            except httpx.TransportError:
                time.sleep(0.01)
        else:
            raise SystemExit("the server did not start")
        stamp = int(time.time())
        bodies = []
        for run_id in run_ids:
            invocation = {"action": {"identifier": "bench"}, "run": {"id": run_id}, "inputs": {}}
            body = json.dumps(invocation).encode()
            bodies.append(({**sign(body, SECRET, stamp), "content-type": "application/json"}, body))
        rates: dict[str, list[float]] = {"bare": [], "verified": [], "replayed": []}
        seen: dict[str, dict[int, int]] = {name: {} for name in rates}
        # Rounds alternate the three routes, each round with runs of its own, so that the
        # machine's other load falls on all three alike; the median of the rounds is printed.
        for round_ in range(rounds):
            chunk = bodies[round_ * requests : (round_ + 1) * requests]
            for name, path in (
                ("bare", "/bare"),
                ("verified", "/port/webhook"),
                ("replayed", "/port/webhook"),
            ):
                rate, statuses = asyncio.run(load(port, path, chunk, concurrency))
                rates[name].append(rate)
                for status, count in statuses.items():
                    seen[name][status] = seen[name].get(status, 0) + count
                if name == "verified":  # its work, after the answers, ends before the next load
                    wait_for_ended(base, (round_ + 1) * requests)
        for name, values in rates.items():
            rounded = ", ".join(f"{v:.0f}" for v in values)
            print(
                f"{name:9} {statistics.median(values):8.0f} requests/s (rounds: {rounded})  "
                f"{seen[name]}"
            )
        ended = wait_for_ended(base, len(run_ids))
        print(f"runs the verified requests ended SUCCESS: {ended} of {len(run_ids)}")
        bare = statistics.median(rates["bare"])
        print(f"verified / bare  = {statistics.median(rates['verified']) / bare:.2f}")
        print(f"replayed / bare  = {statistics.median(rates['replayed']) / bare:.2f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


def end_to_end_figures(runs: int) -> None:
    import uvicorn

    from pyport import PortClient
    from pyport.testing import PortSimulator

    sys.path.insert(0, str(REPO_ROOT / "examples"))
    from fastapi_service import create_app  # type: ignore[import-not-found]

    simulator = PortSimulator(deliver_webhooks=True)
    with simulator.serve() as port_url:
        service_port = free_port()
        app = create_app(client_id=simulator.client_id, client_secret=SECRET, base_url=port_url)
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=service_port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.01)
        durations = []
        with PortClient(
            client_id=simulator.client_id, client_secret=SECRET, base_url=port_url
        ) as port:
            port.actions.create(
                identifier="deploy_service",
                trigger={
                    "type": "self-service",
                    "operation": "CREATE",
                    "userInputs": {"properties": {}},
                },
                invocation_method={
                    "type": "WEBHOOK",
                    "url": f"http://127.0.0.1:{service_port}/port/webhook",
                },
            )
            for _ in range(runs):
                run_id = str(port.actions.run("deploy_service", properties={"version": "1"}).id)
                for _ in range(20_000):
                    run = port.action_runs.get(run_id).to_dict()
                    if run["status"] != "IN_PROGRESS":
                        break
                    time.sleep(0.005)
                assert run["status"] == "SUCCESS", run
                created = datetime.fromisoformat(run["createdAt"].replace("Z", "+00:00"))
                ended = datetime.fromisoformat(run["endedAt"].replace("Z", "+00:00"))
                durations.append((ended - created).total_seconds() * 1000)
        server.should_exit = True
        thread.join(timeout=30)
    durations.sort()
    p90 = durations[int(len(durations) * 0.9) - 1]
    print(
        f"run created -> SUCCESS over loopback ({runs} runs): "
        f"median {statistics.median(durations):.1f} ms, p90 {p90:.1f} ms, "
        f"min {durations[0]:.1f} ms, max {durations[-1]:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="a route, a round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--framework", choices=["fastapi", "django", "both"], default="both")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        (serve_django if args.framework == "django" else serve)(args.serve, args.requests)
        return
    frameworks = ["fastapi", "django"] if args.framework == "both" else [args.framework]
    for framework in frameworks:
        print(
            f"{framework} under uvicorn on 127.0.0.1: {args.rounds} rounds of {args.requests} "
            f"requests a route, {args.concurrency} in flight"
        )
        endpoint_figures(framework, args.requests, args.concurrency, args.rounds)
    end_to_end_figures(args.runs)


if __name__ == "__main__":
    main()
