"""Routing, envelopes, auth, rate limits and faults: the request pipeline every seam shares."""

from __future__ import annotations

import hashlib
import json
import logging
import math
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qs, unquote

from pyport.testing._errors import ApiError
from pyport.testing._faults import (
    NO_FAULT,
    PORT_LIMITS,
    PORT_PERIOD,
    FaultDrawer,
    FaultPlan,
    Faults,
    RateLimit,
    RateWindow,
    route_family,
)
from pyport.testing._state import State
from pyport.testing._validation import SchemaSet

MAX_BODY = 1024 * 1024
AUTH_TEMPLATE = "/v1/auth/access_token"
_TRUE = ("true", "1")
_FALSE = ("false", "0", "")

RateLimitSetting = RateLimit | Literal["port"] | None
"""None: Port's published limits in the headers, not enforced; "port": enforced; a RateLimit:
one window for every request, enforced."""

_logger = logging.getLogger("pyport.testing")


@dataclass
class Call:
    """One routed request, as a handler sees it."""

    method: str
    template: str
    params: dict[str, str]
    query: dict[str, list[str]]
    body: Any
    actor: str
    user_agent: str = ""
    """The writer's User-Agent: what Port records as an entity's `$datasource`."""

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
            parsed = float(value)
        except ValueError:
            raise ApiError(422, "invalid_request", f"querystring/{name} must be number") from None
        if not math.isfinite(parsed):
            raise ApiError(422, "invalid_request", f"querystring/{name} must be number")
        if parsed < low:
            raise ApiError(422, "invalid_request", f"querystring/{name} must be >= {low}")
        if parsed > high:
            raise ApiError(422, "invalid_request", f"querystring/{name} must be <= {high}")
        # The spec says number: 5.5 is valid, and counts as 5 items.
        return math.floor(parsed)

    def count(self, name: str, *, default: int, most: int) -> int:
        """A number the spec leaves unbounded, used as a count: below 0 is 0, above `most`
        is `most` (a valid request gets an answer, never a 422 the spec does not give)."""
        value = self.arg(name)
        if value is None:
            return default
        try:
            parsed = float(value)
        except ValueError:
            raise ApiError(422, "invalid_request", f"querystring/{name} must be number") from None
        if math.isnan(parsed):
            raise ApiError(422, "invalid_request", f"querystring/{name} must be number")
        return int(max(0.0, min(parsed, float(most))))

    def json(self) -> dict[str, Any]:
        if not isinstance(self.body, dict):
            raise ApiError(422, "invalid_request", "body must be object")
        return self.body


@dataclass
class Reply:
    status: int
    body: Any


def ok(status: int = 200, /, **payload: Any) -> Reply:
    # Positional-only: a payload may hold a key named `status` (a user's, a run's).
    return Reply(status, {"ok": True, **payload})


Handler = Callable[[State, Call], Reply]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler | None
    """None: the route exists in Port but the simulator answers 501."""
    unpublished: bool = False
    """Port serves it (its own clients call it) but its OpenAPI spec does not list it."""


