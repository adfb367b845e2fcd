"""Entities: create/upsert/merge, bulk, delete with dependents, counts, relation bookkeeping."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from jsonschema.exceptions import best_match

from pyport.testing import _migrations, _search
from pyport.testing._app import Call, Reply, Route, ok
from pyport.testing._errors import ApiError, conflict, has_dependents, invalid, not_found
from pyport.testing._state import EntityKey, EntityTable, Json, State
from pyport.testing._validation import (
    FORMAT_CHECKS,
    IDENTIFIER_MAX,
    IDENTIFIER_PATTERN,
    PortValidator,
    compile_pattern,
    describe,
    is_valid_identifier,
)

BULK_MAX = 20
BULK_DELETE_MAX = 100


def _blueprint(state: State, identifier: str) -> Json:
    blueprint = state.blueprints.get(identifier)
    if blueprint is None:
        raise not_found("Blueprint", identifier)
    return blueprint


# relation bookkeeping


def _targets(state: State, blueprint: str, entity: Json) -> Iterable[EntityKey]:
    relations = state.blueprints[blueprint]["relations"] if blueprint in state.blueprints else {}
    for name, value in entity["relations"].items():
        definition = relations.get(name)
        if definition is None or value is None:
            continue
        target = definition["target"]
        if isinstance(value, str):
            yield (target, value)
        else:
            for item in value:
                yield (target, item)


def link(state: State, key: EntityKey, entity: Json, sign: int) -> None:
    """Add (+1) or remove (-1) the entity's relation values from the incoming index."""
    incoming = state.incoming
    for target in _targets(state, key[0], entity):
        sources = incoming.setdefault(target, {})
        count = sources.get(key, 0) + sign
        if count > 0:
            sources[key] = count
        else:
            sources.pop(key, None)
            if not sources:
                del incoming[target]


def drop_fields(state: State, blueprint: str, props: set[str], rels: set[str]) -> None:
    table = state.tables.get(blueprint)
    if table is None:
        return
    for identifier, entity in table.entities.items():
        if rels:
            link(state, (blueprint, identifier), entity, -1)
        for name in props:
            entity["properties"].pop(name, None)
        for name in rels:
            entity["relations"].pop(name, None)
        if rels:
            link(state, (blueprint, identifier), entity, +1)


def rename_field(state: State, blueprint: str, section: str, old: str, new: str) -> None:
    table = state.tables.get(blueprint)
    if table is None:
        return
    for entity in table.entities.values():
        values = entity[section]
        if old in values:
            entity[section] = {(new if k == old else k): v for k, v in values.items()}


# validation


def _property_validator(state: State, blueprint: Json) -> Any:
    identifier = blueprint["identifier"]
    validator = state.validators.get(identifier)
    if validator is None:
        props = blueprint["schema"]["properties"]
        schema = {
            "type": "object",
            # Port accepts null for any property: it means "no value".
            "properties": {name: {"anyOf": [{"type": "null"}, p]} for name, p in props.items()},
            "required": list(blueprint["schema"]["required"]),
            "additionalProperties": False,
        }
        validator = state.validators[identifier] = _PropertiesValidator(schema, props)
    return validator


# Keywords jsonschema treats as annotations only (`format` is checked, but separately).
_ANNOTATIONS = frozenset(
    {"title", "description", "icon", "default", "enumColors", "spec",
     "specAuthentication", "examples", "readOnly", "writeOnly", "deprecated"}
)  # fmt: skip
_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
}


