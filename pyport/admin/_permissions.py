"""Permissions of blueprints, actions and pages: how they are read, keyed and written.

Port has one GET and one PATCH per resource (`/v1/{blueprints|actions|pages}/{id}/permissions`)
and no delete: a PATCH replaces the top-level keys it carries and keeps the others. A snapshot
holds one object per resource that has permissions:
`{"resource": "blueprint", "identifier": "service", "permissions": {...}}`, keyed
`"blueprint:service"`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pyport._surface import call_operation
from pyport.admin._kinds import PERMISSIONS, Json, key_of
from pyport.admin._secrets import SecretPath, path_text, redact
from pyport.errors import APIError

if TYPE_CHECKING:
    from collections.abc import Callable

    from pyport._client import PortClient

logger = logging.getLogger("pyport.admin")

# Per resource: the kind listing it, and the top-level keys its PATCH body accepts
# (UpdateBlueprintPermissionsBody, UpdateActionPermissionsBody, UpdatePagePermissionsBody).
RESOURCES: Mapping[str, tuple[str, tuple[str, ...]]] = {
    "blueprint": ("blueprints", ("entities",)),
    "action": ("actions", ("execute", "approve")),
    "page": ("pages", ("read", "update")),
}

# Their PATCH by operationId: a restore sends the snapshot's JSON as it is.
_UPDATE_OPERATIONS: Mapping[str, str] = {
    "blueprint": "update_blueprint_permissions",
    "action": "update_action_permissions",
    "page": "update_page_permissions",
}


def permissions_of(obj: Mapping[str, Any]) -> Json:
    """The permissions a snapshot object holds (an empty mapping if it is malformed)."""
    found = obj.get("permissions")
    return dict(found) if isinstance(found, Mapping) else {}


def split_key(key: str) -> tuple[str, str]:
    """`"action:deploy"` → `("action", "deploy")` (identifiers may hold ":" themselves)."""
    resource, _, identifier = key.partition(":")
    return resource, identifier


def patch_body(resource: str, permissions: Mapping[str, Any]) -> tuple[Json, list[str]]:
    """What a PATCH of the resource's permissions carries, and the keys it cannot carry."""
    fields = RESOURCES[resource][1]
    body = {k: permissions[k] for k in fields if k in permissions}
    return body, sorted(str(k) for k in permissions if k not in fields)


def fetch_permissions(port: PortClient, resource: str, identifier: str) -> Json:
    """One resource's permissions, as Port's JSON (`{}` when it has none)."""
    if resource == "blueprint":
        found = port.blueprints.permissions.get(identifier)
    elif resource == "action":
        found = port.actions.permissions.get(identifier)
    elif resource == "page":
        found = port.pages.permissions.get(identifier)
    else:
        raise ValueError(f"no permissions for a {resource!r}")
    return found.to_dict()


def write_permissions(port: PortClient, resource: str, identifier: str, body: Json) -> None:
    """PATCH one resource's permissions with `body` (Port's JSON, sent as it is)."""
    operation = _UPDATE_OPERATIONS.get(resource)
    if operation is None:
        raise ValueError(f"no permissions for a {resource!r}")
    call_operation(port, operation, identifier, body=body)


def read_all(
    port: PortClient,
    listed: Callable[[str], list[Json] | None],
    *,
    unreadable: frozenset[int],
    skipped: dict[str, str],
    redacted: list[str],
    secrets: dict[tuple[str, str], dict[SecretPath, Any]],
) -> list[Json] | None:
    """The permissions of every resource `listed(kind)` returns, one GET each.

    A resource whose permissions answer an `unreadable` status is left out and recorded in
    `skipped` as `"permissions/<key>"` (it may have been deleted since it was listed); when
    every resource answers so (a token that may not read permissions), the kind itself is
    skipped and None returned. Secrets are replaced by placeholders (listed in `redacted`),
    their values kept in `secrets` by ("permissions", key), paths relative to the permissions.
    """
    result: list[Json] = []
    failures: dict[str, str] = {}
    tried = 0
    for resource, (kind, _fields) in RESOURCES.items():
        for obj in listed(kind) or []:
            identifier = key_of(kind, obj)
            key = f"{resource}:{identifier}"
            tried += 1
            try:
                found = fetch_permissions(port, resource, identifier)
            except APIError as error:
                if error.status_code not in unreadable:
                    raise
                failures[key] = reason(error)
                continue
            if not found:
                continue
            clean, removed = redact(found)
            if removed:
                secrets[(PERMISSIONS, key)] = removed
                redacted.extend(f"{PERMISSIONS}/{key}: permissions.{path_text(p)}" for p in removed)
            result.append({"resource": resource, "identifier": identifier, "permissions": clean})
    if failures and len(failures) == tried:
        first = next(iter(failures.values()))
        skipped[PERMISSIONS] = f"{first} (for all {tried} resources)"
        logger.info("skipping %s: %s", PERMISSIONS, skipped[PERMISSIONS])
        return None
    for key, why in failures.items():
        skipped[f"{PERMISSIONS}/{key}"] = why
        logger.info("skipping the permissions of %s: %s", key, why)
    result.sort(key=lambda o: key_of(PERMISSIONS, o))
    return result


def reason(error: APIError) -> str:
    """Why a read was refused, for `skipped` and the log."""
    return f"{error.status_code} {error.error or ''}: {error.message}".strip()
