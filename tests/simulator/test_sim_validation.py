"""Requests checked as Port checks them: formats, query parameters, Ajv's wording, generated ids."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from sim_support import make_blueprints

from pyport.testing import PortSimulator

pytest_plugins = ["sim_fixtures"]

_REPR = re.compile(r"'[^']*' is not|is not of type|is a required property|\bNone\b|\{'|\['")


def _refused(response: httpx.Response) -> str:
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["ok"] is False
    assert body["error"] == "invalid_request"
    message: str = body["message"]
    assert not _REPR.search(message), f"a Python repr leaked: {message}"
    return message


@pytest.fixture
def catalog(client: httpx.Client) -> httpx.Client:
    make_blueprints(client)
    client.post("/v1/blueprints/domain/entities", json={"identifier": "pay"})
    return client


# formats


def test_an_empty_webhook_url_is_refused(client: httpx.Client) -> None:
    body = {
        "identifier": "svc",
        "title": "S",
        "schema": {"properties": {}},
        "changelogDestination": {"type": "WEBHOOK", "url": ""},
    }
    message = _refused(client.post("/v1/blueprints", json=body))
    assert message == 'body/changelogDestination/url must match format "uri"'
    body["changelogDestination"] = {"type": "WEBHOOK", "url": "https://example.com/changes"}
    assert client.post("/v1/blueprints", json=body).status_code == 201


def test_a_non_date_support_user_expiry_is_refused(client: httpx.Client) -> None:
    body = {"settings": {"supportUserExpiresAt": "next tuesday"}}
    message = _refused(client.patch("/v1/organization", json=body))
    assert message == 'body/settings/supportUserExpiresAt must match format "date-time"'
    fine = {"settings": {"supportUserExpiresAt": "2026-03-01T12:00:00.000Z"}}
    assert client.patch("/v1/organization", json=fine).status_code == 200


@pytest.mark.parametrize("value", ["not-a-date", "2026-01-01", "2026-02-30T00:00:00Z", ""])
def test_a_query_date_time_is_checked(client: httpx.Client, value: str) -> None:
    message = _refused(client.get("/v1/audit-log", params={"to": value}))
    assert message == 'querystring/to must match format "date-time"'


def test_a_valid_query_date_time_passes(client: httpx.Client) -> None:
    response = client.get("/v1/audit-log", params={"from": "2025-12-31T23:00:00+01:00"})
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    ("released", "ok"),
    [("2026-01-01T10:00:00Z", True), ("yesterday", False), ("2026-13-01T00:00:00Z", False)],
)
def test_entity_property_formats_are_checked(
    catalog: httpx.Client, released: str, ok: bool
) -> None:
    body = {
        "identifier": "api",
        "properties": {"released": released},
        "relations": {"domain": "pay"},
    }
    response = catalog.post("/v1/blueprints/service/entities", json=body)
    if ok:
        assert response.status_code == 201, response.text
    else:
        assert _refused(response) == 'body/properties/released must match format "date-time"'


# query parameters


@pytest.mark.parametrize(
    ("path", "params", "message"),
    [
        ("/v1/pages", {"compact": "0.5"}, "querystring/compact must be boolean"),
        ("/v1/pages", {"compact": "1"}, "querystring/compact must be boolean"),
        ("/v1/actions/runs", {"limit": "many"}, "querystring/limit must be number"),
        ("/v1/actions/runs", {"limit": "0"}, "querystring/limit must be >= 1"),
        ("/v1/actions/runs", {"limit": "1001"}, "querystring/limit must be <= 1000"),
        ("/v1/actions/runs", {"active": "yes"}, "querystring/active must be boolean"),
        ("/v1/actions", {"trigger_type": "robot"}, "querystring/trigger_type must be equal to"),
        ("/v1/migrations", {"status": "DONE"}, "querystring/status/0 must be equal to"),
        ("/v1/audit-log", {"status": "MAYBE"}, "querystring/status must be equal to"),
        ("/v1/audit-log", {"limit": "x"}, "querystring/limit must be number"),
        ("/v1/users", {"fields": "password"}, "querystring/fields/0 must be equal to"),
    ],
)
def test_query_parameters_are_validated_against_the_spec(
    client: httpx.Client, path: str, params: dict[str, str], message: str
) -> None:
    assert _refused(client.get(path, params=params)).startswith(message)


def test_a_boolean_query_flag_must_be_true_or_false(client: httpx.Client) -> None:
    body = {"identifier": "svc", "title": "S", "schema": {"properties": {}}}
    response = client.post("/v1/blueprints", params={"create_catalog_page": "maybe"}, json=body)
    assert _refused(response) == "querystring/create_catalog_page must be boolean"
    assert client.get("/v1/blueprints/svc").status_code == 404  # nothing was created
    created = client.post("/v1/blueprints", params={"create_catalog_page": "false"}, json=body)
    assert created.status_code == 201, created.text


def test_a_fractional_limit_is_a_number_as_the_spec_says(catalog: httpx.Client) -> None:
    catalog.post("/v1/actions", json=_action())
    for _ in range(7):
        run = catalog.post("/v1/actions/restart/runs", json={"properties": {}})
        assert run.status_code == 202, run.text
    runs = catalog.get("/v1/actions/runs", params={"limit": "5.5"})
    assert runs.status_code == 200, runs.text
    assert len(runs.json()["runs"]) == 5


def test_run_logs_limit_follows_the_spec(catalog: httpx.Client) -> None:
    catalog.post("/v1/actions", json=_action())
    run = catalog.post("/v1/actions/restart/runs", json={"properties": {}}).json()["run"]["id"]
    url = f"/v1/actions/runs/{run}/logs"
    assert _refused(catalog.get(url, params={"limit": "51"})) == "querystring/limit must be <= 50"
    assert catalog.get(url, params={"limit": "50"}).status_code == 200


def test_array_query_parameters_take_one_or_many_values(catalog: httpx.Client) -> None:
    one = catalog.get("/v1/migrations", params={"status": "COMPLETED"})
    many = catalog.get("/v1/migrations", params=[("status", "COMPLETED"), ("status", "RUNNING")])
    assert (one.status_code, many.status_code) == (200, 200)
    resources = catalog.get("/v1/audit-log", params={"resources": "entity"})
    assert resources.status_code == 200, resources.text


def test_undeclared_query_parameters_are_ignored(client: httpx.Client) -> None:
    assert client.get("/v1/blueprints", params={"whatever": "x"}).status_code == 200


def _action() -> dict[str, Any]:
    return {
        "identifier": "restart",
        "title": "Restart",
        "trigger": {
            "type": "self-service",
            "operation": "DAY-2",
            "blueprintIdentifier": "service",
            "userInputs": {"properties": {}, "required": []},
        },
        "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com/hook"},
    }


# Ajv's wording, never a Python repr


def test_bulk_over_twenty_reads_like_ajv(catalog: httpx.Client) -> None:
    entities = [{"identifier": f"x{i}"} for i in range(21)]
    response = catalog.post("/v1/blueprints/domain/entities/bulk", json={"entities": entities})
    assert _refused(response) == "body/entities must NOT have more than 20 items"


def test_a_missing_body_reads_like_ajv(client: httpx.Client) -> None:
    assert _refused(client.post("/v1/blueprints")) == "body must be object"


def test_a_missing_required_property_reads_like_ajv(client: httpx.Client) -> None:
    response = client.post("/v1/blueprints", json={"title": "No identifier", "schema": {}})
    assert _refused(response) == "body must have required property 'identifier'"


def test_an_unknown_body_property_is_named(client: httpx.Client) -> None:
    response = client.post(
        "/v1/auth/access_token", json={"clientId": "a", "clientSecret": "b", "extra": 1}
    )
    assert _refused(response) == 'body must NOT have additional properties: "extra"'


def test_a_bad_identifier_without_spec_validation_reads_like_ajv(clock: Any, sleeps: Any) -> None:
    sim = PortSimulator(clock=clock, validate_requests=False)
    sim.handle("POST", "/v1/blueprints", json={"identifier": "b", "schema": {"properties": {}}})
    answer = sim.handle("POST", "/v1/blueprints/b/entities", json={"identifier": "no spaces"})
    assert answer.status == 422
    assert answer.json["message"] == (
        'body/identifier must match pattern "^(?!\\.{1,2}$)[\\p{L}0-9@_.+:\\\\/=-]+$"'
    )
    number = sim.handle("POST", "/v1/blueprints/b/entities", json={"identifier": 5})
    assert number.json["message"] == "body/identifier must be string"


# identifiers Port generates


def test_an_entity_without_identifier_gets_one(catalog: httpx.Client) -> None:
    response = catalog.post("/v1/blueprints/domain/entities", json={"title": "Nameless"})
    assert response.status_code == 201, response.text
    identifier = response.json()["entity"]["identifier"]
    assert re.fullmatch(r"e_[0-9a-f]{16}", identifier)
    fetched = catalog.get(f"/v1/blueprints/domain/entities/{identifier}").json()["entity"]
    assert fetched["title"] == "Nameless"
    bulk = catalog.post(
        "/v1/blueprints/domain/entities/bulk", json={"entities": [{"title": "A"}, {"title": "B"}]}
    )
    assert bulk.status_code == 200, bulk.text
    made = [e["identifier"] for e in bulk.json()["entities"]]
    assert len(set(made)) == 2
    assert all(i.startswith("e_") and i != identifier for i in made)
    count = catalog.get("/v1/blueprints/domain/entities-count").json()["count"]
    assert count == 4  # pay and the three generated


def test_an_explicit_null_identifier_is_still_refused(catalog: httpx.Client) -> None:
    response = catalog.post("/v1/blueprints/domain/entities", json={"identifier": None})
    assert response.status_code == 422


def test_counts_the_spec_leaves_unbounded_are_answered_not_refused(catalog: httpx.Client) -> None:
    assert catalog.get("/v1/audit-log", params={"limit": "0"}).json()["audits"] == []
    some = catalog.get("/v1/audit-log", params={"limit": "2.7"})
    assert len(some.json()["audits"]) == 2
    assert catalog.get("/v1/audit-log", params={"limit": "-4"}).status_code == 200
    catalog.post("/v1/actions", json=_action())
    run = catalog.post("/v1/actions/restart/runs", json={"properties": {}}).json()["run"]["id"]
    catalog.post(f"/v1/actions/runs/{run}/logs", json={"message": "hello"})
    logs = catalog.get(f"/v1/actions/runs/{run}/logs", params={"offset": "-3"})
    assert logs.status_code == 200, logs.text
    assert [entry["message"] for entry in logs.json()["runLogs"]] == ["hello"]


@pytest.mark.parametrize(
    ("pattern", "value", "matches"),
    [
        (r"^[^\s].*[^\s]$", "a\x1cb", True),  # \x1c is whitespace to Python, not to ECMAScript
        (r"^[^\s].*[^\s]$", "\x1cab", True),
        (r"^[^\s].*[^\s]$", "a\rb", False),  # ECMAScript's "." stops at \r
        (r"^\d+$", "٣", False),  # an Arabic-Indic digit is no \d in ECMAScript
        (r"^\w+$", "é", False),
        (r"^(?!\.{1,2}$)[\p{L}0-9@_.+:\\/=-]+$", "é٣", False),
        (r"^(?!\.{1,2}$)[\p{L}0-9@_.+:\\/=-]+$", "ñandú/01", True),
    ],
)
def test_patterns_read_as_ecmascript_reads_them(pattern: str, value: str, matches: bool) -> None:
    from pyport.testing._validation import compile_pattern

    assert bool(compile_pattern(pattern).search(value)) is matches
