"""Normalization rules: Port's spec as served → what openapi-python-client makes a good client of.

Every rule is written against the *kind* of defect, not against one file, so that it holds for the
next version of Port's spec too. Each rule counts what it changed in a `Report`; what a rule meets
and cannot handle is noted there, never raised. `normalize()` returns two documents:

- the *strict* spec: defects fixed, operations named, schemas hoisted, prose replaced. It keeps
  Port's validation keywords (`required`, `additionalProperties: false`, boolean enums) and is
  shipped as `pyport/_generated/_openapi.json` for the simulator's request validation.
- the *generator* spec: the strict one made lenient for response parsing (nothing required in
  response models but the fields Port always returns, unknown fields kept) and trimmed of what
  the generator cannot express.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from codegen import hoist
from codegen.doc import (
    HTTP_METHODS,
    Json,
    Report,
    _all_schemas,
    _keywords_for_type,
    _ref_name,
    operations,
    walk_schemas,
)
from codegen.naming import NamingRules
from codegen.repair import (
    count_parameters_are_integers,
    declare_path_parameters,
    drop_duplicates,
    drop_misplaced_nulls,
    move_keywords_out_of_properties,
    parse_type_expression,
    repair_type_values,
    require_bodies_that_require_fields,
)
from codegen.sources import SOURCE_KEY, merge_sources

# Rules and document helpers live in codegen.doc, codegen.repair and codegen.sources; these are
# the names the scripts and tests reach through this module.
__all__ = [
    "HTTP_METHODS",
    "SOURCE_KEY",
    "Json",
    "Normalized",
    "Report",
    "count_parameters_are_integers",
    "declare_path_parameters",
    "drop_duplicates",
    "drop_misplaced_nulls",
    "merge_sources",
    "move_keywords_out_of_properties",
    "normalize",
    "normalize_sources",
    "operations",
    "parse_type_expression",
    "repair",
    "repair_type_values",
    "require_bodies_that_require_fields",
    "walk_schemas",
]

SUPPLEMENT_PATH = Path(__file__).resolve().parents[2] / "openapi" / "responses.yaml"


@dataclass
class Normalized:
    strict: dict[str, Json]
    generator: dict[str, Json]
    report: Report


# --- rules on Port's defects -------------------------------------------------------------------


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


PROMISED = "x-pyport-promised"


def _tabled_schemas(
    doc: dict[str, Json], table: dict[str, Any]
) -> list[tuple[dict[str, Json], dict[str, Json], dict[str, Any]]]:
    """(schema, its properties, the table's fields) for each component a table names; the
    components an older spec lacks are skipped."""
    schemas = doc.get("components", {}).get("schemas", {})
    found = []
    for name, fields in sorted((table or {}).items()):
        schema = schemas.get(name)
        if isinstance(schema, dict) and isinstance(fields, dict):
            found.append((schema, schema.setdefault("properties", {}), fields))
    return found


def add_extra_fields(doc: dict[str, Json], report: Report, table: dict[str, Any]) -> None:
    """Declare the fields Port accepts that its spec leaves out (openapi/schemas.yaml
    `extra_fields`); a field the spec already declares keeps its own schema."""
    for _, properties, fields in _tabled_schemas(doc, table):
        for key, declared in fields.items():
            if key not in properties:
                properties[key] = copy.deepcopy(declared)
                report.count("field Port accepts added to a schema")


def promise_fields(doc: dict[str, Json], report: Report, table: dict[str, Any]) -> None:
    """Mark the fields Port returns on every object of a kind (openapi/schemas.yaml
    `always_present`): required, so the model types them plainly, and listed under
    `x-pyport-promised`, so the model reads an answer that lacks one (a search's `include`) without
    failing. A field the spec does not declare is added with the table's schema."""
    for schema, properties, fields in _tabled_schemas(doc, table):
        promised: list[str] = []
        for key, declared in fields.items():
            if key not in properties:
                if not declared:
                    continue  # an older spec without the field, and nothing to add it with
                properties[key] = copy.deepcopy(declared)
                report.count("promised field added to a response model")
            promised.append(str(key))
        if promised:
            required = [r for r in schema.get("required", []) if r not in promised]
            schema["required"] = [*required, *promised]
            schema[PROMISED] = promised
            report.count("response model with promised fields")


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
    add_extra_fields(strict, report, hoist.load_names_config().get("extra_fields") or {})

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
    promise_fields(generator, report, hoist.load_names_config().get("always_present") or {})
    return Normalized(strict=strict, generator=generator, report=report)
