"""A one-file Django project that is the backend of Port's `deploy_service` action.

The whole loop against the local simulator (everything on 127.0.0.1): Port runs the action,
signs and POSTs the invocation to this project's view, the handler runs on the registry's thread
pool, logs and updates the run, and the run ends SUCCESS:

    python examples/django_service.py

In a real project: add "pyport.integrations.django" to INSTALLED_APPS, set PORT = {...} (or
the PORT_* environment), mount `webhook_view(actions)` in urls.py; `manage.py port ...` then
runs pyport's command line with those settings.
"""

from __future__ import annotations

import threading
import time
import types
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import django
from django.conf import settings

from pyport import PortClient
from pyport.webhooks import ActionInvocation, ActionRegistry, RunReporter

actions = ActionRegistry(max_workers=4)


@actions.handler("deploy_service")
def deploy_service(invocation: ActionInvocation, run: RunReporter) -> None:
    version = invocation.inputs.get("version", "latest")
    run.log(f"Deploying {invocation.entity_identifier} at {version}")
    run.update(status_label="Deploying", link=f"https://ci.example/deploys/{version}")
    run.log("Deployed")  # the deployment itself goes between these lines


def configure(port_settings: dict[str, Any]) -> None:
    """settings.py and urls.py of a real project, in two statements."""
    urls = types.ModuleType("port_example_urls")
    settings.configure(
        DEBUG=False,
        SECRET_KEY="example-only",
        ALLOWED_HOSTS=["127.0.0.1"],
        ROOT_URLCONF=urls,
        INSTALLED_APPS=["pyport.integrations.django"],
        MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
        DATABASES={},
        PORT=port_settings,
    )
    django.setup()
    from django.urls import path

    from pyport.integrations.django import webhook_view

    urls.urlpatterns = [path("port/webhook", webhook_view(actions))]  # type: ignore[attr-defined]


def run_once(port: PortClient, service_url: str) -> tuple[str, str, list[str], float]:
    """Define the action, run it, wait for its end: (run id, status, logs, seconds)."""
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
    run = port.actions.run("deploy_service", entity="checkout", properties={"version": "1.4.2"})
    run_id, status = str(run.id), "IN_PROGRESS"
    for _ in range(10_000):  # bounded: about 20 s
        status = str(port.action_runs.get(run_id).to_dict()["status"])
        if status != "IN_PROGRESS":
            break
        time.sleep(0.002)
    elapsed = time.perf_counter() - started
    logs = [str(log.message) for log in port.action_runs.logs.list(run_id)]
    return run_id, status, logs, elapsed


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def main() -> float:
    from django.core.wsgi import get_wsgi_application

    from pyport.testing import PortSimulator

    simulator = PortSimulator(deliver_webhooks=True)
    with simulator.serve() as port_url:
        client_id, client_secret = simulator.client_id, simulator.client_secret
        configure({"client_id": client_id, "client_secret": client_secret, "base_url": port_url})
        server = make_server("127.0.0.1", 0, get_wsgi_application(), handler_class=_Quiet)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            with PortClient(
                client_id=client_id, client_secret=client_secret, base_url=port_url
            ) as port:
                run_id, status, logs, elapsed = run_once(
                    port, f"http://127.0.0.1:{server.server_port}"
                )
        finally:
            server.shutdown()
            server.server_close()
            actions.close()
    print(f"run {run_id}: {status}")
    for line in logs:
        print(f"  log: {line}")
    print(f"created to {status} in {elapsed * 1000:.1f} ms")
    return elapsed


if __name__ == "__main__":
    main()
