"""Normalization rules: Port's spec as served → what openapi-python-client makes a good client of.

Every rule is written against the *kind* of defect, not against one file, so that it holds for the
next version of Port's spec too. Each rule counts what it changed in a `Report`; what a rule meets
and cannot handle is noted there, never raised. `normalize()` returns two documents:

- the *strict* spec: defects fixed, operations named, schemas hoisted, prose replaced. It keeps
  Port's validation keywords (`required`, `additionalProperties: false`, boolean enums) and is
  shipped as `port_api_client/_openapi.json` for the simulator's request validation.
- the *generator* spec: the strict one made lenient for response parsing (nothing required in
  response models, unknown fields kept) and trimmed of what the generator cannot express.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from codegen import hoist
from codegen.naming import NamingRules

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SUPPLEMENT_PATH = Path(__file__).resolve().parents[2] / "openapi" / "responses.yaml"
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


@dataclass
class Normalized:
    strict: dict[str, Json]
    generator: dict[str, Json]
    report: Report


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


# --- rules on Port's defects -------------------------------------------------------------------

_JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})
# Words that specs written by hand use for a JSON type. `any` (and `*`) mean no constraint.
_TYPE_SYNONYMS: dict[str, Json] = {
    "any": {},
    "*": {},
    "int": {"type": "integer"},
    "long": {"type": "integer"},
    "float": {"type": "number"},
    "double": {"type": "number"},
    "decimal": {"type": "number"},
    "bool": {"type": "boolean"},
    "str": {"type": "string"},
    "text": {"type": "string"},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"},
    "date-time": {"type": "string", "format": "date-time"},
    "dict": {"type": "object"},
    "map": {"type": "object"},
    "list": {"type": "array", "items": {}},
}
# Where OpenAPI and JSON Schema hold a list, a map or a text; `null` there means "none".
# fmt: off
_NULLABLE_PLACES = frozenset({
    "parameters", "tags", "security", "servers", "required", "enum", "allOf", "anyOf", "oneOf",
    "prefixItems", "paths", "components", "schemas", "responses", "callbacks", "content",
    "headers", "links", "properties", "patternProperties", "requestBody", "securitySchemes",
    "examples", "encoding", "variables", "$defs", "definitions", "items", "not", "discriminator",
    "mapping", "description", "summary", "title", "operationId", "format", "pattern",
    *HTTP_METHODS,
})
# fmt: on
_KEYWORDS_MISPLACED_AS_PROPERTIES = frozenset(
    {"required", "additionalProperties", "minProperties", "maxProperties"}
)
# Values that are data, not document structure (`default: null` is meaningful): never looked into.
_DATA_PLACES = frozenset({"default", "example", "examples", "enum", "const", "value"})


def drop_misplaced_nulls(doc: dict[str, Json], report: Report) -> None:
    """`null` where a list, a map or a text belongs means "none": the key is removed.

    Port's newest specs say `parameters: null` for an operation without parameters; the same
    holds for any other container, wherever it stands in the document.
    """

    def visit(node: Json, pointer: str) -> None:
        if isinstance(node, list):
            for index, item in enumerate(node):
                visit(item, f"{pointer}/{index}")
            return
        if not isinstance(node, dict):
            return
        names_only = _is_name_map(pointer)
        for key in list(node):
            value = node[key]
            if value is None and not names_only and key in _NULLABLE_PLACES:
                del node[key]
                report.count("null where a list, map or text belongs removed")
            elif names_only or (key not in _DATA_PLACES and not str(key).startswith("x-")):
                visit(value, f"{pointer}/{_escape(str(key))}")

    visit(doc, "")


def move_keywords_out_of_properties(doc: dict[str, Json], report: Report) -> None:
    """A `properties` entry that is no schema but a schema keyword (`required: [a, b]`,
    `additionalProperties: false` written one level too deep) goes up to the object it belongs
    to; any other entry that is no schema is dropped, with a note naming where."""

    def visit(schema: dict[str, Json], pointer: str) -> None:
        props = schema.get("properties")
        if not isinstance(props, dict):
            return
        for name in list(props):
            value = props[name]
            if isinstance(value, dict) or value is True:
                continue
            del props[name]
            here = f"{pointer}/properties/{_escape(str(name))}"
            if name in _KEYWORDS_MISPLACED_AS_PROPERTIES and name not in schema:
                schema[name] = value
                report.count("schema keyword moved out of `properties`")
            else:
                report.note(f"{here}: {value!r} is not a schema; dropped (rule: misplaced value)")

    for pointer, root in _schema_roots_with_pointers(doc):
        _walk_with_pointers(root, pointer, visit)


def _is_name_map(pointer: str) -> bool:
    """True when the node at `pointer` maps names to things (its keys are not keywords)."""
    last = pointer.rsplit("/", 1)[-1]
    parent = pointer.rsplit("/", 2)[-2] if pointer.count("/") >= 2 else ""
    if parent in ("properties", "patternProperties", "$defs", "definitions"):
        return False  # `properties/x` is a schema: its keys are keywords again
    return last in (
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "schemas",
        "paths",
        "responses",
        "content",
        "headers",
        "securitySchemes",
        "examples",
        "mapping",
        "variables",
        "callbacks",
        "links",
        "encoding",
    )


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def parse_type_expression(text: str) -> list[Json] | None:
    """`"string, string[]"` → [{type: string}, {type: array, items: {type: string}}].

    Reads the type notations people write by hand (`a, b`, `a | b`, `a or b`, `x[]`, `any`, common
    synonyms); None when a part is not a type at all.
    """
    parts = [p.strip() for p in re.split(r",|\||\bor\b", text) if p.strip()]
    schemas: list[Json] = []
    for part in parts:
        word, depth = part.lower(), 0
        while word.endswith("[]"):
            word, depth = word[:-2].strip(), depth + 1
        if word in _JSON_TYPES:
            schema: Json = {"type": word}
        elif word in _TYPE_SYNONYMS:
            schema = copy.deepcopy(_TYPE_SYNONYMS[word])
        else:
            return None
        for _ in range(depth):
            schema = {"type": "array", "items": schema}
        schemas.append(schema)
    return schemas or None


def repair_type_values(doc: dict[str, Json], report: Report) -> None:
    """A schema `type` that is not a JSON Schema type is read as the notation it is written in.

    `any` is no constraint; `"string, string[]"` is a union of a string and an array of strings;
    a word that names no type at all is dropped, with a note naming where.
    """

    def visit(schema: dict[str, Json], pointer: str) -> None:
        kind = schema.get("type")
        if kind is None or (isinstance(kind, str) and kind in _JSON_TYPES):
            return
        raw = kind if isinstance(kind, list) else [kind]
        if all(isinstance(k, str) and k in _JSON_TYPES for k in raw):
            return
        variants: list[Json] = []
        for entry in raw:
            parsed = parse_type_expression(entry) if isinstance(entry, str) else None
            if parsed is None:
                report.note(
                    f"{pointer}/type: {entry!r} is not a type; dropped (rule: non-standard type)"
                )
                continue
            variants.extend(parsed)
        del schema["type"]
        report.count("non-standard type value read as a type expression")
        if any(v == {} for v in variants) or not variants:
            return  # any value
        if all(set(v) == {"type"} for v in variants):
            types = list(dict.fromkeys(v["type"] for v in variants))
            schema["type"] = types[0] if len(types) == 1 else types
            return
        if len(variants) == 1:
            schema.update({k: v for k, v in variants[0].items() if k not in schema})
            return
        for variant in variants:
            for key in _keywords_for_type(variant["type"]):
                if key in schema and key not in variant:
                    variant[key] = copy.deepcopy(schema[key])
        for key in {k for v in variants for k in _keywords_for_type(v["type"])}:
            schema.pop(key, None)
        schema["oneOf"] = variants

    for pointer, root in _schema_roots_with_pointers(doc):
        _walk_with_pointers(root, pointer, visit)


def drop_duplicates(doc: dict[str, Json], report: Report) -> None:
    """Duplicates Port's spec repeats: a parameter declared twice (same name and location), a
    value listed twice in `required` or `enum`. The first stays."""
    for path, method, op in operations(doc):
        params = op.get("parameters")
        if isinstance(params, list):
            seen: set[tuple[str, str]] = set()
            kept = []
            for param in params:
                key = (
                    (str(param.get("name")), str(param.get("in")))
                    if isinstance(param, dict)
                    else ("", "")
                )
                if key in seen:
                    report.note(
                        f"{method.upper()} {path}: parameter {key[0]!r} ({key[1]}) declared"
                        " twice; the first kept (rule: duplicate)"
                    )
                    continue
                seen.add(key)
                kept.append(param)
            op["parameters"] = kept

    def visit(schema: dict[str, Json]) -> None:
        for key in ("required", "enum"):
            values = schema.get(key)
            if isinstance(values, list):
                unique = []
                for value in values:
                    if value not in unique:
                        unique.append(value)
                if len(unique) != len(values):
                    schema[key] = unique
                    report.count(f"duplicate `{key}` value removed", len(values) - len(unique))

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


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


def declare_path_parameters(doc: dict[str, Json], report: Report) -> None:
    """Path templates and path parameters made to agree.

    A `{name}` the path uses but the operation forgot to declare is declared (a string). A path
    parameter declared but missing from the template means the template was cut short: the
    operation moves to the path with `/{name}` appended, unless an operation of that method
    already stands there, in which case the parameter is dropped, with a note.
    """
    moves: list[tuple[str, str, str]] = []
    for path, item in doc["paths"].items():
        if not isinstance(item, dict):
            report.note(f"path {path!r} is not an object; left alone")
            continue
        templated = re.findall(r"{([^}/]+)}", path)
        shared = {
            p.get("name")
            for p in item.get("parameters") or []
            if isinstance(p, dict) and p.get("in") == "path"
        }
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            params = op.setdefault("parameters", [])
            declared = shared | {p.get("name") for p in params if p.get("in") == "path"}
            undeclared = [name for name in templated if name not in declared]
            strays = [p for p in params if p.get("in") == "path" and p.get("name") not in templated]
            if undeclared and len(undeclared) == len(strays):
                # As many names missing on each side: the template renamed them.
                for param, name in zip(strays, undeclared, strict=True):
                    report.note(
                        f"{method.upper()} {path}: path parameter {param.get('name')!r} renamed"
                        f" {name!r}, as its template says (rule: missing path parameter)"
                    )
                    param["name"] = name
                undeclared, strays = [], []
            for name in undeclared:
                params.append(
                    {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                )
                report.count("declare missing path parameter")
            extra = [str(p.get("name")) for p in strays]
            if extra:
                target = path.rstrip("/") + "".join(f"/{{{name}}}" for name in extra)
                moves.append((path, method, target))
    for path, method, target in moves:
        item = doc["paths"][path]
        destination = doc["paths"].setdefault(target, {})
        if method in destination:
            op = item[method]
            names = set(re.findall(r"{([^}/]+)}", path))
            op["parameters"] = [
                p for p in op["parameters"] if p.get("in") != "path" or p.get("name") in names
            ]
            report.note(
                f"{method.upper()} {path}: path parameters not in the path dropped, since"
                f" {method.upper()} {target} exists (rule: missing path parameter)"
            )
            continue
        destination[method] = item.pop(method)
        report.count("operation moved to the path its parameters name")
        report.note(
            f"{method.upper()} {path} declares parameters its path lacks: moved to {target}"
        )
        if not any(m in item for m in HTTP_METHODS):
            del doc["paths"][path]


def require_bodies_that_require_fields(doc: dict[str, Json], report: Report) -> None:
    """A request body whose schema requires a field (or every member of whose union does, or
    which is an array) cannot be left out: Port answers 422. Port rarely says `required: true`."""
    schemas = doc.get("components", {}).get("schemas", {})

    def needs_content(schema: Json, seen: frozenset[str] = frozenset()) -> bool:
        if not isinstance(schema, dict):
            return False
        name = _ref_name(schema)
        if name is not None:
            return name not in seen and needs_content(schemas.get(name), seen | {name})
        if schema.get("type") == "array" or schema.get("required"):
            return True
        members = schema.get("oneOf") or schema.get("anyOf")
        if isinstance(members, list) and members:
            return all(needs_content(m, seen) for m in members)
        parts = schema.get("allOf")
        return isinstance(parts, list) and any(needs_content(m, seen) for m in parts)

    for _, _, op in operations(doc):
        body = op.get("requestBody")
        if not isinstance(body, dict) or body.get("required"):
            continue
        media = (body.get("content") or {}).get("application/json") or {}
        if needs_content(media.get("schema")):
            body["required"] = True
            report.count("request body that requires fields made required")


_COUNT_NAMES = frozenset(
    {"limit", "offset", "page", "pagesize", "page_size", "perpage", "per_page"}
)


def count_parameters_are_integers(doc: dict[str, Json], report: Report) -> None:
    """A page size or offset Port declares as `number` is a count: the client asks for an
    integer (`limit: 5.5` means nothing to a paginator). For the generator's copy only."""

    def fix(name: object, schema: Json) -> None:
        is_number = isinstance(schema, dict) and schema.get("type") == "number"
        if is_number and str(name).lower() in _COUNT_NAMES:
            schema["type"] = "integer"
            report.count("count parameter typed integer")

    for _, _, op in operations(doc):
        for param in op.get("parameters") or []:
            if isinstance(param, dict):
                fix(param.get("name"), param.get("schema"))

    def visit(schema: dict[str, Json]) -> None:
        for name, sub in (schema.get("properties") or {}).items():
            fix(name, sub)

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


