"""Actions (current and deprecated blueprint routes), runs, run logs, approvals, permissions."""

from __future__ import annotations

import copy
from typing import Any

from pyport.testing._app import Call, Reply, Route, ok
from pyport.testing._errors import ApiError, conflict, invalid, not_found
from pyport.testing._state import Json, State
from pyport.testing._webhooks import invocation

TERMINAL = frozenset({"SUCCESS", "FAILURE", "DECLINED"})
RUN_STATUSES = frozenset({"IN_PROGRESS", "SUCCESS", "FAILURE"})


def _get_action(state: State, identifier: str) -> Json:
    action = state.actions.get(identifier)
    if action is None:
        raise not_found("Action", identifier)
    return action


def _blueprint_of(action: Json) -> str | None:
    trigger = action.get("trigger")
    if isinstance(trigger, dict) and isinstance(trigger.get("blueprintIdentifier"), str):
        return str(trigger["blueprintIdentifier"])
    blueprint = action.get("blueprint")
    return blueprint if isinstance(blueprint, str) else None


def _stamp(state: State, action: Json, actor: str, before: Json | None) -> Json:
    now = state.timestamp()
    action["createdAt"] = before["createdAt"] if before else now
    action["createdBy"] = before["createdBy"] if before else actor
    action["updatedAt"] = now
    action["updatedBy"] = actor
    return action


def _save(state: State, body: Json, *, actor: str, identifier: str | None, create: bool) -> Json:
    identifier = identifier or body.get("identifier")
    if not isinstance(identifier, str) or not identifier:
        raise invalid("body must have required property 'identifier'")
    before = state.actions.get(identifier)
    if create and before is not None:
        raise conflict("Action", identifier)
    if not create and before is None:
        raise not_found("Action", identifier)
    action = _stamp(state, {**copy.deepcopy(body), "identifier": identifier}, actor, before)
    state.actions[identifier] = action
    state.record("CREATE" if create else "UPDATE", "action", identifier, actor)
    return action


def create(state: State, call: Call) -> Reply:
    return ok(201, action=_save(state, call.json(), actor=call.actor, identifier=None, create=True))


def listing(state: State, call: Call) -> Reply:
    ids = call.query.get("action_identifier")
    blueprint = call.arg("blueprint_identifier")
    published = call.arg("published")
    trigger_type = call.arg("trigger_type")
    operation = call.arg("operation")
    found = []
    for action in state.actions.values():
        found_trigger = action.get("trigger")
        trigger: Json = found_trigger if isinstance(found_trigger, dict) else {}
        if ids and action["identifier"] not in ids:
            continue
        if blueprint is not None and _blueprint_of(action) != blueprint:
            continue
        if published is not None and bool(action.get("publish", True)) != (published == "true"):
            continue
        if trigger_type is not None and trigger.get("type") != trigger_type:
            continue
        if operation is not None and trigger.get("operation") != operation:
            continue
        found.append(action)
    return ok(actions=found)


def read(state: State, call: Call) -> Reply:
    return ok(action=_get_action(state, call.params["action_identifier"]))


def replace(state: State, call: Call) -> Reply:
    identifier = call.params["action_identifier"]
    action = _save(state, call.json(), actor=call.actor, identifier=identifier, create=False)
    return ok(action=action)


def delete(state: State, call: Call) -> Reply:
    identifier = call.params["action_identifier"]
    _get_action(state, identifier)
    state.remove_action(identifier)
    state.record("DELETE", "action", identifier, call.actor)
    return ok()


# deprecated /v1/blueprints/{bp}/actions routes: same store, actions tied to the blueprint


def _bp(state: State, call: Call) -> str:
    blueprint = call.params["blueprint_identifier"]
    if blueprint not in state.blueprints:
        raise not_found("Blueprint", blueprint)
    return blueprint


def bp_create(state: State, call: Call) -> Reply:
    blueprint = _bp(state, call)
    body = {**call.json(), "blueprint": blueprint}
    return ok(201, action=_save(state, body, actor=call.actor, identifier=None, create=True))


def bp_replace_all(state: State, call: Call) -> Reply:
    blueprint = _bp(state, call)
    items = call.body.get("actions") if isinstance(call.body, dict) else call.body
    if not isinstance(items, list) or not all(isinstance(a, dict) for a in items):
        raise invalid('body must be an array of actions (or {"actions": [...]})')
    for identifier in [a for a, x in state.actions.items() if _blueprint_of(x) == blueprint]:
        state.remove_action(identifier)
    saved = [
        _save(state, {**a, "blueprint": blueprint}, actor=call.actor, identifier=None, create=True)
        for a in items
    ]
    return ok(actions=saved)


