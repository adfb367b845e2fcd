"""PortSimulator: the public face of the simulated Port."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote, urlencode

import anyio
import httpx

from pyport.testing import _entities
from pyport.testing._app import Engine, Exchange, RawRequest, Router, Stats
from pyport.testing._auth import AuthConfig, authenticate
from pyport.testing._faults import FaultDrawer, Faults, RateLimit
from pyport.testing._routes import ROUTES
from pyport.testing._server import serve as _serve
from pyport.testing._spec import SpecSource, load_spec
from pyport.testing._state import State
from pyport.testing._transport import AsyncSimulatorTransport, SimulatorTransport
from pyport.testing._validation import SchemaSet
from pyport.testing._webhooks import Deliverer, Delivery, WebhookSender

IN_PROCESS_URL = "http://port-simulator.local"


class SimResponse:
    """The answer to `PortSimulator.handle`: status, headers and the decoded JSON body."""

    def __init__(self, status: int, headers: Mapping[str, str], body: Any) -> None:
        self.status = status
        self.headers = dict(headers)
        self.json = body

    def __repr__(self) -> str:
        return f"SimResponse(status={self.status})"


class PortSimulator:
    """A stateful, spec-validated Port in memory, with fault injection.

    Use `transport()` / `async_transport()` for in-process httpx clients (base URL
    `base_url`), or `serve()` for a real HTTP server on loopback. The same seed and the same
    requests give the same tokens, trace ids, run ids and faults.

    Every response carries Port's `x-ratelimit-*` headers. By default they count requests
    against Port's published limits (per route family, 5-minute windows) without enforcing
    them, so test suites and benchmarks are never slowed; `rate_limit="port"` answers 429 past
    those limits, and `rate_limit=RateLimit(limit, period)` puts every request in one window of
    your own, enforced.

    With `deliver_webhooks=True`, a run of an action whose `invocationMethod` is a WEBHOOK URL
    on loopback is POSTed there, signed with `client_secret` as Port signs it (any other host is
    refused); `webhook_sender(url, headers, body) -> status` sends it another way instead (a
    framework's test client). `deliveries` lists what was sent, `wait_for_deliveries()` waits.

    New blueprints, actions and pages get Port's default permissions (Admin and the blueprint's
    moderator role may do anything, Member may read); `permission_defaults=False` starts them
    empty, as earlier versions of the simulator did, for tests that pin that behaviour.
    """

    def __init__(
        self,
        *,
        client_id: str = "sim-client-id",
        client_secret: str = "sim-client-secret",
        seed: int = 0,
        faults: Faults | None = None,
        rate_limit: RateLimit | Literal["port"] | None = None,
        token_lifetime: float = 10800,
        persist_path: str | os.PathLike[str] | None = None,
        clock: Callable[[], float] = time.time,
        spec: SpecSource = None,
        validate_requests: bool = True,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] = anyio.sleep,
        on_response: Callable[[Exchange], None] | None = None,
        permission_defaults: bool = True,
        deliver_webhooks: bool = False,
        webhook_sender: WebhookSender | None = None,
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("client_id and client_secret must not be empty")
        if token_lifetime <= 0:
            raise ValueError(f"token_lifetime must be positive, got {token_lifetime}")
        self.client_id = client_id
        self._client_secret = client_secret
        self.seed = seed
        self._faults = faults
        self.rate_limit = rate_limit
        self.persist_path = Path(persist_path) if persist_path is not None else None
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._spec_source = spec
        self._schemas = (
            SchemaSet(load_spec(spec)) if validate_requests or spec is not None else None
        )
        self._validate = validate_requests
        self._state = State(seed=seed, clock=clock, permission_defaults=permission_defaults)
        self._token_lifetime = token_lifetime
        self._state.auth = self._auth_config()
        self._engine = Engine(
            state=self._state,
            router=Router(ROUTES),
            authenticate=authenticate,
            schemas=self._schemas if validate_requests else None,
            faults=faults,
            rate_limit=rate_limit,
            seed=seed,
            on_response=on_response,
        )
        self._deliverer = Deliverer(self._engine, webhook_sender)
        if deliver_webhooks or webhook_sender is not None:
            self._engine.on_outbox = self._deliverer.enqueue
        self._served_url: str | None = None
        if self.persist_path is not None and self.persist_path.exists():
            self.load()

    def __repr__(self) -> str:
        return f"PortSimulator(base_url={self.base_url!r}, seed={self.seed})"

    @property
    def faults(self) -> Faults | None:
        """The faults injected; set it to change them on a running simulator (None: none)."""
        return self._faults

    @faults.setter
    def faults(self, faults: Faults | None) -> None:
        if faults is not None and not isinstance(faults, Faults):
            raise TypeError(f"faults must be a Faults or None, not {type(faults).__name__}")
        with self._engine.lock:
            self._faults = faults
            self._engine.faults = faults
            self._engine.drawer = FaultDrawer(faults, self.seed) if faults else None
            # Tokens already issued stay; only when they expire follows the new faults.
            self._state.auth = dataclasses.replace(
                self._state.auth, expiry_after=faults.token_expiry_after if faults else None
            )

    def _auth_config(self) -> AuthConfig:
        expiry = self.faults.token_expiry_after if self.faults else None
        return AuthConfig(
            self.client_id, self._client_secret, self._token_lifetime, expiry, self.seed
        )

    @property
    def client_secret(self) -> str:
        """The secret the simulator accepts (test credentials, not a real secret)."""
        return self._client_secret

    @property
    def base_url(self) -> str:
        """The loopback URL while `serve()` runs, else the in-process URL."""
        return self._served_url or IN_PROCESS_URL

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport answering from this simulator, in-process."""
        return SimulatorTransport(self._engine, sleep=self._sleep)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async httpx transport answering from this simulator, in-process."""
        return AsyncSimulatorTransport(self._engine, sleep=self._async_sleep)

    @contextmanager
    def serve(self, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Run a real HTTP server on loopback in a background thread; yields its base URL."""
        with _serve(self._engine, host=host, port=port, sleep=self._sleep) as url:
            previous, self._served_url = self._served_url, url
            try:
                yield url
            finally:
                self._served_url = previous

    @property
    def deliveries(self) -> list[Delivery]:
        """The webhook invocations sent (or refused) so far, oldest first."""
        with self._deliverer._cond:
            return list(self._deliverer.deliveries)

    def wait_for_deliveries(self, timeout: float | None = 30.0) -> bool:
        """Wait until every queued webhook invocation was answered; False if `timeout` passed."""
        return self._deliverer.wait(timeout)

    @property
    def stats(self) -> Stats:
        """A snapshot of the counters."""
        with self._engine.lock:
            return self._engine.stats.copy()

    def handle(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        query: Mapping[str, Any] | None = None,
    ) -> SimResponse:
        """Run one request through the normal pipeline, without auth, faults or rate limit.

        `path` is the route with its parameters already in place; they are percent-encoded
        here, so `sim.handle("GET", ["v1", "blueprints", bp])` style quoting is not needed:
        pass path segments that contain `/` through `segment()`.
        """
        body = b"" if json is None else _json_bytes(json)
        query_string = urlencode(
            [(k, _query_value(v)) for k, vs in (query or {}).items() for v in _as_list(vs)]
        )
        request = RawRequest(method.upper(), path, query_string, {}, body)
        outcome = self._engine.execute(request, internal=True)
        return SimResponse(outcome.status, outcome.headers, _loads(outcome.body))

    @staticmethod
    def segment(value: str) -> str:
        """Percent-encode one path segment (identifiers may contain `/`, `:`, `@`...)."""
        return quote(value, safe="")

    def validate_response(
        self, method: str, path_template: str, status: int, body: Any
    ) -> list[str] | None:
        """Problems of `body` against the spec's schema for that response; None if it has none."""
        schemas = self._schemas or SchemaSet(load_spec(self._spec_source))
        self._schemas = schemas
        if schemas.response_validator(method.upper(), path_template, status) is None:
            return None
        return schemas.check_response(method.upper(), path_template, status, body)

    def reset(self) -> None:
        """Forget all data, tokens and counters (the persisted file is left alone)."""
        with self._engine.lock:
            self._state.clear()
            self._state.auth = self._auth_config()
            self._engine.reset_counters()

    def save(self) -> None:
        """Write the data (not tokens) to `persist_path` as JSON."""
        path = self._need_path()
        with self._engine.lock:
            data = _json_bytes(self._state.dump())
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)

    def load(self) -> None:
        """Replace the data with what `persist_path` holds."""
        path = self._need_path()
        data = json.loads(path.read_bytes())
        with self._engine.lock:
            self._state.restore(data, link=partial(_entities.link, self._state))

    def _need_path(self) -> Path:
        if self.persist_path is None:
            raise RuntimeError("this PortSimulator has no persist_path")
        return self.persist_path


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def _loads(body: bytes) -> Any:
    return json.loads(body) if body else None