def relax_defaulted_query_parameters(doc: dict[str, Json], report: Report) -> None:
    """A query parameter that has a default is not required, whatever the spec says."""
    for _, _, op in operations(doc):
        for param in op.get("parameters", []):
            if (
                param.get("in") == "query"
                and param.get("required")
                and "default" in param.get("schema", {})
            ):
                param["required"] = False
                report.count("defaulted query parameter made optional")


def _json_type(value: Json) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def type_enums_and_consts(doc: dict[str, Json], report: Report) -> None:
    """Give `enum`/`const` schemas the `type` their values have (Port omits it 1,000+ times)."""

    def visit(schema: dict[str, Json]) -> None:
        if "const" in schema:
            schema["enum"] = [schema.pop("const")]
            report.count("const → single-value enum")
        if "enum" not in schema or "type" in schema:
            return
        types = sorted({_json_type(v) for v in schema["enum"]})
        if len(types) == 1:
            schema["type"] = types[0]
        elif types == ["integer", "number"]:
            schema["type"] = "number"
        elif "null" in types and len(types) == 2:
            schema["type"] = [t for t in types if t != "null"] + ["null"]
        else:
            report.note(f"enum of mixed types {types} left untyped")
            return
        report.count("type added to enum")

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


def type_untyped_objects(doc: dict[str, Json], report: Report) -> None:
    """`properties` without `type` is an object; `items` without `type` an array; an array
    without `items` holds anything (the generator rejects it in a union otherwise)."""

    def visit(schema: dict[str, Json]) -> None:
        if schema.get("type") == "array" and "items" not in schema:
            schema["items"] = {}
            report.count("items: {} added to an array")
        if "type" in schema or "$ref" in schema:
            return
        if "properties" in schema or "additionalProperties" in schema:
            schema["type"] = "object"
            report.count("type: object added")
        elif "items" in schema:
            schema["type"] = "array"
            report.count("type: array added")

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


