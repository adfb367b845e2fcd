"""Search: every operator, meta-properties, nesting, relatedTo, projection, pagination."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sim_support import FakeClock, Sleeps, connect, make_blueprints, make_sim

pytest_plugins = ["sim_fixtures"]


SEARCH = "/v1/entities/search"
BP_SEARCH = "/v1/blueprints/service/entities/search"


@pytest.fixture
def catalog(client: httpx.Client, clock: FakeClock) -> httpx.Client:
    make_blueprints(client)
    client.post("/v1/blueprints/domain/entities", json={"identifier": "pay", "title": "Payments"})
    client.post("/v1/blueprints/domain/entities", json={"identifier": "ops", "title": "Ops"})
    services = [
        ("api", "go", 10, ["web", "public"], "2025-12-01T00:00:00.000Z", "pay"),
        ("worker", "python", 3, ["batch"], "2025-06-01T00:00:00.000Z", "pay"),
        ("cli", "rust", 0, [], None, "ops"),
    ]
    for identifier, language, stars, tags, released, domain in services:
        properties: dict[str, Any] = {"language": language, "stars": stars, "tags": tags}
        if released:
            properties["released"] = released
        response = client.post(
            "/v1/blueprints/service/entities",
            json={
                "identifier": identifier,
                "title": identifier.upper(),
                "team": ["core"] if identifier != "cli" else [],
                "properties": properties,
                "relations": {"domain": domain},
            },
        )
        assert response.status_code == 201, response.text
        clock.advance(60)
    client.post(
        "/v1/blueprints/deployment/entities",
        json={"identifier": "api-prod", "relations": {"service": ["api"]}},
    )
    return client


def _ids(client: httpx.Client, *rules: dict[str, Any], combinator: str = "and") -> list[str]:
    response = client.post(SEARCH, json={"combinator": combinator, "rules": list(rules)})
    assert response.status_code == 200, response.text
    return sorted(e["identifier"] for e in response.json()["entities"])


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ({"property": "language", "operator": "=", "value": "go"}, ["api"]),
        ({"property": "language", "operator": "!=", "value": "go"}, ["cli", "worker"]),
        ({"property": "stars", "operator": ">", "value": 3}, ["api"]),
        ({"property": "stars", "operator": ">=", "value": 3}, ["api", "worker"]),
        ({"property": "stars", "operator": "<", "value": 3}, ["cli"]),
        ({"property": "stars", "operator": "<=", "value": 3}, ["cli", "worker"]),
        ({"property": "tags", "operator": "contains", "value": "web"}, ["api"]),
        ({"property": "$title", "operator": "contains", "value": "ORK"}, ["worker"]),
        ({"property": "tags", "operator": "doesNotContains", "value": "web"}, ["cli", "worker"]),
        (
            {"property": "tags", "operator": "containsAny", "value": ["batch", "web"]},
            ["api", "worker"],
        ),
        ({"property": "$identifier", "operator": "beginsWith", "value": "w"}, ["worker"]),
        (
            {"property": "$identifier", "operator": "doesNotBeginsWith", "value": "w"},
            ["api", "cli"],
        ),
        ({"property": "$identifier", "operator": "endsWith", "value": "i"}, ["api", "cli"]),
        ({"property": "$identifier", "operator": "doesNotEndsWith", "value": "i"}, ["worker"]),
        ({"property": "language", "operator": "in", "value": ["go", "rust"]}, ["api", "cli"]),
        ({"property": "language", "operator": "notIn", "value": ["go", "rust"]}, ["worker"]),
        ({"property": "released", "operator": "isEmpty"}, ["cli"]),
        ({"property": "released", "operator": "isNotEmpty"}, ["api", "worker"]),
        ({"property": "tags", "operator": "isEmpty"}, ["cli"]),
        ({"property": "$team", "operator": "=", "value": "core"}, ["api", "worker"]),
        ({"property": "domain", "operator": "=", "value": "ops"}, ["cli"]),
        ({"relation": "domain", "operator": "=", "value": "pay"}, ["api", "worker"]),
        (
            {"relation": "domain", "targetProperty": "$title", "operator": "=", "value": "Ops"},
            ["cli"],
        ),
        (
            {
                "property": "released",
                "operator": "between",
                "value": {"from": "2025-11-01T00:00:00.000Z", "to": "2026-01-01T00:00:00.000Z"},
            },
            ["api"],
        ),
        (
            {
                "property": "released",
                "operator": "notBetween",
                "value": {"from": "2025-11-01T00:00:00.000Z", "to": "2026-01-01T00:00:00.000Z"},
            },
            ["worker"],
        ),
        (
            {"property": "released", "operator": "between", "value": {"preset": "last3Months"}},
            ["api"],
        ),
        (
            {"property": "$createdAt", "operator": ">", "value": "2026-01-01T00:00:30.000Z"},
            ["cli", "worker"],
        ),
        ({"property": "$updatedAt", "operator": "<", "value": "2026-01-01T00:00:30.000Z"}, ["api"]),
    ],
)
def test_operators(catalog: httpx.Client, rule: dict[str, Any], expected: list[str]) -> None:
    response = catalog.post(BP_SEARCH, json={"query": {"combinator": "and", "rules": [rule]}})
    assert response.status_code == 200, response.text
    assert sorted(e["identifier"] for e in response.json()["entities"]) == expected


def test_port_api_md_spellings_work_without_spec_validation(
    clock: FakeClock, sleeps: Sleeps
) -> None:
    # PORT_API.md lists doesNotContain/doesNotBeginWith/doesNotEndWith; the spec spells them
    # with an extra "s". The simulator evaluates both; the spec's validation accepts only its own.
    with connect(make_sim(clock, sleeps, validate_requests=False)) as c:
        make_blueprints(c)
        c.post("/v1/blueprints/domain/entities", json={"identifier": "alpha"})
        c.post("/v1/blueprints/domain/entities", json={"identifier": "beta"})
        for op, value, expected in [
            ("doesNotContain", "lph", ["beta"]),
            ("doesNotBeginWith", "a", ["beta"]),
            ("doesNotEndWith", "a", []),
        ]:
            rule = {"property": "$identifier", "operator": op, "value": value}
            assert _ids(c, rule) == expected


def test_nested_combinators(catalog: httpx.Client) -> None:
    rules = [
        {"property": "$blueprint", "operator": "=", "value": "service"},
        {
            "combinator": "or",
            "rules": [
                {"property": "language", "operator": "=", "value": "rust"},
                {
                    "combinator": "and",
                    "rules": [
                        {"property": "stars", "operator": ">", "value": 1},
                        {"property": "tags", "operator": "contains", "value": "batch"},
                    ],
                },
            ],
        },
    ]
    assert _ids(catalog, *rules) == ["cli", "worker"]
    either = [
        {"property": "$identifier", "operator": "=", "value": "api"},
        {"property": "$identifier", "operator": "=", "value": "pay"},
    ]
    assert _ids(catalog, *either, combinator="or") == ["api", "pay"]


def test_related_to_both_directions(catalog: httpx.Client) -> None:
    def related(direction: str | None, **extra: Any) -> list[str]:
        rule: dict[str, Any] = {"operator": "relatedTo", "blueprint": "service", "value": "api"}
        if direction:
            rule["direction"] = direction
        rule.update(extra)
        return _ids(catalog, rule)

    assert related("upstream") == ["pay"]
    assert related("downstream") == ["api-prod"]
    assert related(None) == ["api-prod", "pay"]
    # deployment -> service is not a required relation; service -> domain is.
    assert related("downstream", required=True) == []
    assert related("upstream", required=True) == ["pay"]
    from_domain = _ids(
        catalog,
        {"operator": "relatedTo", "blueprint": "domain", "value": "pay", "direction": "downstream"},
    )
    assert from_domain == ["api", "api-prod", "worker"]


def test_search_answers_matching_blueprints_and_projection(catalog: httpx.Client) -> None:
    response = catalog.post(
        SEARCH,
        params={"include": ["identifier", "blueprint"]},
        json={
            "combinator": "or",
            "rules": [{"property": "$title", "operator": "=", "value": "API"}],
        },
    ).json()
    assert response["entities"] == [{"identifier": "api", "blueprint": "service"}]
    assert response["matchingBlueprints"] == ["service"]


def test_unsupported_rule_kinds_are_501(catalog: httpx.Client) -> None:
    rule = {"scorecard": "s", "operator": "=", "value": "Gold"}
    response = catalog.post(BP_SEARCH, json={"query": {"combinator": "and", "rules": [rule]}})
    assert response.status_code == 501
    assert response.json()["error"] == "not_implemented"


def test_blueprint_search_pages_every_entity_exactly_once(
    client: httpx.Client,
) -> None:

    make_blueprints(client)
    client.post("/v1/blueprints/domain/entities", json={"identifier": "pay"})

    def add(start: int, count: int) -> None:
        body = {
            "entities": [
                {
                    "identifier": f"svc-{i:03d}",
                    "properties": {"stars": i},
                    "relations": {"domain": "pay"},
                }
                for i in range(start, start + count)
            ]
        }
        assert client.post("/v1/blueprints/service/entities/bulk", json=body).status_code == 200

    for start in range(0, 60, 20):
        add(start, 20)
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        body: dict[str, Any] = {"limit": 25}
        if cursor:
            body["from"] = cursor
        response = client.post(BP_SEARCH, json=body)
        assert response.status_code == 200, response.text
        page = response.json()
        seen.extend(e["identifier"] for e in page["entities"])
        pages += 1
        if pages == 1:
            add(60, 5)  # arrives mid-iteration: must still appear exactly once
            client.post(
                "/v1/blueprints/service/entities",
                params={"upsert": "true"},
                json={
                    "identifier": "svc-001",
                    "properties": {"stars": 99},
                    "relations": {"domain": "pay"},
                },
            )
        cursor = page.get("next")
        if cursor is None:
            break
    assert pages == 3
    assert len(seen) == len(set(seen)) == 65
    assert sorted(seen) == [f"svc-{i:03d}" for i in range(65)]


def test_blueprint_search_with_query_and_default_limit(catalog: httpx.Client) -> None:
    response = catalog.post(
        BP_SEARCH,
        json={
            "query": {
                "combinator": "and",
                "rules": [{"property": "stars", "operator": ">", "value": 0}],
            },
            "include": ["identifier"],
        },
    ).json()
    assert response == {"ok": True, "entities": [{"identifier": "api"}, {"identifier": "worker"}]}


def test_bad_cursor_and_limits_are_422(catalog: httpx.Client) -> None:
    assert catalog.post(BP_SEARCH, json={"from": "garbage"}).status_code == 422
    assert catalog.post(BP_SEARCH, json={"limit": 0}).status_code == 422
    assert catalog.post(BP_SEARCH, json={"limit": 1001}).status_code == 422
    first = catalog.post(BP_SEARCH, json={"limit": 1}).json()
    other_query = {
        "limit": 1,
        "from": first["next"],
        "query": {
            "combinator": "and",
            "rules": [{"property": "stars", "operator": ">", "value": 0}],
        },
    }
    assert catalog.post(BP_SEARCH, json=other_query).status_code == 422
    assert catalog.post("/v1/blueprints/none/entities/search", json={}).status_code == 404
