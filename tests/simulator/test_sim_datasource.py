"""What Port's integrations (Ocean) rely on: `$datasource`, migrations, bulk error identifiers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sim_support import make_blueprints

pytest_plugins = ["sim_fixtures"]

# Ocean's User-Agent: port-ocean/<type>/<version>/<identifier>/<feature>.
OCEAN = "port-ocean/gitlab/0.1.9/my-gitlab/exporter"
OTHER = "port-ocean/github/0.2.0/my-github/exporter"


def _owned_by(integration_type: str, identifier: str) -> dict[str, Any]:
    """Ocean's own query for the entities an integration wrote."""
    return {
        "combinator": "and",
        "rules": [
            {
                "property": "$datasource",
                "operator": "contains",
                "value": f"port-ocean/{integration_type}/",
            },
            {"property": "$datasource", "operator": "contains", "value": f"/{identifier}/exporter"},
        ],
    }


def _search(client: httpx.Client, query: dict[str, Any]) -> list[str]:
    response = client.post("/v1/entities/search", json=query)
    assert response.status_code == 200, response.text
    return sorted(e["identifier"] for e in response.json()["entities"])


@pytest.fixture
def written(client: httpx.Client) -> httpx.Client:
    """Entities of the domain blueprint written by two integrations and by hand."""
    make_blueprints(client)
    bulk = client.post(
        "/v1/blueprints/domain/entities/bulk",
        params={"upsert": "true"},
        json={"entities": [{"identifier": "pay"}, {"identifier": "ship"}]},
        headers={"User-Agent": OCEAN},
    )
    assert bulk.status_code == 200, bulk.text
    single = client.post(
        "/v1/blueprints/domain/entities",
        params={"upsert": "true"},
        json={"identifier": "auth"},
        headers={"User-Agent": OTHER},
    )
    assert single.status_code == 201, single.text
    client.post("/v1/blueprints/domain/entities", json={"identifier": "manual"})
    return client


def test_datasource_is_the_writers_user_agent_and_searchable(written: httpx.Client) -> None:
    assert _search(written, _owned_by("gitlab", "my-gitlab")) == ["pay", "ship"]
    assert _search(written, _owned_by("github", "my-github")) == ["auth"]
    exact = {
        "combinator": "and",
        "rules": [{"property": "$datasource", "operator": "=", "value": OCEAN}],
    }
    assert _search(written, exact) == ["pay", "ship"]
    # The last writer owns an entity: a PATCH from the other integration moves it over.
    moved = written.patch(
        "/v1/blueprints/domain/entities/ship", json={"title": "Ship"}, headers={"User-Agent": OTHER}
    )
    assert moved.status_code == 200, moved.text
    assert _search(written, _owned_by("github", "my-github")) == ["auth", "ship"]
    # Port records it but does not return it with the entity.
    assert "datasource" not in str(written.get("/v1/blueprints/domain/entities/pay").json())


def test_an_ocean_resync_deletes_only_what_it_owns(written: httpx.Client) -> None:
    owned = written.post("/v1/entities/search", json=_owned_by("gitlab", "my-gitlab")).json()
    stale = [e["identifier"] for e in owned["entities"] if e["identifier"] != "pay"]
    deleted = written.post("/v1/blueprints/domain/bulk/entities/delete", json={"entities": stale})
    assert deleted.status_code == 200, deleted.text
    remaining = written.get("/v1/blueprints/domain/entities").json()["entities"]
    assert sorted(e["identifier"] for e in remaining) == ["auth", "manual", "pay"]
    assert _search(written, _owned_by("gitlab", "my-gitlab")) == ["pay"]


def test_datasource_survives_save_and_load(written: httpx.Client, tmp_path: Any) -> None:
    from pyport.testing import PortSimulator

    sim = PortSimulator(persist_path=tmp_path / "org.json")
    sim.handle(
        "POST",
        "/v1/blueprints",
        json={"identifier": "x", "title": "X", "schema": {"properties": {}}},
    )
    with httpx.Client(base_url=sim.base_url, transport=sim.transport()) as c:
        token = c.post(
            "/v1/auth/access_token",
            json={"clientId": sim.client_id, "clientSecret": sim.client_secret},
        ).json()["accessToken"]
        headers = {"Authorization": f"Bearer {token}", "User-Agent": OCEAN}
        c.post("/v1/blueprints/x/entities", json={"identifier": "a"}, headers=headers)
    sim.save()
    again = PortSimulator(persist_path=tmp_path / "org.json")
    rule = {"property": "$datasource", "operator": "=", "value": OCEAN}
    found = again.handle("POST", "/v1/entities/search", json={"combinator": "and", "rules": [rule]})
    assert [e["identifier"] for e in found.json["entities"]] == ["a"]


@pytest.mark.parametrize("name", ["$datasorce", "$owner", "$"])
def test_an_unknown_meta_property_is_a_422(written: httpx.Client, name: str) -> None:
    query = {"combinator": "and", "rules": [{"property": name, "operator": "isEmpty"}]}
    response = written.post("/v1/entities/search", json=query)
    assert response.status_code == 422
    body = response.json()
    assert body["ok"] is False
    assert body["error"] == "invalid_request"
    assert body["message"].startswith(f'"{name}" is not a meta-property Port can search by')
    assert "$datasource" in body["message"]


def test_delete_blueprint_migration_names_its_source_and_mapping(written: httpx.Client) -> None:
    written.post(
        "/v1/blueprints", json={"identifier": "temp", "title": "T", "schema": {"properties": {}}}
    )
    written.post("/v1/blueprints/temp/entities", json={"identifier": "t1"})
    started = written.delete(
        "/v1/blueprints/temp/all-entities", params={"delete_blueprint": "true"}
    )
    assert started.status_code == 200, started.text
    migration = written.get(f"/v1/migrations/{started.json()['migrationId']}").json()["migration"]
    # Ocean's Migration model: id, actor, sourceBlueprint, mapping, status, all required.
    assert migration["sourceBlueprint"] == "temp"
    assert migration["mapping"] == {}
    assert {"id", "actor", "status"} <= set(migration)
    listed = written.get("/v1/migrations").json()["migrations"]
    assert all({"sourceBlueprint", "mapping"} <= set(m) for m in listed)


def test_a_bulk_search_identifier_that_matched_nothing_is_reported_unknown(
    written: httpx.Client,
) -> None:
    query = {
        "combinator": "and",
        "rules": [{"property": "$title", "operator": "=", "value": "none"}],
    }
    response = written.post(
        "/v1/blueprints/domain/entities/bulk",
        params={"upsert": "true"},
        json={"entities": [{"identifier": query}, {"identifier": "fine"}]},
    )
    assert response.status_code == 207, response.text
    body = response.json()
    assert [e["identifier"] for e in body["entities"]] == ["fine"]
    assert len(body["errors"]) == 1
    assert body["errors"][0]["identifier"] == "unknown"
    assert body["errors"][0]["index"] == 0
    assert body["errors"][0]["statusCode"] == 422
