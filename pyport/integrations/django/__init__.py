"""Django: settings, one shared `PortClient`, Port's webhook view, and `manage.py port`.

    # settings.py
    INSTALLED_APPS = [..., "pyport.integrations.django"]
    PORT = {"client_id": "...", "client_secret": "..."}   # or leave it out: env / profile
    #   any PortClient option (base_url, region, profile, timeout, ...), plus
    #   "webhook_secret" (str or list, default the client secret) and "webhook_tolerance" (s).

    # urls.py
    from pyport.integrations.django import webhook_view
    from myapp.actions import actions            # an ActionRegistry with sync handlers
    urlpatterns = [path("port/webhook", webhook_view(actions))]

    # anywhere
    from pyport.integrations.django import get_port
    get_port().entities.get("service", "checkout")

The view verifies Port's signature, answers at once (202 accepted, 200 duplicate, 401, 404,
503) and, once the answer is sent, runs the handler on the registry's bounded thread pool,
inside `port.action_runs.reporter(run_id)`. Handlers are plain functions. Changing `settings.PORT`
(tests' `override_settings`) replaces the shared client. Needs `pip install 'pyport[django]'`.
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from pyport._client import PortClient
from pyport.webhooks._registry import ActionRegistry
from pyport.webhooks._signature import DEFAULT_TOLERANCE

__all__ = ["close_port", "get_port", "port_settings", "webhook_view"]

_WEBHOOK_KEYS = ("webhook_secret", "webhook_tolerance")
_logger = logging.getLogger("pyport.webhooks")


class _Shared:
    lock = threading.Lock()
    client: PortClient | None = None


def port_settings() -> dict[str, Any]:
    """`settings.PORT` as a dict (empty when unset); a value of the wrong type is an
    `ImproperlyConfigured` error."""
    value = getattr(settings, "PORT", None)
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ImproperlyConfigured(f"settings.PORT must be a dict, not {type(value).__name__}")
    return dict(value)


def get_port() -> PortClient:
    """The project's shared `PortClient`, made from `settings.PORT` on first use (thread-safe)."""
    with _Shared.lock:
        if _Shared.client is None:
            options = {k: v for k, v in port_settings().items() if k not in _WEBHOOK_KEYS}
            try:
                _Shared.client = PortClient(**options)
            except TypeError as error:
                raise ImproperlyConfigured(f"settings.PORT: {error}") from error
        return _Shared.client


def close_port() -> None:
    """Close the shared client; the next `get_port()` makes a new one from the settings."""
    with _Shared.lock:
        client, _Shared.client = _Shared.client, None
    if client is not None:
        client.close()


atexit.register(close_port)


def _webhook_secrets(port: PortClient, secret: str | Sequence[str] | None) -> str | Sequence[str]:
    configured = secret if secret is not None else port_settings().get("webhook_secret")
    if configured is None:
        configured = port.settings.client_secret
    if not configured:
        raise ImproperlyConfigured(
            "no webhook secret: set PORT['webhook_secret'] or use client credentials"
        )
    return configured


def webhook_view(
    registry: ActionRegistry,
    *,
    secret: str | Sequence[str] | None = None,
    tolerance: float | None = None,
) -> Callable[[HttpRequest], HttpResponse]:
    """A view for Port's webhook over `registry` (POST only, exempt from CSRF: the signature
    is the check). `secret` and `tolerance` default to `PORT["webhook_secret"]` (else the
    client secret) and `PORT["webhook_tolerance"]` (else 300 s)."""

    @csrf_exempt
    @require_POST
    def port_webhook(request: HttpRequest) -> HttpResponse:
        port = get_port()
        window = tolerance
        if window is None:
            window = port_settings().get("webhook_tolerance", DEFAULT_TOLERANCE)
        receipt = registry.receive(
            request.headers.items(), request.body, _webhook_secrets(port, secret), tolerance=window
        )
        if receipt.error is not None:
            _logger.warning("Port webhook refused (%s): %s", receipt.status_code, receipt.error)
        response = _AnswerThenWork(receipt.body, status=receipt.status_code)
        if receipt.job is not None:
            job = receipt.job
            response.after = lambda: registry.submit(job, port)
        return response

    return port_webhook  # type: ignore[no-any-return]


class _AnswerThenWork(JsonResponse):
    """A JSON answer that starts its job when closed: WSGI and ASGI servers (and Django's test
    client) close a response once it has been sent, so Port has its answer before the work."""

    after: Callable[[], None] | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            after, self.after = self.after, None
            if after is not None:
                after()
