"""Scorecards, teams, users, pages and widgets, webhooks, organization, secrets, audit log."""

from __future__ import annotations

import copy
from typing import Any

from pyport.testing._app import Call, Reply, Route, ok
from pyport.testing._errors import conflict, invalid, not_found
from pyport.testing._state import Json, State, parse_iso


def _stamp(state: State, item: Json, actor: str, before: Json | None) -> Json:
    now = state.timestamp()
    item["createdAt"] = before.get("createdAt", now) if before else now
    item["createdBy"] = before.get("createdBy", actor) if before else actor
    item["updatedAt"] = now
    item["updatedBy"] = actor
    return item


def _need(store: dict[str, Json], what: str, identifier: str) -> Json:
    item = store.get(identifier)
    if item is None:
        raise not_found(what, identifier)
    return item


def _remove(
    state: State, call: Call, store: dict[str, Json], what: str, param: str, **ctx: Any
) -> Reply:
    """Delete `store[call.params[param]]` (404 if there is none) and record it."""
    identifier = call.params[param]
    _need(store, what, identifier)
    del store[identifier]
    state.record("DELETE", what.lower(), identifier, call.actor, **ctx)
    return ok()


# scorecards


def _scorecards(state: State, call: Call) -> tuple[str, dict[str, Json]]:
    blueprint = call.params["blueprint_identifier"]
    if blueprint not in state.blueprints:
        raise not_found("Blueprint", blueprint)
    return blueprint, state.scorecards.setdefault(blueprint, {})


def _scorecard(state: State, blueprint: str, body: Json, actor: str, before: Json | None) -> Json:
    identifier = body.get("identifier")
    if not isinstance(identifier, str) or not identifier:
        raise invalid("body must have required property 'identifier'")
    item = {**copy.deepcopy(body), "blueprint": blueprint}
    item.setdefault("id", before["id"] if before else state.next_id("scorecard", "sc_"))
    return _stamp(state, item, actor, before)


def scorecard_create(state: State, call: Call) -> Reply:
    blueprint, store = _scorecards(state, call)
    body = call.json()
    if body.get("identifier") in store:
        raise conflict("Scorecard", str(body["identifier"]))
    item = _scorecard(state, blueprint, body, call.actor, None)
    store[item["identifier"]] = item
    state.record("CREATE", "scorecard", item["identifier"], call.actor, blueprint=blueprint)
    return ok(201, scorecard=item)


def scorecard_replace_all(state: State, call: Call) -> Reply:
    blueprint, store = _scorecards(state, call)
    items = call.body.get("scorecards") if isinstance(call.body, dict) else call.body
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise invalid("body must be an array of scorecards")
    fresh = {}
    for body in items:
        item = _scorecard(state, blueprint, body, call.actor, store.get(body.get("identifier", "")))
        fresh[item["identifier"]] = item
    store.clear()
    store.update(fresh)
    state.record("UPDATE", "scorecard", "*", call.actor, blueprint=blueprint)
    return ok(scorecards=list(store.values()))


def scorecard_listing(state: State, call: Call) -> Reply:
    _, store = _scorecards(state, call)
    return ok(scorecards=list(store.values()))


def scorecard_read(state: State, call: Call) -> Reply:
    _, store = _scorecards(state, call)
    return ok(scorecard=_need(store, "Scorecard", call.params["scorecard_identifier"]))


def scorecard_replace(state: State, call: Call) -> Reply:
    blueprint, store = _scorecards(state, call)
    identifier = call.params["scorecard_identifier"]
    before = _need(store, "Scorecard", identifier)
    item = _scorecard(
        state, blueprint, {**call.json(), "identifier": identifier}, call.actor, before
    )
    store[identifier] = item
    state.record("UPDATE", "scorecard", identifier, call.actor, blueprint=blueprint)
    return ok(scorecard=item)


def scorecard_delete(state: State, call: Call) -> Reply:
    blueprint, store = _scorecards(state, call)
    return _remove(state, call, store, "Scorecard", "scorecard_identifier", blueprint=blueprint)


def scorecards_all(state: State, call: Call) -> Reply:
    return ok(scorecards=[s for store in state.scorecards.values() for s in store.values()])


# teams


def _team(state: State, body: Json, actor: str, before: Json | None) -> Json:
    # Requests name users by e-mail; Port answers with user objects.
    if "users" in body:
        users = [{"email": email} for email in body["users"]]
    else:
        users = list(before.get("users", [])) if before else []
    team: Json = {
        "id": before["id"] if before else state.next_id("team", "team_"),
        "name": body.get("name", before["name"] if before else ""),
        "users": users,
        "provider": "Port",
    }
    description = body.get("description", before.get("description") if before else None)
    if description is not None:
        team["description"] = description
    return _stamp(state, team, actor, before)


