"""Schemathesis against the simulator on loopback, with Port's spec: no 5xx but the documented
501s, and every request answered.

Bounded and deterministic: EXAMPLES cases an operation, drawn with a fixed seed
(`derandomize`), no shrinking, no example database. Before each operation the organization is
reset to a small catalog, and every other case aims its path parameters at that catalog, so the
handlers run (not only the 404 of a random identifier).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from pyport.testing import PortSimulator
from pyport.testing._routes import ROUTES
from pyport.testing._spec import load_spec

schemathesis = pytest.importorskip(
    "schemathesis", reason="schemathesis 4 needs Python 3.11+ (pip install -e '.[dev]')"
)
requests = pytest.importorskip("requests")
hypothesis = pytest.importorskip("hypothesis")

EXAMPLES = 5
NOT_IMPLEMENTED = {(r.method, r.template) for r in ROUTES if r.handler is None}
BY_NAME = {
    "blueprint_identifier": "service",
    "entity_identifier": "api",
    "action_identifier": "restart",
    "scorecard_identifier": "ready",
    "page_identifier": "home",
    "name": "platform",
    "user_email": "ana@example.com",
    "secret_name": "token",
    "property_identifier": "language",
    "relation_identifier": "domain",
}
IDENTIFIER_BY_PREFIX = {"/v1/blueprints": "service", "/v1/pages": "home", "/v1/webhooks": "gh"}


def _seed(sim: PortSimulator) -> dict[str, str]:
    """A small catalog for path parameters to hit; returns the generated ids."""
    calls: list[tuple[str, str, dict[str, Any]]] = [
        (
            "POST",
            "/v1/blueprints",
            {"identifier": "domain", "title": "D", "schema": {"properties": {}}},
        ),
        (
            "POST",
            "/v1/blueprints",
            {
                "identifier": "service",
                "title": "Service",
                "schema": {"properties": {"language": {"type": "string"}}},
                "relations": {"domain": {"target": "domain", "many": False, "required": False}},
            },
        ),
        ("POST", "/v1/blueprints/domain/entities", {"identifier": "pay"}),
        (
            "POST",
            "/v1/blueprints/service/entities",
            {"identifier": "api", "relations": {"domain": "pay"}},
        ),
        (
            "POST",
            "/v1/actions",
            {
                "identifier": "restart",
                "title": "Restart",
                "trigger": {
                    "type": "self-service",
                    "operation": "DAY-2",
                    "blueprintIdentifier": "service",
                    "userInputs": {"properties": {}, "required": []},
                },
                "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com/hook"},
            },
        ),
        (
            "POST",
            "/v1/blueprints/service/scorecards",
            {"identifier": "ready", "title": "Ready", "rules": []},
        ),
        ("POST", "/v1/teams", {"name": "platform"}),
        ("POST", "/v1/users/invite", {"invitee": {"email": "ana@example.com"}}),
        ("POST", "/v1/pages", {"identifier": "home", "type": "dashboard", "widgets": []}),
        ("POST", "/v1/webhooks", {"identifier": "gh", "title": "GitHub", "enabled": True}),
        ("POST", "/v1/organization/secrets", {"secretName": "token", "secretValue": "s3cr3t"}),
    ]
    for method, path, body in calls:
        answer = sim.handle(method, path, json=body)
        assert answer.status < 300, (path, answer.json)
    run = sim.handle("POST", "/v1/actions/restart/runs", json={"properties": {}, "entity": "api"})
    migration = sim.handle(
        "POST",
        "/v1/migrations",
        json={"sourceBlueprint": "service", "mapping": {"entity": {"identifier": ".identifier"}}},
    )
    widget = sim.handle(
        "POST",
        "/v1/pages/home/widgets",
        json={"widget": {"type": "markdown", "markdown": "hi", "title": "Hi"}},
    )
    return {
        "run_id": run.json["run"]["id"],
        "migration_id": migration.json["migration"]["id"],
        "widget_id": widget.json.get("widget", {}).get("id", "w"),
    }


def _aim(path: str, parameters: dict[str, Any], ids: dict[str, str]) -> None:
    for name in parameters:
        if name in BY_NAME:
            parameters[name] = BY_NAME[name]
        elif name in ids:
            parameters[name] = ids[name]
        elif name == "identifier":
            for prefix, value in IDENTIFIER_BY_PREFIX.items():
                if path.startswith(prefix):
                    parameters[name] = value


class Tally:
    """What the run saw."""

    def __init__(self) -> None:
        self.statuses: Counter[int] = Counter()
        self.problems: list[str] = []
        self.limitations: Counter[str] = Counter()


def _runner(
    operation: Any,
    *,
    url: str,
    session: Any,
    headers: dict[str, str],
    ids: dict[str, str],
    tally: Tally,
) -> Any:
    """A hypothesis test that sends EXAMPLES cases of one operation."""
    from hypothesis import HealthCheck, Phase, given, settings

    method, path = operation.method.upper(), operation.path
    drawn = [0]

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def call(case: Any) -> None:
        drawn[0] += 1
        if drawn[0] % 2 == 0 and case.path_parameters:
            _aim(path, case.path_parameters, ids)
        try:
            response = case.call(base_url=url, headers=headers, session=session, timeout=30)
        except requests.RequestException as error:
            tally.problems.append(f"{method} {path}: no answer ({type(error).__name__})")
            return
        tally.statuses[response.status_code] += 1
        if response.status_code == 501 and (method, path) not in NOT_IMPLEMENTED:
            # A feature the simulator says it lacks (a search rule's property context...),
            # in Port's format: documented, counted, not a failure.
            message = response.json().get("message", "")
            if message.startswith("The Port simulator does not implement "):
                tally.limitations[message] += 1
                return
        documented_501 = response.status_code == 501 and (method, path) in NOT_IMPLEMENTED
        if response.status_code >= 500 and not documented_501:
            tally.problems.append(f"{method} {path}: {response.status_code} {response.text[:300]}")

    return call


def _register_url_format() -> None:
    """Port's spec uses `format: url` (ajv-formats has it; Port validates it); schemathesis does
    not know it and would draw any string, so a "valid" case would not be."""
    from hypothesis import strategies as st

    word = st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)
    urls = st.builds(lambda host, path: f"https://{host}.example.com/{path}", word, word)
    schemathesis.openapi.format("url", urls)


@pytest.mark.slow
def test_schemathesis_finds_no_server_error_and_no_dropped_connection() -> None:
    _register_url_format()
    raw = json.loads(json.dumps(load_spec().document))
    schema = schemathesis.openapi.from_dict(raw)
    sim = PortSimulator()
    tally = Tally()
    unsupported: list[str] = []
    operations = 0
    with sim.serve() as url, requests.Session() as session:
        for result in schema.get_all_operations():
            operation = result.ok()
            operations += 1
            sim.reset()
            ids = _seed(sim)
            token = session.post(
                f"{url}/v1/auth/access_token",
                json={"clientId": sim.client_id, "clientSecret": sim.client_secret},
                timeout=30,
            ).json()["accessToken"]
            headers = {"Authorization": f"Bearer {token}"}
            run = _runner(
                operation, url=url, session=session, headers=headers, ids=ids, tally=tally
            )
            try:
                run()
            except schemathesis.errors.UnsupportedSchema:
                unsupported.append(f"{operation.method.upper()} {operation.path}")
    total = sum(tally.statuses.values())
    print(
        f"schemathesis: {operations} operations, {total} requests, "
        f"statuses {dict(sorted(tally.statuses.items()))}, "
        f"cases schemathesis cannot generate: {unsupported}, "
        f"features the simulator says it lacks: {dict(tally.limitations)}"
    )
    assert not tally.problems, "\n".join(tally.problems)
    assert operations == len(load_spec().operations)
    assert total >= operations * 2  # every operation it can generate was really exercised
    assert tally.statuses[200] + tally.statuses[201] + tally.statuses[202] > total // 10
