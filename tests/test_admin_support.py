"""Shared by the tests of pyport.admin: a rich organization on the simulator, a client on it,
a simulated clock, and what counts as a write. (Its own tests check the organization it builds.)"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from pyport import PortClient, RetryPolicy, Throttle
from pyport.admin import KindDiff, SnapshotDiff
from pyport.testing import Faults, PortSimulator, RateLimit

START = 1_767_225_600.0  # 2026-01-01T00:00:00Z
SECRETS = ("wh-signing-secret-5f1a", "db-password-c0ffee", "hdr-token-9e77")
_READ_POSTS = ("/v1/auth/access_token", "/v1/entities/search", "/entities/search")


class Clock:
    """The simulator's clock: moves only when told to (so no test waits for real)."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class WaitsAreSimulated(httpx.BaseTransport):
    """Under the client's retries: a 429 moves the simulated clock to the reset, standing in for
    the wait the client was asked to do (its own sleeps are zero, see `connect`)."""

    pyport_in_process = True  # wraps the in-process simulator: plain http leaves nothing

    def __init__(self, inner: httpx.BaseTransport, clock: Clock) -> None:
        self._inner = inner
        self._clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        if response.status_code == 429:
            self._clock.advance(float(response.headers.get("retry-after", "1")))
        return response

    def close(self) -> None:
        self._inner.close()


def make_sim(
    clock: Clock | None = None,
    *,
    seed: int = 0,
    faults: Faults | None = None,
    rate_limit: RateLimit | None = None,
) -> PortSimulator:
    return PortSimulator(
        seed=seed,
        clock=clock or Clock(),
        sleep=lambda _: None,
        faults=faults,
        rate_limit=rate_limit,
        # The admin tests pin permissions written from nothing; Port's defaults (which the
        # simulator now gives new resources) would add every resource to every snapshot.
        permission_defaults=False,
    )


@contextmanager
def connect(sim: PortSimulator, clock: Clock | None = None) -> Iterator[PortClient]:
    """A client on the simulator whose retries never sleep for real."""
    transport: httpx.BaseTransport = sim.transport()
    if clock is not None:
        transport = WaitsAreSimulated(transport, clock)
    with PortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=transport,
        retry=RetryPolicy(max_attempts=12, backoff_base=0, retry_after_max=0, max_elapsed=600),
        throttle=Throttle(respect_rate_limit_headers=False),
        environ={},
    ) as port:
        yield port


def is_write(operation: str) -> bool:
    method, _, path = operation.partition(" ")
    if method in ("PUT", "PATCH", "DELETE"):
        return True
    return method == "POST" and not path.endswith(_READ_POSTS)


def writes(sim: PortSimulator) -> dict[str, int]:
    """Write requests the simulator received (any status), by operation."""
    found: dict[str, int] = {}
    for (operation, _status), count in sim.stats.requests.items():
        if is_write(operation):
            found[operation] = found.get(operation, 0) + count
    return found