def _fast_check(schema: Any) -> Callable[[Any], bool] | None:
    """A plain-Python check for the common property schemas, or None when jsonschema must judge.

    It may only say "valid" where jsonschema would too (anything unsure answers False, and the
    caller then asks jsonschema), so it is a shortcut, never a second opinion.
    """
    if not isinstance(schema, dict) or set(schema) - _ANNOTATIONS - {
        "type", "enum", "pattern", "minLength", "maxLength", "minimum", "maximum", "format"
    }:  # fmt: skip
        return None
    kind = schema.get("type")
    if kind is not None and kind not in _TYPES:
        return None
    type_ok = _TYPES[kind] if kind is not None else (lambda v: True)
    enum = schema.get("enum")
    pattern = compile_pattern(schema["pattern"]) if isinstance(schema.get("pattern"), str) else None
    low, high = schema.get("minimum"), schema.get("maximum")
    shortest, longest = schema.get("minLength"), schema.get("maxLength")
    # An unknown format is an annotation (as in Ajv); a known one is checked like jsonschema does.
    fmt = schema.get("format")
    has_format = FORMAT_CHECKS.get(fmt) if isinstance(fmt, str) else None

    def check(value: Any) -> bool:
        if value is None:
            return True  # the anyOf [null, …] wrapper
        if not type_ok(value):
            return False
        if enum is not None and not any(value == e and type(value) is type(e) for e in enum):
            return False
        if isinstance(value, str):
            if pattern is not None and not pattern.search(value):
                return False
            if shortest is not None and len(value) < shortest:
                return False
            if longest is not None and len(value) > longest:
                return False
            if has_format is not None and not has_format(value):
                return False
        if isinstance(value, int | float) and not isinstance(value, bool):
            if low is not None and value < low:
                return False
            if high is not None and value > high:
                return False
        return True

    return check


class _PropertiesValidator:
    """A blueprint's property validator: plain Python for common schemas, jsonschema otherwise.

    jsonschema costs about 80 µs an entity; bulk upserts of 20 made it the simulator's bottleneck.
    Errors always come from jsonschema, so messages are the same either way.
    """

    def __init__(self, schema: Json, props: Json) -> None:
        self._jsonschema = PortValidator(schema)
        checks = {name: _fast_check(p) for name, p in props.items()}
        self._checks: dict[str, Callable[[Any], bool]] | None = (
            None if any(c is None for c in checks.values()) else checks  # type: ignore[assignment]
        )
        self._required = tuple(schema["required"])

    def is_valid(self, instance: Any) -> bool:
        checks = self._checks
        if checks is not None and isinstance(instance, dict):
            fast = all(name in instance for name in self._required) and all(
                name in checks and checks[name](value) for name, value in instance.items()
            )
            if fast:
                return True
        return bool(self._jsonschema.is_valid(instance))

    def iter_errors(self, instance: Any) -> Any:
        return self._jsonschema.iter_errors(instance)


def _check_identifier(value: Any, what: str = "identifier") -> str:
    if not isinstance(value, str):
        raise invalid(f"body/{what} must be string")
    if len(value) > IDENTIFIER_MAX:
        raise invalid(f"body/{what} must NOT have more than {IDENTIFIER_MAX} characters")
    if not is_valid_identifier(value):
        raise invalid(f'body/{what} must match pattern "{IDENTIFIER_PATTERN}"')
    return value


def _teams(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(t, str) for t in value):
        return list(value)
    raise ApiError(
        501,
        "not_implemented",
        "The Port simulator does not implement team queries (a search query as the team)",
    )


def _resolve_query(state: State, blueprint: str, query: Any, what: str) -> str:
    """An identifier given as a search query: exactly one entity must match."""
    matches = _search.find(state, query, blueprint=blueprint)
    if len(matches) != 1:
        raise invalid(
            f"body/{what} search query matched {len(matches)} entities of blueprint "
            f'"{blueprint}", not 1'
        )
    return str(matches[0]["identifier"])


def _relations(
    state: State, blueprint: Json, relations: Any, *, create_missing: bool
) -> tuple[Json, list[EntityKey]]:
    if not isinstance(relations, dict):
        raise invalid("body/relations must be object")
    definitions = blueprint["relations"]
    result: Json = {}
    missing: list[EntityKey] = []
    for name, given in relations.items():
        definition = definitions.get(name)
        if definition is None:
            raise invalid(
                f'body/relations/{name}: blueprint "{blueprint["identifier"]}" '
                f'has no relation "{name}"'
            )
        target = definition["target"]
        value = given
        if isinstance(value, dict):
            value = _resolve_query(state, target, value, f"relations/{name}")
        if value is None:
            result[name] = None
            continue
        many = bool(definition.get("many"))
        if many != isinstance(value, list):
            shape = "an array of identifiers" if many else "a single identifier"
            raise invalid(f"body/relations/{name} must be {shape}")
        values = value if isinstance(value, list) else [value]
        table = state.tables.get(target)
        for item in values:
            _check_identifier(item, f"relations/{name}")
            if table is None or item not in table.entities:
                if not create_missing:
                    raise ApiError(
                        404,
                        "not_found",
                        f'Related entity "{item}" of blueprint "{target}" (relation "{name}") '
                        "was not found; create it first or pass "
                        "create_missing_related_entities=true",
                    )
                missing.append((target, item))
        result[name] = list(values) if many else values[0]
    return result, missing


