"""What the admin utilities know about each kind of object: its key, the fields Port assigns
and the fields a write accepts (which fields are secrets: `_secrets.py`)."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

Json = dict[str, Any]

ENTITIES = "entities"
ORGANIZATION = "organization"
# One object per blueprint, action or page that has permissions (see _permissions.py).
PERMISSIONS = "permissions"
# The kinds a snapshot holds besides entities, in the order they are read and compared.
KINDS = (
    "blueprints",
    "actions",
    "scorecards",
    "pages",
    PERMISSIONS,
    "teams",
    "users",
    "webhooks",
    "integrations",
    "secrets",
    ORGANIZATION,
)
# The kinds a restore writes besides blueprints and entities, in the order it writes them;
# permissions come after all of them (they name teams, and need their resources to exist).
RESTORED_KINDS = ("actions", "scorecards", "pages", "teams", "webhooks")

# Port stamps these on every object; they differ between two organizations holding the same data.
STAMPS = frozenset({"createdAt", "updatedAt", "createdBy", "updatedBy"})
# Fields Port assigns, per kind, besides the stamps: ids, keys, derived URLs.
_ASSIGNED: Mapping[str, frozenset[str]] = {
    "blueprints": frozenset(),
    "actions": frozenset({"id"}),
    "scorecards": frozenset({"id"}),
    "pages": frozenset({"id"}),
    "teams": frozenset({"id"}),
    "users": frozenset({"id"}),
    "webhooks": frozenset({"id", "webhookKey", "url", "orgId"}),
    "integrations": frozenset({"id", "orgId"}),
    "secrets": frozenset(),
    ORGANIZATION: frozenset({"id"}),
    PERMISSIONS: frozenset(),
    ENTITIES: frozenset(),
}

# What a create/replace request accepts (Port's request schemas): anything else is read-only.
_BLUEPRINT_FIELDS = (
    "identifier",
    "title",
    "description",
    "icon",
    "schema",
    "relations",
    "mirrorProperties",
    "calculationProperties",
    "aggregationProperties",
    "teamInheritance",
    "ownership",
    "changelogDestination",
)
WRITABLE: Mapping[str, tuple[str, ...]] = {
    "blueprints": _BLUEPRINT_FIELDS,
    "actions": (
        "identifier",
        "title",
        "icon",
        "description",
        "trigger",
        "invocationMethod",
        "requiredApproval",
        "approvalNotification",
        "publish",
        "allowAnyoneToViewRuns",
    ),
    "scorecards": ("identifier", "title", "filter", "levels", "rules"),
    "pages": (
        "identifier",
        "title",
        "icon",
        "description",
        "type",
        "blueprint",
        "parent",
        "after",
        "section",
        "sidebar",
        "showInSidebar",
        "locked",
        "pageFilters",
        "requiredQueryParams",
        "widgets",
    ),
    "teams": ("name", "description", "users"),
    "webhooks": (
        "identifier",
        "title",
        "icon",
        "description",
        "enabled",
        "integrationType",
        "mappings",
        "security",
    ),
}
# PATCH /v1/pages/{id} takes fewer fields than the create.
PAGE_PATCHABLE = (
    "title",
    "icon",
    "description",
    "blueprint",
    "parent",
    "after",
    "section",
    "showInSidebar",
    "locked",
    "pageFilters",
    "widgets",
)
# Blueprint parts that depend on relations (mirror paths, inherited ownership): written last.
COMPUTED_PARTS = ("mirrorProperties", "calculationProperties", "aggregationProperties")
RELATION_DEPENDENT = (*COMPUTED_PARTS, "teamInheritance", "ownership")
ENTITY_FIELDS = ("identifier", "title", "icon", "team", "properties", "relations")


def key_of(kind: str, obj: Mapping[str, Any]) -> str:
    """The identifier of an object among its kind."""
    if kind == "scorecards":
        return f"{obj.get('blueprint', '')}/{obj.get('identifier', '')}"
    if kind == "teams":
        return str(obj.get("name", ""))
    if kind == "users":
        return str(obj.get("email", ""))
    if kind == "secrets":
        return str(obj.get("secretName", ""))
    if kind == ORGANIZATION:
        return ORGANIZATION
    if kind == PERMISSIONS:
        return f"{obj.get('resource', '')}:{obj.get('identifier', '')}"
    if kind == "integrations":
        return str(obj.get("installationId") or obj.get("identifier") or "")
    return str(obj.get("identifier", ""))


def blueprint_of(kind: str, obj: Mapping[str, Any]) -> str | None:
    """The blueprint an object belongs to, for kinds tied to one (else None)."""
    if kind == "actions":
        trigger = obj.get("trigger")
        if isinstance(trigger, Mapping) and isinstance(trigger.get("blueprintIdentifier"), str):
            return str(trigger["blueprintIdentifier"])
        blueprint = obj.get("blueprint")
        return blueprint if isinstance(blueprint, str) else None
    if kind in ("scorecards", "pages"):
        blueprint = obj.get("blueprint")
        return blueprint if isinstance(blueprint, str) else None
    return None


def canonical(kind: str, obj: Mapping[str, Any]) -> Json:
    """The object without what Port assigns (stamps, ids), for comparing two organizations."""
    drop = STAMPS | _ASSIGNED.get(kind, frozenset())
    result = {k: copy.deepcopy(v) for k, v in obj.items() if k not in drop}
    if kind == "pages" and isinstance(result.get("widgets"), list):
        result["widgets"] = [_strip_stamps(w) for w in result["widgets"]]
    if kind == "teams" and isinstance(result.get("users"), list):
        result["users"] = team_users(result["users"])
    return result


def _strip_stamps(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _strip_stamps(v) for k, v in value.items() if k not in STAMPS}
    if isinstance(value, list):
        return [_strip_stamps(v) for v in value]
    return value


def team_users(users: Iterable[Any]) -> list[str]:
    """A team's members as sorted e-mails (Port answers objects, requests take e-mails)."""
    emails = [u.get("email") if isinstance(u, Mapping) else u for u in users]
    return sorted(str(e) for e in emails if e)


