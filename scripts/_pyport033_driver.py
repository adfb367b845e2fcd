"""PyPort 0.3.3's calls against a Port simulator; run by scripts/peer_clients.py in a virtualenv
holding PyPort 0.3.3 (`python -I _pyport033_driver.py URL CLIENT_ID SECRET`).

Prints one JSON line: [[call, passed, detail], ...]. A call passes when it returns without
raising (PyPort raises on every error status), or, for the raw requests, when the answer has the
status and format Port gives.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from typing import Any

results: list[list[Any]] = []
state: dict[str, str] = {}


def main() -> None:
    import pyport.client.client as client_module  # PyPort 0.3.3, not this repository's pyport

    url, client_id, secret = sys.argv[1:4]
    # PyPort 0.3.3 hard-codes its API URL and reads it at construction.
    client_module.PORT_API_URL = url + "/v1"

    def client() -> Any:
        # A fresh client a call: PyPort's circuit breaker would otherwise block every call after
        # a few failures, hiding what the simulator answers.
        return client_module.PortClient(
            client_id, secret, auto_refresh=False, log_level=logging.CRITICAL, max_retries=0
        )

    def call(name: str, fn: Callable[[Any], Any]) -> None:
        try:
            fn(client())
            results.append([name, True, "ok"])
        except Exception as error:  # every failure is a result here, whatever its kind
            text = str(error).replace("\n", " ")[:160]
            results.append([name, False, f"{type(error).__name__}: {text}"])

    properties = {"lang": {"type": "string"}}
    blueprint = {"identifier": "svc", "title": "Service", "schema": {"properties": properties}}
    action = {
        "identifier": "restart",
        "title": "Restart",
        "trigger": {
            "type": "self-service",
            "operation": "DAY-2",
            "blueprintIdentifier": "svc",
            "userInputs": {"properties": {}, "required": []},
        },
        "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com/hook"},
    }
    by_blueprint = {
        "combinator": "and",
        "rules": [{"property": "$blueprint", "operator": "=", "value": "svc"}],
    }
    entity = {"identifier": "api", "properties": {"lang": "go"}}
    call("create_blueprint", lambda p: p.blueprints.create_blueprint(blueprint))
    call("get_blueprint", lambda p: p.blueprints.get_blueprint("svc"))
    call("get_blueprints", lambda p: p.blueprints.get_blueprints())
    call("update_blueprint", lambda p: p.blueprints.update_blueprint("svc", blueprint))
    call("get_blueprint_permissions", lambda p: p.blueprints.get_blueprint_permissions("svc"))
    call("create_entity", lambda p: p.entities.create_entity("svc", entity))
    call(
        "create_entity (no identifier)",
        lambda p: p.entities.create_entity("svc", {"title": "Nameless", "properties": {}}),
    )
    call("get_entity", lambda p: p.entities.get_entity("svc", "api"))
    call("get_entities", lambda p: p.entities.get_entities("svc"))
    call(
        "update_entity",
        lambda p: p.entities.update_entity("svc", "api", {**entity, "properties": {"lang": "c"}}),
    )
    call(
        "create_entities_bulk",
        lambda p: p.entities.create_entities_bulk(
            "svc", [{"identifier": "b1"}, {"identifier": "b2"}]
        ),
    )
    call("get_entities_count", lambda p: p.entities.get_entities_count("svc"))
    call("search_entities", lambda p: p.entities.search_entities(by_blueprint))
    call(
        "search_blueprint_entities",
        lambda p: p.entities.search_blueprint_entities("svc", {"query": by_blueprint}),
    )
    call("delete_entity", lambda p: p.entities.delete_entity("svc", "b2"))
    call("create_action", lambda p: p.actions.create_action(action))
    call("get_actions", lambda p: p.actions.get_actions())
    call("get_action", lambda p: p.actions.get_action("restart"))
    call("get_action_permissions", lambda p: p.actions.get_action_permissions("restart"))

    def execute(p: Any) -> None:
        run = p.actions.execute_action("restart", {"properties": {}, "entity": "api"})
        state["run"] = run["run"]["id"]

    call("execute_action", execute)
    run_id = lambda: state.get("run", "r_none")  # noqa: E731 - read after execute_action ran
    call("get_action_run", lambda p: p.action_runs.get_action_run(run_id()))
    call(
        "update_action_run",
        lambda p: p.action_runs.update_action_run(run_id(), {"status": "SUCCESS"}),
    )
    call(
        "add_action_run_log",
        lambda p: p.action_runs.add_action_run_log(run_id(), {"message": "hi"}),
    )
    call("get_action_run_logs", lambda p: p.action_runs.get_action_run_logs(run_id()))
    call("get_teams", lambda p: p.teams.get_teams())
    call("get_users", lambda p: p.users.get_users())
    call("invite_user", lambda p: p.users.invite_user({"invitee": {"email": "ana@example.com"}}))
    call("get_user", lambda p: p.users.get_user("ana@example.com"))
    hook = {"identifier": "gh", "title": "GH", "enabled": True}
    call("create_webhook", lambda p: p.webhooks.create_webhook(hook))
    call("get_webhook", lambda p: p.webhooks.get_webhook("gh"))
    call("update_webhook", lambda p: p.webhooks.update_webhook("gh", {"title": "GitHub"}))
    call("get_webhooks", lambda p: p.webhooks.get_webhooks())
    card = {"identifier": "ready", "title": "Ready", "rules": []}
    call("create_scorecard", lambda p: p.scorecards.create_scorecard("svc", card))
    call("get_scorecards", lambda p: p.scorecards.get_scorecards())
    call("get_migrations", lambda p: p.migrations.get_migrations())
    call("get_organization_secrets", lambda p: p.organizations.get_organization_secrets())
    call("get_organization_details", lambda p: p.organizations.get_organization_details())
    # Raw requests through PyPort's own request path and session.
    call(
        "PATCH an invited user",
        lambda p: p.make_request("PATCH", "users/ana@example.com", json={"roles": ["Admin"]}),
    )
    call(
        "GET runs with limit=5.5 (a number)",
        lambda p: p.make_request("GET", "actions/runs", params={"limit": "5.5"}),
    )

    def head(p: Any) -> None:
        response = p._session.request("HEAD", url + "/v1/blueprints")
        kind = response.headers.get("content-type", "")
        if response.status_code != 405 or "json" not in kind:
            raise AssertionError(f"{response.status_code} {kind}")

    call("HEAD answered in Port's format", head)

    def options(p: Any) -> None:
        response = p._session.request("OPTIONS", url + "/v1/blueprints/svc")
        kind = response.headers.get("content-type", "")
        if response.status_code != 405 or "json" not in kind:
            raise AssertionError(f"{response.status_code} {kind}")

    call("OPTIONS answered in Port's format", options)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