def team_listing(state: State, call: Call) -> Reply:
    return ok(teams=list(state.teams.values()))


def team_create(state: State, call: Call) -> Reply:
    body = call.json()
    name = body.get("name")
    if not isinstance(name, str) or not name:
        raise invalid("body must have required property 'name'")
    if name in state.teams:
        raise conflict("Team", name)
    team = state.teams[name] = _team(state, body, call.actor, None)
    state.record("CREATE", "team", name, call.actor)
    return ok(team=team)


def team_read(state: State, call: Call) -> Reply:
    return ok(team=_need(state.teams, "Team", call.params["name"]))


def _team_write(state: State, call: Call, *, replace: bool) -> Reply:
    name = call.params["name"]
    before = _need(state.teams, "Team", name)
    body = call.json()
    base = {"id": before["id"], "createdAt": before["createdAt"], "createdBy": before["createdBy"]}
    team = _team(state, body, call.actor, before if not replace else {**base, "name": name})
    new_name = team["name"]
    if new_name != name and new_name in state.teams:
        raise conflict("Team", new_name)
    del state.teams[name]
    state.teams[new_name] = team
    state.record("UPDATE", "team", new_name, call.actor)
    return ok(team=team)


def team_patch(state: State, call: Call) -> Reply:
    return _team_write(state, call, replace=False)


def team_replace(state: State, call: Call) -> Reply:
    return _team_write(state, call, replace=True)


def team_delete(state: State, call: Call) -> Reply:
    return _remove(state, call, state.teams, "Team", "name")


# users


def user_listing(state: State, call: Call) -> Reply:
    return ok(users=list(state.users.values()))


def user_invite(state: State, call: Call) -> Reply:
    invitee = call.json().get("invitee")
    if not isinstance(invitee, dict) or not isinstance(invitee.get("email"), str):
        raise invalid("body/invitee must have required property 'email'")
    email = invitee["email"]
    if email in state.users:
        raise conflict("User", email)
    user: Json = {
        "id": state.next_id("user", "user_"),
        "email": email,
        "firstName": "",
        "lastName": "",
        "status": "INVITED",
        "type": "STANDARD",
        "roles": [{"name": r} for r in invitee.get("roles", ["Member"])],
        "teams": list(invitee.get("teams", [])),
    }
    state.users[email] = _stamp(state, user, call.actor, None)
    state.record("CREATE", "user", email, call.actor)
    return ok()


def user_read(state: State, call: Call) -> Reply:
    return ok(user=_need(state.users, "User", call.params["user_email"]))


def user_patch(state: State, call: Call) -> Reply:
    email = call.params["user_email"]
    user = _need(state.users, "User", email)
    body = call.json()
    if "roles" in body:
        user["roles"] = [{"name": r} for r in body["roles"]]
    if "teams" in body:
        user["teams"] = list(body["teams"])
    _stamp(state, user, call.actor, user)
    state.record("UPDATE", "user", email, call.actor)
    return ok(**{k: v for k, v in user.items() if k not in ("createdBy", "updatedBy")})


def user_delete(state: State, call: Call) -> Reply:
    return _remove(state, call, state.users, "User", "user_email")


# pages and widgets


def page_listing(state: State, call: Call) -> Reply:
    return ok(pages=list(state.pages.values()))


def page_create(state: State, call: Call) -> Reply:
    body = call.json()
    identifier = body.get("identifier")
    if not isinstance(identifier, str) or not identifier:
        raise invalid("body must have required property 'identifier'")
    if identifier in state.pages:
        raise conflict("Page", identifier)
    page = _stamp(state, copy.deepcopy(body), call.actor, None)
    for widget in page.setdefault("widgets", []):
        if isinstance(widget, dict):
            widget.setdefault("id", state.next_id("widget"))
    state.pages[identifier] = page
    state.record("CREATE", "page", identifier, call.actor)
    return ok(201, page=page)


def page_read(state: State, call: Call) -> Reply:
    return ok(page=_need(state.pages, "Page", call.params["identifier"]))


def page_patch(state: State, call: Call) -> Reply:
    identifier = call.params["identifier"]
    page = _need(state.pages, "Page", identifier)
    page.update({k: copy.deepcopy(v) for k, v in call.json().items() if k != "identifier"})
    _stamp(state, page, call.actor, page)
    state.record("UPDATE", "page", identifier, call.actor)
    return ok(identifier=identifier)