def collapse_single_type_lists(doc: dict[str, Json], report: Report) -> None:
    """`type: [string]` is `type: string`."""

    def visit(schema: dict[str, Json]) -> None:
        if isinstance(schema.get("type"), list) and len(schema["type"]) == 1:
            schema["type"] = schema["type"][0]
            report.count("one-item type list collapsed")

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


def nullable_to_null_type(doc: dict[str, Json], report: Report) -> None:
    """OpenAPI 3.0's `nullable: true`, which a 3.1 document should not use, becomes `null` in
    the schema's type list."""

    def visit(schema: dict[str, Json]) -> None:
        if "nullable" not in schema:
            return
        nullable = schema.pop("nullable")
        kind = schema.get("type")
        if nullable is True and isinstance(kind, str) and kind != "null":
            schema["type"] = [kind, "null"]
        elif nullable is True and isinstance(kind, list) and "null" not in kind:
            schema["type"] = [*kind, "null"]
        report.count("`nullable` (OpenAPI 3.0) turned into a null type")

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


def split_nullable_objects(doc: dict[str, Json], report: Report) -> None:
    """`type: [object, null]` (with properties) and `type: [string, null]` (with an enum) become
    `anyOf: [{type: object|string, …}, {type: null}]`.

    The same schema, written so that the object or enum can be hoisted and named like any other
    model (the generator otherwise names it `<Parent><Field>Type0`).
    """

    def visit(schema: dict[str, Json]) -> None:
        types = schema.get("type")
        if not (isinstance(types, list) and len(types) == 2 and "null" in types):
            return
        kind = next(t for t in types if t != "null")
        if not (kind == "object" and schema.get("properties")) and not (
            kind == "string" and isinstance(schema.get("enum"), list)
        ):
            return
        keep = ("description", "title", "default")
        part = {k: schema.pop(k) for k in list(schema) if k not in keep}
        part["type"] = kind
        if "enum" in part:
            part["enum"] = [v for v in part["enum"] if v is not None]
        schema["anyOf"] = [part, {"type": "null"}]
        report.count(f"nullable {kind} split into anyOf [{kind}, null]")

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


