"""`pyport blueprints|actions|scorecards|teams|users|pages|webhooks|migrations`, and `api`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from cli_support import SERVICE, Run, Served, seed_service

pytest_plugins = ["cli_fixtures"]


def test_blueprint_create_get_update_delete(pyport: Run, served: Served, tmp_path: Path) -> None:
    (tmp_path / "bp.yaml").write_text(yaml.safe_dump(SERVICE))
    created = pyport("blueprints", "create", "--file", "bp.yaml")
    assert created.code == 0, created.err
    assert created.json()["identifier"] == "service"
    got = pyport("blueprints", "get", "service", "--fields", "title")
    assert got.json() == {"title": "Service"}
    changed = pyport("blueprints", "update", "service", input=json.dumps({"title": "Services"}))
    assert changed.code == 0, changed.err
    assert pyport("blueprints", "get", "service").json()["title"] == "Services"

    refused = pyport("blueprints", "delete", "service")
    assert refused.code == 2
    assert "refusing without a terminal" in refused.err
    assert "pass --yes" in refused.err
    assert served.sim.handle("GET", "/v1/blueprints/service").status == 200
    deleted = pyport("blueprints", "delete", "service", "--yes")
    assert deleted.code == 0
    assert deleted.err == "deleted blueprint service\n"
    assert served.sim.handle("GET", "/v1/blueprints/service").status == 404


def test_bad_input_files_are_usage_errors_that_send_nothing(
    pyport: Run, served: Served, tmp_path: Path
) -> None:
    (tmp_path / "bad.json").write_text('{"identifier": ')
    bad = pyport("blueprints", "create", "--file", "bad.json")
    assert bad.code == 2
    assert bad.err.startswith("error: bad.json is not valid JSON:")
    array = pyport("blueprints", "create", input="[1, 2]")
    assert array.code == 2
    assert "expected one JSON object, got list" in array.err
    missing = pyport("blueprints", "create", "--file", "nope.json")
    assert (missing.code, missing.err) == (2, "error: nope.json: no such file\n")
    assert served.sim.handle("GET", "/v1/blueprints").json["blueprints"] == []


def test_a_body_port_rejects_is_exit_1_with_ports_message(pyport: Run, served: Served) -> None:
    result = pyport("blueprints", "create", input='{"identifier": "x"}')
    assert result.code == 1
    [line] = result.err.splitlines()
    assert line.startswith("error: 422 ") or line.startswith("error: 400 ")
    assert "(trace id " in line


def test_actions_teams_pages_webhooks_scorecards(pyport: Run, served: Served) -> None:
    seed_service(served.sim)
    action = {
        "identifier": "deploy",
        "title": "Deploy",
        "trigger": {
            "type": "self-service",
            "operation": "DAY-2",
            "blueprintIdentifier": "service",
            "userInputs": {"properties": {}},
        },
        "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com/hook"},
    }
    assert pyport("actions", "create", input=json.dumps(action)).code == 0
    listed = pyport("actions", "list", "--fields", "identifier,trigger.type")
    assert listed.json() == [{"identifier": "deploy", "trigger.type": "self-service"}]
    action["title"] = "Deploy it"
    assert pyport("actions", "update", "deploy", input=json.dumps(action)).code == 0
    assert pyport("actions", "get", "deploy", "--jq", ".title").out == "Deploy it\n"

    assert pyport("teams", "create", input='{"name": "platform"}').code == 0
    assert pyport("teams", "list", "--jq", ".[].name").out == "platform\n"
    assert pyport("teams", "delete", "platform", "-y").code == 0
    assert pyport("teams", "list").json() == []

    page = {"identifier": "home2", "title": "Home", "type": "dashboard", "widgets": []}
    assert pyport("pages", "create", input=json.dumps(page)).code == 0, "page"
    assert pyport("pages", "get", "home2", "--jq", ".title").out == "Home\n"

    hook = {"identifier": "gh", "title": "GitHub", "enabled": True, "mappings": []}
    created = pyport("webhooks", "create", input=json.dumps(hook))
    assert created.code == 0, created.err
    assert pyport("webhooks", "get", "gh", "--jq", ".enabled").out == "true\n"

    card = {
        "identifier": "ready",
        "title": "Ready",
        "rules": [
            {
                "identifier": "r1",
                "title": "R1",
                "level": "Gold",
                "query": {
                    "combinator": "and",
                    "conditions": [{"property": "tier", "operator": "=", "value": "prod"}],
                },
            }
        ],
    }
    made = pyport("scorecards", "create", "service", input=json.dumps(card))
    assert made.code == 0, made.err
    assert pyport("scorecards", "get", "service", "ready", "--jq", ".title").out == "Ready\n"
    assert pyport("scorecards", "list", "--jq", ".[].identifier").out == "ready\n"
    assert pyport("scorecards", "delete", "service", "ready", "--yes").code == 0
    assert pyport("scorecards", "get", "service", "ready").code == 4


@pytest.mark.parametrize("group", ["users", "migrations"])
def test_users_and_migrations_list(pyport: Run, served: Served, group: str) -> None:
    result = pyport(group, "list", "-o", "json")
    assert result.code == 0, result.err
    assert isinstance(result.json(), list)


def test_api_get_post_and_paginate(pyport: Run, served: Served, tmp_path: Path) -> None:
    seed_service(served.sim, *(f"e{i:02}" for i in range(25)))
    listed = pyport("api", "GET", "/blueprints", "--jq", ".blueprints[].identifier")
    assert (listed.code, listed.out) == (0, "service\n")
    (tmp_path / "q.json").write_text('{"limit": 10}')
    one = pyport("api", "post", "blueprints/service/entities/search", "--data", "@q.json")
    assert len(one.json()["entities"]) == 10
    every = pyport(
        "api",
        "POST",
        "/v1/blueprints/service/entities/search",
        "--data",
        '{"limit": 10}',
        "--paginate",
        "--jq",
        "[.[].identifier]",
    )
    assert json.loads(every.out) == [f"e{i:02}" for i in range(25)]
    assert "25 entities in 3 page(s)" in every.err
    bad = pyport("api", "GET", "/blueprints", "--data", "{oops")
    assert bad.code == 2
    elsewhere = pyport("api", "GET", "https://example.com/v1/blueprints")
    assert elsewhere.code == 1
    assert "example.com" in elsewhere.err
    gone = pyport("api", "GET", "/blueprints/nope")
    assert gone.code == 4
