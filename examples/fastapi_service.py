"""A FastAPI service that is the backend of Port's `deploy_service` action.

The whole loop on this machine, against the local simulator (everything on 127.0.0.1): Port
runs the action, signs and POSTs the invocation to this service, the handler logs and updates
the run, and the run ends SUCCESS:

    python examples/fastapi_service.py

Against your Port organization (PORT_CLIENT_ID / PORT_CLIENT_SECRET in the environment):

    uvicorn examples.fastapi_service:app --host 0.0.0.0 --port 8000
"""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import anyio
import uvicorn
from fastapi import FastAPI

from pyport import PortClient
from pyport.integrations.fastapi import PortDep, port_lifespan, webhook_router
from pyport.webhooks import ActionInvocation, ActionRegistry, AsyncRunReporter

actions = ActionRegistry()


@actions.handler("deploy_service")
async def deploy_service(invocation: ActionInvocation, run: AsyncRunReporter) -> None:
    version = invocation.inputs.get("version", "latest")
    await run.log(f"Deploying {invocation.entity_identifier} at {version}")
    await run.update(status_label="Deploying", link=f"https://ci.example/deploys/{version}")
    await anyio.sleep(0)  # the deployment itself goes here
    await run.log("Deployed")


def create_app(**client_options: Any) -> FastAPI:
    app = FastAPI(lifespan=port_lifespan(**client_options))
    app.include_router(webhook_router(actions))  # POST /port/webhook

    @app.get("/healthz")
    async def healthz(port: PortDep) -> dict[str, str]:
        return {"port": port.base_url}

    return app


app = create_app()  # credentials from the environment or a profile, read at start-up


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for(condition: Any, what: str, *, attempts: int = 10_000) -> None:
    for _ in range(attempts):
        if condition():
            return
        time.sleep(0.002)
    raise TimeoutError(f"gave up waiting for {what}")


def run_once(port: PortClient, service_url: str) -> tuple[str, str, list[str], float]:
    """Define the action, run it, wait for the end: (run id, status, logs, seconds)."""
    port.blueprints.create(identifier="service", title="Service", schema={"properties": {}})
    port.entities.create("service", identifier="checkout", title="Checkout", upsert=True)
    port.actions.create(
        identifier="deploy_service",
        title="Deploy",
        trigger={
            "type": "self-service",
            "operation": "DAY-2",
            "blueprintIdentifier": "service",
            "userInputs": {"properties": {"version": {"type": "string"}}},
        },
        invocation_method={"type": "WEBHOOK", "url": f"{service_url}/port/webhook"},
    )
    started = time.perf_counter()
    run_id = str(
        port.actions.run("deploy_service", entity="checkout", properties={"version": "1.4.2"}).id
    )
    status = ["IN_PROGRESS"]

    def ended() -> bool:
        status[0] = str(port.action_runs.get(run_id).to_dict()["status"])
        return status[0] != "IN_PROGRESS"

    wait_for(ended, f"run {run_id} to end")
    elapsed = time.perf_counter() - started
    logs = [str(log.message) for log in port.action_runs.logs.list(run_id)]
    return run_id, status[0], logs, elapsed


def main() -> float:
    from pyport.testing import PortSimulator

    simulator = PortSimulator(deliver_webhooks=True)
    with simulator.serve() as port_url:
        client_id, client_secret = simulator.client_id, simulator.client_secret
        service = create_app(client_id=client_id, client_secret=client_secret, base_url=port_url)
        service_port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(service, host="127.0.0.1", port=service_port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            wait_for(lambda: server.started, "the service to start")
            with PortClient(
                client_id=client_id, client_secret=client_secret, base_url=port_url
            ) as port:
                run_id, status, logs, elapsed = run_once(port, f"http://127.0.0.1:{service_port}")
        finally:
            server.should_exit = True
            thread.join(timeout=30)
    print(f"run {run_id}: {status}")
    for line in logs:
        print(f"  log: {line}")
    print(f"created to {status} in {elapsed * 1000:.1f} ms")
    return elapsed


if __name__ == "__main__":
    main()
