"""Auth, envelopes, trace ids, routing, body limits, request validation, the public API."""

from __future__ import annotations

import base64
import json

import httpx
import pytest
from sim_support import CLIENT_ID, CLIENT_SECRET, FakeClock, Sleeps, connect, make_sim

import pyport.testing
from pyport.testing import PortSimulator
from pyport.testing._routes import ROUTES
from pyport.testing._spec import load_spec

pytest_plugins = ["sim_fixtures"]


def test_public_names_are_curated() -> None:
    assert pyport.testing.__all__ == sorted(pyport.testing.__all__)
    assert set(pyport.testing.__all__) == {
        "Delivery",
        "Exchange",
        "Faults",
        "PortSimulator",
        "RateLimit",
        "SimResponse",
        "SpecNotFoundError",
        "Stats",
    }


def test_access_token_is_a_deterministic_jwt(clock: FakeClock, sleeps: Sleeps) -> None:
    tokens = []
    for _ in range(2):
        sim = make_sim(clock, sleeps)
        with httpx.Client(base_url=sim.base_url, transport=sim.transport()) as c:
            body = {"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET}
            first = c.post("/v1/auth/access_token", json=body).json()
            again = c.post("/v1/auth/access_token", json=body).json()
        assert first == again
        assert first["ok"] is True
        assert first["tokenType"] == "Bearer"
        assert first["expiresIn"] == 10800
        tokens.append(first["accessToken"])
    assert tokens[0] == tokens[1]
    _, payload, _ = tokens[0].split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert claims["sub"] == CLIENT_ID
    assert claims["exp"] - claims["iat"] == 10800


def test_token_expires_and_a_new_one_is_issued(
    sim: PortSimulator, client: httpx.Client, clock: FakeClock
) -> None:
    old = client.headers["Authorization"]
    assert client.get("/v1/blueprints").status_code == 200
    clock.advance(10800)
    response = client.get("/v1/blueprints")
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"
    fresh = client.post(
        "/v1/auth/access_token", json={"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET}
    ).json()["accessToken"]
    assert f"Bearer {fresh}" != old
    assert sim.stats.tokens_issued == 2


@pytest.mark.parametrize(
    "body",
    [
        {"clientId": CLIENT_ID, "clientSecret": "wrong"},
        {"clientId": "someone-else", "clientSecret": CLIENT_SECRET},
    ],
)
def test_wrong_credentials_are_401(sim: PortSimulator, body: dict[str, str]) -> None:
    with httpx.Client(base_url=sim.base_url, transport=sim.transport()) as c:
        response = c.post("/v1/auth/access_token", json=body)
    assert response.status_code == 401
    assert response.json()["ok"] is False
    assert CLIENT_SECRET not in response.text


def test_token_request_allows_nothing_else(sim: PortSimulator) -> None:
    with httpx.Client(base_url=sim.base_url, transport=sim.transport()) as c:
        response = c.post(
            "/v1/auth/access_token",
            json={"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET, "extra": 1},
        )
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_request"


@pytest.mark.parametrize("authorization", [None, "Bearer nope", "Basic abc", "Bearer "])
def test_missing_or_unknown_token_is_401(sim: PortSimulator, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    with httpx.Client(base_url=sim.base_url, transport=sim.transport()) as c:
        response = c.get("/v1/blueprints", headers=headers)
    assert response.status_code == 401
    body = response.json()
    assert body["ok"] is False
    assert body["error"] == "unauthorized"
    assert response.headers["x-trace-id"]


def test_trace_ids_are_deterministic_and_distinct(clock: FakeClock, sleeps: Sleeps) -> None:
    runs = []
    for _ in range(2):
        with connect(make_sim(clock, sleeps, seed=7)) as c:
            runs.append([c.get("/v1/blueprints").headers["x-trace-id"] for _ in range(3)])
    assert runs[0] == runs[1]
    assert len(set(runs[0])) == 3
    with connect(make_sim(clock, sleeps, seed=8)) as c:
        assert c.get("/v1/blueprints").headers["x-trace-id"] not in runs[0]


def test_unknown_route_is_404(client: httpx.Client) -> None:
    response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.json() == {
        "ok": False,
        "error": "route_not_found",
        "message": "Route GET:/v1/nothing-here not found",
    }


def test_body_over_one_mebibyte_is_413(client: httpx.Client) -> None:
    blob = {"identifier": "big", "title": "x" * (1024 * 1024), "schema": {"properties": {}}}
    response = client.post("/v1/blueprints", json=blob)
    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"
    assert client.get("/v1/blueprints/big").status_code == 404


def test_invalid_json_is_400(client: httpx.Client) -> None:
    response = client.post(
        "/v1/blueprints", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_json"


def test_schema_violation_is_422_naming_the_path(client: httpx.Client) -> None:
    response = client.post("/v1/blueprints", json={"identifier": "x", "title": 5, "schema": {}})
    assert response.status_code == 422
    body = response.json()
    assert body["ok"] is False
    assert body["error"] == "invalid_request"
    assert body["message"].startswith("body/title ")


def test_validation_can_be_turned_off(clock: FakeClock, sleeps: Sleeps) -> None:
    # Not recorded: the invalid blueprint it stores would fail the response check, rightly.
    with connect(PortSimulator(clock=clock, validate_requests=False)) as c:
        response = c.post("/v1/blueprints", json={"identifier": "x", "title": 5, "schema": {}})
    assert response.status_code == 201


def spec_operations_from_source(name: str) -> list[tuple[str, str]]:
    """The operations the client took from one of its spec sources (`x-pyport-source`)."""
    document = load_spec().document
    return [
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if op.get("x-pyport-source") == name
    ]


def test_every_spec_operation_is_routed_and_the_rest_answer_501(client: httpx.Client) -> None:
    spec = load_spec()
    routed = {(r.method, r.template) for r in ROUTES if not r.unpublished}
    assert routed == set(spec.operations)
    missing = sorted(
        (r.method, r.template) for r in ROUTES if r.handler is None and not r.unpublished
    )
    assert missing == sorted(
        [
            ("DELETE", "/v1/apps/{id}"),
            ("DELETE", "/v1/integration/{identifier}"),
            ("GET", "/v1/apps"),
            ("GET", "/v1/integration"),
            ("GET", "/v1/integration/metadata"),
            ("GET", "/v1/integration/{identifier}"),
            ("GET", "/v1/integration/{identifier}/logs"),
            ("GET", "/v1/webhooks/metadata"),
            ("PATCH", "/v1/integration/{identifier}"),
            ("PATCH", "/v1/integration/{identifier}/config"),
            ("POST", "/v1/apps/{id}/rotate-secret"),
            ("POST", "/v1/entities/aggregate"),
            ("POST", "/v1/entities/aggregate-over-time"),
            ("POST", "/v1/entities/properties-history"),
            ("POST", "/v1/rotate-credentials/{user_email}"),
            ("PUT", "/v1/apps/{id}"),
            *spec_operations_from_source("docs"),
        ]
    )
    response = client.get("/v1/integration/abc/logs")
    assert response.status_code == 501
    assert response.json() == {
        "ok": False,
        "error": "not_implemented",
        "message": "The Port simulator does not implement GET /v1/integration/{identifier}/logs",
    }


def test_handle_runs_the_same_pipeline_without_auth(sim: PortSimulator) -> None:
    created = sim.handle(
        "POST",
        "/v1/blueprints",
        json={"identifier": "svc", "title": "S", "schema": {"properties": {}}},
    )
    assert created.status == 201
    assert created.json["blueprint"]["identifier"] == "svc"
    invalid = sim.handle("POST", "/v1/blueprints", json={"title": "no identifier"})
    assert invalid.status == 422
    entity = sim.handle(
        "POST", "/v1/blueprints/svc/entities", json={"identifier": "a"}, query={"upsert": True}
    )
    assert entity.status == 201
    assert "x-trace-id" in entity.headers
    assert sim.stats.requests[("POST /v1/blueprints/{blueprint_identifier}/entities", 201)] == 1


def test_stats_count_requests_per_operation_and_status(
    sim: PortSimulator, client: httpx.Client
) -> None:

    client.get("/v1/blueprints")
    client.get("/v1/blueprints/missing")
    stats = sim.stats
    assert stats.requests[("GET /v1/blueprints", 200)] == 1
    assert stats.requests[("GET /v1/blueprints/{identifier}", 404)] == 1
    assert stats.requests[("POST /v1/auth/access_token", 200)] == 1
    assert stats.total == 3
    sim.reset()
    assert sim.stats.total == 0
    assert client.get("/v1/blueprints").status_code == 401  # tokens are forgotten too


def test_constructor_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="client_id and client_secret"):
        PortSimulator(client_id="")
    with pytest.raises(ValueError, match="token_lifetime"):
        PortSimulator(token_lifetime=0)


def test_repr_holds_no_secret(sim: PortSimulator) -> None:
    assert CLIENT_SECRET not in repr(sim)
    assert CLIENT_SECRET not in repr(sim._state.auth)


@pytest.mark.specs
def test_ports_own_yaml_serves_the_same_routes() -> None:
    import os
    from pathlib import Path

    from pyport.testing._spec import YAML_NAME

    folder = Path(
        os.environ.get("PYPORT_SPEC_DIR", Path(__file__).parents[3] / "shared" / "openapi")
    )
    sim = PortSimulator(spec=folder / YAML_NAME)
    routed = {(r.method, r.template) for r in ROUTES if not r.unpublished}
    served = set(load_spec(folder / YAML_NAME).operations)
    # The client (and so the simulator) also has the operations only Port's docs spec publishes.
    assert routed - served == set(spec_operations_from_source("docs"))
    assert served <= routed
    bad = sim.handle(
        "POST", "/v1/blueprints", json={"identifier": "..", "title": "x", "schema": {}}
    )
    assert bad.status == 422
    good = sim.handle(
        "POST",
        "/v1/blueprints",
        json={"identifier": "é", "title": "x", "schema": {"properties": {}}},
    )
    assert good.status == 201
