"""The end-to-end scenarios: the same code records a cassette and replays it.

A scenario gets a `Session` (a logged-in PortClient, the prefix every identifier it creates starts
with, and a way to move the simulator's clock) and returns a typed result that
tests/test_cassettes.py checks. Scenarios clean up what they create, so a recording against a real
organization leaves nothing behind; they catch only pyport's own errors, so a request missing from
a cassette (vcrpy's CannotOverwriteExistingCassetteException) always surfaces.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from pyport import PortClient
from pyport._generated.models import (
    ActionRun,
    ActionRunLog,
    Blueprint,
    BulkCreateEntitiesResponse,
    CreateAccessTokenResponse,
    Entity,
)
from pyport._surface import SyncPage
from pyport.errors import APIError
from pyport.testing import Faults, RateLimit

T = TypeVar("T")

# Identifiers that need escaping in a path segment: "/", ":", "@", "+", "=" and non-ASCII letters.
TRICKY_IDENTIFIERS = ("team/payments:api@v2+beta=1", "café-ñandú/Straße")
TOKEN_EXPIRY = 600.0
"""Seconds a simulator token lives in the scenarios that let tokens expire."""
MIB = 1024 * 1024


@dataclass(frozen=True)
class Observed:
    """One response the client saw (after its retries): the request line, status and attempts."""

    method: str
    path: str
    status: int
    attempts: int


class Session:
    """What a scenario works with. `advance` moves the simulator's clock (a no-op on replay)."""

    def __init__(
        self,
        port: PortClient,
        *,
        prefix: str,
        client_id: str,
        client_secret: str,
        advance: Callable[[float], None],
    ) -> None:
        self.port = port
        self.prefix = prefix
        self.client_id = client_id
        self.client_secret = client_secret
        self.advance = advance
        self.exchanges: list[Observed] = []
        hooks = port.http.event_hooks
        hooks["response"] = [*hooks.get("response", []), self._observe]
        port.http.event_hooks = hooks

    def name(self, suffix: str) -> str:
        """An identifier under this run's prefix."""
        return f"{self.prefix}-{suffix}"

    def _observe(self, response: httpx.Response) -> None:
        request = response.request
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        attempts = response.extensions.get("pyport.attempts", 1)
        self.exchanges.append(Observed(request.method, path, response.status_code, attempts))


@dataclass(frozen=True)
class Caught:
    """A pyport error a scenario provoked on purpose, reduced to what tests compare."""

    kind: str
    status: int
    error: str | None
    has_trace_id: bool


def caught(action: Callable[[], object]) -> Caught:
    """Run `action`, which must fail with a pyport APIError, and describe the error."""
    try:
        action()
    except APIError as exc:
        return Caught(type(exc).__name__, exc.status_code, exc.error, bool(exc.trace_id))
    raise AssertionError("the request was expected to fail and did not")


def need(value: T | None) -> T:
    """A field Port must have sent."""
    if value is None:
        raise AssertionError("a field the scenario relies on is missing from Port's answer")
    return value


@dataclass(frozen=True)
class SimulatorSetup:
    """How the simulator is set up for a scenario (ignored against a real Port)."""

    faults: Faults | None = None
    rate_limit: RateLimit | None = None
    skip_rate_window_on_429: bool = False
    """Move the clock to the next rate-limit window after each 429, so a retry can succeed."""


@dataclass(frozen=True)
class Scenario(Generic[T]):
    name: str
    """The cassette's file name (without .yaml)."""
    summary: str
    run: Callable[[Session], T]
    simulator: SimulatorSetup = field(default_factory=SimulatorSetup)
    simulator_only: bool = False
    """Needs faults only the simulator produces on demand (an expiring token, a 429)."""


# --- authentication --------------------------------------------------------------------------


@dataclass(frozen=True)
class AuthResult:
    before_expiry: list[Blueprint]
    after_expiry: list[Blueprint]
    explicit: CreateAccessTokenResponse
    exchanges: list[Observed]


def auth_refresh(session: Session) -> AuthResult:
    """The token exchange, the token dying, the 401 refresh, and an explicit token request."""
    port = session.port
    before = port.blueprints.list()
    session.advance(TOKEN_EXPIRY + 1)
    after = port.blueprints.list()
    explicit = port.auth.create_access_token(
        client_id=session.client_id, client_secret=session.client_secret
    )
    return AuthResult(before, after, explicit, list(session.exchanges))


# --- blueprints ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BlueprintResult:
    domain: Blueprint
    service: Blueprint
    fetched: Blueprint
    updated: Blueprint
    listed: list[str]
    delete_target: Caught
    after_delete: Caught