def bp_listing(state: State, call: Call) -> Reply:
    blueprint = _bp(state, call)
    return ok(actions=[a for a in state.actions.values() if _blueprint_of(a) == blueprint])


def _bp_action(state: State, call: Call) -> Json:
    blueprint = _bp(state, call)
    action = _get_action(state, call.params["action_identifier"])
    if _blueprint_of(action) != blueprint:
        raise not_found("Action", call.params["action_identifier"])
    return action


def bp_read(state: State, call: Call) -> Reply:
    return ok(action=_bp_action(state, call))


def bp_replace(state: State, call: Call) -> Reply:
    action = _bp_action(state, call)
    body = {**call.json(), "blueprint": _blueprint_of(action)}
    saved = _save(state, body, actor=call.actor, identifier=action["identifier"], create=False)
    return ok(action=saved)


def bp_delete(state: State, call: Call) -> Reply:
    action = _bp_action(state, call)
    state.remove_action(action["identifier"])
    state.record("DELETE", "action", action["identifier"], call.actor)
    return ok()


# runs


def _get_run(state: State, run_id: str) -> Json:
    run = state.runs.get(run_id)
    if run is None:
        raise not_found("Run", run_id)
    return run


def run_action(state: State, call: Call) -> Reply:
    action = _get_action(state, call.params["action_identifier"])
    body = call.json()
    now = state.timestamp()
    blueprint = _blueprint_of(action)
    entity = body.get("entity")
    if isinstance(entity, str) and blueprint is not None:
        table = state.tables.get(blueprint)
        if table is None or entity not in table.entities:
            raise not_found("Entity", entity)
    approval = action.get("requiredApproval")
    needs_approval = bool(approval) and approval is not False
    run: Json = {
        "id": state.next_id("run", "r_"),
        "status": "WAITING_FOR_APPROVAL" if needs_approval else "IN_PROGRESS",
        "action": {"identifier": action["identifier"], "title": action.get("title")},
        "properties": body.get("properties", {}),
        "link": [],
        "source": "API",
        "requiredApproval": needs_approval,
        "createdAt": now,
        "updatedAt": now,
        "createdBy": call.actor,
        "updatedBy": call.actor,
    }
    if blueprint is not None:
        run["blueprint"] = {"identifier": blueprint}
    if isinstance(entity, str):
        run["entity"] = {"identifier": entity}
    state.runs[run["id"]] = run
    state.run_logs[run["id"]] = []
    state.record("CREATE", "run", run["id"], call.actor, action=action["identifier"])
    if run["status"] == "IN_PROGRESS":
        _invoke(state, action, run)
    return ok(202, run=run)


def _invoke(state: State, action: Json, run: Json) -> None:
    # A WEBHOOK action's backend is called when its run starts (see _webhooks).
    queued = invocation(state, action, run)
    if queued is not None:
        state.outbox.append(queued)


def run_read(state: State, call: Call) -> Reply:
    return ok(run=_get_run(state, call.params["run_id"]))


