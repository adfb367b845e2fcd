"""The last rule: what the generator still cannot read is dropped, piece by piece, and reported.

The normalizer repairs every kind of defect it knows. A spec may still hold one it does not; then
openapi-python-client refuses the document (a validation error naming a location) or leaves a
schema or an endpoint out with a warning. Rather than end there, the pipeline drops only that
piece (the keyword at the location, the schema made a free-form object, an endpoint's bodies made
free-form objects, and only if that is not enough, the endpoint), notes the JSON pointer and the
rule, and runs the generator again, a bounded number of times.
"""

from __future__ import annotations

import re
from typing import Any

Json = Any
RULE = "rule: the generator could not read it"
_FREE = {"type": "object"}
_VALIDATION = re.compile(r"^(components\.schemas\.\S+|paths\.\S+)$", re.MULTILINE)
_SCHEMA = re.compile(r"Unable to process schema (/components/schemas/[^:\s]+)")
_ENDPOINT = re.compile(r"WARNING parsing (GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS) (\S+) within")


def drop_unreadable(doc: dict[str, Json], output: str, notes: list[str], seen: set[str]) -> bool:
    """Change `doc` where the generator's `output` says it failed; False when nothing could be."""
    changed = False
    for location in _VALIDATION.findall(output):
        pointer = _drop_at(doc, location.split("."))
        if pointer and pointer not in seen:
            seen.add(pointer)
            notes.append(f"{pointer}: dropped ({RULE})")
            changed = True
    for pointer in _SCHEMA.findall(output):
        name = pointer.rsplit("/", 1)[-1]
        schemas = doc.get("components", {}).get("schemas", {})
        if name in schemas and pointer not in seen:
            seen.add(pointer)
            schemas[name] = dict(_FREE)
            notes.append(f"{pointer}: made a free-form object ({RULE})")
            changed = True
    for method, path in _ENDPOINT.findall(output):
        op = (doc.get("paths", {}).get(path) or {}).get(method.lower())
        if not isinstance(op, dict):
            continue
        where = f"/paths/{path.replace('~', '~0').replace('/', '~1')}/{method.lower()}"
        if where not in seen:
            seen.add(where)
            _free_bodies(op)
            notes.append(f"{where}: request and answers made free-form objects ({RULE})")
        else:
            del doc["paths"][path][method.lower()]
            notes.append(f"{where}: operation dropped ({RULE})")
        changed = True
    return changed


def _drop_at(doc: Json, tokens: list[str]) -> str | None:
    """Follow a pydantic location through `doc` (its union tags skipped) and delete the deepest
    key it reaches; the JSON pointer of what was deleted."""
    node, parent, key, pointer = doc, None, None, ""
    for token in tokens:
        if isinstance(node, dict) and token in node:
            parent, key, node = node, token, node[token]
            pointer += "/" + token.replace("~", "~0").replace("/", "~1")
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            parent, key, node = node, token, node[int(token)]
            pointer += "/" + token
    if parent is None or key is None:
        return None
    if isinstance(parent, list):
        parent[int(key)] = dict(_FREE)
    else:
        del parent[key]
    return pointer


def _free_bodies(op: dict[str, Json]) -> None:
    holders = [op.get("requestBody"), *(op.get("responses") or {}).values()]
    for holder in holders:
        if isinstance(holder, dict):
            for media in (holder.get("content") or {}).values():
                if isinstance(media, dict) and "schema" in media:
                    media["schema"] = dict(_FREE)