def upsert_one(
    state: State,
    blueprint_id: str,
    body: Any,
    *,
    actor: str,
    upsert: bool,
    merge: bool,
    create_missing: bool = False,
    validation_only: bool = False,
    identifier: str | None = None,
    must_exist: bool = False,
    datasource: str = "",
) -> tuple[Json, bool]:
    """Create, replace (upsert) or merge one entity. Returns (entity, created)."""
    blueprint = _blueprint(state, blueprint_id)
    if not isinstance(body, dict):
        raise invalid("entity must be object")
    if identifier is None:
        raw = body.get("identifier")
        if raw is None and "identifier" not in body:
            # Port names an entity sent without one (`e_` and a random suffix).
            raw = state.next_id("entity", "e_")
        elif isinstance(raw, dict):
            raw = _resolve_query(state, blueprint_id, raw, "identifier")
        identifier = _check_identifier(raw)
    table = state.table(blueprint_id)
    before = table.entities.get(identifier)
    if before is None and must_exist:
        raise not_found("Entity", identifier)
    if before is not None and not (upsert or merge):
        raise conflict("Entity", identifier)
    properties = body.get("properties", {})
    if not isinstance(properties, dict):
        raise invalid("body/properties must be object")
    relations, missing = _relations(
        state, blueprint, body.get("relations", {}), create_missing=create_missing
    )
    if merge and before is not None:
        properties = {**before["properties"], **properties}
        relations = {**before["relations"], **relations}
    for name, definition in blueprint["relations"].items():
        if definition.get("required") and relations.get(name) in (None, []):
            raise invalid(f'entity/relations/{name} is required by blueprint "{blueprint_id}"')
    validator = _property_validator(state, blueprint)
    error = (
        None if validator.is_valid(properties) else best_match(validator.iter_errors(properties))
    )
    if error is not None:
        raise invalid(describe(error, "body/properties"))
    now = state.timestamp()
    entity: Json = {"identifier": identifier}
    for field in ("title", "icon"):
        if field in body:
            entity[field] = body[field]
        elif merge and before is not None and field in before:
            entity[field] = before[field]
    if "team" in body:
        entity["team"] = _teams(body["team"])
    else:
        entity["team"] = before["team"] if (merge and before is not None) else []
    entity["blueprint"] = blueprint_id
    entity["properties"] = properties
    entity["relations"] = relations
    entity["createdAt"] = before["createdAt"] if before else now
    entity["createdBy"] = before["createdBy"] if before else actor
    entity["updatedAt"] = now
    entity["updatedBy"] = actor
    if validation_only:
        return entity, before is None
    for target_bp, target_id in missing:
        target_table = state.table(target_bp)
        if target_id not in target_table.entities:
            stub = {
                "identifier": target_id,
                "team": [],
                "blueprint": target_bp,
                "properties": {},
                "relations": {},
                "createdAt": now,
                "createdBy": actor,
                "updatedAt": now,
                "updatedBy": actor,
            }
            target_table.put(target_id, stub, state.next_seq())
            _record_source(target_table, target_id, datasource)
            state.record("CREATE", "entity", target_id, actor, blueprint=target_bp)
    key = (blueprint_id, identifier)
    if before is not None:
        link(state, key, before, -1)
    table.put(identifier, entity, state.next_seq())
    _record_source(table, identifier, datasource)
    link(state, key, entity, +1)
    state.record(
        "CREATE" if before is None else "UPDATE",
        "entity",
        identifier,
        actor,
        blueprint=blueprint_id,
    )
    return entity, before is None


def _record_source(table: EntityTable, identifier: str, datasource: str) -> None:
    if datasource:
        table.sources[identifier] = datasource
    else:
        table.sources.pop(identifier, None)


def _fields(call: Call, name: str) -> list[str] | None:
    return call.query.get(name) or call.query.get(name + "[]")


# routes


def create(state: State, call: Call) -> Reply:
    bp = call.params["blueprint_identifier"]
    merge = call.flag("merge")
    entity, _ = upsert_one(
        state,
        bp,
        call.json(),
        actor=call.actor,
        upsert=call.flag("upsert"),
        merge=merge,
        create_missing=call.flag("create_missing_related_entities"),
        validation_only=call.flag("validation_only"),
        datasource=call.user_agent,
    )
    return ok(201, entity=entity)