def page_delete(state: State, call: Call) -> Reply:
    reply = _remove(state, call, state.pages, "Page", "identifier")
    state.drop_permissions("page", call.params["identifier"])
    return reply


def _widgets(state: State, call: Call) -> tuple[Json, list[Json]]:
    page = _need(state.pages, "Page", call.params["page_identifier"])
    widgets: list[Json] = page.setdefault("widgets", [])
    return page, widgets


def _widget_index(widgets: list[Json], widget_id: str) -> int:
    for index, widget in enumerate(widgets):
        if widget.get("id") == widget_id:
            return index
    raise not_found("Widget", widget_id)


def widget_create(state: State, call: Call) -> Reply:
    page, widgets = _widgets(state, call)
    widget = copy.deepcopy(call.json().get("widget"))
    if not isinstance(widget, dict):
        raise invalid("body must have required property 'widget'")
    widget.setdefault("id", state.next_id("widget"))
    widgets.append(_stamp(state, widget, call.actor, None))
    state.record("CREATE", "widget", widget["id"], call.actor, page=page["identifier"])
    return ok(201, widget=widget)


def widget_patch(state: State, call: Call) -> Reply:
    page, widgets = _widgets(state, call)
    widget_id = call.params["widget_id"]
    widget = widgets[_widget_index(widgets, widget_id)]
    body = call.body if isinstance(call.body, dict) else {}
    changes = body.get("widget", body)
    widget.update({k: v for k, v in changes.items() if k != "id"})
    _stamp(state, widget, call.actor, widget)
    state.record("UPDATE", "widget", widget_id, call.actor, page=page["identifier"])
    return ok(identifier=widget_id)


def widget_delete(state: State, call: Call) -> Reply:
    page, widgets = _widgets(state, call)
    widget_id = call.params["widget_id"]
    del widgets[_widget_index(widgets, widget_id)]
    state.record("DELETE", "widget", widget_id, call.actor, page=page["identifier"])
    return ok()


# webhooks (answered under `integration`)


def _webhook(state: State, body: Json, actor: str, before: Json | None, identifier: str) -> Json:
    hook = {**copy.deepcopy(body), "identifier": identifier}
    key = before["webhookKey"] if before else state.next_id("webhook-key")
    hook["webhookKey"] = key
    hook["url"] = f"https://ingest.port.io/{key}"
    hook.setdefault("mappings", [])
    return _stamp(state, hook, actor, before)


def webhook_create(state: State, call: Call) -> Reply:
    body = call.json()
    identifier = body.get("identifier") or state.next_id("webhook", "wh_")
    if identifier in state.webhooks:
        raise conflict("Webhook", identifier)
    hook = state.webhooks[identifier] = _webhook(state, body, call.actor, None, identifier)
    state.record("CREATE", "webhook", identifier, call.actor)
    return ok(201, integration=hook)


def webhook_listing(state: State, call: Call) -> Reply:
    return ok(integrations=list(state.webhooks.values()))


def webhook_read(state: State, call: Call) -> Reply:
    return ok(integration=_need(state.webhooks, "Webhook", call.params["identifier"]))


def _webhook_write(state: State, call: Call, *, merge: bool) -> Reply:
    identifier = call.params["identifier"]
    before = _need(state.webhooks, "Webhook", identifier)
    body = call.json()
    if merge:
        kept = ("webhookKey", "url", "createdAt", "createdBy", "updatedAt", "updatedBy")
        body = {**{k: v for k, v in before.items() if k not in kept}, **body}
    hook = state.webhooks[identifier] = _webhook(state, body, call.actor, before, identifier)
    state.record("UPDATE", "webhook", identifier, call.actor)
    return ok(integration=hook)


def webhook_patch(state: State, call: Call) -> Reply:
    return _webhook_write(state, call, merge=True)


def webhook_replace(state: State, call: Call) -> Reply:
    return _webhook_write(state, call, merge=False)


def webhook_delete(state: State, call: Call) -> Reply:
    return _remove(state, call, state.webhooks, "Webhook", "identifier")


# organization and secrets (secret values are stored, never returned)


def org_read(state: State, call: Call) -> Reply:
    org = {k: v for k, v in state.organization.items() if k != "permissions"}
    return ok(organization=org)


