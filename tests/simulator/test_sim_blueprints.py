"""Blueprints: CRUD, merge vs replace, format changes, dependents, renames."""

from __future__ import annotations

import httpx
from sim_support import make_blueprints

from pyport.testing import PortSimulator

pytest_plugins = ["sim_fixtures"]


def test_create_read_list(client: httpx.Client) -> None:
    make_blueprints(client)
    service = client.get("/v1/blueprints/service").json()
    assert service["ok"] is True
    blueprint = service["blueprint"]
    assert blueprint["relations"]["domain"] == {"target": "domain", "required": True, "many": False}
    assert blueprint["schema"]["properties"]["stars"] == {"type": "number"}
    assert blueprint["createdBy"] == "sim-client-id"
    assert blueprint["createdAt"] == "2026-01-01T00:00:00.000Z"
    listed = client.get("/v1/blueprints").json()["blueprints"]
    assert [b["identifier"] for b in listed] == ["domain", "service", "deployment"]


def test_all_sections_are_stored_and_returned(client: httpx.Client) -> None:
    body = {
        "identifier": "full",
        "title": "Full",
        "icon": "Service",
        "description": "all the parts",
        "schema": {"properties": {"n": {"type": "number"}}, "required": ["n"]},
        "mirrorProperties": {"m": {"path": "rel.$title"}},
        "calculationProperties": {
            "c": {"title": "C", "calculation": ".identifier", "type": "string"}
        },
        "aggregationProperties": {},
        "teamInheritance": {"path": "rel"},
        "ownership": {"type": "Direct"},
        "relations": {"rel": {"target": "full", "required": False, "many": False}},
    }
    created = client.post("/v1/blueprints", json=body)
    assert created.status_code == 201, created.text
    stored = client.get("/v1/blueprints/full").json()["blueprint"]
    for key, value in body.items():
        assert stored[key] == value, key


def test_duplicate_is_409(client: httpx.Client) -> None:
    make_blueprints(client)
    response = client.post(
        "/v1/blueprints", json={"identifier": "domain", "title": "D", "schema": {"properties": {}}}
    )
    assert response.status_code == 409
    assert response.json()["error"] == "identifier_taken"


def test_relation_to_missing_blueprint_is_404(client: httpx.Client) -> None:
    response = client.post(
        "/v1/blueprints",
        json={
            "identifier": "x",
            "title": "X",
            "schema": {"properties": {}},
            "relations": {"r": {"target": "nowhere", "required": False, "many": False}},
        },
    )
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_put_replaces_and_patch_merges(client: httpx.Client) -> None:
    make_blueprints(client)
    patched = client.patch(
        "/v1/blueprints/domain",
        json={"title": "Domains", "schema": {"properties": {"owner": {"type": "string"}}}},
    ).json()["blueprint"]
    assert patched["title"] == "Domains"
    assert set(patched["schema"]["properties"]) == {"tier", "owner"}
    replaced = client.put(
        "/v1/blueprints/domain",
        json={
            "identifier": "domain",
            "title": "D",
            "schema": {"properties": {"owner": {"type": "string"}}},
        },
    ).json()["blueprint"]
    assert set(replaced["schema"]["properties"]) == {"owner"}
    assert replaced["createdAt"] == patched["createdAt"]


def test_changing_a_property_type_is_forbidden(client: httpx.Client) -> None:
    make_blueprints(client)
    response = client.patch(
        "/v1/blueprints/service", json={"schema": {"properties": {"stars": {"type": "string"}}}}
    )
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "forbidden_format_change"
    assert body["details"] == {"property": "stars"}
    stars = client.get("/v1/blueprints/service").json()["blueprint"]["schema"]["properties"]
    assert stars["stars"] == {"type": "number"}


def test_delete_with_entities_has_dependents(client: httpx.Client) -> None:
    make_blueprints(client)
    client.post("/v1/blueprints/deployment/entities", json={"identifier": "d1"})
    response = client.delete("/v1/blueprints/deployment")
    assert response.status_code == 409
    assert response.json()["error"] == "has_dependents"
    assert client.delete("/v1/blueprints/deployment/entities/d1").status_code == 200
    assert client.delete("/v1/blueprints/deployment").json() == {"ok": True}
    assert client.get("/v1/blueprints/deployment").status_code == 404


def test_delete_relation_target_has_dependents(client: httpx.Client) -> None:
    make_blueprints(client)
    response = client.delete("/v1/blueprints/domain")
    assert response.status_code == 409
    assert "service" in response.json()["message"]


def test_delete_missing_is_404(client: httpx.Client) -> None:
    response = client.delete("/v1/blueprints/missing")
    assert response.status_code == 404
    assert response.json() == {
        "ok": False,
        "error": "not_found",
        "message": 'Blueprint with identifier "missing" was not found',
    }


def test_renames_carry_entity_values(client: httpx.Client) -> None:
    make_blueprints(client)
    client.post("/v1/blueprints/domain/entities", json={"identifier": "pay"})
    client.post(
        "/v1/blueprints/service/entities",
        json={"identifier": "api", "properties": {"stars": 3}, "relations": {"domain": "pay"}},
    )
    prop = client.patch(
        "/v1/blueprints/service/properties/stars/rename", json={"newPropertyName": "rating"}
    )
    assert prop.status_code == 200, prop.text
    assert "rating" in prop.json()["blueprint"]["schema"]["properties"]
    rel = client.patch(
        "/v1/blueprints/service/relations/domain/rename", json={"newRelationIdentifier": "area"}
    )
    assert rel.status_code == 200
    entity = client.get("/v1/blueprints/service/entities/api").json()["entity"]
    assert entity["properties"] == {"rating": 3}
    assert entity["relations"] == {"area": "pay"}
    client.patch(
        "/v1/blueprints/service", json={"mirrorProperties": {"tier": {"path": "area.tier"}}}
    )
    mirror = client.patch(
        "/v1/blueprints/service/mirror/tier/rename", json={"newMirrorName": "domainTier"}
    )
    assert set(mirror.json()["blueprint"]["mirrorProperties"]) == {"domainTier"}
    missing = client.patch(
        "/v1/blueprints/service/properties/nope/rename", json={"newPropertyName": "x"}
    )
    assert missing.status_code == 404


def test_removing_a_property_drops_its_values(sim: PortSimulator, client: httpx.Client) -> None:
    make_blueprints(client)
    client.post(
        "/v1/blueprints/domain/entities", json={"identifier": "pay", "properties": {"tier": "1"}}
    )
    client.put(
        "/v1/blueprints/domain",
        json={"identifier": "domain", "title": "D", "schema": {"properties": {}}},
    )
    entity = client.get("/v1/blueprints/domain/entities/pay").json()["entity"]
    assert entity["properties"] == {}
