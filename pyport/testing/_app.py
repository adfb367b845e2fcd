"""Routing, envelopes, auth, rate limits and faults: the request pipeline every seam shares."""

from __future__ import annotations

import hashlib
import json
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote

from pyport.testing._errors import ApiError
from pyport.testing._faults import NO_FAULT, FaultDrawer, FaultPlan, Faults, RateLimit, RateWindow
from pyport.testing._state import State
from pyport.testing._validation import SchemaSet

MAX_BODY = 1024 * 1024
AUTH_TEMPLATE = "/v1/auth/access_token"
_TRUE = ("true", "1")
_FALSE = ("false", "0", "")


@dataclass
class Call:
    """One routed request, as a handler sees it."""

    method: str
    template: str
    params: dict[str, str]
    query: dict[str, list[str]]
    body: Any
    actor: str

    def arg(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def flag(self, name: str) -> bool:
        value = self.arg(name)
        if value is None:
            return False
        lowered = value.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ApiError(422, "invalid_request", f"querystring/{name} must be boolean")

    def number(self, name: str, *, default: int, low: int, high: int) -> int:
        value = self.arg(name)
        if value is None:
            return default
        try:
            number = int(value)
        except ValueError:
            raise ApiError(422, "invalid_request", f"querystring/{name} must be integer") from None
        if not low <= number <= high:
            raise ApiError(
                422, "invalid_request", f"querystring/{name} must be between {low} and {high}"
            )
        return number

    def json(self) -> dict[str, Any]:
        if not isinstance(self.body, dict):
            raise ApiError(422, "invalid_request", "body must be object")
        return self.body


@dataclass
class Reply:
    status: int
    body: Any


def ok(status: int = 200, **payload: Any) -> Reply:
    return Reply(status, {"ok": True, **payload})


Handler = Callable[[State, Call], Reply]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler | None
    """None: the route exists in Port but the simulator answers 501."""


class Router:
    def __init__(self, routes: Iterable[Route]) -> None:
        self.routes = list(routes)
        self._table: dict[tuple[str, int], list[tuple[tuple[str | None, ...], Route]]] = {}
        self._shapes: dict[int, list[tuple[str | None, ...]]] = {}
        for route in self.routes:
            segments = route.template.strip("/").split("/")
            shape = tuple(None if s.startswith("{") else s for s in segments)
            self._table.setdefault((route.method, len(shape)), []).append((shape, route))
            self._shapes.setdefault(len(shape), []).append(shape)
        for candidates in self._table.values():
            # Literal segments win over parameters (`/v1/actions/runs` before `/{id}`).
            candidates.sort(key=lambda item: tuple(s is None for s in item[0]))

    def match(self, method: str, segments: list[str]) -> tuple[Route, dict[str, str]] | None:
        for shape, route in self._table.get((method, len(segments)), ()):
            if all(s is None or s == seg for s, seg in zip(shape, segments, strict=True)):
                names = route.template.strip("/").split("/")
                params = {names[i][1:-1]: segments[i] for i, s in enumerate(shape) if s is None}
                return route, params
        return None


@dataclass(frozen=True)
class RawRequest:
    method: str
    raw_path: str
    query: str
    headers: dict[str, str]
    """Lower-cased names."""
    body: bytes


@dataclass(frozen=True)
class Outcome:
    """A response plus the fault, if any, the seam must act out after processing."""

    status: int
    headers: dict[str, str]
    body: bytes
    fault: str | None = None
    stall: float = 0.0


@dataclass(frozen=True)
class Exchange:
    """What the simulator answered to one request (passed to `on_response` observers)."""

    method: str
    template: str | None
    status: int
    body: Any


@dataclass
class Stats:
    """Counters since the simulator started (or was reset)."""

    requests: Counter[tuple[str, int]] = field(default_factory=Counter)
    """("METHOD /path/{template}", status) -> count."""
    faults: Counter[str] = field(default_factory=Counter)
    """Fault kind -> count: latency, reset_before, error, stall, truncate, reset_after."""
    rate_limited: int = 0
    """429s sent."""
    tokens_issued: int = 0

    def copy(self) -> Stats:
        return Stats(
            Counter(self.requests), Counter(self.faults), self.rate_limited, self.tokens_issued
        )

    @property
    def total(self) -> int:
        return sum(self.requests.values())


def _dumps(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


class Engine:
    """Runs requests against the State. Thread-safe: one request mutates state at a time."""

    def __init__(
        self,
        *,
        state: State,
        router: Router,
        authenticate: Callable[[State, str], str | None],
        schemas: SchemaSet | None,
        faults: Faults | None,
        rate_limit: RateLimit | None,
        seed: int,
        on_response: Callable[[Exchange], None] | None,
    ) -> None:
        self.state = state
        self.router = router
        self.authenticate = authenticate
        self.schemas = schemas
        self.faults = faults
        self.rate_limit = rate_limit
        self.seed = seed
        self.on_response = on_response
        self.lock = threading.RLock()
        self.reset_counters()

    def reset_counters(self) -> None:
        self.stats = Stats()
        self.trace_counter = 0
        self.drawer = FaultDrawer(self.faults, self.seed) if self.faults else None
        self.window = RateWindow(self.rate_limit) if self.rate_limit else None

    def _trace_id(self) -> str:
        self.trace_counter += 1
        data = f"{self.seed}:trace:{self.trace_counter}".encode()
        return hashlib.blake2b(data, digest_size=16).hexdigest()

    def _route(self, method: str, raw_path: str) -> tuple[Route, dict[str, str]] | None:
        segments = [unquote(s) for s in raw_path.strip("/").split("/")]
        return self.router.match(method, segments)

    def plan(self, method: str, raw_path: str) -> FaultPlan:
        """Decide the fault for this request (before anything is processed)."""
        if self.drawer is None:
            return NO_FAULT
        assert self.faults is not None
        if not self.faults.faults_on_auth and raw_path.rstrip("/") == AUTH_TEMPLATE:
            return NO_FAULT
        with self.lock:
            plan = self.drawer.draw()
            if plan.delay:
                self.stats.faults["latency"] += 1
            if plan.kind is not None:
                self.stats.faults[plan.kind] += 1
        return plan

    def execute(
        self, request: RawRequest, plan: FaultPlan = NO_FAULT, *, internal: bool = False
    ) -> Outcome:
        """Process one request. `internal` skips auth and the rate limit (seeding helpers)."""
        with self.lock:
            return self._execute(request, plan, internal)

    def _execute(self, request: RawRequest, plan: FaultPlan, internal: bool) -> Outcome:
        headers: dict[str, str] = {"x-trace-id": self._trace_id()}
        matched = self._route(request.method, request.raw_path)
        template = matched[0].template if matched else None
        is_auth = template == AUTH_TEMPLATE
        try:
            if self.window is not None and not internal:
                limited = not is_auth or (self.faults is not None and self.faults.faults_on_auth)
                allowed, limit_headers, wait = self.window.take(self.state.now(), consume=limited)
                headers.update(limit_headers)
                if limited and not allowed:
                    self.stats.rate_limited += 1
                    headers["retry-after"] = str(max(1, int(wait + 0.999)))
                    raise ApiError(
                        429,
                        "rate_limit_exceeded",
                        "You have exceeded the rate limit; retry after the reset",
                    )
            if plan.kind == "error":
                raise ApiError(
                    plan.status, "internal_error", f"Injected failure {plan.status} (simulator)"
                )
            if len(request.body) > MAX_BODY:
                raise ApiError(
                    413, "payload_too_large", "Request body is too large (limit is 1MiB)"
                )
            if matched is None:
                raise ApiError(
                    404, "not_found", f"Route {request.method}:{request.raw_path} not found"
                )
            route, params = matched
            actor = "simulator"
            if not internal and not is_auth:
                who = self._who(request.headers.get("authorization", ""))
                if who is None:
                    raise ApiError(
                        401,
                        "unauthorized",
                        "A valid access token is required (Authorization: Bearer)",
                    )
                actor = who
            if route.handler is None:
                raise ApiError(
                    501,
                    "not_implemented",
                    f"The Port simulator does not implement {route.method} {route.template}",
                )
            body = self._body(request)
            if self.schemas is not None and request.method in ("POST", "PUT", "PATCH"):
                problem = self.schemas.check_request(route.method, route.template, body)
                if problem is not None:
                    raise ApiError(422, "invalid_request", problem)
            query = parse_qs(request.query, keep_blank_values=True)
            call = Call(route.method, route.template, params, query, body, actor)
            reply = route.handler(self.state, call)
            status, payload = reply.status, reply.body
        except ApiError as error:
            status, payload = error.status, error.body()
        op = f"{request.method} {template or request.raw_path}"
        self.stats.requests[(op, status)] += 1
        if is_auth and status == 200:
            self.stats.tokens_issued += 1
        if self.on_response is not None:
            self.on_response(Exchange(request.method, template, status, payload))
        headers["content-type"] = "application/json; charset=utf-8"
        stall = 0.0
        if plan.kind == "stall":
            stall = plan.stall
        fault = plan.kind if plan.kind in ("stall", "truncate", "reset_after") else None
        return Outcome(status, headers, _dumps(payload), fault, stall)

    def _who(self, authorization: str) -> str | None:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return None
        return self.authenticate(self.state, token.strip())

    @staticmethod
    def _body(request: RawRequest) -> Any:
        if not request.body.strip():
            return None
        try:
            return json.loads(request.body)
        except ValueError as error:
            raise ApiError(400, "invalid_json", f"Body is not valid JSON: {error}") from None