def bulk(state: State, call: Call) -> Reply:
    bp = call.params["blueprint_identifier"]
    _blueprint(state, bp)
    items = call.json().get("entities")
    if not isinstance(items, list):
        raise invalid("body/entities must be array")
    if not 1 <= len(items) <= BULK_MAX:
        bound = "fewer than 1" if not items else f"more than {BULK_MAX}"
        raise invalid(f"body/entities must NOT have {bound} items")
    upsert, merge = call.flag("upsert"), call.flag("merge")
    create_missing = call.flag("create_missing_related_entities")
    validation_only = call.flag("validation_only")
    done: list[Json] = []
    errors: list[Json] = []
    for index, item in enumerate(items):
        try:
            entity, created = upsert_one(
                state,
                bp,
                item,
                actor=call.actor,
                upsert=upsert,
                merge=merge,
                create_missing=create_missing,
                validation_only=validation_only,
                datasource=call.user_agent,
            )
        except ApiError as error:
            raw = item.get("identifier") if isinstance(item, dict) else None
            errors.append(
                {
                    # A search identifier that matched nothing has no identifier to report:
                    # Port says "unknown" (Ocean's bulk upsert relies on that word).
                    "identifier": raw if isinstance(raw, str) else "unknown",
                    "index": index,
                    "statusCode": error.status,
                    "error": error.error,
                    "message": error.message,
                }
            )
        else:
            done.append({"identifier": entity["identifier"], "index": index, "created": created})
    return Reply(207 if errors else 200, {"ok": not errors, "entities": done, "errors": errors})


def read(state: State, call: Call) -> Reply:
    bp, identifier = call.params["blueprint_identifier"], call.params["entity_identifier"]
    _blueprint(state, bp)
    entity = state.table(bp).entities.get(identifier)
    if entity is None:
        raise not_found("Entity", identifier)
    return ok(entity=_search.project(entity, _fields(call, "include"), _fields(call, "exclude")))


def listing(state: State, call: Call) -> Reply:
    bp = call.params["blueprint_identifier"]
    _blueprint(state, bp)
    include, exclude = _fields(call, "include"), _fields(call, "exclude")
    entities = [_search.project(e, include, exclude) for e in state.table(bp).entities.values()]
    return ok(entities=entities)


def _write(state: State, call: Call, *, merge: bool) -> Reply:
    bp, identifier = call.params["blueprint_identifier"], call.params["entity_identifier"]
    entity, _ = upsert_one(
        state,
        bp,
        call.json(),
        actor=call.actor,
        upsert=True,
        merge=merge,
        create_missing=call.flag("create_missing_related_entities"),
        identifier=identifier,
        must_exist=True,
        datasource=call.user_agent,
    )
    return ok(entity=entity)


def replace(state: State, call: Call) -> Reply:
    return _write(state, call, merge=False)


def patch(state: State, call: Call) -> Reply:
    return _write(state, call, merge=True)


def dependents(state: State, roots: Iterable[EntityKey]) -> set[EntityKey]:
    """Every entity that relates, directly or through others, to one of `roots` (roots excluded)."""
    roots = set(roots)
    found: set[EntityKey] = set()
    stack = list(roots)
    while stack:
        key = stack.pop()
        for source in state.incoming.get(key, ()):
            if source not in roots and source not in found:
                found.add(source)
                stack.append(source)
    return found


def _delete_keys(state: State, keys: Iterable[EntityKey], *, actor: str) -> None:
    keys = list(keys)
    for bp, identifier in keys:
        table = state.tables.get(bp)
        if table is None or identifier not in table.entities:
            continue
        entity = table.remove(identifier)
        link(state, (bp, identifier), entity, -1)
        state.record("DELETE", "entity", identifier, actor, blueprint=bp)
    # Relation values that still point at deleted entities are cleared, as Port does.
    gone = set(keys)
    for key in gone:
        for source in list(state.incoming.get(key, ())):
            table = state.tables[source[0]]
            entity = table.entities[source[1]]
            link(state, source, entity, -1)
            relations = state.blueprints[source[0]]["relations"]
            for name, value in list(entity["relations"].items()):
                target = relations.get(name, {}).get("target")
                if isinstance(value, str) and (target, value) in gone:
                    entity["relations"][name] = None
                elif isinstance(value, list):
                    entity["relations"][name] = [v for v in value if (target, v) not in gone]
            link(state, source, entity, +1)
        state.incoming.pop(key, None)


