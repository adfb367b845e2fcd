"""Actions (current and deprecated routes), runs, logs, approvals, permissions."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sim_support import make_blueprints

pytest_plugins = ["sim_fixtures"]


def _action(identifier: str, **extra: Any) -> dict[str, Any]:
    return {
        "identifier": identifier,
        "title": identifier.title(),
        "trigger": {
            "type": "self-service",
            "operation": "DAY-2",
            "blueprintIdentifier": "service",
            "userInputs": {"properties": {}, "required": []},
        },
        "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com/hook"},
        **extra,
    }


@pytest.fixture
def catalog(client: httpx.Client) -> httpx.Client:
    make_blueprints(client)
    client.post("/v1/blueprints/domain/entities", json={"identifier": "pay"})
    client.post(
        "/v1/blueprints/service/entities",
        json={"identifier": "api", "relations": {"domain": "pay"}},
    )
    response = client.post("/v1/actions", json=_action("restart"))
    assert response.status_code == 201, response.text
    return client


def test_action_crud_and_filters(catalog: httpx.Client) -> None:
    assert catalog.post("/v1/actions", json=_action("restart")).status_code == 409
    action = catalog.get("/v1/actions/restart").json()["action"]
    assert action["trigger"]["blueprintIdentifier"] == "service"
    catalog.post("/v1/actions", json={**_action("deploy"), "publish": False})
    listed = catalog.get("/v1/actions", params={"blueprint_identifier": "service"}).json()
    assert [a["identifier"] for a in listed["actions"]] == ["restart", "deploy"]
    unpublished = catalog.get("/v1/actions", params={"published": "false"}).json()["actions"]
    assert [a["identifier"] for a in unpublished] == ["deploy"]
    only = catalog.get("/v1/actions", params={"action_identifier": "deploy"}).json()["actions"]
    assert [a["identifier"] for a in only] == ["deploy"]
    put = catalog.put("/v1/actions/deploy", json={**_action("deploy"), "title": "Ship"})
    assert put.json()["action"]["title"] == "Ship"
    assert catalog.delete("/v1/actions/deploy").json() == {"ok": True}
    assert catalog.get("/v1/actions/deploy").status_code == 404
    assert catalog.put("/v1/actions/deploy", json=_action("deploy")).status_code == 404
    invalid = catalog.post("/v1/actions", json={"identifier": "x"})
    assert invalid.status_code == 422


def test_deprecated_blueprint_action_routes(catalog: httpx.Client) -> None:
    base = "/v1/blueprints/service/actions"
    trigger = {"type": "self-service", "operation": "DAY-2"}
    created = catalog.post(base, json={"identifier": "old", "title": "Old", "trigger": trigger})
    assert created.status_code == 201
    assert [a["identifier"] for a in catalog.get(base).json()["actions"]] == ["restart", "old"]
    assert catalog.get(f"{base}/old").json()["action"]["trigger"] == trigger
    updated = catalog.put(f"{base}/old", json={"identifier": "old", "title": "Older"})
    assert updated.json()["action"]["title"] == "Older"
    replaced = catalog.put(base, json={"actions": [{"identifier": "a1"}, {"identifier": "a2"}]})
    assert [a["identifier"] for a in replaced.json()["actions"]] == ["a1", "a2"]
    assert catalog.get("/v1/actions/restart").status_code == 404
    assert catalog.delete(f"{base}/a1").json() == {"ok": True}
    assert catalog.get(f"{base}/a1").status_code == 404
    assert catalog.get("/v1/blueprints/nope/actions").status_code == 404


def test_runs_logs_and_termination(catalog: httpx.Client) -> None:
    response = catalog.post(
        "/v1/actions/restart/runs", json={"properties": {"force": True}, "entity": "api"}
    )
    assert response.status_code == 202
    run = response.json()["run"]
    assert run["id"].startswith("r_")
    assert run["status"] == "IN_PROGRESS"
    assert run["entity"] == {"identifier": "api"}
    run_url = f"/v1/actions/runs/{run['id']}"
    patched = catalog.patch(run_url, json={"link": "https://ci/1", "summary": "building"})
    assert patched.json()["run"]["link"] == ["https://ci/1"]
    assert patched.json()["run"]["summary"] == "building"
    log = catalog.post(f"{run_url}/logs", json={"message": "step 1"})
    assert log.status_code == 201
    assert log.json()["runLog"]["message"] == "step 1"
    end = catalog.post(f"{run_url}/logs", json={"message": "done", "terminationStatus": "SUCCESS"})
    assert end.status_code == 201
    assert catalog.get(run_url).json()["run"]["status"] == "SUCCESS"
    again = catalog.post(f"{run_url}/logs", json={"message": "x", "terminationStatus": "FAILURE"})
    assert again.status_code == 422
    assert again.json()["error"] == "run_already_finished"
    logs = catalog.get(f"{run_url}/logs").json()["runLogs"]
    assert [entry["message"] for entry in logs] == ["step 1", "done"]
    assert (
        catalog.get(f"{run_url}/logs", params={"limit": 1, "offset": 1}).json()["runLogs"][0][
            "message"
        ]
        == "done"
    )
    assert catalog.patch(run_url, json={"status": "FAILURE"}).status_code == 422
    assert catalog.get("/v1/actions/runs/r_missing").status_code == 404
    missing_entity = catalog.post(
        "/v1/actions/restart/runs", json={"properties": {}, "entity": "x"}
    )
    assert missing_entity.status_code == 404


def test_run_listing_filters(catalog: httpx.Client) -> None:
    first = catalog.post("/v1/actions/restart/runs", json={"properties": {}, "entity": "api"})
    second = catalog.post("/v1/actions/restart/runs", json={"properties": {}})
    first_id, second_id = first.json()["run"]["id"], second.json()["run"]["id"]
    catalog.patch(
        f"/v1/actions/runs/{first_id}", json={"status": "SUCCESS", "externalRunId": "ext"}
    )
    runs = catalog.get("/v1/actions/runs").json()["runs"]
    assert [r["id"] for r in runs] == [second_id, first_id]
    by_entity = catalog.get("/v1/actions/runs", params={"entity": "api"}).json()["runs"]
    assert [r["id"] for r in by_entity] == [first_id]
    active = catalog.get("/v1/actions/runs", params={"active": "true"}).json()["runs"]
    assert [r["id"] for r in active] == [second_id]
    external = catalog.get("/v1/actions/runs", params={"external_run_id": "ext"}).json()["runs"]
    assert [r["id"] for r in external] == [first_id]
    assert len(catalog.get("/v1/actions/runs", params={"limit": 1}).json()["runs"]) == 1


def test_approvals(catalog: httpx.Client) -> None:
    catalog.post("/v1/actions", json=_action("drop", requiredApproval=True))
    run = catalog.post("/v1/actions/drop/runs", json={"properties": {}}).json()["run"]
    assert run["status"] == "WAITING_FOR_APPROVAL"
    url = f"/v1/actions/runs/{run['id']}"
    assert catalog.get(f"{url}/approvers").json()["approvers"] == []
    approved = catalog.patch(f"{url}/approval", json={"status": "APPROVE", "description": "ok"})
    assert approved.status_code == 201
    assert approved.json()["run"]["status"] == "IN_PROGRESS"
    approvers = catalog.get(f"{url}/approvers").json()["approvers"]
    assert approvers == [{"userId": "sim-client-id", "state": "APPROVED", "description": "ok"}]
    assert catalog.patch(f"{url}/approval", json={"status": "DECLINE"}).status_code == 422


def _grant(*roles: str, owned: bool = True) -> dict[str, Any]:
    grant: dict[str, Any] = {"roles": list(roles), "users": [], "teams": []}
    if owned:
        grant["ownedByTeam"] = False
    return grant


def test_a_new_blueprint_has_ports_default_permissions(catalog: httpx.Client) -> None:
    admin_and_moderator = _grant("Admin", "service-moderator")
    assert catalog.get("/v1/blueprints/service/permissions").json() == {
        "ok": True,
        "permissions": {
            "entities": {
                "read": _grant("Admin", "service-moderator", "Member"),
                "register": admin_and_moderator,
                "update": admin_and_moderator,
                "unregister": admin_and_moderator,
                "updateProperties": dict.fromkeys(
                    ("language", "stars", "tags", "released", "public"), admin_and_moderator
                ),
                "updateRelations": {"domain": admin_and_moderator},
            }
        },
    }
    # A property added later gets the same default; a removed one loses its grant.
    catalog.patch(
        "/v1/blueprints/service",
        json={"schema": {"properties": {"tier": {"type": "string"}}}},
    )
    granular = catalog.get("/v1/blueprints/service/permissions").json()["permissions"]
    assert granular["entities"]["updateProperties"]["tier"] == admin_and_moderator


def test_a_new_action_has_ports_default_permissions(catalog: httpx.Client) -> None:
    assert catalog.get("/v1/actions/restart/permissions").json()["permissions"] == {
        "execute": _grant("Admin", "Member", "service-moderator"),
        "approve": _grant("Admin", owned=False),
    }


def test_patching_one_permission_key_keeps_the_others(catalog: httpx.Client) -> None:
    url = "/v1/blueprints/service/permissions"
    register = {"roles": ["Admin", "service-moderator", "Member"]}
    first = catalog.patch(url, json={"entities": {"register": register}})
    assert first.status_code == 200, first.text
    update = {"roles": ["Admin"], "ownedByTeam": True}
    second = catalog.patch(url, json={"entities": {"update": update}})
    entities = second.json()["permissions"]["entities"]
    # The earlier PATCH's key survives; within a key, what was sent replaces it whole.
    assert entities["register"] == register
    assert entities["update"] == update
    assert entities["unregister"] == _grant("Admin", "service-moderator")
    stars = {"users": ["ana@example.com"]}
    third = catalog.patch(url, json={"entities": {"updateProperties": {"stars": stars}}})
    properties = third.json()["permissions"]["entities"]["updateProperties"]
    assert properties["stars"] == stars
    assert properties["language"] == _grant("Admin", "service-moderator")
    assert (
        catalog.get(url).json()["permissions"]["entities"]
        == third.json()["permissions"]["entities"]
    )
    action = catalog.patch(
        "/v1/actions/restart/permissions", json={"execute": {"roles": ["Admin"]}}
    )
    assert action.json()["permissions"] == {
        "execute": {"roles": ["Admin"]},
        "approve": _grant("Admin", owned=False),
    }
    assert catalog.get("/v1/blueprints/nope/permissions").status_code == 404
    assert catalog.get("/v1/actions/nope/permissions").status_code == 404


def test_permissions_go_with_their_resource(catalog: httpx.Client) -> None:
    body = {"execute": {"roles": ["Admin"]}}
    assert catalog.patch("/v1/actions/restart/permissions", json=body).status_code == 200
    assert catalog.delete("/v1/actions/restart").status_code == 200
    assert catalog.post("/v1/actions", json=_action("restart")).status_code == 201
    # Created again under the same identifier: it starts with the defaults, not the old grant.
    assert catalog.get("/v1/actions/restart/permissions").json()["permissions"]["execute"] == (
        _grant("Admin", "Member", "service-moderator")
    )
