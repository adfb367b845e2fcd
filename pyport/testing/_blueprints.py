"""Blueprints: create, read, replace, merge, delete, rename properties/mirrors/relations."""

from __future__ import annotations

import copy
from typing import Any

from pyport.testing import _entities
from pyport.testing._app import Call, Reply, Route, ok
from pyport.testing._errors import ApiError, conflict, has_dependents, invalid, not_found
from pyport.testing._state import Json, State

_MAPS = ("relations", "mirrorProperties", "calculationProperties", "aggregationProperties")
_OPTIONAL = ("description", "icon", "teamInheritance", "ownership", "changelogDestination")


def get_blueprint(state: State, identifier: str) -> Json:
    blueprint = state.blueprints.get(identifier)
    if blueprint is None:
        raise not_found("Blueprint", identifier)
    return blueprint


def _normalize(
    state: State, body: Json, identifier: str, *, actor: str, before: Json | None
) -> Json:
    schema = copy.deepcopy(body.get("schema") or {})
    if not isinstance(schema.get("properties", {}), dict):
        raise invalid("body/schema/properties must be object")
    schema.setdefault("properties", {})
    schema.setdefault("required", [])
    now = state.timestamp()
    blueprint: Json = {
        "identifier": identifier,
        "title": body.get("title", before["title"] if before else identifier),
        "schema": schema,
    }
    for key in _MAPS:
        blueprint[key] = copy.deepcopy(body.get(key) or {})
    for key in _OPTIONAL:
        if key in body:
            blueprint[key] = copy.deepcopy(body[key])
    for name, relation in blueprint["relations"].items():
        if not isinstance(relation, dict) or not isinstance(relation.get("target"), str):
            raise invalid(f"body/relations/{name} must have a target blueprint")
        relation.setdefault("required", False)
        relation.setdefault("many", False)
        target = relation["target"]
        if target != identifier and target not in state.blueprints:
            raise not_found("Blueprint", target)
    for name in schema["required"]:
        if name not in schema["properties"]:
            raise invalid(f'body/schema/required: "{name}" is not a property of the blueprint')
    blueprint["createdAt"] = before["createdAt"] if before else now
    blueprint["createdBy"] = before["createdBy"] if before else actor
    blueprint["updatedAt"] = now
    blueprint["updatedBy"] = actor
    return blueprint


def _shape(prop: Any) -> tuple[Any, Any, Any]:
    if not isinstance(prop, dict):
        return (None, None, None)
    items = prop.get("items")
    return (
        prop.get("type"),
        prop.get("format"),
        items.get("type") if isinstance(items, dict) else None,
    )


def _check_format_changes(before: Json, after: Json) -> None:
    old = before["schema"]["properties"]
    for name, prop in after["schema"]["properties"].items():
        if name in old and _shape(old[name]) != _shape(prop):
            raise ApiError(
                422,
                "forbidden_format_change",
                f'The type or format of property "{name}" cannot be changed; create a new '
                "property and migrate the values",
                details={"property": name},
            )


def _store(state: State, before: Json, after: Json) -> None:
    """Replace a blueprint, dropping values of removed properties and relations."""
    _check_format_changes(before, after)
    identifier = after["identifier"]
    removed_props = set(before["schema"]["properties"]) - set(after["schema"]["properties"])
    removed_rels = {
        name
        for name, rel in before["relations"].items()
        if name not in after["relations"] or after["relations"][name]["target"] != rel["target"]
    }
    if removed_props or removed_rels:
        _entities.drop_fields(state, identifier, removed_props, removed_rels)
    state.blueprints[identifier] = after
    state.validators.pop(identifier, None)


def create(state: State, call: Call) -> Reply:
    body = call.json()
    identifier = body["identifier"] if isinstance(body.get("identifier"), str) else ""
    if not identifier:
        raise invalid("body must have required property 'identifier'")
    if identifier in state.blueprints:
        raise conflict("Blueprint", identifier)
    blueprint = _normalize(state, body, identifier, actor=call.actor, before=None)
    state.blueprints[identifier] = blueprint
    state.record("CREATE", "blueprint", identifier, call.actor)
    return ok(201, blueprint=blueprint)


def read(state: State, call: Call) -> Reply:
    return ok(blueprint=get_blueprint(state, call.params["identifier"]))


def listing(state: State, call: Call) -> Reply:
    return ok(blueprints=list(state.blueprints.values()))


