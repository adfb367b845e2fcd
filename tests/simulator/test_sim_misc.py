"""Scorecards, teams, users, pages, widgets, webhooks, organization, secrets, migrations, audit."""

from __future__ import annotations

import httpx
from sim_support import FakeClock, make_blueprints

pytest_plugins = ["sim_fixtures"]


SCORECARDS = "/v1/blueprints/service/scorecards"


def _scorecard(identifier: str) -> dict[str, object]:
    return {
        "identifier": identifier,
        "title": identifier.title(),
        "levels": [{"title": "Basic", "color": "paleBlue"}, {"title": "Gold", "color": "gold"}],
        "rules": [
            {
                "identifier": "has-readme",
                "title": "Has readme",
                "level": "Gold",
                "query": {
                    "combinator": "and",
                    "conditions": [{"property": "stars", "operator": ">", "value": 1}],
                },
            }
        ],
    }


def test_scorecards(client: httpx.Client) -> None:
    make_blueprints(client)
    created = client.post(SCORECARDS, json=_scorecard("quality"))
    assert created.status_code == 201, created.text
    assert created.json()["scorecard"]["blueprint"] == "service"
    assert client.post(SCORECARDS, json=_scorecard("quality")).status_code == 409
    assert client.get(f"{SCORECARDS}/quality").json()["scorecard"]["title"] == "Quality"
    put = client.put(f"{SCORECARDS}/quality", json={**_scorecard("quality"), "title": "Q"})
    assert put.json()["scorecard"]["title"] == "Q"
    replaced = client.put(SCORECARDS, json=[_scorecard("a"), _scorecard("b")])
    assert replaced.status_code == 200, replaced.text
    assert [s["identifier"] for s in client.get(SCORECARDS).json()["scorecards"]] == ["a", "b"]
    assert [s["identifier"] for s in client.get("/v1/scorecards").json()["scorecards"]] == [
        "a",
        "b",
    ]
    assert client.delete(f"{SCORECARDS}/a").json() == {"ok": True}
    assert client.get(f"{SCORECARDS}/a").status_code == 404
    assert client.get("/v1/blueprints/nope/scorecards").status_code == 404


def test_teams(client: httpx.Client) -> None:
    created = client.post(
        "/v1/teams", json={"name": "core", "users": ["a@x.io"], "description": "d"}
    )
    assert created.status_code == 200
    team = created.json()["team"]
    assert team["name"] == "core"
    assert team["users"] == [{"email": "a@x.io"}]
    assert client.post("/v1/teams", json={"name": "core"}).status_code == 409
    patched = client.patch("/v1/teams/core", json={"description": "new"}).json()["team"]
    assert patched["description"] == "new"
    assert patched["users"] == [{"email": "a@x.io"}]
    renamed = client.put("/v1/teams/core", json={"name": "platform"}).json()["team"]
    assert renamed["name"] == "platform"
    assert renamed["users"] == []
    assert renamed["id"] == team["id"]
    assert [t["name"] for t in client.get("/v1/teams").json()["teams"]] == ["platform"]
    assert client.get("/v1/teams/core").status_code == 404
    assert client.delete("/v1/teams/platform").json() == {"ok": True}


def test_users(client: httpx.Client) -> None:
    invited = client.post(
        "/v1/users/invite",
        json={"invitee": {"email": "a@x.io", "roles": ["Member"], "teams": ["core"]}},
    )
    assert invited.json() == {"ok": True}
    user = client.get("/v1/users/a@x.io").json()["user"]
    assert user["status"] == "INVITED"
    assert user["teams"] == ["core"]
    assert user["roles"] == [{"name": "Member"}]
    patched = client.patch("/v1/users/a@x.io", json={"roles": ["Admin"]}).json()
    assert patched["ok"] is True
    assert patched["roles"] == [{"name": "Admin"}]
    assert [u["email"] for u in client.get("/v1/users").json()["users"]] == ["a@x.io"]
    assert client.post("/v1/users/invite", json={"invitee": {"email": "a@x.io"}}).status_code == 409
    assert client.delete("/v1/users/a@x.io").json() == {"ok": True}
    assert client.get("/v1/users/a@x.io").status_code == 404


