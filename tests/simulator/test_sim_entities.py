"""Entities: create, upsert vs merge, PUT/PATCH, relations, identifiers, bulk, deletes, counts."""

from __future__ import annotations

import httpx
import pytest
from sim_support import FakeClock, Sleeps, connect, make_blueprints, make_sim, seg

pytest_plugins = ["sim_fixtures"]


ENTITIES = "/v1/blueprints/service/entities"


@pytest.fixture
def catalog(client: httpx.Client) -> httpx.Client:
    make_blueprints(client)
    for name in ("pay", "ops"):
        assert (
            client.post("/v1/blueprints/domain/entities", json={"identifier": name}).status_code
            == 201
        )
    return client


def _service(identifier: str, **properties: object) -> dict[str, object]:
    return {"identifier": identifier, "properties": properties, "relations": {"domain": "pay"}}


def test_create_returns_201_with_meta(catalog: httpx.Client, clock: FakeClock) -> None:
    clock.advance(1.5)
    response = catalog.post(
        ENTITIES, json={**_service("api", stars=3), "title": "API", "team": "core"}
    )
    assert response.status_code == 201
    entity = response.json()["entity"]
    assert entity == {
        "identifier": "api",
        "title": "API",
        "team": ["core"],
        "blueprint": "service",
        "properties": {"stars": 3},
        "relations": {"domain": "pay"},
        "createdAt": "2026-01-01T00:00:01.500Z",
        "createdBy": "sim-client-id",
        "updatedAt": "2026-01-01T00:00:01.500Z",
        "updatedBy": "sim-client-id",
    }
    assert catalog.get(f"{ENTITIES}/api").json()["entity"] == entity


def test_create_existing_is_409_without_upsert(catalog: httpx.Client) -> None:
    catalog.post(ENTITIES, json=_service("api"))
    response = catalog.post(ENTITIES, json=_service("api"))
    assert response.status_code == 409
    assert response.json()["error"] == "identifier_taken"


def test_upsert_replaces_and_merge_merges(catalog: httpx.Client, clock: FakeClock) -> None:
    catalog.post(ENTITIES, json={**_service("api", stars=3, language="go"), "title": "API"})
    clock.advance(10)
    replaced = catalog.post(ENTITIES, params={"upsert": "true"}, json=_service("api", stars=4))
    assert replaced.status_code == 201
    entity = replaced.json()["entity"]
    assert entity["properties"] == {"stars": 4}
    assert "title" not in entity
    assert entity["createdAt"] == "2026-01-01T00:00:00.000Z"
    assert entity["updatedAt"] == "2026-01-01T00:00:10.000Z"
    merged = catalog.post(
        ENTITIES,
        params={"upsert": "true", "merge": "true"},
        json={"identifier": "api", "properties": {"language": "rust"}},
    ).json()["entity"]
    assert merged["properties"] == {"stars": 4, "language": "rust"}
    assert merged["relations"] == {"domain": "pay"}


def test_put_replaces_and_patch_merges(catalog: httpx.Client) -> None:
    catalog.post(ENTITIES, json=_service("api", stars=3, language="go"))
    patched = catalog.patch(f"{ENTITIES}/api", json={"properties": {"stars": 5}}).json()["entity"]
    assert patched["properties"] == {"stars": 5, "language": "go"}
    put = catalog.put(f"{ENTITIES}/api", json=_service("api", public=True))
    assert put.status_code == 200
    assert put.json()["entity"]["properties"] == {"public": True}
    assert catalog.patch(f"{ENTITIES}/missing", json={}).status_code == 404
    assert catalog.put(f"{ENTITIES}/missing", json=_service("missing")).status_code == 404


def test_property_schema_is_enforced(catalog: httpx.Client) -> None:
    wrong_type = catalog.post(ENTITIES, json=_service("api", stars="many"))
    assert wrong_type.status_code == 422
    assert wrong_type.json()["message"] == "body/properties/stars must be number"
    not_in_enum = catalog.post(ENTITIES, json=_service("api", language="cobol"))
    assert not_in_enum.status_code == 422
    assert not_in_enum.json()["message"] == (
        'body/properties/language must be equal to one of the allowed values: "python", "go", '
        '"rust"'
    )
    unknown = catalog.post(ENTITIES, json=_service("api", color="red"))
    assert unknown.status_code == 422
    assert catalog.get(f"{ENTITIES}/api").status_code == 404
    nulls = catalog.post(ENTITIES, json=_service("api", stars=None))
    assert nulls.status_code == 201