SERVICE_PROPERTIES: dict[str, Any] = {
    "language": {"type": "string", "enum": ["python", "go", "rust"]},
    "stars": {"type": "number"},
    "tags": {"type": "array", "items": {"type": "string"}},
}


def _create_service_blueprint(session: Session, *, relation_to: str | None = None) -> Blueprint:
    identifier, schema = session.name("service"), {"properties": SERVICE_PROPERTIES, "required": []}
    if relation_to is None:
        return session.port.blueprints.create(identifier=identifier, title="Service", schema=schema)
    return session.port.blueprints.create(
        identifier=identifier,
        title="Service",
        schema=schema,
        relations={
            "domain": {"title": "Domain", "target": relation_to, "required": False, "many": False}
        },
    )


def blueprint_lifecycle(session: Session) -> BlueprintResult:
    """Create two related blueprints, read, update and list them, then delete them in order."""
    port = session.port
    domain_id, service_id = session.name("domain"), session.name("service")
    domain = port.blueprints.create(
        identifier=domain_id,
        title="Domain",
        schema={"properties": {"tier": {"type": "string", "enum": ["gold", "silver"]}}},
    )
    service = _create_service_blueprint(session, relation_to=domain_id)
    fetched = port.blueprints.get(service_id)
    updated = port.blueprints.update(
        service_id,
        schema={
            "properties": {
                **SERVICE_PROPERTIES,
                "public": {"type": "boolean", "title": "Public"},
            }
        },
    )
    listed = sorted(
        identifier
        for blueprint in port.blueprints.list()
        if (identifier := blueprint.identifier).startswith(f"{session.prefix}-")
    )
    # The relation target cannot go while a relation points at it.
    delete_target = caught(lambda: port.blueprints.delete(domain_id))
    port.blueprints.delete(service_id)
    port.blueprints.delete(domain_id)
    after_delete = caught(lambda: port.blueprints.get(service_id))
    return BlueprintResult(domain, service, fetched, updated, listed, delete_target, after_delete)


# --- entities --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntityResult:
    created: list[Entity]
    upserted: Entity
    merged: Entity
    patched: Entity
    fetched: Entity
    searched: list[str]
    blueprint_search: list[Entity]
    after_delete: Caught


def entity_lifecycle(session: Session) -> EntityResult:
    """Create, upsert, merge, patch, read, search and delete entities whose ids need escaping."""
    port = session.port
    blueprint = session.name("service")
    first, second = TRICKY_IDENTIFIERS
    _create_service_blueprint(session)
    created = [
        port.entities.create(
            blueprint,
            identifier=first,
            title="Payments API",
            properties={"language": "python", "stars": 1, "tags": ["payments"]},
        ),
        port.entities.create(
            blueprint, identifier=second, title="Café", properties={"language": "rust"}
        ),
    ]
    # upsert replaces the whole entity: language and tags go, stars changes.
    upserted = port.entities.create(
        blueprint, identifier=first, title="Payments API v2", properties={"stars": 5}, upsert=True
    )
    # merge keeps what the body leaves out.
    merged = port.entities.create(
        blueprint, identifier=first, properties={"language": "go"}, upsert=True, merge=True
    )
    patched = port.entities.update(blueprint, second, title="Café ñandú")
    fetched = port.entities.get(blueprint, first)
    found = port.entities.search_all(
        combinator="and",
        rules=[
            {"property": "$blueprint", "operator": "=", "value": blueprint},
            {"property": "$identifier", "operator": "in", "value": [first, second]},
        ],
    )
    searched = sorted(entity.identifier for entity in need(found.entities))
    blueprint_search = port.entities.search(
        blueprint,
        query={
            "combinator": "and",
            "rules": [{"property": "language", "operator": "=", "value": "go"}],
        },
        limit=10,
    ).items
    port.entities.delete(blueprint, first)
    port.entities.delete(blueprint, second)
    after_delete = caught(lambda: port.entities.get(blueprint, first))
    port.blueprints.delete(blueprint)
    return EntityResult(
        created, upserted, merged, patched, fetched, searched, blueprint_search, after_delete
    )


# --- bulk ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BulkResult:
    partial: BulkCreateEntitiesResponse
    again: BulkCreateEntitiesResponse
    count: int
    deleted: list[str]


def _package(identifier: str, downloads: object) -> dict[str, Any]:
    return {
        "identifier": identifier,
        "title": identifier,
        "properties": {"version": "1.0.0", "downloads": downloads},
    }


