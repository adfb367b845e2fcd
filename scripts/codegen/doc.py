"""The OpenAPI document as the normalization rules see it: its operations, its schemas and
where each stands (JSON pointers), and the report every rule writes to."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


_SCHEMA_CHILD_MAPS = ("properties", "patternProperties", "$defs", "definitions")


_SCHEMA_CHILD_LISTS = ("oneOf", "anyOf", "allOf", "prefixItems")


_SCHEMA_CHILDREN = ("items", "additionalProperties", "not", "if", "then", "else", "contains")


Json = Any


@dataclass
class Report:
    """What each rule changed (counts) and what the normalizer could not handle."""

    changes: Counter[str] = field(default_factory=Counter)
    unhandled: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    # The source a note is about while each is repaired on its own (several sources at once).
    current_source: str = ""

    def count(self, rule: str, n: int = 1) -> None:
        self.changes[rule] += n

    def note(self, message: str) -> None:
        self.unhandled.append(
            f"[{self.current_source}] {message}" if self.current_source else message
        )

    def to_markdown(self) -> str:
        lines = []
        if self.sources:
            lines += ["Sources, newest first:", *[f"- {item}" for item in self.sources], ""]
        lines += ["| rule | changes |", "| --- | ---: |"]
        lines += [f"| {rule} | {n} |" for rule, n in sorted(self.changes.items())]
        if self.conflicts:
            lines += [
                "",
                f"Operations in several sources that differ ({len(self.conflicts)}; the newest"
                " source's is taken):",
                *[f"- {item}" for item in self.conflicts],
            ]
        if self.unhandled:
            lines += ["", "Not handled:", *[f"- {item}" for item in self.unhandled]]
        return "\n".join(lines)


def operations(doc: dict[str, Json]) -> list[tuple[str, str, dict[str, Json]]]:
    """(path, method, operation) for every operation, in document order."""
    found = []
    for path, item in doc.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                found.append((path, method, item[method]))
    return found


def walk_schemas(schema: Json, visit: Any) -> None:
    """Call visit(schema) on schema and every subschema, children first.

    It walks schema keywords only, so a property *named* `description` or `type` is never taken
    for a keyword.
    """
    if not isinstance(schema, dict):
        return
    for key in _SCHEMA_CHILD_MAPS:
        if isinstance(schema.get(key), dict):
            for sub in schema[key].values():
                walk_schemas(sub, visit)
    for key in _SCHEMA_CHILD_LISTS:
        if isinstance(schema.get(key), list):
            for sub in schema[key]:
                walk_schemas(sub, visit)
    for key in _SCHEMA_CHILDREN:
        child = schema.get(key)
        if isinstance(child, dict):
            walk_schemas(child, visit)
        elif isinstance(child, list):
            for sub in child:
                walk_schemas(sub, visit)
    visit(schema)


def _all_schemas(doc: dict[str, Json]) -> list[dict[str, Json]]:
    """Every schema root in the document: components, parameters, bodies, responses."""
    roots: list[dict[str, Json]] = list(doc.get("components", {}).get("schemas", {}).values())
    for _, _, op in operations(doc):
        for param in op.get("parameters", []):
            if isinstance(param.get("schema"), dict):
                roots.append(param["schema"])
        for media in op.get("requestBody", {}).get("content", {}).values():
            if isinstance(media.get("schema"), dict):
                roots.append(media["schema"])
        for response in op.get("responses", {}).values():
            for media in (response.get("content") or {}).values():
                if isinstance(media.get("schema"), dict):
                    roots.append(media["schema"])
    return roots


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _schema_roots_with_pointers(doc: dict[str, Json]) -> list[tuple[str, dict[str, Json]]]:
    roots = [
        (f"/components/schemas/{_escape(name)}", schema)
        for name, schema in doc.get("components", {}).get("schemas", {}).items()
        if isinstance(schema, dict)
    ]
    for path, method, op in operations(doc):
        base = f"/paths/{_escape(path)}/{method}"
        for index, param in enumerate(op.get("parameters") or []):
            if isinstance(param, dict) and isinstance(param.get("schema"), dict):
                roots.append((f"{base}/parameters/{index}/schema", param["schema"]))
        body = op.get("requestBody") or {}
        for media_type, media in (body.get("content") or {}).items():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                roots.append(
                    (f"{base}/requestBody/content/{_escape(media_type)}/schema", media["schema"])
                )
        for status, response in (op.get("responses") or {}).items():
            if not isinstance(response, dict):
                continue
            for media_type, media in (response.get("content") or {}).items():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    roots.append(
                        (
                            f"{base}/responses/{status}/content/{_escape(media_type)}/schema",
                            media["schema"],
                        )
                    )
    return roots


def _walk_with_pointers(schema: Json, pointer: str, visit: Any) -> None:
    """walk_schemas, telling each visit where the schema stands (a JSON pointer)."""
    if not isinstance(schema, dict):
        return
    for key in _SCHEMA_CHILD_MAPS:
        if isinstance(schema.get(key), dict):
            for name, sub in schema[key].items():
                _walk_with_pointers(sub, f"{pointer}/{key}/{_escape(str(name))}", visit)
    for key in _SCHEMA_CHILD_LISTS:
        if isinstance(schema.get(key), list):
            for index, sub in enumerate(schema[key]):
                _walk_with_pointers(sub, f"{pointer}/{key}/{index}", visit)
    for key in _SCHEMA_CHILDREN:
        child = schema.get(key)
        if isinstance(child, dict):
            _walk_with_pointers(child, f"{pointer}/{key}", visit)
        elif isinstance(child, list):
            for index, sub in enumerate(child):
                _walk_with_pointers(sub, f"{pointer}/{key}/{index}", visit)
    visit(schema, pointer)


def _keywords_for_type(json_type: str) -> tuple[str, ...]:
    return {
        "object": ("properties", "additionalProperties", "required", "patternProperties"),
        "array": ("items", "minItems", "maxItems", "uniqueItems"),
        "string": ("pattern", "minLength", "maxLength", "format", "enum"),
    }.get(json_type, ())


def _ref_name(schema: dict[str, Json]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None