def test_pages_and_widgets(client: httpx.Client) -> None:
    created = client.post(
        "/v1/pages", json={"identifier": "home", "title": "Home", "type": "dashboard"}
    )
    assert created.status_code == 201, created.text
    assert client.patch("/v1/pages/home", json={"title": "Start"}).json() == {
        "ok": True,
        "identifier": "home",
    }
    assert client.get("/v1/pages/home").json()["page"]["title"] == "Start"
    widget = {"type": "markdown", "title": "Notes", "markdown": "# hi"}
    added = client.post("/v1/pages/home/widgets", json={"widget": widget, "parentWidgetId": "root"})
    assert added.status_code == 201, added.text
    widget_id = added.json()["widget"]["id"]
    assert client.patch(f"/v1/pages/home/widgets/{widget_id}").json()["identifier"] == widget_id
    page = client.get("/v1/pages/home").json()["page"]
    assert [w["id"] for w in page["widgets"]] == [widget_id]
    assert client.delete(f"/v1/pages/home/widgets/{widget_id}").json() == {"ok": True}
    assert client.delete(f"/v1/pages/home/widgets/{widget_id}").status_code == 404
    read = client.patch("/v1/pages/home/permissions", json={"read": {"roles": ["Member"]}})
    assert read.status_code == 200, read.text
    assert client.get("/v1/pages/home/permissions").json()["permissions"] == {
        "read": {"roles": ["Member"]},
        "update": {"roles": ["Admin"], "users": [], "teams": []},
    }
    assert [p["identifier"] for p in client.get("/v1/pages").json()["pages"]] == ["home"]
    assert client.delete("/v1/pages/home").json() == {"ok": True}
    assert client.get("/v1/pages/home").status_code == 404


def test_webhooks_answer_under_integration(client: httpx.Client) -> None:
    created = client.post(
        "/v1/webhooks", json={"identifier": "gh", "title": "GitHub", "enabled": True}
    )
    assert created.status_code == 201, created.text
    hook = created.json()["integration"]
    assert hook["url"].startswith("https://ingest.port.io/")
    assert client.get("/v1/webhooks/gh").json()["integration"]["title"] == "GitHub"
    patched = client.patch("/v1/webhooks/gh", json={"enabled": False}).json()["integration"]
    assert patched["enabled"] is False
    assert patched["title"] == "GitHub"
    assert patched["webhookKey"] == hook["webhookKey"]
    put = client.put("/v1/webhooks/gh", json={"title": "GH", "enabled": True}).json()["integration"]
    assert put["title"] == "GH"
    assert [h["identifier"] for h in client.get("/v1/webhooks").json()["integrations"]] == ["gh"]
    generated = client.post("/v1/webhooks", json={"title": "Auto", "enabled": True}).json()
    assert generated["integration"]["identifier"].startswith("wh_")
    assert client.delete("/v1/webhooks/gh").json() == {"ok": True}
    assert client.get("/v1/webhooks/gh").status_code == 404


def test_organization_and_secrets_never_leak(client: httpx.Client) -> None:
    assert client.put("/v1/organization", json={"name": "Acme"}).json() == {"ok": True}
    client.patch("/v1/organization", json={"settings": {"portalTitle": "Acme Port"}})
    org = client.get("/v1/organization").json()["organization"]
    assert org["name"] == "Acme"
    assert org["settings"] == {"portalTitle": "Acme Port"}
    created = client.post(
        "/v1/organization/secrets",
        json={"secretName": "token", "secretValue": "s3cr3t", "description": "d"},
    )
    assert created.status_code == 201
    assert (
        client.post(
            "/v1/organization/secrets", json={"secretName": "token", "secretValue": "x"}
        ).status_code
        == 409
    )
    client.patch("/v1/organization/secrets/token", json={"secretValue": "n3w", "description": "e"})
    texts = [
        created.text,
        client.get("/v1/organization/secrets").text,
        client.get("/v1/organization/secrets/token").text,
    ]
    for text in texts:
        assert "s3cr3t" not in text
        assert "n3w" not in text
        assert "secretValue" not in text
    assert client.get("/v1/organization/secrets/token").json()["secret"]["description"] == "e"
    assert client.delete("/v1/organization/secrets/token").json() == {"ok": True}
    assert client.get("/v1/organization/secrets/token").status_code == 404