def bulk_upsert_partial(session: Session) -> BulkResult:
    """A bulk upsert where one entity is invalid (207), the same upsert again (200), cleanup."""
    port = session.port
    blueprint = session.name("package")
    port.blueprints.create(
        identifier=blueprint,
        title="Package",
        schema={"properties": {"version": {"type": "string"}, "downloads": {"type": "number"}}},
    )
    valid = [_package("left-pad", 10), _package("čeština", 20), _package("a/b@c", 30)]
    partial = port.entities.bulk_create(
        blueprint,
        entities=[valid[0], valid[1], _package("broken", "many"), valid[2]],
        upsert=True,
    )
    again = port.entities.bulk_create(blueprint, entities=valid, upsert=True)
    count = port.entities.count(blueprint)
    deleted = port.entities.bulk_delete(
        blueprint, entities=[entity["identifier"] for entity in valid]
    )
    port.blueprints.delete(blueprint)
    return BulkResult(partial, again, count, deleted)


# --- pagination ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PagedResult:
    pages: list[list[str]]
    cursors: list[str | None]
    exchanges: list[Observed]


def _items_blueprint(session: Session, count: int) -> str:
    blueprint = session.name("item")
    session.port.blueprints.create(
        identifier=blueprint, title="Item", schema={"properties": {"rank": {"type": "number"}}}
    )
    entities = [
        {"identifier": f"item-{n:02d}", "title": f"Item {n}", "properties": {"rank": n}}
        for n in range(count)
    ]
    session.port.entities.bulk_create(blueprint, entities=entities, upsert=True)
    return blueprint


def _pages(
    session: Session, blueprint: str, *, between: Callable[[], None]
) -> Iterator[SyncPage[Entity]]:
    first = session.port.entities.search(
        blueprint,
        query={"combinator": "and", "rules": [{"property": "rank", "operator": ">=", "value": 0}]},
        limit=3,
    )
    for page in first.iter_pages():
        yield page
        if page.has_next_page():
            between()  # runs when the caller asks for the next page, before it is fetched


def _identifiers(entities: list[Entity] | Any) -> list[str]:
    return [entity.identifier for entity in entities]


def paged_search(session: Session) -> PagedResult:
    """Ten entities read back three at a time: four pages, each asked for with the last cursor."""
    blueprint = _items_blueprint(session, 10)
    start = len(session.exchanges)
    pages, cursors = [], []
    for page in _pages(session, blueprint, between=lambda: None):
        pages.append(_identifiers(page.items))
        cursors.append(page.next_cursor)
    searches = session.exchanges[start:]
    session.port.entities.delete_all(blueprint)
    session.port.blueprints.delete(blueprint)
    return PagedResult(pages, cursors, searches)


def token_expiry_mid_scenario(session: Session) -> PagedResult:
    """A paged search whose token dies between two pages: one 401, a refresh, and on."""
    blueprint = _items_blueprint(session, 7)
    start = len(session.exchanges)
    pages, cursors = [], []
    for page in _pages(session, blueprint, between=lambda: session.advance(TOKEN_EXPIRY + 1)):
        pages.append(_identifiers(page.items))
        cursors.append(page.next_cursor)
    during = session.exchanges[start:]
    session.port.entities.delete_all(blueprint)
    session.port.blueprints.delete(blueprint)
    return PagedResult(pages, cursors, during)


# --- actions ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionResult:
    started: ActionRun
    updated: ActionRun
    finished: ActionRun
    logs: list[ActionRunLog]
    second_termination: Caught


def action_run_logs(session: Session) -> ActionResult:
    """Run a self-service action on an entity, report progress, log, terminate, read it back."""
    port = session.port
    blueprint, action = session.name("service"), session.name("restart")
    _create_service_blueprint(session)
    port.entities.create(blueprint, identifier="checkout", title="Checkout")
    port.actions.create(
        identifier=action,
        title="Restart",
        trigger={
            "type": "self-service",
            "operation": "DAY-2",
            "blueprintIdentifier": blueprint,
            "userInputs": {"properties": {"force": {"type": "boolean"}}, "required": []},
        },
        invocation_method={"type": "WEBHOOK", "url": "https://example.com/port-hook"},
    )
    started = port.actions.run(action, properties={"force": True}, entity="checkout")
    run_id = started.id
    updated = port.action_runs.update(
        run_id, link="https://ci.example.com/runs/1", summary="restarting"
    )
    port.action_runs.logs.create(run_id, message="draining connections")
    port.action_runs.logs.create(run_id, message="restarted", termination_status="SUCCESS")
    second = caught(
        lambda: port.action_runs.logs.create(run_id, message="again", termination_status="FAILURE")
    )
    finished = port.action_runs.get(run_id)
    logs = port.action_runs.logs.list(run_id)
    port.actions.delete(action)
    port.entities.delete(blueprint, "checkout")
    port.blueprints.delete(blueprint)
    return ActionResult(started, updated, finished, logs, second)