def replace(state: State, call: Call) -> Reply:
    identifier = call.params["identifier"]
    before = get_blueprint(state, identifier)
    after = _normalize(state, call.json(), identifier, actor=call.actor, before=before)
    _store(state, before, after)
    state.record("UPDATE", "blueprint", identifier, call.actor)
    return ok(blueprint=after)


def patch(state: State, call: Call) -> Reply:
    identifier = call.params["identifier"]
    before = get_blueprint(state, identifier)
    body = call.json()
    merged: Json = {k: v for k, v in before.items() if k in (*_MAPS, *_OPTIONAL, "title")}
    merged["schema"] = copy.deepcopy(before["schema"])
    for key, value in body.items():
        if key == "schema" and isinstance(value, dict):
            props = value.get("properties")
            if isinstance(props, dict):
                merged["schema"]["properties"].update(props)
            if "required" in value:
                merged["schema"]["required"] = value["required"]
        elif key in _MAPS and isinstance(value, dict):
            merged[key] = {**before[key], **value}
        elif key != "identifier":
            merged[key] = value
    after = _normalize(state, merged, identifier, actor=call.actor, before=before)
    _store(state, before, after)
    state.record("UPDATE", "blueprint", identifier, call.actor)
    return ok(blueprint=after)


def delete(state: State, call: Call) -> Reply:
    identifier = call.params["identifier"]
    get_blueprint(state, identifier)
    table = state.tables.get(identifier)
    if table is not None and len(table):
        raise has_dependents(
            f'Blueprint "{identifier}" still has {len(table)} entities; delete them first'
        )
    related = _entities.dependents_of_blueprint(state, identifier)
    if related:
        raise has_dependents(
            f'Blueprint "{identifier}" is the target of relations in: {", ".join(related)}'
        )
    if call.flag("delete_actions"):
        for action_id in [
            a for a, action in state.actions.items() if action.get("blueprint") == identifier
        ]:
            state.remove_action(action_id)
    _entities.remove_blueprint(state, identifier, actor=call.actor)
    return ok()


def _rename(state: State, call: Call, *, section: str, field: str) -> Reply:
    identifier = call.params["blueprint_identifier"]
    blueprint = get_blueprint(state, identifier)
    old = call.params.get("property_identifier") or call.params["relation_identifier"]
    new = call.json().get(field)
    if not isinstance(new, str) or not new:
        raise invalid(f"body must have required property '{field}'")
    container = blueprint["schema"]["properties"] if section == "properties" else blueprint[section]
    if old not in container:
        raise not_found("Property" if section != "relations" else "Relation", old)
    if new in container:
        raise conflict("Property" if section != "relations" else "Relation", new)
    renamed = {(new if k == old else k): v for k, v in container.items()}
    container.clear()
    container.update(renamed)
    if section == "properties":
        blueprint["schema"]["required"] = [
            new if r == old else r for r in blueprint["schema"]["required"]
        ]
        _entities.rename_field(state, identifier, "properties", old, new)
    elif section == "relations":
        _entities.rename_field(state, identifier, "relations", old, new)
    blueprint["updatedAt"] = state.timestamp()
    blueprint["updatedBy"] = call.actor
    state.validators.pop(identifier, None)
    state.record("UPDATE", "blueprint", identifier, call.actor)
    return ok(blueprint=blueprint)


def rename_property(state: State, call: Call) -> Reply:
    return _rename(state, call, section="properties", field="newPropertyName")


def rename_mirror(state: State, call: Call) -> Reply:
    return _rename(state, call, section="mirrorProperties", field="newMirrorName")


def rename_relation(state: State, call: Call) -> Reply:
    return _rename(state, call, section="relations", field="newRelationIdentifier")


_BP = "/v1/blueprints/{blueprint_identifier}"
ROUTES = [
    Route("GET", "/v1/blueprints", listing),
    Route("POST", "/v1/blueprints", create),
    Route("GET", "/v1/blueprints/{identifier}", read),
    Route("PUT", "/v1/blueprints/{identifier}", replace),
    Route("PATCH", "/v1/blueprints/{identifier}", patch),
    Route("DELETE", "/v1/blueprints/{identifier}", delete),
    Route("PATCH", _BP + "/properties/{property_identifier}/rename", rename_property),
    Route("PATCH", _BP + "/mirror/{property_identifier}/rename", rename_mirror),
    Route("PATCH", _BP + "/relations/{relation_identifier}/rename", rename_relation),
]
