"""FastAPI: one `AsyncPortClient` for the app, `Depends(get_port)`, and Port's webhook endpoint.

    from fastapi import FastAPI
    from pyport.integrations.fastapi import PortDep, port_lifespan, webhook_router
    from pyport.webhooks import ActionRegistry

    actions = ActionRegistry()

    @actions.handler("deploy_service")
    async def deploy(invocation, run):
        await run.log(f"Deploying {invocation.entity_identifier}")

    app = FastAPI(lifespan=port_lifespan())            # credentials: env / profile, or kwargs
    app.include_router(webhook_router(actions))         # POST /port/webhook

    @app.get("/services")
    async def services(port: PortDep):
        return [e.identifier for e in await port.entities.list("service")]

The endpoint verifies Port's signature (the client's secret unless `secret=` is given), answers
at once (202 accepted, 200 duplicate, 401 bad signature, 404 no handler, 503 busy) and runs the
handler as a background task after the answer, inside `port.action_runs.reporter(run_id)`.
Handlers are `async def`. Needs `pip install 'pyport[fastapi]'`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Depends, FastAPI, Request
from fastapi.responses import JSONResponse

from pyport._client import AsyncPortClient
from pyport.webhooks._registry import ActionRegistry
from pyport.webhooks._signature import DEFAULT_TOLERANCE

__all__ = ["PortDep", "get_port", "port_lifespan", "webhook_router"]

_STATE = "pyport_client"
MAX_BODY_BYTES = 1024 * 1024
_logger = logging.getLogger("pyport.webhooks")


def port_lifespan(
    **client_options: Any,
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """A FastAPI `lifespan` that opens one `AsyncPortClient(**client_options)` at start-up and
    closes it at shutdown; `get_port` hands it to endpoints."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncPortClient(**client_options) as port:
            setattr(app.state, _STATE, port)
            try:
                yield
            finally:
                delattr(app.state, _STATE)

    return lifespan


async def get_port(request: Request) -> AsyncPortClient:
    """The app's `AsyncPortClient` (a FastAPI dependency: `Depends(get_port)` or `PortDep`).

    `async` so that FastAPI calls it in the event loop: a plain function would cost every
    request a hop to the thread pool."""
    port = getattr(request.app.state, _STATE, None)
    if not isinstance(port, AsyncPortClient):
        raise RuntimeError(
            "no AsyncPortClient on this app: create it with FastAPI(lifespan=port_lifespan(...))"
        )
    return port


PortDep = Annotated[AsyncPortClient, Depends(get_port)]
"""`port: PortDep` in an endpoint's parameters: the app's client."""


async def _read_body(request: Request, limit: int) -> bytes | None:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def webhook_router(
    registry: ActionRegistry,
    *,
    path: str = "/port/webhook",
    secret: str | Sequence[str] | None = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    max_body_bytes: int = MAX_BODY_BYTES,
) -> APIRouter:
    """A router with `POST path`: Port's verified webhook, dispatching to `registry`.

    `secret` is what signatures are checked with (several while rotating); by default the
    client secret of the app's `AsyncPortClient`. A body past `max_body_bytes` (Port sends at
    most 1 MiB) is answered 413 without being read further: unsigned bytes cost no memory.
    """
    router = APIRouter()

    @router.post(path, include_in_schema=False)
    async def port_webhook(
        request: Request, background: BackgroundTasks, port: PortDep
    ) -> JSONResponse:
        secrets = secret if secret is not None else port.settings.client_secret
        if not secrets:
            message = "no webhook secret: pass webhook_router(secret=...) or use client credentials"
            return JSONResponse({"ok": False, "error": "misconfigured", "message": message}, 500)
        body = await _read_body(request, max_body_bytes)
        if body is None:
            message = f"the body is larger than {max_body_bytes} bytes"
            return JSONResponse({"ok": False, "error": "too_large", "message": message}, 413)
        receipt = registry.receive(request.headers.raw, body, secrets, tolerance=tolerance)
        if receipt.error is not None:
            _logger.warning("Port webhook refused (%s): %s", receipt.status_code, receipt.error)
        if receipt.job is not None:
            # Runs after the answer is sent: Port is not kept waiting for the work.
            background.add_task(receipt.job.arun, port)
        return JSONResponse(receipt.body, status_code=receipt.status_code)

    return router