def split_multi_type_lists(doc: dict[str, Json], report: Report) -> None:
    """`type: [string, object]` becomes a `oneOf` of one schema per type (null stays a member)."""

    def visit(schema: dict[str, Json]) -> None:
        types = schema.get("type")
        if not isinstance(types, list):
            return
        concrete = [t for t in types if t != "null"]
        if len(concrete) < 2:
            return
        variants = []
        for t in concrete:
            variant: dict[str, Json] = {"type": t}
            for key in _keywords_for_type(t):
                if key in schema:
                    variant[key] = schema[key]
            variants.append(variant)
        for key in {k for t in concrete for k in _keywords_for_type(t)}:
            schema.pop(key, None)
        del schema["type"]
        if "null" in types:
            variants.append({"type": "null"})
        schema["oneOf"] = variants
        report.count("multi-type list split into oneOf")

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


def _keywords_for_type(json_type: str) -> tuple[str, ...]:
    return {
        "object": ("properties", "additionalProperties", "required", "patternProperties"),
        "array": ("items", "minItems", "maxItems", "uniqueItems"),
        "string": ("pattern", "minLength", "maxLength", "format", "enum"),
    }.get(json_type, ())


def drop_conditionals_inside_unions(doc: dict[str, Json], report: Report) -> None:
    """`allOf: [{if: …, then: …}]` members carry validation only; the generator rejects them.

    They stay in the strict spec (the simulator validates with them) and leave the generator's.
    """

    def visit(schema: dict[str, Json]) -> None:
        for key in ("allOf", "anyOf", "oneOf"):
            members = schema.get(key)
            if not isinstance(members, list):
                continue
            kept = [m for m in members if not _is_pure_validation(m)]
            if len(kept) != len(members):
                report.count(f"validation-only {key} member dropped", len(members) - len(kept))
                if kept:
                    schema[key] = kept
                else:
                    del schema[key]
        for key in ("if", "then", "else", "not"):
            if key in schema:
                del schema[key]
                report.count(f"`{key}` dropped for the generator")

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