def _links(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def run_update(state: State, call: Call) -> Reply:
    run = _get_run(state, call.params["run_id"])
    body = call.json()
    status = body.get("status")
    if status is not None:
        if status not in RUN_STATUSES:
            raise invalid(f"body/status must be one of {sorted(RUN_STATUSES)}")
        if run["status"] in TERMINAL and status != run["status"]:
            raise ApiError(
                422, "run_already_finished", f'Run "{run["id"]}" already ended as {run["status"]}'
            )
        run["status"] = status
        if status in TERMINAL:
            run["endedAt"] = state.timestamp()
    if "link" in body:
        run["link"] = [*run["link"], *(x for x in _links(body["link"]) if x not in run["link"])]
    for key in ("summary", "statusLabel", "externalRunId", "message"):
        if key in body:
            run[key] = body[key]
    run["updatedAt"] = state.timestamp()
    run["updatedBy"] = call.actor
    state.record("UPDATE", "run", run["id"], call.actor)
    return ok(run=run)


def run_approval(state: State, call: Call) -> Reply:
    run = _get_run(state, call.params["run_id"])
    body = call.json()
    decision = body.get("status")
    if decision not in ("APPROVE", "DECLINE"):
        raise invalid("body/status must be APPROVE or DECLINE")
    if run["status"] != "WAITING_FOR_APPROVAL":
        raise ApiError(422, "run_not_waiting_for_approval", f'Run "{run["id"]}" awaits no approval')
    run["status"] = "IN_PROGRESS" if decision == "APPROVE" else "DECLINED"
    run["approval"] = {
        "userId": call.actor,
        "state": "APPROVED" if decision == "APPROVE" else "DECLINED",
        "description": body.get("description", ""),
    }
    run["updatedAt"] = state.timestamp()
    state.record("UPDATE", "run", run["id"], call.actor)
    action = state.actions.get(run["action"]["identifier"])
    if decision == "APPROVE" and action is not None:
        _invoke(state, action, run)
    return ok(201, run=run)


def run_approvers(state: State, call: Call) -> Reply:
    run = _get_run(state, call.params["run_id"])
    approval = run.get("approval")
    approvers = [approval] if approval else []
    return ok(approvers=approvers)


def runs_listing(state: State, call: Call) -> Reply:
    entity = call.arg("entity")
    blueprint = call.arg("blueprint")
    action = call.arg("action")
    user = call.arg("user_id") or call.arg("user_email")
    external = call.arg("external_run_id")
    active = call.arg("active")
    limit = call.number("limit", default=100, low=1, high=1000)
    found = []
    for run in reversed(list(state.runs.values())):
        if entity is not None and run.get("entity", {}).get("identifier") != entity:
            continue
        if blueprint is not None and run.get("blueprint", {}).get("identifier") != blueprint:
            continue
        if action is not None and run["action"]["identifier"] != action:
            continue
        if user is not None and run["createdBy"] != user:
            continue
        if external is not None and run.get("externalRunId") != external:
            continue
        if active is not None and (run["status"] not in TERMINAL) != (active == "true"):
            continue
        found.append(run)
        if len(found) == limit:
            break
    return ok(runs=found)


def add_log(state: State, call: Call) -> Reply:
    run = _get_run(state, call.params["run_id"])
    body = call.json()
    termination = body.get("terminationStatus")
    if termination is not None:
        if termination not in ("SUCCESS", "FAILURE"):
            raise invalid("body/terminationStatus must be SUCCESS or FAILURE")
        if run["status"] in TERMINAL:
            raise ApiError(
                422,
                "run_already_finished",
                f'Run "{run["id"]}" already ended as {run["status"]}; terminationStatus is '
                "accepted once",
            )
    log: Json = {
        "id": state.next_id("run-log", "rl_"),
        "runId": run["id"],
        "createdBy": call.actor,
        "message": body.get("message", ""),
        "createdAt": state.timestamp(),
    }
    if termination is not None:
        log["terminationStatus"] = termination
        run["status"] = termination
        run["endedAt"] = log["createdAt"]
        run["updatedAt"] = log["createdAt"]
    if "statusLabel" in body:
        log["statusLabel"] = run["statusLabel"] = body["statusLabel"]
    state.run_logs.setdefault(run["id"], []).append(log)
    return ok(201, runLog=log)


def logs(state: State, call: Call) -> Reply:
    run = _get_run(state, call.params["run_id"])
    limit = call.number("limit", default=50, low=1, high=1000)
    offset = call.count("offset", default=0, most=10**9)
    return ok(runLogs=state.run_logs.get(run["id"], [])[offset : offset + limit])


# permissions: Port's defaults, then what PATCHes changed


def _grant(roles: list[str], *, owned: bool) -> Json:
    grant: Json = {"roles": list(roles), "users": [], "teams": []}
    if owned:
        grant["ownedByTeam"] = False
    return grant


def default_permissions(state: State, kind: str, identifier: str) -> Json:
    """What Port gives a new blueprint, action or page (Port's RBAC docs): Admin and the
    blueprint's `<blueprint>-moderator` role may do anything, Member may read (and execute)."""
    if kind == "blueprint":
        blueprint = state.blueprints[identifier]
        roles = ["Admin", f"{identifier}-moderator"]
        write = _grant(roles, owned=True)
        return {
            "entities": {
                "read": _grant([*roles, "Member"], owned=True),
                "register": copy.deepcopy(write),
                "update": copy.deepcopy(write),
                "unregister": copy.deepcopy(write),
                "updateProperties": {
                    name: copy.deepcopy(write) for name in blueprint["schema"]["properties"]
                },
                "updateRelations": {name: copy.deepcopy(write) for name in blueprint["relations"]},
            }
        }
    if kind == "action":
        tied_to = _blueprint_of(state.actions[identifier])
        moderator = [f"{tied_to}-moderator"] if tied_to else []
        return {
            "execute": _grant(["Admin", "Member", *moderator], owned=True),
            "approve": _grant(["Admin"], owned=False),
        }
    return {
        "read": _grant(["Admin", "Member"], owned=False),
        "update": _grant(["Admin"], owned=False),
    }


# Objects whose keys a PATCH merges one by one; any other object is one permission key, which a
# PATCH replaces whole ("PATCH only touches the keys you include, but within a key it's a full
# replace", Port's permission docs).
_CONTAINERS = frozenset(
    {(), ("entities",), ("entities", "updateProperties"), ("entities", "updateRelations")}
)


def _merge(base: Json, patch: Json, path: tuple[str, ...] = ()) -> Json:
    merged = dict(base)
    for key, value in patch.items():
        where = (*path, key)
        if where in _CONTAINERS and isinstance(value, dict):
            below = base.get(key)
            merged[key] = _merge(below if isinstance(below, dict) else {}, value, where)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _effective(state: State, kind: str, identifier: str) -> Json:
    stored = state.organization.get("permissions", {}).get(f"{kind}:{identifier}", {})
    if not state.permission_defaults:
        return copy.deepcopy(stored)
    permissions = _merge(default_permissions(state, kind, identifier), stored)
    if kind == "blueprint":
        # Grants for properties or relations the blueprint no longer has are gone with them.
        blueprint = state.blueprints[identifier]
        entities = permissions.get("entities")
        if isinstance(entities, dict):
            for key, names in (
                ("updateProperties", blueprint["schema"]["properties"]),
                ("updateRelations", blueprint["relations"]),
            ):
                if isinstance(entities.get(key), dict):
                    entities[key] = {k: v for k, v in entities[key].items() if k in names}
    return permissions


def _permissions(kind: str, param: str) -> tuple[Any, Any]:
    def read_permissions(state: State, call: Call) -> Reply:
        identifier = call.params[param]
        _exists(state, kind, identifier)
        return ok(permissions=_effective(state, kind, identifier))

    def patch_permissions(state: State, call: Call) -> Reply:
        identifier = call.params[param]
        _exists(state, kind, identifier)
        store = state.organization.setdefault("permissions", {})
        key = f"{kind}:{identifier}"
        store[key] = _merge(store.get(key, {}), call.json())
        state.record("UPDATE", "permissions", identifier, call.actor, kind=kind)
        return ok(permissions=_effective(state, kind, identifier))

    return read_permissions, patch_permissions


def _exists(state: State, kind: str, identifier: str) -> None:
    store = {"blueprint": state.blueprints, "action": state.actions, "page": state.pages}[kind]
    if identifier not in store:
        raise not_found(kind.capitalize(), identifier)


_bp_perm = _permissions("blueprint", "blueprint_identifier")
_action_perm = _permissions("action", "action_identifier")
_page_perm = _permissions("page", "page_identifier")

_BPA = "/v1/blueprints/{blueprint_identifier}/actions"
_RUN = "/v1/actions/runs/{run_id}"
ROUTES = [
    Route("POST", "/v1/actions", create),
    Route("GET", "/v1/actions", listing),
    Route("GET", "/v1/actions/{action_identifier}", read),
    Route("PUT", "/v1/actions/{action_identifier}", replace),
    Route("DELETE", "/v1/actions/{action_identifier}", delete),
    Route("POST", _BPA, bp_create),
    Route("PUT", _BPA, bp_replace_all),
    Route("GET", _BPA, bp_listing),
    Route("GET", _BPA + "/{action_identifier}", bp_read),
    Route("PUT", _BPA + "/{action_identifier}", bp_replace),
    Route("DELETE", _BPA + "/{action_identifier}", bp_delete),
    Route("POST", "/v1/actions/{action_identifier}/runs", run_action),
    Route("GET", "/v1/actions/runs", runs_listing),
    Route("GET", _RUN, run_read),
    Route("PATCH", _RUN, run_update),
    Route("PATCH", _RUN + "/approval", run_approval),
    Route("GET", _RUN + "/approvers", run_approvers),
    Route("POST", _RUN + "/logs", add_log),
    Route("GET", _RUN + "/logs", logs),
    Route("GET", "/v1/blueprints/{blueprint_identifier}/permissions", _bp_perm[0]),
    Route("PATCH", "/v1/blueprints/{blueprint_identifier}/permissions", _bp_perm[1]),
    Route("GET", "/v1/actions/{action_identifier}/permissions", _action_perm[0]),
    Route("PATCH", "/v1/actions/{action_identifier}/permissions", _action_perm[1]),
    Route("GET", "/v1/pages/{page_identifier}/permissions", _page_perm[0]),
    Route("PATCH", "/v1/pages/{page_identifier}/permissions", _page_perm[1]),
]
