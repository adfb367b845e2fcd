"""Migrations: INITIALIZING -> PENDING -> RUNNING -> COMPLETED as polls and time pass.

A migration created with `POST /v1/migrations` copies entities of `sourceBlueprint` into
`mapping.blueprint` (default: the same blueprint) when it completes. Mapping values may be jq
paths (`.properties.old`, `.identifier`) or JSON literals; anything else fails the migration.
"""

from __future__ import annotations

import json
from typing import Any

from pyport.testing._app import Call, Reply, Route, ok
from pyport.testing._errors import ApiError, invalid, not_found
from pyport.testing._state import Json, State

STEPS = ("INITIALIZING", "PENDING", "RUNNING", "COMPLETED")
FINAL = frozenset({"COMPLETED", "FAILURE", "CANCELLED"})
STEP_SECONDS = 1.0
"""Simulated time one step takes; each poll also advances a step."""

_INTERNAL = ("_createdEpoch", "_polls", "_kind")


def public(migration: Json) -> Json:
    return {k: v for k, v in migration.items() if k not in _INTERNAL}


def start(
    state: State,
    *,
    actor: str,
    blueprint: str,
    kind: str,
    source: str | None = None,
    mapping: Json | None = None,
) -> Json:
    now = state.timestamp()
    migration: Json = {
        "id": state.next_id("migration", "migr_"),
        "status": "INITIALIZING",
        "blueprint": blueprint,
        "actor": actor,
        "createdAt": now,
        "updatedAt": now,
        "_createdEpoch": state.now(),
        "_polls": 0,
        "_kind": kind,
    }
    # Every migration names its source and mapping, the one deleting a blueprint too (its own
    # blueprint, an empty mapping): Ocean's Migration model requires both.
    migration["sourceBlueprint"] = source if source is not None else blueprint
    migration["mapping"] = mapping or {}
    state.migrations[migration["id"]] = migration
    state.record("CREATE", "migration", migration["id"], actor, blueprint=blueprint)
    return migration


def _jq(expression: Any, entity: Json) -> Any:
    if not isinstance(expression, str):
        return expression
    text = expression.strip()
    if text == ".":
        return entity
    if text.startswith("."):
        value: Any = entity
        for part in text[1:].split("."):
            value = value.get(part) if isinstance(value, dict) else None
        return value
    try:
        return json.loads(text)
    except ValueError:
        raise ValueError(f"unsupported mapping expression {json.dumps(expression)}") from None


def _map(value: Any, entity: Json) -> Any:
    if isinstance(value, dict):
        return {k: _map(v, entity) for k, v in value.items()}
    return _jq(value, entity)


def _run(state: State, migration: Json) -> None:
    from pyport.testing._entities import upsert_one

    source = migration["sourceBlueprint"]
    mapping = migration["mapping"]
    target = mapping.get("blueprint", source)
    template = mapping.get("entity", {"identifier": ".identifier"})
    table = state.tables.get(source)
    try:
        rows = [_map(template, e) for e in list(table.entities.values())] if table else []
        for row in rows:
            upsert_one(state, target, row, actor=migration["actor"], upsert=True, merge=True)
    except (ValueError, ApiError) as error:
        migration["status"] = "FAILURE"
        migration["failureReason"] = getattr(error, "message", str(error))


def advance(state: State, migration: Json, *, poll: bool) -> None:
    if migration["status"] in FINAL:
        return
    if poll:
        migration["_polls"] += 1
    elapsed = int((state.now() - migration["_createdEpoch"]) / STEP_SECONDS)
    step = min(len(STEPS) - 1, migration["_polls"] + elapsed)
    status = STEPS[step]
    if status != migration["status"]:
        migration["status"] = status
        migration["updatedAt"] = state.timestamp()
        if status == "COMPLETED" and migration["_kind"] == "mapping":
            _run(state, migration)


def create(state: State, call: Call) -> Reply:
    body = call.json()
    source = body.get("sourceBlueprint")
    mapping = body.get("mapping")
    if not isinstance(source, str) or not isinstance(mapping, dict):
        raise invalid("body must have sourceBlueprint and mapping")
    if source not in state.blueprints:
        raise not_found("Blueprint", source)
    target = mapping.get("blueprint", source)
    if target not in state.blueprints:
        raise not_found("Blueprint", str(target))
    migration = start(
        state, actor=call.actor, blueprint=target, kind="mapping", source=source, mapping=mapping
    )
    return ok(migration=public(migration))


def read(state: State, call: Call) -> Reply:
    migration = state.migrations.get(call.params["migration_id"])
    if migration is None:
        raise not_found("Migration", call.params["migration_id"])
    advance(state, migration, poll=True)
    return ok(migration=public(migration))


def listing(state: State, call: Call) -> Reply:
    wanted = {k: call.arg(k) for k in ("status", "actor", "blueprint")}
    found = []
    for migration in state.migrations.values():
        advance(state, migration, poll=False)
        if all(v is None or migration.get(k) == v for k, v in wanted.items()):
            found.append(public(migration))
    return ok(migrations=found)


def cancel(state: State, call: Call) -> Reply:
    migration = state.migrations.get(call.params["migration_id"])
    if migration is None:
        raise not_found("Migration", call.params["migration_id"])
    advance(state, migration, poll=False)
    if migration["status"] in FINAL:
        raise ApiError(
            409,
            "migration_finished",
            f'Migration "{migration["id"]}" already ended with status {migration["status"]}',
        )
    migration["status"] = "CANCELLED"
    migration["updatedAt"] = state.timestamp()
    body = call.body if isinstance(call.body, dict) else {}
    if "reason" in body:
        migration["cancelReason"] = body["reason"]
    state.record("UPDATE", "migration", migration["id"], call.actor)
    return ok(migration=public(migration))


ROUTES = [
    Route("GET", "/v1/migrations", listing),
    Route("POST", "/v1/migrations", create),
    Route("GET", "/v1/migrations/{migration_id}", read),
    Route("POST", "/v1/migrations/{migration_id}/cancel", cancel),
]