def test_relations_are_checked(catalog: httpx.Client) -> None:
    missing_target = catalog.post(
        ENTITIES, json={"identifier": "api", "relations": {"domain": "nowhere"}}
    )
    assert missing_target.status_code == 404
    assert "create_missing_related_entities" in missing_target.json()["message"]
    unknown_relation = catalog.post(
        ENTITIES, json={"identifier": "api", "relations": {"domain": "pay", "owner": "x"}}
    )
    assert unknown_relation.status_code == 422
    required = catalog.post(ENTITIES, json={"identifier": "api"})
    assert required.status_code == 422
    assert "relations/domain" in required.json()["message"]
    wrong_shape = catalog.post(
        ENTITIES, json={"identifier": "api", "relations": {"domain": ["pay"]}}
    )
    assert wrong_shape.status_code == 422
    created = catalog.post(
        ENTITIES,
        params={"create_missing_related_entities": "true"},
        json={"identifier": "api", "relations": {"domain": "new-domain"}},
    )
    assert created.status_code == 201
    stub = catalog.get("/v1/blueprints/domain/entities/new-domain")
    assert stub.status_code == 200
    assert stub.json()["entity"]["properties"] == {}


def test_validation_only_stores_nothing(catalog: httpx.Client) -> None:
    response = catalog.post(ENTITIES, params={"validation_only": "true"}, json=_service("api"))
    assert response.status_code == 201
    assert catalog.get(f"{ENTITIES}/api").status_code == 404


@pytest.mark.parametrize(
    "identifier",
    ["a/b", "ns:name", "me@example.com", "a+b", "k=v", "été", "日本", "a\\b", "x.y-z_1"],
)
def test_identifiers_with_special_characters(catalog: httpx.Client, identifier: str) -> None:
    created = catalog.post(ENTITIES, json=_service(identifier))
    assert created.status_code == 201, created.text
    path = f"{ENTITIES}/{seg(identifier)}"
    assert "%" in path or identifier.isascii()
    fetched = catalog.get(path)
    assert fetched.status_code == 200
    assert fetched.json()["entity"]["identifier"] == identifier
    assert catalog.delete(path).status_code == 200
    assert catalog.get(path).status_code == 404


@pytest.mark.parametrize("identifier", ["..", ".", "has space", "a#b", "x" * 1001, "", "a?b"])
def test_invalid_identifiers_are_422(catalog: httpx.Client, identifier: str) -> None:
    response = catalog.post(ENTITIES, json=_service(identifier))
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_request"
    assert catalog.get("/v1/blueprints/service/entities-count").json()["count"] == 0


def test_identifier_pattern_is_enforced_without_spec_validation(
    clock: FakeClock, sleeps: Sleeps
) -> None:

    with connect(make_sim(clock, sleeps, validate_requests=False)) as c:
        make_blueprints(c)
        c.post("/v1/blueprints/domain/entities", json={"identifier": "pay"})
        response = c.post(ENTITIES, json=_service(".."))
        assert response.status_code == 422
        assert c.post(ENTITIES, json=_service("ok-é")).status_code == 201


def test_missing_blueprint_is_404(catalog: httpx.Client) -> None:
    response = catalog.post("/v1/blueprints/nope/entities", json={"identifier": "a"})
    assert response.status_code == 404
    assert response.json()["message"] == 'Blueprint with identifier "nope" was not found'


def test_list_and_count_and_projection(catalog: httpx.Client) -> None:
    for i in range(3):
        catalog.post(ENTITIES, json=_service(f"s{i}", stars=i))
    listed = catalog.get(ENTITIES).json()["entities"]
    assert [e["identifier"] for e in listed] == ["s0", "s1", "s2"]
    assert catalog.get("/v1/blueprints/service/entities-count").json() == {"ok": True, "count": 3}
    projected = catalog.get(
        f"{ENTITIES}/s1", params={"include": ["identifier", "properties.stars"]}
    ).json()["entity"]
    assert projected == {"identifier": "s1", "properties": {"stars": 1}}
    excluded = catalog.get(f"{ENTITIES}/s1", params={"exclude": ["relations"]}).json()["entity"]
    assert "relations" not in excluded
    assert excluded["properties"] == {"stars": 1}


def test_bulk_all_ok_is_200(catalog: httpx.Client) -> None:
    body = {"entities": [_service(f"s{i}") for i in range(20)]}
    response = catalog.post(f"{ENTITIES}/bulk", json=body)
    assert response.status_code == 200
    result = response.json()
    assert result["ok"] is True
    assert result["errors"] == []
    assert result["entities"][3] == {"identifier": "s3", "index": 3, "created": True}
    again = catalog.post(f"{ENTITIES}/bulk", params={"upsert": "true"}, json=body).json()
    assert again["entities"][0]["created"] is False