def writable(kind: str, obj: Mapping[str, Any]) -> Json:
    """The part of an object a create/replace request carries."""
    fields = WRITABLE[kind]
    result = {k: copy.deepcopy(obj[k]) for k in fields if k in obj}
    if kind == "teams":
        result["users"] = team_users(obj.get("users") or [])
    if kind == "pages" and isinstance(result.get("widgets"), list):
        result["widgets"] = [_strip_stamps(w) for w in result["widgets"]]
    return result


def computed_names(*blueprints: Mapping[str, Any] | None) -> frozenset[str]:
    """Names of the mirror/calculation/aggregation properties of the blueprints."""
    names: set[str] = set()
    for blueprint in blueprints:
        if blueprint is None:
            continue
        for part in COMPUTED_PARTS:
            section = blueprint.get(part)
            if isinstance(section, Mapping):
                names.update(str(k) for k in section)
    return frozenset(names)


def entity_body(entity: Mapping[str, Any], computed: frozenset[str] = frozenset()) -> Json:
    """What an upsert of the entity sends: Port computes mirror/calculation values itself."""
    body: Json = {k: entity[k] for k in ENTITY_FIELDS if k in entity}
    properties = body.get("properties")
    if isinstance(properties, Mapping) and computed:
        body["properties"] = {k: v for k, v in properties.items() if k not in computed}
    return body


def digest(value: Any) -> bytes:
    """A short fingerprint of a JSON value (key order does not matter)."""
    data = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.blake2b(data.encode(), digest_size=16).digest()


def changed_fields(a: Any, b: Any, *, prefix: str = "", depth: int = 3) -> list[str]:
    """Dotted paths where two JSON values differ, descending `depth` levels into objects."""
    if a == b:
        return []
    if depth == 0 or not isinstance(a, Mapping) or not isinstance(b, Mapping):
        return [prefix or "(value)"]
    paths: list[str] = []
    for key in sorted(set(a) | set(b), key=str):
        here = f"{prefix}.{key}" if prefix else str(key)
        if key not in a or key not in b:
            paths.append(here)
        else:
            paths.extend(changed_fields(a[key], b[key], prefix=here, depth=depth - 1))
    return paths
