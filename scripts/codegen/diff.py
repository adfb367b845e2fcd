"""The changelog of a spec bump: operations added, removed and changed, breaking changes flagged.

Both specs are normalized first, so operations compare by their stable names and schemas by
their content. A schema is compared as the set of its leaf paths (`entity.properties: object`,
`identifier (required): string`), resolved through `$ref`s to a bounded depth, which reads well
and survives the renaming of a shared component.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codegen.normalize import operations

Json = Any
_MAX_DEPTH = 6


@dataclass
class OperationChange:
    name: str
    method: str
    path: str
    changes: list[str] = field(default_factory=list)
    breaking: list[str] = field(default_factory=list)


@dataclass
class SpecDiff:
    added: list[tuple[str, str, str]]  # (name, method, path)
    removed: list[tuple[str, str, str]]
    changed: list[OperationChange]
    schemas_added: list[str]
    schemas_removed: list[str]
    schemas_changed: list[str]

    @property
    def breaking_count(self) -> int:
        return len(self.removed) + sum(len(c.breaking) for c in self.changed)

    def to_markdown(self, *, old_label: str, new_label: str) -> str:
        lines = [f"# Port API changes: {old_label} → {new_label}", ""]
        lines.append(
            f"{len(self.added)} operations added, {len(self.removed)} removed, "
            f"{len(self.changed)} changed; {self.breaking_count} breaking changes."
        )
        if self.added:
            lines += ["", "## Added", ""] + [f"- `{n}`: {m} `{p}`" for n, m, p in self.added]
        if self.removed:
            lines += ["", "## Removed (breaking)", ""] + [
                f"- **`{n}`**: {m} `{p}`" for n, m, p in self.removed
            ]
        if self.changed:
            lines += ["", "## Changed", ""]
            for change in self.changed:
                flag = " **(breaking)**" if change.breaking else ""
                lines.append(f"### `{change.name}`: {change.method} `{change.path}`{flag}")
                lines += [f"- **breaking:** {b}" for b in change.breaking]
                lines += [f"- {c}" for c in change.changes]
                lines.append("")
        if self.schemas_added or self.schemas_removed or self.schemas_changed:
            lines += ["", "## Schemas", ""]
            lines += [f"- added `{s}`" for s in self.schemas_added]
            lines += [f"- removed `{s}`" for s in self.schemas_removed]
            lines += [f"- changed `{s}`" for s in self.schemas_changed]
        return "\n".join(lines).rstrip() + "\n"


def diff_specs(old: dict[str, Json], new: dict[str, Json]) -> SpecDiff:
    """Compare two normalized (strict) specs."""
    old_ops = {(m, p): op for p, m, op in operations(old)}
    new_ops = {(m, p): op for p, m, op in operations(new)}
    changed = []
    # An operation whose route moved keeps its name: pair it up instead of "removed" + "added".
    old_only = {old_ops[k]["operationId"]: k for k in old_ops.keys() - new_ops.keys()}
    new_only = {new_ops[k]["operationId"]: k for k in new_ops.keys() - old_ops.keys()}
    for name in sorted(old_only.keys() & new_only.keys()):
        was, now = old_only.pop(name), new_only.pop(name)
        change = OperationChange(name, now[0].upper(), now[1])
        change.breaking.append(f"route moved from {was[0].upper()} `{was[1]}`")
        _compare_operation(old, new, old_ops[was], new_ops[now], change)
        changed.append(change)
    added = [(n, k[0].upper(), k[1]) for n, k in new_only.items()]
    removed = [(n, k[0].upper(), k[1]) for n, k in old_only.items()]
    for key in sorted(old_ops.keys() & new_ops.keys(), key=lambda k: (k[1], k[0])):
        change = OperationChange(new_ops[key]["operationId"], key[0].upper(), key[1])
        _compare_operation(old, new, old_ops[key], new_ops[key], change)
        if change.changes or change.breaking:
            changed.append(change)
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    return SpecDiff(
        added=sorted(added, key=lambda a: (a[2], a[1])),
        removed=sorted(removed, key=lambda r: (r[2], r[1])),
        changed=changed,
        schemas_added=sorted(new_schemas.keys() - old_schemas.keys()),
        schemas_removed=sorted(old_schemas.keys() - new_schemas.keys()),
        schemas_changed=sorted(
            n
            for n in old_schemas.keys() & new_schemas.keys()
            if _leaves(old, old_schemas[n]) != _leaves(new, new_schemas[n])
        ),
    )


def _compare_operation(
    old_doc: dict[str, Json],
    new_doc: dict[str, Json],
    old: Json,
    new: Json,
    change: OperationChange,
) -> None:
    if old.get("operationId") != new.get("operationId"):
        change.changes.append(f"renamed from `{old.get('operationId')}`")
    old_params = {(p.get("in"), p.get("name")): p for p in old.get("parameters", [])}
    new_params = {(p.get("in"), p.get("name")): p for p in new.get("parameters", [])}
    for where, name in sorted(new_params.keys() - old_params.keys()):
        if new_params[(where, name)].get("required"):
            change.breaking.append(f"new required {where} parameter `{name}`")
        else:
            change.changes.append(f"new {where} parameter `{name}`")
    for where, name in sorted(old_params.keys() - new_params.keys()):
        change.breaking.append(f"{where} parameter `{name}` removed")
    for key in sorted(old_params.keys() & new_params.keys()):
        was, now = old_params[key], new_params[key]
        if now.get("required") and not was.get("required"):
            change.breaking.append(f"{key[0]} parameter `{key[1]}` became required")
        if _leaves(old_doc, was.get("schema", {})) != _leaves(new_doc, now.get("schema", {})):
            change.changes.append(f"{key[0]} parameter `{key[1]}` changed type")
    _compare_schema(
        (old_doc, new_doc),
        _body_schema(old),
        _body_schema(new),
        "request body",
        change,
        request=True,
    )
    old_responses, new_responses = old.get("responses", {}), new.get("responses", {})
    for status in sorted(set(old_responses) | set(new_responses)):
        if status not in new_responses:
            change.breaking.append(f"response {status} removed")
        elif status not in old_responses:
            change.changes.append(f"response {status} added")
        else:
            _compare_schema(
                (old_doc, new_doc),
                _media_schema(old_responses[status]),
                _media_schema(new_responses[status]),
                f"response {status}",
                change,
                request=False,
            )


def _compare_schema(
    docs: tuple[dict[str, Json], dict[str, Json]],
    old: Json,
    new: Json,
    label: str,
    change: OperationChange,
    *,
    request: bool,
) -> None:
    before, after = _leaves(docs[0], old), _leaves(docs[1], new)
    if before == after:
        return
    before_types, after_types = dict(before), dict(after)
    for path in sorted(after_types.keys() - before_types.keys()):
        if (
            request
            and path.endswith("(required)")
            and path.replace(" (required)", "") not in before_types
        ):
            change.breaking.append(f"{label}: new required field `{path}`")
        else:
            change.changes.append(f"{label}: added `{path or '(root)'}`: {after_types[path]}")
    for path in sorted(before_types.keys() - after_types.keys()):
        # A field a response stops sending, or a request field Port stops accepting, breaks callers.
        change.breaking.append(f"{label}: removed `{path or '(root)'}`")
    for path in sorted(before_types.keys() & after_types.keys()):
        if before_types[path] != after_types[path]:
            change.breaking.append(
                f"{label}: `{path or '(root)'}` {before_types[path]} → {after_types[path]}"
            )


def _body_schema(op: Json) -> Json:
    return _media_schema(op.get("requestBody", {}))


def _media_schema(holder: Json) -> Json:
    for media in (holder.get("content") or {}).values():
        if isinstance(media, dict) and media.get("schema"):
            return media["schema"]
    return None


def _leaves(doc: dict[str, Json], schema: Json) -> frozenset[tuple[str, str]]:
    """(path, type) for every leaf of a schema, refs resolved up to a fixed depth."""
    found: set[tuple[str, str]] = set()
    _collect(doc, schema, "", found, depth=0, seen=())
    return frozenset(found)


def _member_label(doc: dict[str, Json], member: Json) -> str | None:
    """A union member by what tells it apart (its `type` constant), not by its position."""
    if isinstance(member, dict) and isinstance(member.get("$ref"), str):
        member = doc.get("components", {}).get("schemas", {}).get(member["$ref"].rsplit("/", 1)[-1])
    if not isinstance(member, dict):
        return None
    for key in ("type", "operator", "kind"):
        prop = (member.get("properties") or {}).get(key)
        if isinstance(prop, dict) and isinstance(prop.get("$ref"), str):
            prop = doc.get("components", {}).get("schemas", {}).get(prop["$ref"].rsplit("/", 1)[-1])
        if isinstance(prop, dict) and isinstance(prop.get("enum"), list) and len(prop["enum"]) <= 3:
            return f"{key}={'/'.join(map(str, prop['enum']))}"
    return None


def _collect(
    doc: dict[str, Json],
    schema: Json,
    path: str,
    out: set[tuple[str, str]],
    *,
    depth: int,
    seen: tuple[str, ...],
) -> None:
    if not isinstance(schema, dict):
        return
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        if name in seen or depth >= _MAX_DEPTH:
            # Component names are derived and shift between versions: not a change by themselves.
            out.add((path, "object"))
            return
        target = doc.get("components", {}).get("schemas", {}).get(name)
        _collect(doc, target, path, out, depth=depth + 1, seen=(*seen, name))
        return
    kind = schema.get("type")
    label = "|".join(kind) if isinstance(kind, list) else str(kind or "any")
    if "enum" in schema:
        label += "{" + ",".join(sorted(map(str, schema["enum"]))) + "}"
    required = set(schema.get("required", []))
    props = schema.get("properties") or {}
    for name, sub in props.items():
        child = f"{path}.{name}" if path else name
        if name in required:
            child += " (required)"
        _collect(doc, sub, child, out, depth=depth + 1, seen=seen)
    if isinstance(schema.get("items"), dict):
        _collect(doc, schema["items"], f"{path}[]", out, depth=depth + 1, seen=seen)
    for key in ("oneOf", "anyOf", "allOf"):
        for index, member in enumerate(schema.get(key) or []):
            label_ = _member_label(doc, member) or f"{key}{index}"
            _collect(doc, member, f"{path}|{label_}", out, depth=depth + 1, seen=seen)
    if not props:
        out.add((path, label))