def test_bulk_partial_failure_is_207(catalog: httpx.Client) -> None:
    catalog.post(ENTITIES, json=_service("taken"))
    body = {
        "entities": [
            _service("fine"),
            _service("taken"),
            {"identifier": "bad", "properties": {"stars": "x"}, "relations": {"domain": "pay"}},
            {"identifier": "orphan", "relations": {"domain": "nowhere"}},
        ]
    }
    response = catalog.post(f"{ENTITIES}/bulk", json=body)
    assert response.status_code == 207
    result = response.json()
    assert result["entities"] == [{"identifier": "fine", "index": 0, "created": True}]
    errors = {e["index"]: e for e in result["errors"]}
    assert errors[1]["statusCode"] == 409
    assert errors[1]["error"] == "identifier_taken"
    assert errors[1]["identifier"] == "taken"
    assert errors[2]["statusCode"] == 422
    assert errors[3]["statusCode"] == 404
    assert catalog.get(f"{ENTITIES}/fine").status_code == 200


@pytest.mark.parametrize("count", [0, 21])
def test_bulk_size_limits(catalog: httpx.Client, count: int) -> None:
    body = {"entities": [_service(f"s{i}") for i in range(count)]}
    assert catalog.post(f"{ENTITIES}/bulk", json=body).status_code == 422


def _deployments(catalog: httpx.Client) -> None:
    for i in range(3):
        catalog.post(ENTITIES, json=_service(f"s{i}"))
    catalog.post(
        "/v1/blueprints/deployment/entities",
        json={"identifier": "d0", "relations": {"service": ["s0", "s1"]}},
    )


def test_delete_with_dependents_needs_the_flag(catalog: httpx.Client) -> None:
    _deployments(catalog)
    refused = catalog.delete(f"{ENTITIES}/s0")
    assert refused.status_code == 409
    assert refused.json()["error"] == "has_dependents"
    assert catalog.get(f"{ENTITIES}/s0").status_code == 200
    done = catalog.delete(f"{ENTITIES}/s0", params={"delete_dependents": "true"})
    assert done.json() == {"ok": True}
    assert catalog.get("/v1/blueprints/deployment/entities/d0").status_code == 404
    assert catalog.delete(f"{ENTITIES}/s0").status_code == 404


def test_bulk_delete_is_all_or_nothing(catalog: httpx.Client) -> None:
    _deployments(catalog)
    url = "/v1/blueprints/service/bulk/entities/delete"
    refused = catalog.post(url, json={"entities": ["s1", "s2"]})
    assert refused.status_code == 409
    assert catalog.get(f"{ENTITIES}/s2").status_code == 200
    missing = catalog.post(url, json={"entities": ["s2", "ghost"]})
    assert missing.status_code == 404
    assert catalog.get(f"{ENTITIES}/s2").status_code == 200
    done = catalog.post(url, params={"delete_dependents": "true"}, json={"entities": ["s1", "s2"]})
    assert done.status_code == 200
    assert done.json() == {"ok": True, "deletedEntities": ["s1", "s2", "d0"]}
    assert catalog.get("/v1/blueprints/service/entities-count").json()["count"] == 1
    assert catalog.post(url, json={"entities": []}).status_code == 422
    assert catalog.post(url, json={"entities": [f"x{i}" for i in range(101)]}).status_code == 422


def test_delete_all_clears_relations_pointing_at_them(catalog: httpx.Client) -> None:
    _deployments(catalog)
    response = catalog.delete("/v1/blueprints/service/all-entities")
    assert response.json() == {"ok": True}
    assert catalog.get("/v1/blueprints/service/entities-count").json()["count"] == 0
    d0 = catalog.get("/v1/blueprints/deployment/entities/d0").json()["entity"]
    assert d0["relations"] == {"service": []}


def test_delete_all_with_blueprint_runs_a_migration(catalog: httpx.Client) -> None:
    catalog.post("/v1/blueprints/deployment/entities", json={"identifier": "d9"})
    response = catalog.delete(
        "/v1/blueprints/deployment/all-entities", params={"delete_blueprint": "true"}
    )
    assert response.status_code == 200
    migration_id = response.json()["migrationId"]
    assert catalog.get("/v1/blueprints/deployment").status_code == 404
    statuses = [
        catalog.get(f"/v1/migrations/{migration_id}").json()["migration"]["status"]
        for _ in range(4)
    ]
    assert statuses == ["PENDING", "RUNNING", "COMPLETED", "COMPLETED"]
    refused = catalog.delete(
        "/v1/blueprints/domain/all-entities", params={"delete_blueprint": "true"}
    )
    assert refused.status_code == 409
    assert catalog.get("/v1/blueprints/domain/entities-count").json()["count"] == 2


def test_identifier_by_search_query(catalog: httpx.Client) -> None:
    catalog.post(ENTITIES, json=_service("api", stars=7))
    query = {"combinator": "and", "rules": [{"property": "stars", "operator": "=", "value": 7}]}
    response = catalog.post(
        ENTITIES,
        params={"upsert": "true", "merge": "true"},
        json={"identifier": query, "properties": {"language": "go"}},
    )
    assert response.status_code == 201, response.text
    assert response.json()["entity"]["identifier"] == "api"
    assert response.json()["entity"]["properties"] == {"stars": 7, "language": "go"}