def flatten_conflicting_all_of(doc: dict[str, Json], report: Report) -> None:
    """An `allOf` whose parts define one property differently (an enum of every widget type in
    one part, one type in another) is something the generator cannot merge. For the generator's
    copy such a schema becomes one object: its own definition of a property wins over the parts',
    an earlier part's over a later one's; `required` is the union."""
    schemas = doc.get("components", {}).get("schemas", {})

    def resolve(member: Json, seen: frozenset[str] = frozenset()) -> dict[str, Json]:
        name = _ref_name(member) if isinstance(member, dict) else None
        if name is not None:
            if name in seen or not isinstance(schemas.get(name), dict):
                return {}
            return resolve(schemas[name], seen | {name})
        return member if isinstance(member, dict) else {}

    def visit(schema: dict[str, Json]) -> None:
        parts = schema.get("allOf")
        if not isinstance(parts, list):
            return
        resolved = [resolve(part) for part in parts]
        definitions: dict[str, list[Json]] = {}
        for part in [schema, *resolved]:
            for prop, sub in (part.get("properties") or {}).items():
                definitions.setdefault(prop, []).append(sub)
        if not any(
            any(_shape_key(d, schemas) != _shape_key(defs[0], schemas) for d in defs[1:])
            for defs in definitions.values()
        ):
            return
        properties: dict[str, Json] = {}
        required: list[str] = []
        for part in [schema, *resolved]:
            for prop, sub in (part.get("properties") or {}).items():
                properties.setdefault(prop, copy.deepcopy(sub))
            required += [r for r in part.get("required") or [] if r not in required]
        del schema["allOf"]
        schema["type"] = "object"
        schema["properties"] = properties
        if required:
            schema["required"] = required
        report.count("allOf with conflicting parts flattened (generator copy)")

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


def _shape_key(schema: Json, schemas: dict[str, Json]) -> str:
    name = _ref_name(schema) if isinstance(schema, dict) else None
    target = schemas.get(name, schema) if name else schema
    return repr(sorted(target.items())) if isinstance(target, dict) else repr(target)


