"""`--simulate` on write commands: an in-process simulator seeded from the organization's
blueprints (or a snapshot) takes the writes; the real organization is only read."""

from __future__ import annotations

import json

from cli_support import Run, Served, seed_service

pytest_plugins = ["cli_fixtures"]


def _entity_ids(served: Served) -> set[str]:
    answer = served.sim.handle("POST", "/v1/blueprints/service/entities/search", json={})
    return {e["identifier"] for e in answer.json["entities"]}


def test_upsert_simulated_against_the_organizations_blueprints(pyport: Run, served: Served) -> None:
    seed_service(served.sim, "real")
    domain = {
        "identifier": "domain",
        "title": "Domain",
        "schema": {"properties": {}},
        "relations": {"services": {"target": "service", "many": True, "required": False}},
    }
    assert served.sim.handle("POST", "/v1/blueprints", json=domain).status == 201
    records = [{"identifier": "new1", "properties": {"replicas": 2}}, {"identifier": "new2"}]
    result = pyport("entities", "upsert", "service", "--simulate", input=json.dumps(records))
    assert result.code == 0, result.err
    assert result.json()["upserted"] == 2
    assert "simulating against a local simulator seeded with the 2 blueprint(s) of" in result.err
    assert "simulated: 1 write(s), nothing was sent to Port" in result.err
    assert "POST /v1/blueprints/service/entities/bulk -> 200" in result.err
    assert _entity_ids(served) == {"real"}  # the real organization is untouched

    # Port's own checks run in the simulation: a bad entity fails there as it would here.
    bad = pyport(
        "entities",
        "create",
        "service",
        "--simulate",
        input='{"identifier": "x", "properties": {"replicas": "many"}}',
    )
    assert bad.code == 1
    assert "POST /v1/blueprints/service/entities -> 422" in bad.err


def test_delete_simulated_needs_no_yes_and_deletes_nothing(pyport: Run, served: Served) -> None:
    seed_service(served.sim, "real")
    result = pyport("blueprints", "delete", "service", "--simulate")
    assert result.code == 0, result.err
    assert "DELETE /v1/blueprints/service -> 200" in result.err
    assert served.sim.handle("GET", "/v1/blueprints/service").status == 200


def test_simulate_from_a_snapshot(pyport: Run, served: Served) -> None:
    seed_service(served.sim, "a")
    assert pyport("backup", "create", "snap").code == 0
    served.sim.reset()  # the organization is now empty; the snapshot still has `service`
    result = pyport(
        "entities", "create", "service", "--simulate-from", "snap", input='{"identifier": "b"}'
    )
    assert result.code == 0, result.err
    assert "seeded with snapshot snap" in result.err
    assert served.sim.handle("GET", "/v1/blueprints/service").status == 404