def org_replace(state: State, call: Call) -> Reply:
    kept: Json = {
        k: state.organization[k] for k in ("id", "permissions") if k in state.organization
    }
    state.organization = {**copy.deepcopy(call.json()), **kept}
    state.record("UPDATE", "organization", state.organization["id"], call.actor)
    return ok()


def org_patch(state: State, call: Call) -> Reply:
    state.organization.update(
        {k: copy.deepcopy(v) for k, v in call.json().items() if k not in ("id", "permissions")}
    )
    state.record("UPDATE", "organization", state.organization["id"], call.actor)
    return ok()


def _public_secret(secret: Json) -> Json:
    return {k: v for k, v in secret.items() if k != "secretValue"}


def secret_listing(state: State, call: Call) -> Reply:
    return ok(secrets=[_public_secret(s) for s in state.secrets.values()])


def secret_create(state: State, call: Call) -> Reply:
    body = call.json()
    name = body.get("secretName")
    if not isinstance(name, str) or not isinstance(body.get("secretValue"), str):
        raise invalid("body must have required properties 'secretName' and 'secretValue'")
    if name in state.secrets:
        raise conflict("Secret", name)
    secret = {"secretName": name, "secretValue": body["secretValue"]}
    if "description" in body:
        secret["description"] = body["description"]
    state.secrets[name] = _stamp(state, secret, call.actor, None)
    state.record("CREATE", "secret", name, call.actor)
    return ok(201, secret=_public_secret(secret))


def secret_read(state: State, call: Call) -> Reply:
    return ok(secret=_public_secret(_need(state.secrets, "Secret", call.params["secret_name"])))


def secret_patch(state: State, call: Call) -> Reply:
    name = call.params["secret_name"]
    secret = _need(state.secrets, "Secret", name)
    body = call.json()
    for key in ("secretValue", "description"):
        if key in body:
            secret[key] = body[key]
    _stamp(state, secret, call.actor, secret)
    state.record("UPDATE", "secret", name, call.actor)
    return ok(secret=_public_secret(secret))


def secret_delete(state: State, call: Call) -> Reply:
    return _remove(state, call, state.secrets, "Secret", "secret_name")


# audit log


def audit_log(state: State, call: Call) -> Reply:
    limit = call.count("limit", default=100, most=10000)
    filters: dict[str, Any] = {
        "identifier": call.arg("identifier"),
        "entity": call.arg("entity"),
        "blueprint": call.arg("blueprint"),
        "action": call.arg("action"),
        "status": call.arg("status"),
        "run": call.arg("run_id"),
    }
    resources = call.query.get("resources")
    start = parse_iso(call.arg("from") or "") if call.arg("from") else None
    end = parse_iso(call.arg("to") or "") if call.arg("to") else None
    found: list[Json] = []
    for audit in reversed(state.audit):
        ctx = audit["context"]
        if filters["identifier"] is not None and audit["identifier"] != filters["identifier"]:
            continue
        if filters["entity"] is not None and ctx.get("entity") != filters["entity"]:
            continue
        if filters["blueprint"] is not None and ctx.get("blueprint") != filters["blueprint"]:
            continue
        if filters["action"] is not None and audit["action"] != filters["action"]:
            continue
        if filters["status"] is not None and audit["status"] != filters["status"]:
            continue
        if filters["run"] is not None and ctx.get("run") != filters["run"]:
            continue
        if resources and audit["resourceType"] not in resources:
            continue
        at = parse_iso(audit["trigger"]["at"]) or 0.0
        if (start is not None and at < start) or (end is not None and at > end):
            continue
        if len(found) >= limit:
            break
        found.append(audit)
    return ok(audits=found)