def _is_pure_validation(schema: Json) -> bool:
    return (
        isinstance(schema, dict)
        and bool(schema)
        and set(schema) <= {"if", "then", "else", "not", "required", "description", "title"}
    )


def untyped_union_members(doc: dict[str, Json], report: Report) -> None:
    """A union member with no type, ref or union of its own is `{}` (any value) to Port;
    the generator rejects it. Give the member the union's own type when it has one, else drop it."""

    def visit(schema: dict[str, Json]) -> None:
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if not isinstance(members, list):
                continue
            fixed = []
            for member in members:
                if isinstance(member, dict) and not (
                    {"type", "$ref", "oneOf", "anyOf", "allOf", "enum"} & member.keys()
                ):
                    report.count("untyped union member dropped")
                    continue
                fixed.append(member)
            if len(fixed) == 1 and len(members) > 1:
                del schema[key]
                schema.update({k: v for k, v in fixed[0].items() if k not in schema})
            elif fixed:
                schema[key] = fixed
            else:
                del schema[key]

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


# --- naming and prose --------------------------------------------------------------------------


def name_operations(doc: dict[str, Json], report: Report, rules: NamingRules) -> None:
    """Give every operation a stable verb_object operationId and a short tag name.

    Two operations the rule names alike (Port's summaries say "Update" for a PUT and a PATCH of
    the same resource) are told apart by their methods' verbs, and failing that by their paths.
    """
    named: dict[str, tuple[str, str, dict[str, Json]]] = {}
    for path, method, op in operations(doc):
        summary = str(op.get("summary") or "")
        if re.search(r"\bdeprecated\b", summary, re.IGNORECASE):
            op["deprecated"] = True
        name = op.get("operationId") or rules.operation_id(method, path, summary)
        if name in named:
            other_path, other_method, other_op = named.pop(name)
            first = rules.disambiguate(other_method, name)
            second = rules.disambiguate(method, name)
            if first == second or first in named or second in named:
                first, second = (
                    rules.from_path(other_method, other_path),
                    rules.from_path(method, path),
                )
            if first == second or first in named or second in named:
                report.note(
                    f"{method.upper()} {path}: name {name!r} already used by"
                    f" {other_method.upper()} {other_path}; add an override"
                )
                first, second = name, f"{name}_{method}"
            else:
                report.count("name collision resolved", 2)
            other_op["operationId"] = first
            named[first] = (other_path, other_method, other_op)
            name = second
        named[name] = (path, method, op)
        if op.get("operationId") != name:
            op["operationId"] = name
            report.count("operationId assigned")
        op["tags"] = [rules.tag_name(op["tags"][0])] if op.get("tags") else ["default"]


def replace_prose(doc: dict[str, Json], report: Report, rules: NamingRules) -> None:
    """Port's description text stays Port's: keep the summary, link to the reference page."""
    info = doc.setdefault("info", {})
    info["title"] = "Port API, normalized by pyport"
    info.pop("description", None)
    for path, method, op in operations(doc):
        summary = str(op.get("summary") or "").strip()
        if op.get("deprecated"):
            op["summary"] = f"{method.upper()} {path} (deprecated by Port)"
        op["description"] = (
            f"Port API reference: {rules.reference_link(summary)}" if summary else ""
        )
        report.count("operation description replaced by a reference link")
        for param in op.get("parameters", []):
            if param.pop("description", None) is not None:
                report.count("parameter description removed")
        for response in op.get("responses", {}).values():
            if isinstance(response, dict):
                response["description"] = _status_phrase(response)
        if isinstance(op.get("requestBody"), dict):
            op["requestBody"].pop("description", None)

    def visit(schema: dict[str, Json]) -> None:
        for key in ("description", "examples", "example", "$comment", "markdownDescription"):
            if schema.pop(key, None) is not None:
                report.count(f"schema {key} removed")

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


def _status_phrase(response: dict[str, Json]) -> str:
    return "Port's answer" if response.get("content") else "No body"


# --- success responses Port does not document ---------------------------------------------------


