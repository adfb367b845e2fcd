"""Several specs as one: the union of their operations, each from the newest source."""

from __future__ import annotations

import copy
import re

from codegen import hoist
from codegen.doc import Json, Report, operations

SOURCE_KEY = "x-pyport-source"


def merge_sources(sources: list[tuple[str, dict[str, Json]]], report: Report) -> dict[str, Json]:
    """One document holding every operation of every source, each from the first (newest)
    source that has it.

    Operations are the same when their method and route agree, parameter names aside
    (`/v1/blueprints/{identifier}` is `/v1/blueprints/{blueprint_identifier}`); one taken from an
    older source is filed under the newest's spelling of its route. The components it refers to
    come along, renamed `<name><Source>` where the newer document has another schema by that name.
    Every operation records its source (`x-pyport-source`); operations that several sources
    define differently are listed in the report.
    """
    label, base = sources[0]
    merged = copy.deepcopy(base)
    routes: dict[tuple[str, str], tuple[str, str, dict[str, Json]]] = {}
    for path, method, op in operations(merged):
        op[SOURCE_KEY] = label
        routes[(method, _route(path))] = (label, path, op)
    spelled = {_route(path): path for path in merged.get("paths", {})}
    for other_label, doc in sources[1:]:
        missing = [
            op for path, method, op in operations(doc) if (method, _route(path)) not in routes
        ]
        renames = _import_components(merged, doc, other_label, missing)
        for path, method, found in operations(doc):
            key = (method, _route(path))
            if key in routes:
                taken_label, taken_path, taken = routes[key]
                if _operation_shape(taken, taken_path) != _operation_shape(found, path):
                    report.conflicts.append(
                        f"{method.upper()} {taken_path}: {taken_label} taken;"
                        f" {other_label} differs in {', '.join(_differences(taken, found))}"
                    )
                continue
            op = copy.deepcopy(found)
            _rewrite_component_refs(op, renames)
            target = spelled.get(_route(path), path)
            if target != path:
                _rename_path_parameters(op, path, target)
            op[SOURCE_KEY] = other_label
            merged.setdefault("paths", {}).setdefault(target, {})[method] = op
            spelled.setdefault(_route(path), target)
            routes[key] = (other_label, target, op)
            report.count(f"operation taken from {other_label} (not in a newer source)")
    return merged


def _route(path: str) -> str:
    return re.sub(r"{[^}/]*}", "{}", path.rstrip("/"))


def _operation_shape(op: dict[str, Json], path: str) -> str:
    """What an operation does on the wire, prose and parameter spelling aside."""
    names = re.findall(r"{([^}/]+)}", path)

    def clean(node: Json) -> Json:
        if isinstance(node, dict):
            return {
                k: clean(v)
                for k, v in sorted(node.items())
                if k not in ("description", "summary", "example", "examples", "title", SOURCE_KEY)
            }
        if isinstance(node, list):
            return [clean(v) for v in node]
        return node

    shape = clean(op)
    for param in shape.get("parameters") or []:
        if isinstance(param, dict) and param.get("name") in names:
            param["name"] = names.index(param["name"])
    return repr(shape)


def _differences(a: dict[str, Json], b: dict[str, Json]) -> list[str]:
    keys = ("parameters", "requestBody", "responses", "deprecated", "security")
    found = [k for k in keys if repr(a.get(k)) != repr(b.get(k))]
    return found or ["prose"]


def _import_components(
    merged: dict[str, Json], doc: dict[str, Json], label: str, taken: list[Json]
) -> dict[str, str]:
    """Copy the components the `taken` operations of `doc` refer to (and theirs, transitively)
    into `merged`; a name the newer document gives another schema is renamed."""
    wanted: list[tuple[str, str]] = []
    pending = list(taken)
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                section, _, name = ref[len("#/components/") :].partition("/")
                value = (doc.get("components") or {}).get(section, {}).get(name)
                if (section, name) not in wanted and value is not None:
                    wanted.append((section, name))
                    pending.append(value)
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    renames: dict[str, str] = {}
    for section, name in wanted:
        value = doc["components"][section][name]
        target = merged.setdefault("components", {}).setdefault(section, {})
        if name not in target:
            target[name] = copy.deepcopy(value)
        elif target[name] != value:
            new_name = f"{name}{hoist.pascal(label)}"
            renames[f"#/components/{section}/{name}"] = f"#/components/{section}/{new_name}"
            target[new_name] = copy.deepcopy(value)
    for ref in renames.values():
        section, _, name = ref[len("#/components/") :].partition("/")
        _rewrite_component_refs(merged["components"][section][name], renames)
    return renames


def _rewrite_component_refs(node: Json, renames: dict[str, str]) -> None:
    if not renames:
        return
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str) and node["$ref"] in renames:
            node["$ref"] = renames[node["$ref"]]
        for value in node.values():
            _rewrite_component_refs(value, renames)
    elif isinstance(node, list):
        for value in node:
            _rewrite_component_refs(value, renames)


def _rename_path_parameters(op: dict[str, Json], path: str, target: str) -> None:
    mapping = dict(
        zip(re.findall(r"{([^}/]+)}", path), re.findall(r"{([^}/]+)}", target), strict=True)
    )
    for param in op.get("parameters") or []:
        if isinstance(param, dict) and param.get("in") == "path" and param.get("name") in mapping:
            param["name"] = mapping[param["name"]]