def _blueprint(identifier: str, properties: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """The keyword arguments of `port.blueprints.create` for a small blueprint."""
    return {
        "identifier": identifier,
        "title": identifier.title(),
        "icon": "Service",
        "schema": {"properties": properties, "required": []},
        **extra,
    }


def build_org(port: PortClient, *, services: int = 600, deployments: int = 400) -> dict[str, int]:
    """Blueprints whose relations form a cycle (domain ⇄ service, service → service), a
    required relation, mirror and calculation properties, entities, actions, scorecards,
    teams, a page, a webhook with a signing secret, an organization secret and a user."""
    text = {"type": "string"}
    port.blueprints.create(
        **_blueprint("domain", {"tier": {"type": "number"}, "description": text})
    )
    port.blueprints.create(
        **_blueprint(
            "service",
            {"language": {"type": "string", "enum": ["python", "go"]}, "tier": {"type": "number"}},
            relations={
                "domain": {"title": "Domain", "target": "domain", "many": False, "required": False},
                "dependsOn": {
                    "title": "Depends on",
                    "target": "service",
                    "many": True,
                    "required": False,
                },
            },
            mirror_properties={"domainTier": {"title": "Domain tier", "path": "domain.tier"}},
            calculation_properties={
                "label": {
                    "title": "Label",
                    "type": "string",
                    "calculation": '.identifier + "-" + .properties.language',
                }
            },
        )
    )
    port.blueprints.update(
        "domain",
        relations={
            "owner": {"title": "Owner", "target": "service", "many": False, "required": False}
        },
    )
    port.blueprints.create(
        **_blueprint(
            "deployment",
            {"version": text},
            relations={
                "service": {
                    "title": "Service",
                    "target": "service",
                    "many": False,
                    "required": True,
                },
            },
            mirror_properties={"language": {"title": "Language", "path": "service.language"}},
        )
    )
    domains = [
        {"identifier": f"dom-{i}", "title": f"Domain {i}", "properties": {"tier": i % 3}}
        for i in range(10)
    ]
    port.entities.upsert_many("domain", domains).raise_for_failures()
    port.entities.upsert_many(
        "service",
        (
            {
                "identifier": f"svc/{i:04d}",
                "title": f"Service {i}",
                "team": ["platform"] if i % 2 else [],
                "properties": {"language": ("python", "go")[i % 2], "tier": i % 4},
                "relations": {
                    "domain": f"dom-{i % 10}",
                    "dependsOn": [f"svc/{j:04d}" for j in range(max(0, i - 2), i)],
                },
            }
            for i in range(services)
        ),
        concurrency=1,  # each service depends on the two before it
    ).raise_for_failures()
    # The cycle's other half: each domain is owned by a service.
    owned = [{**d, "relations": {"owner": f"svc/{i:04d}"}} for i, d in enumerate(domains)]
    port.entities.upsert_many("domain", owned).raise_for_failures()
    port.entities.upsert_many(
        "deployment",
        (
            {
                "identifier": f"dep:{i}",
                "properties": {"version": f"1.{i}"},
                "relations": {"service": f"svc/{i % services:04d}"},
            }
            for i in range(deployments)
        ),
    ).raise_for_failures()
    for identifier, blueprint in (("deploy", "service"), ("rollback", "deployment")):
        port.actions.create(
            identifier=identifier,
            title=identifier.title(),
            trigger={
                "type": "self-service",
                "operation": "DAY-2",
                "blueprintIdentifier": blueprint,
                "userInputs": {"properties": {"note": text}, "required": []},
            },
            invocation_method={"type": "WEBHOOK", "url": "https://example.com/hook"},
        )
    port.scorecards.create(
        "service",
        identifier="production-ready",
        title="Production ready",
        levels=[{"title": "Basic", "color": "paleBlue"}, {"title": "Gold", "color": "gold"}],
        rules=[
            {
                "identifier": "has-domain",
                "title": "Has a domain",
                "level": "Gold",
                "query": {
                    "combinator": "and",
                    "conditions": [{"property": "tier", "operator": ">=", "value": 1}],
                },
            }
        ],
    )
    port.users.invite(invitee={"email": "ada@example.com"})
    port.teams.create(name="platform", description="Platform", users=[])
    port.teams.create(name="payments", users=["ada@example.com"])
    port.pages.create(
        identifier="overview",
        title="Overview",
        type="dashboard",
        widgets=[{"id": "w-1", "type": "markdown", "title": "Hello", "markdown": "# Hi"}],
    )
    port.webhooks.create(
        identifier="github",
        title="GitHub",
        enabled=True,
        security={"secret": SECRETS[0], "signatureHeaderName": "x-hub-signature-256"},
        mappings=[
            {
                "blueprint": "service",
                "entity": {"identifier": ".body.id", "title": ".body.name"},
            }
        ],
    )
    port.organization.secrets.create(secret_name="db", secret_value=SECRETS[1])
    return {"domain": 10, "service": services, "deployment": deployments}


# The one thing a restore into an organization without the webhook cannot bring back: its
# signing secret, which the snapshot holds only as a placeholder.
WEBHOOK_SECRET = "webhooks/github: security.secret"


def differing(result: SnapshotDiff) -> dict[str, KindDiff]:
    """The kinds of a diff that differ."""
    return {k: d for k, d in result.kinds.items() if not d.is_empty}


def only_the_webhook_secret(found: KindDiff) -> bool:
    return (
        not found.added and not found.removed and found.changed == {"github": ["security.secret"]}
    )


def entity_counts(port: PortClient) -> dict[str, int]:
    listed = [b.to_dict()["identifier"] for b in port.blueprints.list()]
    return {identifier: int(port.entities.count(identifier) or 0) for identifier in listed}


def clear_everything(port: PortClient) -> None:
    """Empty the organization of what a restore writes (secrets and users stay)."""
    from pyport.admin import clear_blueprint

    for listing, delete in (
        (port.actions.list, port.actions.delete),
        (port.pages.list, port.pages.delete),
        (port.webhooks.list, port.webhooks.delete),
    ):
        for obj in listing():
            delete(obj.to_dict()["identifier"])
    for team in port.teams.list():
        port.teams.delete(team.to_dict()["name"])
    blueprints = [b.to_dict() for b in port.blueprints.list()]
    for blueprint in blueprints:  # cut the relation cycles first
        port.blueprints.replace(
            blueprint["identifier"],
            identifier=blueprint["identifier"],
            title=blueprint["title"],
            schema=blueprint["schema"],
        )
    for blueprint in blueprints:
        clear_blueprint(port, blueprint["identifier"], delete_blueprint=True)


def test_the_organization_has_a_relation_cycle_and_computed_properties() -> None:
    sim = make_sim()
    with connect(sim) as port:
        counts = build_org(port, services=30, deployments=20)
        assert entity_counts(port) == counts
        blueprints = {b.to_dict()["identifier"]: b.to_dict() for b in port.blueprints.list()}
        assert blueprints["domain"]["relations"]["owner"]["target"] == "service"
        assert blueprints["service"]["relations"]["domain"]["target"] == "domain"
        assert blueprints["service"]["mirrorProperties"]
        assert blueprints["service"]["calculationProperties"]


def test_clear_everything_leaves_no_blueprint_action_or_team() -> None:
    sim = make_sim()
    with connect(sim) as port:
        build_org(port, services=20, deployments=10)
        clear_everything(port)
        assert port.blueprints.list() == []
        assert port.actions.list() == []
        assert port.teams.list() == []


def sim_with(
    *, faults: Faults | None = None, rate_limit: RateLimit | None = None, seed: int = 0
) -> tuple[PortSimulator, Clock]:
    clock = Clock()
    return make_sim(clock, seed=seed, faults=faults, rate_limit=rate_limit), clock