def supplement_responses(
    doc: dict[str, Json], report: Report, path: Path | None = SUPPLEMENT_PATH
) -> None:
    """Add the success responses Port leaves out, from openapi/responses.yaml."""
    supplement = yaml.safe_load(path.read_text(encoding="utf-8")) if path else {}
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in supplement.get("schemas", {}).items():
        if name in schemas:
            report.note(f"supplement schema {name!r} clashes with a spec component; spec kept")
        else:
            schemas[name] = schema
    by_id = {op["operationId"]: op for _, _, op in operations(doc)}
    for op_id, entry in supplement.get("responses", {}).items():
        op = by_id.get(op_id)
        if op is None:
            report.note(f"supplement names an unknown operation {op_id!r}")
            continue
        responses = op.setdefault("responses", {})
        if any(str(status).startswith("2") and _has_schema(r) for status, r in responses.items()):
            continue  # Port documents it now; its schema wins.
        status = str(entry["status"])
        responses[status] = {
            "description": "Port's answer",
            "content": {"application/json": {"schema": entry["schema"]}},
        }
        report.count("success response supplemented")
    for path_, method, op in operations(doc):
        if not any(
            str(s).startswith("2") and _has_schema(r) for s, r in op.get("responses", {}).items()
        ):
            report.note(
                f"{op['operationId']} ({method.upper()} {path_}): no success schema,"
                " returns decoded JSON"
            )


def _has_schema(response: Json) -> bool:
    return isinstance(response, dict) and any(
        isinstance(m, dict) and m.get("schema") for m in (response.get("content") or {}).values()
    )


# --- making the generator's copy lenient ---------------------------------------------------------


def make_responses_lenient(doc: dict[str, Json], report: Report) -> None:
    """Response models keep what Port sends and tolerate what it leaves out.

    Port's spec is incomplete: a field it does not declare must survive a round trip through the
    model (`additional_properties`, written back by `to_dict()`), and a declared field Port omits
    must not break parsing. Components reached from responses lose `required` and
    `additionalProperties: false`; request-only components keep `required` for their signatures.
    """
    schemas = doc.get("components", {}).get("schemas", {})
    response_roots = _roots(doc, responses=True)
    reached = hoist.referenced_components(response_roots, schemas)

    def relax(schema: dict[str, Json]) -> None:
        if schema.get("type") == "object" and schema.pop("required", None):
            report.count("required removed from a response model")
        if schema.get("additionalProperties") is False:
            del schema["additionalProperties"]
            report.count("additionalProperties: false removed")

    for name in sorted(reached):
        walk_schemas(schemas[name], relax)
    for root in response_roots:
        walk_schemas(root, relax)

    def no_closed_models(schema: dict[str, Json]) -> None:
        if schema.get("additionalProperties") is False:
            del schema["additionalProperties"]
            report.count("additionalProperties: false removed")

    for root in _all_schemas(doc):
        walk_schemas(root, no_closed_models)


INPUT_ONLY = "x-pyport-input-only"


def mark_input_only_components(doc: dict[str, Json], report: Report, titles: set[str]) -> None:
    """Tag the components that only requests carry (openapi/schemas.yaml `input_only`)."""
    for schema in doc.get("components", {}).get("schemas", {}).values():
        if isinstance(schema, dict) and schema.get("title") in titles:
            schema[INPUT_ONLY] = True
            report.count("component marked input-only")


def drop_input_only_members_from_responses(doc: dict[str, Json], report: Report) -> None:
    """In models only responses use, a union member that only requests carry is dropped."""
    schemas = doc.get("components", {}).get("schemas", {})
    input_only = {name for name, s in schemas.items() if isinstance(s, dict) and s.get(INPUT_ONLY)}
    response_only = hoist.referenced_components(_roots(doc, responses=True), schemas) - (
        hoist.referenced_components(_roots(doc, responses=False), schemas)
    )

    def visit(schema: dict[str, Json]) -> None:
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if not isinstance(members, list):
                continue
            kept = [m for m in members if not (isinstance(m, dict) and _ref_name(m) in input_only)]
            if len(kept) == len(members) or not kept:
                continue
            report.count(
                "request-only union member dropped from a response model", len(members) - len(kept)
            )
            if len(kept) == 1:
                del schema[key]
                schema.update({k: v for k, v in kept[0].items() if k not in schema})
            else:
                schema[key] = kept

    for name in sorted(response_only):
        walk_schemas(schemas[name], visit)
    for schema in schemas.values():
        if isinstance(schema, dict):
            schema.pop(INPUT_ONLY, None)


def strip_markers(doc: dict[str, Json]) -> None:
    for schema in doc.get("components", {}).get("schemas", {}).values():
        if isinstance(schema, dict):
            schema.pop(INPUT_ONLY, None)


