"""Ten everyday Port jobs, written against pyport as a platform engineer would.

`main(port)` runs them in order on any `PortClient`, one printed line per job. Run as a script
(`python examples/ten_jobs.py`) it uses the in-process Port simulator, never your organization:
job 9 invites users, which on Port sends them e-mails. `mypy --strict` checks this file in
`make test`, and tests/test_ten_jobs.py runs it.

Fields Port always returns are plain types (`entity.identifier: str`, `run.id: str`); optional
ones are `X | None`. Lines marked `# optional:` test an optional field before using it; they are
counted (tests/test_ten_jobs.py), so that the surface's typing can be measured against them.
"""

from __future__ import annotations

from pyport import NotFoundError, PortClient

# (identifier, language, tier, domain)
SERVICES = [
    ("checkout", "python", 2, "payments"),
    ("ledger", "go", 1, "payments"),
    ("refunds", "python", 3, "payments"),
    ("search", "python", 1, "catalog"),
    ("pricing", "typescript", 2, "catalog"),
]


def create_blueprints(port: PortClient) -> None:
    """1. A team-owned `domain` blueprint, and `service` related to it."""
    domain = port.blueprints.create(
        identifier="domain",
        title="Domain",
        ownership={"type": "Direct"},
        schema={"properties": {"criticality": {"type": "string", "title": "Criticality"}}},
    )
    service = port.blueprints.create(
        identifier="service",
        title="Service",
        ownership={"type": "Inherited", "path": "domain"},
        schema={
            "properties": {
                "language": {"type": "string"},
                "tier": {"type": "number"},
                "repository": {"type": "string", "format": "url"},
            },
            "required": ["language"],
        },
        relations={
            "domain": {"title": "Domain", "target": "domain", "required": False, "many": False}
        },
    )
    relations = sorted(service.relations)
    print(f"1. blueprints {domain.identifier}, {service.identifier} -> {relations}")


def upsert_entities(port: PortClient) -> None:
    """2. Two domains one at a time, then the services in one batch."""
    for identifier, criticality in [("payments", "high"), ("catalog", "medium")]:
        port.entities.create(
            "domain",
            identifier=identifier,
            title=identifier.title(),
            properties={"criticality": criticality},
            upsert=True,
        )
    result = port.entities.upsert_many(
        "service",
        [
            {
                "identifier": identifier,
                "title": identifier.title(),
                "properties": {"language": language, "tier": tier},
                "relations": {"domain": domain},
            }
            for identifier, language, tier, domain in SERVICES
        ],
    )
    result.raise_for_failures()
    print(f"2. upserted 2 domains and {len(result.succeeded)} services")


def read_entity(port: PortClient) -> None:
    """3. One entity, and one of its properties."""
    checkout = port.entities.get("service", "checkout")
    language = checkout.properties["language"]
    print(f"3. {checkout.title} is written in {language}")


def search_with_rules(port: PortClient) -> None:
    """4. Python services of tier 2 or better in the payments domain."""
    page = port.entities.search(
        "service",
        query={
            "combinator": "and",
            "rules": [
                {"property": "language", "operator": "=", "value": "python"},
                {"property": "tier", "operator": "<=", "value": 2},
                {"operator": "relatedTo", "blueprint": "domain", "value": "payments"},
            ],
        },
    )
    found = sorted(e.identifier for e in page)
    print(f"4. python, tier <= 2, in payments: {found}")


def page_through(port: PortClient) -> None:
    """5. More services than one page holds, 20 a page."""
    more = [
        {"identifier": f"worker-{n:02}", "title": f"Worker {n}", "properties": {"language": "go"}}
        for n in range(57)
    ]
    port.entities.upsert_many("service", more).raise_for_failures()
    first = port.entities.search("service", limit=20)
    sizes = [len(page.items) for page in first.iter_pages()]
    total = sum(1 for _ in port.entities.search("service", limit=20))
    print(f"5. {total} services over {len(sizes)} pages of {sizes}")


def update_entity(port: PortClient) -> None:
    """6. PATCH one property; the others stay."""
    before = port.entities.get("service", "checkout")
    after = port.entities.update("service", "checkout", properties={"tier": 1})
    old, new = before.properties["tier"], after.properties["tier"]
    language = after.properties["language"]
    print(f"6. checkout tier {old} -> {new}, language still {language}")


def run_action(port: PortClient) -> None:
    """7. A day-2 action: create it, run it on an entity, log, finish, read the run back."""
    port.actions.create(
        identifier="deploy",
        title="Deploy",
        trigger={
            "type": "self-service",
            "operation": "DAY-2",
            "blueprintIdentifier": "service",
            "userInputs": {"properties": {"version": {"type": "string"}}, "required": ["version"]},
        },
        invocation_method={"type": "WEBHOOK", "url": "https://deployer.internal.example/hooks"},
    )
    run = port.actions.run("deploy", entity="checkout", properties={"version": "1.4.2"})
    port.action_runs.logs.create(run.id, message="pulling image 1.4.2")
    port.action_runs.logs.create(run.id, message="rolled out to 3 of 3 pods")
    port.action_runs.update(run.id, status="SUCCESS", summary="deployed 1.4.2")
    done = port.action_runs.get(run.id)
    logs = [log.message for log in port.action_runs.logs.list(run.id)]
    print(f"7. deploy on checkout: {done.status}, {done.summary!r}, logs {logs}")


def add_scorecard(port: PortClient) -> None:
    """8. A scorecard on `service`: Gold when the service is tier 1."""
    port.scorecards.create(
        "service",
        identifier="production_readiness",
        title="Production readiness",
        levels=[{"title": "Basic", "color": "paleBlue"}, {"title": "Gold", "color": "gold"}],
        rules=[
            {
                "identifier": "tier_one",
                "title": "Tier 1",
                "level": "Gold",
                "query": {
                    "combinator": "and",
                    "conditions": [{"property": "tier", "operator": "=", "value": 1}],
                },
            }
        ],
    )
    for scorecard in port.scorecards.list("service"):
        rules = len(scorecard.rules)
        print(f"8. scorecard {scorecard.identifier} on {scorecard.blueprint}: {rules} rule(s)")


def teams_and_users(port: PortClient) -> None:
    """9. A team, two people invited into it, and who is in it."""
    team = port.teams.create(name="platform", description="Runs the paved road")
    for email in ["ada@example.com", "grace@example.com"]:
        port.users.invite(invitee={"email": email, "teams": ["platform"]})
    members = [u.email for u in port.users.list() if u.teams and "platform" in u.teams]  # optional:
    print(f"9. team {team.name}: {members}")


def handle_not_found(port: PortClient) -> None:
    """10. A missing entity is an exception you can catch, with Port's trace id."""
    try:
        port.entities.get("service", "legacy-billing")
    except NotFoundError as error:
        print(f"10. no legacy-billing: {error.status_code} {error.error}")


def main(port: PortClient) -> None:
    create_blueprints(port)
    upsert_entities(port)
    read_entity(port)
    search_with_rules(port)
    page_through(port)
    update_entity(port)
    run_action(port)
    add_scorecard(port)
    teams_and_users(port)
    handle_not_found(port)


if __name__ == "__main__":
    from pyport.testing import PortSimulator

    simulator = PortSimulator()
    with PortClient(
        client_id=simulator.client_id,
        client_secret=simulator.client_secret,
        base_url=simulator.base_url,
        transport=simulator.transport(),
        environ={},
    ) as client:
        main(client)