def test_migration_moves_values_to_a_new_property(client: httpx.Client, clock: FakeClock) -> None:
    make_blueprints(client)
    client.patch(
        "/v1/blueprints/domain", json={"schema": {"properties": {"tierNumber": {"type": "string"}}}}
    )
    client.post(
        "/v1/blueprints/domain/entities", json={"identifier": "pay", "properties": {"tier": "1"}}
    )
    created = client.post(
        "/v1/migrations",
        json={
            "sourceBlueprint": "domain",
            "mapping": {
                "blueprint": "domain",
                "entity": {
                    "identifier": ".identifier",
                    "properties": {"tierNumber": ".properties.tier"},
                },
            },
        },
    )
    assert created.status_code == 200, created.text
    migration = created.json()["migration"]
    assert migration["status"] == "INITIALIZING"
    clock.advance(2)
    listed = client.get("/v1/migrations", params={"blueprint": "domain"}).json()["migrations"]
    assert [m["status"] for m in listed] == ["RUNNING"]
    final = client.get(f"/v1/migrations/{migration['id']}").json()["migration"]
    assert final["status"] == "COMPLETED"
    entity = client.get("/v1/blueprints/domain/entities/pay").json()["entity"]
    assert entity["properties"] == {"tier": "1", "tierNumber": "1"}
    refused = client.post(f"/v1/migrations/{migration['id']}/cancel", json={})
    assert refused.status_code == 409


def test_migration_cancel(client: httpx.Client) -> None:
    make_blueprints(client)
    body = {"sourceBlueprint": "domain", "mapping": {"entity": {"identifier": ".identifier"}}}
    migration = client.post("/v1/migrations", json=body).json()["migration"]
    cancelled = client.post(f"/v1/migrations/{migration['id']}/cancel", json={"reason": "oops"})
    assert cancelled.json()["migration"]["status"] == "CANCELLED"
    assert (
        client.get(f"/v1/migrations/{migration['id']}").json()["migration"]["status"] == "CANCELLED"
    )
    assert client.get("/v1/migrations/nope").status_code == 404
    body["sourceBlueprint"] = "nope"
    assert client.post("/v1/migrations", json=body).status_code == 404


def test_audit_log_records_changes(client: httpx.Client, clock: FakeClock) -> None:
    make_blueprints(client)
    client.post("/v1/blueprints/domain/entities", json={"identifier": "pay"})
    clock.advance(3600)
    client.delete("/v1/blueprints/domain/entities/pay")
    audits = client.get("/v1/audit-log", params={"entity": "pay"}).json()["audits"]
    assert [(a["action"], a["resourceType"]) for a in audits] == [
        ("DELETE", "entity"),
        ("CREATE", "entity"),
    ]
    assert audits[0]["context"]["blueprint"] == "domain"
    assert audits[0]["trigger"]["by"]["userId"] == "sim-client-id"
    blueprints = client.get("/v1/audit-log", params={"resources": "blueprint"}).json()["audits"]
    assert len(blueprints) == 3
    recent = client.get("/v1/audit-log", params={"from": "2026-01-01T00:30:00.000Z"}).json()
    assert [a["action"] for a in recent["audits"]] == ["DELETE"]
    assert len(client.get("/v1/audit-log", params={"limit": 2}).json()["audits"]) == 2
