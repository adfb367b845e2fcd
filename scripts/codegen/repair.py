"""Repairs of the defects Port's published specs carry, version after version (2024-07 on).

Each rule handles a kind of defect wherever it stands, never a string match on one version:
`null` where a list belongs, type values that are no JSON type, keywords written one level too
deep, duplicates, path templates and parameters that disagree, bodies that must not be left out,
counts typed as fractions. What a rule cannot repair it notes, with the JSON pointer and the rule.
"""

from __future__ import annotations

import copy
import re

from codegen.doc import (
    HTTP_METHODS,
    Json,
    Report,
    _all_schemas,
    _escape,
    _keywords_for_type,
    _ref_name,
    _schema_roots_with_pointers,
    _walk_with_pointers,
    operations,
    walk_schemas,
)

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