# --- errors ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErrorsResult:
    not_found: Caught
    identifier_taken: Caught
    has_dependents: Caught
    too_large: Caught
    invalid: Caught
    bad_credentials: Caught
    exchanges: list[Observed]


def error_statuses(session: Session) -> ErrorsResult:
    """Every error status the simulator produces for a well-formed client: 404, 409 (twice), 413,
    422, and 401 for unknown credentials."""
    port = session.port
    blueprint = session.name("service")
    not_found = caught(lambda: port.blueprints.get(session.name("missing")))
    _create_service_blueprint(session)

    def create_checkout() -> Entity:
        return port.entities.create(
            blueprint, identifier="checkout", title="Checkout", properties={"stars": 3}
        )

    create_checkout()
    taken = caught(create_checkout)
    dependents = caught(lambda: port.blueprints.delete(blueprint))
    too_large = caught(
        lambda: port.entities.create(blueprint, identifier="huge", properties={"tags": ["x" * MIB]})
    )
    invalid = caught(
        lambda: port.entities.create(blueprint, identifier="typo", properties={"stars": "three"})
    )
    port.entities.delete(blueprint, "checkout")
    port.blueprints.delete(blueprint)
    exchanges = list(session.exchanges)
    with port.with_options(client_id="unknown-client-id", client_secret="not-the-secret") as other:
        bad_credentials = caught(other.blueprints.list)
    return ErrorsResult(
        not_found, taken, dependents, too_large, invalid, bad_credentials, exchanges
    )


# --- rate limits -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RateLimitResult:
    reads: list[Blueprint]
    exchanges: list[Observed]


RATE_LIMIT = RateLimit(limit=4, period=60)


def rate_limited_retry(session: Session) -> RateLimitResult:
    """Five requests into a window of four: the fifth gets a 429 and succeeds on its retry."""
    port = session.port
    blueprint = session.name("service")
    _create_service_blueprint(session)
    reads = [port.blueprints.get(blueprint) for _ in range(4)]
    port.blueprints.delete(blueprint)
    return RateLimitResult(reads, list(session.exchanges))


AUTH_REFRESH = Scenario(
    "auth_refresh",
    "token exchange, expiry, 401 and refresh, explicit token request",
    auth_refresh,
    SimulatorSetup(faults=Faults(token_expiry_after=TOKEN_EXPIRY)),
    simulator_only=True,
)
BLUEPRINT_LIFECYCLE = Scenario(
    "blueprint_lifecycle", "related blueprints: create, update, delete", blueprint_lifecycle
)
ENTITY_LIFECYCLE = Scenario(
    "entity_lifecycle", "escaped identifiers: upsert, merge, search", entity_lifecycle
)
BULK_UPSERT_PARTIAL = Scenario(
    "bulk_upsert_partial", "bulk upsert with a 207 partial failure", bulk_upsert_partial
)
PAGED_SEARCH = Scenario("paged_search", "blueprint search over four pages", paged_search)
ACTION_RUN_LOGS = Scenario(
    "action_run_logs", "an action run with progress and logs", action_run_logs
)
ERROR_STATUSES = Scenario(
    "error_statuses", "404, 409, 413, 422 and 401 mapped to errors", error_statuses
)
RATE_LIMITED_RETRY = Scenario(
    "rate_limited_retry",
    "a 429 followed by a successful retry",
    rate_limited_retry,
    SimulatorSetup(rate_limit=RATE_LIMIT, skip_rate_window_on_429=True),
    simulator_only=True,
)
TOKEN_EXPIRY_MID_SCENARIO = Scenario(
    "token_expiry_mid_scenario",
    "a token expiring between two pages of a search",
    token_expiry_mid_scenario,
    SimulatorSetup(faults=Faults(token_expiry_after=TOKEN_EXPIRY)),
    simulator_only=True,
)

SCENARIOS: tuple[Scenario[Any], ...] = (
    AUTH_REFRESH,
    BLUEPRINT_LIFECYCLE,
    ENTITY_LIFECYCLE,
    BULK_UPSERT_PARTIAL,
    PAGED_SEARCH,
    ACTION_RUN_LOGS,
    ERROR_STATUSES,
    RATE_LIMITED_RETRY,
    TOKEN_EXPIRY_MID_SCENARIO,
)
BY_NAME: dict[str, Scenario[Any]] = {scenario.name: scenario for scenario in SCENARIOS}