def _delete_many(state: State, call: Call, bp: str, identifiers: list[str]) -> list[str]:
    table = state.table(bp)
    for identifier in identifiers:
        if identifier not in table.entities:
            raise not_found("Entity", identifier)
    roots = [(bp, i) for i in identifiers]
    found = dependents(state, roots)
    if found and not call.flag("delete_dependents"):
        names = ", ".join(f"{b}/{i}" for b, i in sorted(found)[:10])
        raise has_dependents(
            f"{len(found)} entities relate to the entities being deleted ({names}); "
            "nothing was deleted (pass delete_dependents=true to delete them too)"
        )
    _delete_keys(state, [*roots, *sorted(found)], actor=call.actor)
    return [*identifiers, *(i for b, i in sorted(found))]


def delete(state: State, call: Call) -> Reply:
    bp, identifier = call.params["blueprint_identifier"], call.params["entity_identifier"]
    _blueprint(state, bp)
    _delete_many(state, call, bp, [identifier])
    return ok()


def bulk_delete(state: State, call: Call) -> Reply:
    bp = call.params["blueprint_identifier"]
    _blueprint(state, bp)
    identifiers = call.json().get("entities")
    if not isinstance(identifiers, list) or not all(isinstance(i, str) for i in identifiers):
        raise invalid("body/entities must be an array of strings")
    if not 1 <= len(identifiers) <= BULK_DELETE_MAX:
        bound = "fewer than 1" if not identifiers else f"more than {BULK_DELETE_MAX}"
        raise invalid(f"body/entities must NOT have {bound} items")
    deleted = _delete_many(state, call, bp, list(dict.fromkeys(identifiers)))
    return ok(deletedEntities=deleted)


def dependents_of_blueprint(state: State, identifier: str) -> list[str]:
    """Other blueprints with a relation targeting `identifier`."""
    return [
        other
        for other, blueprint in state.blueprints.items()
        if other != identifier
        and any(rel["target"] == identifier for rel in blueprint["relations"].values())
    ]


def remove_blueprint(state: State, identifier: str, *, actor: str) -> None:
    del state.blueprints[identifier]
    state.tables.pop(identifier, None)
    state.validators.pop(identifier, None)
    state.scorecards.pop(identifier, None)
    state.drop_permissions("blueprint", identifier)
    state.record("DELETE", "blueprint", identifier, actor)


def delete_all(state: State, call: Call) -> Reply:
    bp = call.params["blueprint_identifier"]
    _blueprint(state, bp)
    drop_blueprint = call.flag("delete_blueprint")
    if drop_blueprint:
        related = dependents_of_blueprint(state, bp)
        if related:
            raise has_dependents(
                f'Blueprint "{bp}" is the target of relations in: {", ".join(related)}'
            )
    table = state.table(bp)
    _delete_keys(state, [(bp, i) for i in list(table.entities)], actor=call.actor)
    if not drop_blueprint:
        return ok()
    remove_blueprint(state, bp, actor=call.actor)
    migration = _migrations.start(state, actor=call.actor, blueprint=bp, kind="delete_blueprint")
    return ok(migrationId=migration["id"])


def count(state: State, call: Call) -> Reply:
    bp = call.params["blueprint_identifier"]
    _blueprint(state, bp)
    return ok(count=len(state.table(bp)))


_BP = "/v1/blueprints/{blueprint_identifier}"
_ONE = _BP + "/entities/{entity_identifier}"
ROUTES = [
    Route("POST", _BP + "/entities", create),
    Route("GET", _BP + "/entities", listing),
    Route("POST", _BP + "/entities/bulk", bulk),
    Route("GET", _ONE, read),
    Route("PUT", _ONE, replace),
    Route("PATCH", _ONE, patch),
    Route("DELETE", _ONE, delete),
    Route("GET", _BP + "/entities-count", count),
    Route("DELETE", _BP + "/all-entities", delete_all),
    Route("POST", _BP + "/bulk/entities/delete", bulk_delete),
]