_SC = "/v1/blueprints/{blueprint_identifier}/scorecards"
_WIDGET = "/v1/pages/{page_identifier}/widgets"
ROUTES = [
    Route("POST", _SC, scorecard_create),
    Route("PUT", _SC, scorecard_replace_all),
    Route("GET", _SC, scorecard_listing),
    Route("GET", _SC + "/{scorecard_identifier}", scorecard_read),
    Route("PUT", _SC + "/{scorecard_identifier}", scorecard_replace),
    Route("DELETE", _SC + "/{scorecard_identifier}", scorecard_delete),
    Route("GET", "/v1/scorecards", scorecards_all),
    Route("GET", "/v1/teams", team_listing),
    Route("POST", "/v1/teams", team_create),
    Route("GET", "/v1/teams/{name}", team_read),
    Route("PATCH", "/v1/teams/{name}", team_patch),
    Route("PUT", "/v1/teams/{name}", team_replace),
    Route("DELETE", "/v1/teams/{name}", team_delete),
    Route("GET", "/v1/users", user_listing),
    Route("POST", "/v1/users/invite", user_invite),
    Route("GET", "/v1/users/{user_email}", user_read),
    Route("PATCH", "/v1/users/{user_email}", user_patch),
    Route("DELETE", "/v1/users/{user_email}", user_delete),
    Route("GET", "/v1/pages", page_listing),
    Route("POST", "/v1/pages", page_create),
    Route("GET", "/v1/pages/{identifier}", page_read),
    Route("PATCH", "/v1/pages/{identifier}", page_patch),
    Route("DELETE", "/v1/pages/{identifier}", page_delete),
    Route("POST", _WIDGET, widget_create),
    Route("PATCH", _WIDGET + "/{widget_id}", widget_patch),
    Route("DELETE", _WIDGET + "/{widget_id}", widget_delete),
    Route("POST", "/v1/webhooks", webhook_create),
    Route("GET", "/v1/webhooks", webhook_listing),
    Route("GET", "/v1/webhooks/{identifier}", webhook_read),
    Route("PATCH", "/v1/webhooks/{identifier}", webhook_patch),
    Route("PUT", "/v1/webhooks/{identifier}", webhook_replace),
    Route("DELETE", "/v1/webhooks/{identifier}", webhook_delete),
    Route("GET", "/v1/organization", org_read),
    Route("PUT", "/v1/organization", org_replace),
    Route("PATCH", "/v1/organization", org_patch),
    Route("GET", "/v1/organization/secrets", secret_listing),
    Route("POST", "/v1/organization/secrets", secret_create),
    Route("GET", "/v1/organization/secrets/{secret_name}", secret_read),
    Route("PATCH", "/v1/organization/secrets/{secret_name}", secret_patch),
    Route("DELETE", "/v1/organization/secrets/{secret_name}", secret_delete),
    Route("GET", "/v1/audit-log", audit_log),
]

NOT_IMPLEMENTED = [
    Route("POST", "/v1/entities/aggregate", None),
    Route("POST", "/v1/entities/aggregate-over-time", None),
    Route("POST", "/v1/entities/properties-history", None),
    Route("GET", "/v1/integration/metadata", None),
    Route("GET", "/v1/integration", None),
    Route("GET", "/v1/integration/{identifier}", None),
    Route("PATCH", "/v1/integration/{identifier}", None),
    Route("DELETE", "/v1/integration/{identifier}", None),
    Route("GET", "/v1/integration/{identifier}/logs", None),
    Route("PATCH", "/v1/integration/{identifier}/config", None),
    Route("GET", "/v1/webhooks/metadata", None),
    Route("GET", "/v1/apps", None),
    Route("POST", "/v1/apps/{id}/rotate-secret", None),
    Route("DELETE", "/v1/apps/{id}", None),
    Route("PUT", "/v1/apps/{id}", None),
    Route("POST", "/v1/rotate-credentials/{user_email}", None),
    # Published in Port's docs spec only (AI agents, LLM providers, auto-discovery, quotas, sync
    # metrics): typed in the client, not imitated here.
    Route("GET", "/v1/integration/{integrationInternalId}/syncMetrics", None),
    Route("GET", "/v1/integration/{integrationInternalId}/syncsMetadata", None),
    Route("GET", "/v1/quota/ai-invocations", None),
    Route("GET", "/v1/llm-providers/defaults", None),
    Route("PUT", "/v1/llm-providers/defaults", None),
    Route("GET", "/v1/llm-providers", None),
    Route("POST", "/v1/llm-providers", None),
    Route("GET", "/v1/llm-providers/{provider}", None),
    Route("PUT", "/v1/llm-providers/{provider}", None),
    Route("DELETE", "/v1/llm-providers/{provider}", None),
    Route("GET", "/v1/ai/invoke/{invocation_identifier}", None),
    Route("POST", "/v1/ai/invoke", None),
    Route("POST", "/v1/agent/{agentIdentifier}/invoke", None),
    Route("POST", "/v1/ai/entities-auto-discovery", None),
    Route("POST", "/v1/ai/entities-auto-discovery/{invocation_id}/review", None),
    Route("GET", "/v1/ai/entities-auto-discovery/{invocation_id}/suggestions", None),
    Route("GET", "/v1/ai/entities-auto-discovery/blueprint/{blueprint_identifier}/latest", None),
    Route(
        "PATCH",
        "/v1/ai/entities-auto-discovery/{invocation_id}/suggestions/{entity_identifier}",
        None,
    ),
]