def _ref_name(schema: dict[str, Json]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _roots(doc: dict[str, Json], *, responses: bool) -> list[Json]:
    roots: list[Json] = []
    for _, _, op in operations(doc):
        if responses:
            holders = list(op.get("responses", {}).values())
        else:
            holders = [op.get("requestBody", {})]
            roots += [
                p["schema"] for p in op.get("parameters", []) if isinstance(p.get("schema"), dict)
            ]
        for holder in holders:
            for media in (holder.get("content") or {}).values() if isinstance(holder, dict) else []:
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    roots.append(media["schema"])
    return roots


def drop_boolean_enums(doc: dict[str, Json], report: Report) -> None:
    """`ok: {enum: [true]}` is a boolean to the generator, which has no boolean enums."""

    def visit(schema: dict[str, Json]) -> None:
        if schema.get("type") == "boolean" and "enum" in schema:
            del schema["enum"]
            report.count("boolean enum made a plain boolean")
        if "enum" in schema and schema.get("type") in ("object", "array"):
            del schema["enum"]
            report.count("enum of objects dropped")

    for root in _all_schemas(doc):
        walk_schemas(root, visit)


def repair(doc: dict[str, Json], report: Report) -> None:
    """The rules that fix Port's defects in one source document, in place."""
    drop_misplaced_nulls(doc, report)
    doc.setdefault("components", {}).setdefault("schemas", {})
    repair_type_values(doc, report)
    move_keywords_out_of_properties(doc, report)
    drop_duplicates(doc, report)
    declare_path_parameters(doc, report)
    relax_defaulted_query_parameters(doc, report)
    require_bodies_that_require_fields(doc, report)
    collapse_single_type_lists(doc, report)
    type_enums_and_consts(doc, report)
    type_untyped_objects(doc, report)
    nullable_to_null_type(doc, report)
    split_nullable_objects(doc, report)
    split_multi_type_lists(doc, report)


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


def normalize(
    source: dict[str, Json],
    *,
    rules: NamingRules | None = None,
    supplement: Path | None = SUPPLEMENT_PATH,
) -> Normalized:
    """Apply every rule to one source; never raises on a construct it does not know (it notes
    it)."""
    return normalize_sources([("", source)], rules=rules, supplement=supplement)


def normalize_sources(
    sources: list[tuple[str, dict[str, Json]]],
    *,
    rules: NamingRules | None = None,
    supplement: Path | None = SUPPLEMENT_PATH,
) -> Normalized:
    """Repair each source, merge them (newest first: see merge_sources), then name, hoist and
    write the strict and the generator's documents."""
    if not sources:
        raise ValueError("normalize_sources needs at least one source")
    rules = rules or NamingRules.load()
    report = Report()
    repaired = []
    for label, source in sources:
        doc = copy.deepcopy(source)
        report.current_source = label if len(sources) > 1 else ""
        repair(doc, report)
        repaired.append((label, doc))
    report.current_source = ""
    doc = merge_sources(repaired, report) if len(repaired) > 1 else repaired[0][1]
    name_operations(doc, report, rules)
    replace_prose(doc, report, rules)
    supplement_responses(doc, report, supplement)
    mark_input_only_components(doc, report, set(hoist.load_names_config().get("input_only", [])))
    newest = sources[0][0]
    secondary = frozenset(
        op["operationId"] for *_, op in operations(doc) if op.get(SOURCE_KEY, newest) != newest
    )
    strict = hoist.hoist_schemas(doc, report, secondary_ops=secondary)

    generator = copy.deepcopy(strict)
    strip_markers(strict)
    for _, _, op in operations(generator):
        op.pop(SOURCE_KEY, None)
    # The client types a page size as an int; the strict spec keeps Port's `number`, which its
    # validator (and so the simulator) accepts.
    count_parameters_are_integers(generator, report)
    drop_input_only_members_from_responses(generator, report)
    drop_conditionals_inside_unions(generator, report)
    flatten_conflicting_all_of(generator, report)
    untyped_union_members(generator, report)
    drop_boolean_enums(generator, report)
    make_responses_lenient(generator, report)
    hoist.strip_titles(generator, report)
    schemas = generator["components"]["schemas"]
    newest_roots = [op for *_, op in operations(generator) if op["operationId"] not in secondary]
    hoist.merge_identical_components(
        generator,
        report,
        preferred=frozenset(hoist.referenced_components(newest_roots, schemas))
        if secondary
        else frozenset(),
    )
    return Normalized(strict=strict, generator=generator, report=report)