class Router:
    def __init__(self, routes: Iterable[Route]) -> None:
        self.routes = list(routes)
        self._table: dict[tuple[str, int], list[tuple[tuple[str | None, ...], Route]]] = {}
        self._shapes: dict[int, list[tuple[tuple[str | None, ...], str]]] = {}
        for route in self.routes:
            segments = route.template.strip("/").split("/")
            shape = tuple(None if s.startswith("{") else s for s in segments)
            self._table.setdefault((route.method, len(shape)), []).append((shape, route))
            self._shapes.setdefault(len(shape), []).append((shape, route.method))
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

    def allowed(self, segments: list[str]) -> list[str]:
        """The methods some route serves at this path (empty: no route has the path)."""
        return sorted(
            {
                method
                for shape, method in self._shapes.get(len(segments), ())
                if all(s is None or s == seg for s, seg in zip(shape, segments, strict=True))
            }
        )


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
        rate_limit: RateLimitSetting,
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
        # Webhook invocations queued by this request (State.outbox): see _webhooks.
        self.on_outbox: Callable[[list[Any]], None] | None = None
        self.lock = threading.RLock()
        self.reset_counters()

    def reset_counters(self) -> None:
        self.stats = Stats()
        self.trace_counter = 0
        self.drawer = FaultDrawer(self.faults, self.seed) if self.faults else None
        limit = self.rate_limit
        self.window = RateWindow(limit) if isinstance(limit, RateLimit) else None
        self.families: dict[str, RateWindow] = {}

    def _trace_id(self) -> str:
        self.trace_counter += 1
        data = f"{self.seed}:trace:{self.trace_counter}".encode()
        return hashlib.blake2b(data, digest_size=16).hexdigest()

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
        """Process one request. `internal` skips auth and the rate limit (seeding helpers).

        Never raises: a bug of the simulator's own is a 500 in Port's error format, with the
        trace id, and an ERROR record on the `pyport.testing` logger.
        """
        with self.lock:
            trace = self._trace_id()
            try:
                outcome = self._execute(request, plan, internal, trace)
            except Exception as error:
                outcome = self._crashed(request, trace, error)
            outbox, self.state.outbox = self.state.outbox, []
        # Handed over once the lock is released: the receiving service may call back at once.
        if outbox and self.on_outbox is not None:
            self.on_outbox(outbox)
        return outcome

    def failure(self, status: int, error: str, message: str) -> Outcome:
        """An error answer for a request the seam could not even hand over (bad framing)."""
        with self.lock:
            headers = {"x-trace-id": self._trace_id(), "content-type": _JSON}
            body = {"ok": False, "error": error, "message": message}
            return Outcome(status, headers, _dumps(body))

    def _crashed(self, request: RawRequest, trace: str, error: Exception) -> Outcome:
        _logger.error(
            "Port simulator failed on %s %s (trace id %s)",
            request.method,
            request.raw_path,
            trace,
            exc_info=error,
        )
        body = {
            "ok": False,
            "error": "internal_error",
            "message": (
                f"The Port simulator failed on this request ({type(error).__name__}); "
                f"trace id {trace}"
            ),
        }
        matched = self._route(request.method, request.raw_path)
        op = f"{request.method} {matched[0].template if matched else request.raw_path}"
        self.stats.requests[(op, 500)] += 1
        headers = {"x-trace-id": trace, "content-type": _JSON}
        return Outcome(500, headers, _dumps(body))

    def _route(self, method: str, raw_path: str) -> tuple[Route, dict[str, str]] | None:
        return self.router.match(method, _segments(raw_path))

    def _execute(self, request: RawRequest, plan: FaultPlan, internal: bool, trace: str) -> Outcome:
        headers: dict[str, str] = {"x-trace-id": trace}
        segments = _segments(request.raw_path)
        matched = self.router.match(request.method, segments)
        template = matched[0].template if matched else None
        is_auth = template == AUTH_TEMPLATE
        who = None if internal or is_auth else self._who(request.headers.get("authorization", ""))
        try:
            if not internal:
                self._take_budget(request.method, template, is_auth, who is not None, headers)
            if plan.kind == "error":
                raise ApiError(
                    plan.status, "internal_error", f"Injected failure {plan.status} (simulator)"
                )
            if len(request.body) > MAX_BODY:
                raise ApiError(
                    413, "payload_too_large", "Request body is too large (limit is 1MiB)"
                )
            if matched is None:
                raise self._no_route(request, segments)
            route, params = matched
            actor = "simulator"
            if not internal and not is_auth:
                if who is None:
                    raise ApiError(
                        401,
                        "unauthorized",
                        "A valid access token is required (Authorization: Bearer)",
                    )
                actor = who
            if route.handler is None:
                raise _not_implemented(route)
            body = self._body(request)
            query = parse_qs(request.query, keep_blank_values=True)
            if self.schemas is not None:
                # Fastify's order: the body, then the query string.
                problem = self.schemas.check_request(route.method, route.template, body)
                if problem is None:
                    problem = self.schemas.check_query(route.method, route.template, query)
                if problem is not None:
                    raise ApiError(422, "invalid_request", problem)
            call = Call(
                route.method,
                route.template,
                params,
                query,
                body,
                actor,
                request.headers.get("user-agent", ""),
            )
            reply = route.handler(self.state, call)
            status, payload = reply.status, reply.body
        except ApiError as error:
            status, payload = error.status, error.body()
            headers.update(error.headers)
        encoded = _dumps(payload)
        op = f"{request.method} {template or request.raw_path}"
        self.stats.requests[(op, status)] += 1
        if is_auth and status == 200:
            self.stats.tokens_issued += 1
        if self.on_response is not None:
            self.on_response(Exchange(request.method, template, status, payload))
        headers["content-type"] = _JSON
        stall = 0.0
        if plan.kind == "stall":
            stall = plan.stall
        fault = plan.kind if plan.kind in ("stall", "truncate", "reset_after") else None
        return Outcome(status, headers, encoded, fault, stall)

    def _no_route(self, request: RawRequest, segments: list[str]) -> ApiError:
        allowed = self.router.allowed(segments)
        if allowed:
            listed = ", ".join(allowed)
            return ApiError(
                405,
                "method_not_allowed",
                f"Method {request.method} is not allowed on {request.raw_path} (allowed: {listed})",
                headers={"allow": listed},
            )
        return ApiError(
            404, "route_not_found", f"Route {request.method}:{request.raw_path} not found"
        )

    def _take_budget(
        self,
        method: str,
        template: str | None,
        is_auth: bool,
        authenticated: bool,
        headers: dict[str, str],
    ) -> None:
        """Count the request against its rate-limit window, add the x-ratelimit-* headers, and
        answer 429 once an enforced window is used up."""
        on_auth = self.faults is not None and self.faults.faults_on_auth
        if self.window is not None:
            window, consume, enforce = self.window, not is_auth or on_auth, True
        else:
            enforce = self.rate_limit == "port"
            if is_auth and not on_auth:
                return  # the token route stays outside the budget, as it always has here
            if is_auth or not authenticated:
                if not enforce and not is_auth:
                    # Advisory mode: a 100-request "unauthenticated" window in a 401 would make
                    # a client that keeps one budget (pyport's throttle, Terraform's) believe
                    # it has 99 requests left for everything.
                    return
                family = "unauthenticated"
            else:
                family = route_family(method, template)
            found = self.families.get(family)
            if found is None:
                limit = RateLimit(PORT_LIMITS[family], PORT_PERIOD)
                found = self.families[family] = RateWindow(limit)
            window, consume = found, True
        allowed, limit_headers, wait = window.take(self.state.now(), consume=consume)
        headers.update(limit_headers)
        if enforce and consume and not allowed:
            self.stats.rate_limited += 1
            headers["retry-after"] = str(max(1, int(wait + 0.999)))
            raise ApiError(
                429,
                "rate_limit_exceeded",
                "You have exceeded the rate limit; retry after the reset",
            )

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


_JSON = "application/json; charset=utf-8"


def _segments(raw_path: str) -> list[str]:
    return [unquote(s) for s in raw_path.strip("/").split("/")]


def _not_implemented(route: Route) -> ApiError:
    what = f"{route.method} {route.template}"
    if route.unpublished:
        message = (
            f"The Port simulator does not implement {what}, a route Port serves but does not "
            "publish in its OpenAPI spec"
        )
    else:
        message = f"The Port simulator does not implement {what}"
    return ApiError(501, "not_implemented", message)
