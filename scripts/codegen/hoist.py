"""Hoisting: every object and string-enum schema becomes one named component per distinct shape.

Port's spec repeats its resources inline (an entity is spelled out anew in every response that
holds one): about 3,600 inline object schemas but some 400 distinct shapes, 1,077 enums but 74
distinct ones. Shapes are compared bottom-up with descriptions and titles aside, so a nested copy
that differs only in prose collapses into one model.

Names come from, in order: openapi/schemas.yaml (a location → a name), a schema's own title, the
property it sits under (singular for array items), that property's parent, and last the operation.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from codegen.naming import singular

if TYPE_CHECKING:
    from codegen.doc import Report

NAMES_PATH = Path(__file__).resolve().parents[2] / "openapi" / "schemas.yaml"
_PLACEHOLDER = "#/components/schemas/__shape_"
_COMPONENT_PREFIX = "#/components/schemas/"
_IGNORED_IN_SHAPE = {"title", "description"}

Json = Any


@dataclass(frozen=True)
class Location:
    """Where a schema sits: `create_blueprint body schema.properties{}`, `get_entity 200 entity`."""

    origin: str  # "<operationId> body", "<operationId> <status>", "component <name>"
    steps: tuple[str, ...] = ()  # property names; "[]" array item; "{}" map value; "|Title" variant

    def child(self, step: str) -> Location:
        return Location(self.origin, (*self.steps, step))

    def __str__(self) -> str:
        path = "".join(s if s[0] in "[{|" else f".{s}" for s in self.steps).lstrip(".")
        return f"{self.origin} {path}".strip()

    def nouns(self) -> list[str]:
        """The property names along the path, the last singular when it holds array items."""
        nouns: list[str] = []
        for index, step in enumerate(self.steps):
            if step == "[]":
                if nouns:
                    nouns[-1] = singular(nouns[-1])
            elif step == "{}":
                if nouns:
                    nouns.append("value")
            elif step.startswith("|"):
                title = step[1:]
                if not title.isdigit():
                    nouns.append(title)
            elif index == 0 or step:
                nouns.append(step)
        return nouns


@dataclass
class _Shape:
    schema: dict[str, Json]
    locations: list[Location] = field(default_factory=list)
    titles: list[tuple[str, Location]] = field(default_factory=list)
    index: int = 0
    name: str = ""


def pascal(text: str) -> str:
    words = re.split(r"[^A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))
    # SCREAMING_CASE words read as words: ANY_ENTITY_CHANGE → AnyEntityChange.
    name = "".join(
        (w.capitalize() if w.isupper() and len(w) > 1 else w[:1].upper() + w[1:])
        for w in words
        if w
    )
    return name if not name[:1].isdigit() else f"N{name}"


def _sane_title(title: str) -> str | None:
    title = title.strip()
    if "/" in title:  # "/schemas/entitiesQuery" → "entitiesQuery"
        title = title.rstrip("/").rsplit("/", 1)[-1]
    if not title or len(title) > 40 or not re.fullmatch(r"[A-Za-z][A-Za-z0-9 _()-]*", title):
        return None
    return pascal(title.replace("(", " ").replace(")", " "))


class _Hoister:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.shapes: dict[str, _Shape] = {}
        self.order: list[_Shape] = []

    def visit(self, schema: Json, loc: Location) -> Json:
        if not isinstance(schema, dict) or "$ref" in schema:
            return schema
        for key in ("properties", "patternProperties"):
            if isinstance(schema.get(key), dict):
                schema[key] = {n: self.visit(s, loc.child(n)) for n, s in schema[key].items()}
        if isinstance(schema.get("items"), dict):
            schema["items"] = self.visit(schema["items"], loc.child("[]"))
        if isinstance(schema.get("additionalProperties"), dict):
            schema["additionalProperties"] = self.visit(
                schema["additionalProperties"], loc.child("{}")
            )
        for key in ("oneOf", "anyOf", "allOf"):
            if isinstance(schema.get(key), list):
                schema[key] = [
                    self.visit(
                        m, loc.child("|" + str(m.get("title") or i) if isinstance(m, dict) else "|")
                    )
                    for i, m in enumerate(schema[key])
                ]
        # Validation-only keywords (if/then/not) keep their subschemas inline: the generator drops
        # them, and hoisting would leave it orphan components to model.
        if not self._hoistable(schema):
            return schema
        key = json.dumps(
            {k: v for k, v in schema.items() if k not in _IGNORED_IN_SHAPE}, sort_keys=True
        )
        shape = self.shapes.get(key)
        if shape is None:
            shape = _Shape({k: v for k, v in schema.items() if k != "title"}, index=len(self.order))
            self.shapes[key] = shape
            self.order.append(shape)
        shape.locations.append(loc)
        if isinstance(schema.get("title"), str):
            shape.titles.append((schema["title"], loc))
        return {"$ref": f"{_PLACEHOLDER}{shape.index}"}

    @staticmethod
    def _hoistable(schema: dict[str, Json]) -> bool:
        if schema.get("type") == "object":
            return True
        return schema.get("type") == "string" and isinstance(schema.get("enum"), list)


def hoist_schemas(
    doc: dict[str, Json],
    report: Report,
    *,
    names_path: Path = NAMES_PATH,
    secondary_ops: frozenset[str] = frozenset(),
) -> dict[str, Json]:
    """Replace inline object and enum schemas by `$ref`s to one named component per shape.

    Names are chosen from the places a shape stands in, those in `secondary_ops` (operations
    taken from an older source) last: adding a source does not rename the models of the newest.
    """
    from codegen.normalize import operations

    overrides = _load_overrides(names_path)
    hoister = _Hoister(report)
    components: dict[str, Json] = doc.setdefault("components", {}).setdefault("schemas", {})
    aliases: dict[str, str] = {}  # original component ref → placeholder ref
    kept: dict[str, Json] = {}
    for name, schema in list(components.items()):
        hint = _sane_title(str(schema.get("title", ""))) or pascal(name)
        result = hoister.visit(schema, Location(f"component {hint}"))
        if "$ref" in result and result["$ref"].startswith(_PLACEHOLDER):
            aliases[_COMPONENT_PREFIX + name] = result["$ref"]
        else:
            kept[name] = result
    for _, _, op in operations(doc):
        op_id = op["operationId"]
        for param in op.get("parameters", []):
            if isinstance(param.get("schema"), dict):
                param["schema"] = hoister.visit(
                    param["schema"], Location(f"{op_id} param", (param.get("name", ""),))
                )
        for media in op.get("requestBody", {}).get("content", {}).values():
            if isinstance(media.get("schema"), dict):
                media["schema"] = hoister.visit(media["schema"], Location(f"{op_id} body"))
        for status, response in op.get("responses", {}).items():
            for media in (response.get("content") or {}).values():
                if isinstance(media.get("schema"), dict):
                    media["schema"] = hoister.visit(media["schema"], Location(f"{op_id} {status}"))

    names = _assign_names(hoister.order, overrides, reserved=set(kept), secondary_ops=secondary_ops)
    for shape in hoister.order:
        shape.name = names[id(shape)]
    refs = {f"{_PLACEHOLDER}{i}": _COMPONENT_PREFIX + s.name for i, s in enumerate(hoister.order)}
    refs.update({alias: refs[target] for alias, target in aliases.items()})
    final: dict[str, Json] = {}
    renamed_kept = {}
    for name, schema in kept.items():
        new_name = pascal(_sane_title(str(schema.get("title", ""))) or name)
        renamed_kept[_COMPONENT_PREFIX + name] = _COMPONENT_PREFIX + new_name
        final[new_name] = schema
    refs.update(renamed_kept)
    for shape in hoister.order:
        final[shape.name] = shape.schema
    doc["components"]["schemas"] = dict(sorted(final.items()))
    _rewrite_refs(doc, refs)
    report.count("distinct object and enum shapes hoisted", len(hoister.order))
    report.count(
        "inline object and enum schemas replaced by a $ref",
        sum(len(s.locations) for s in hoister.order),
    )
    unused = set(overrides) - {s.name for s in hoister.order}
    for name in sorted(unused):
        report.note(
            f"openapi/schemas.yaml names {name!r} at {overrides[name]!r}, which matched no shape"
        )
    return doc


def load_names_config(path: Path = NAMES_PATH) -> dict[str, Any]:
    """openapi/schemas.yaml: `names` (location → name) and `input_only` (Port schema ids)."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return data if isinstance(data, dict) else {}


def _load_overrides(path: Path) -> dict[str, str]:
    names = load_names_config(path).get("names") or {}
    return {str(k): str(v) for k, v in names.items()}


def _assign_names(
    shapes: list[_Shape],
    overrides: dict[str, str],
    *,
    reserved: set[str],
    secondary_ops: frozenset[str] = frozenset(),
) -> dict[int, str]:
    taken = set(reserved)
    names: dict[int, str] = {}
    # Placeholder ref → enum values, so naming can see through the $refs to a variant's tag.
    enums = {f"{_PLACEHOLDER}{s.index}": s.schema["enum"] for s in shapes if "enum" in s.schema}
    by_location = {loc: name for name, loc in overrides.items()}
    for shape in shapes:
        for loc in shape.locations:
            if str(loc) in by_location and by_location[str(loc)] not in taken:
                names[id(shape)] = by_location[str(loc)]
                taken.add(names[id(shape)])
                break

    def primary(shape: _Shape) -> list[Location]:
        return [loc for loc in shape.locations if loc.origin.split()[0] not in secondary_ops]

    # Widely shared shapes first, so the resource models get the short names; a shape only an
    # older source's operations use comes after every shape of the newest.
    ordered = sorted(
        (s for s in shapes if id(s) not in names),
        key=lambda s: (
            not primary(s),
            -len(primary(s) or s.locations),
            min(str(loc) for loc in primary(s) or s.locations),
        ),
    )
    for shape in ordered:
        candidates = _candidates(shape, enums, first=primary(shape))
        name = next((c for c in candidates if c and c not in taken), None)
        if name is None:
            base = candidates[-1] or "Schema"
            n = 2
            while f"{base}{n}" in taken:
                n += 1
            name = f"{base}{n}"
        names[id(shape)] = name
        taken.add(name)
    return names


def _candidates(
    shape: _Shape, enums: dict[str, list[Json]], *, first: list[Location] | None = None
) -> list[str]:
    """Names for a shape, best first. With `first` (the newest source's places), every name
    those places give, the last resort included, comes before any an older source's places
    give."""
    preferred = sorted(first or [], key=str)
    rest = sorted((loc for loc in shape.locations if loc not in preferred), key=str)
    candidates: list[str] = []
    for group in (g for g in (preferred, rest) if g):
        titles = [t for t, loc in shape.titles if loc in group]
        candidates += [t for t in (_sane_title(t) for t in titles) if t]
        candidates += _place_names(shape, enums, group)
    if "enum" in shape.schema:
        values = [v for v in shape.schema["enum"] if isinstance(v, str)]
        if len(values) == 1:
            candidates.insert(0, pascal(values[0]) + "Literal")
    return candidates


def _place_names(
    shape: _Shape, enums: dict[str, list[Json]], locations: list[Location]
) -> list[str]:
    candidates: list[str] = []
    for loc in locations:
        nouns = loc.nouns()
        origin_words = loc.origin.split()
        if origin_words[0] == "component":
            candidates.append(pascal(origin_words[1]))
        if nouns:
            is_variant = bool(loc.steps) and loc.steps[-1].startswith("|")
            if is_variant and (tag := _discriminator(shape, enums)):
                candidates.append(pascal(tag) + pascal(nouns[-1]))
            for width in (1, 2, 3):
                if len(nouns) >= width:
                    candidates.append("".join(pascal(n) for n in nouns[-width:]))
        elif len(origin_words) == 2:
            op_id, where = origin_words
            if where == "body":
                candidates.append(pascal(op_id) + "Body")
            elif where.startswith("2"):
                # Port's envelope {"ok": true, <key>: …} is named after its key: BlueprintResponse.
                keys = [k for k in shape.schema.get("properties", {}) if k != "ok"]
                if len(keys) == 1:
                    candidates.append(pascal(keys[0]) + "Response")
                candidates.append(pascal(op_id) + "Response")
            elif where[:1] in "45":
                candidates.append("ErrorResponse")
    loc = locations[0]
    tail = "".join(pascal(n) for n in loc.nouns()) or "Schema"
    candidates.append(_origin_name(loc.origin) + tail)
    return candidates


def _origin_name(origin: str) -> str:
    """The last-resort prefix: `CreateBlueprintResponse`, `CreateBlueprintBody`, `EntitiesQuery`."""
    first, _, where = origin.partition(" ")
    if first == "component":
        return pascal(where)
    if where.startswith("2"):
        return pascal(first) + "Response"
    if where[:1] in ("4", "5"):
        return pascal(first) + "Error"
    return pascal(first) + pascal(where)


def _discriminator(shape: _Shape, enums: dict[str, list[Json]]) -> str | None:
    """The single value of a variant's `type`/`kind` property ("markdown" for a markdown widget)."""
    for key in ("type", "kind", "operator", "chartType"):
        prop = shape.schema.get("properties", {}).get(key)
        if isinstance(prop, dict):
            values = prop.get("enum") or enums.get(prop.get("$ref", ""))
            if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
                return values[0]
    return None


def _rewrite_refs(node: Json, refs: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in refs:
            node["$ref"] = refs[ref]
        for value in node.values():
            _rewrite_refs(value, refs)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, refs)


def referenced_components(roots: list[Json], components: dict[str, Json]) -> set[str]:
    """Names of the components reachable from roots, following `$ref`s transitively."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_COMPONENT_PREFIX):
                name = ref[len(_COMPONENT_PREFIX) :]
                if name not in seen and name in components:
                    seen.add(name)
                    stack.append(components[name])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return seen


def merge_identical_components(
    doc: dict[str, Json], report: Report, *, preferred: frozenset[str] = frozenset()
) -> None:
    """Merge components that became identical (the lenient copy drops what told them apart).

    Repeats until nothing changes, since merging two children can make their parents equal. A
    `preferred` name survives (the newest source's), then the shortest, then the alphabetically
    first, so `ErrorResponse` beats `AddActionRunLogN404Schema`.
    """
    schemas: dict[str, Json] = doc["components"]["schemas"]
    while True:
        groups: dict[str, list[str]] = {}
        for name, schema in schemas.items():
            groups.setdefault(json.dumps(schema, sort_keys=True), []).append(name)
        refs: dict[str, str] = {}
        for names in groups.values():
            if len(names) > 1:
                keep, *drop = sorted(names, key=lambda n: (n not in preferred, len(n), n))
                for name in drop:
                    refs[_COMPONENT_PREFIX + name] = _COMPONENT_PREFIX + keep
                    del schemas[name]
        if not refs:
            return
        report.count("identical components merged (generator copy)", len(refs))
        _rewrite_refs(doc, refs)


def strip_titles(doc: dict[str, Json], report: Report) -> None:
    """Titles steer the generator's class names; the components' names are the names now."""
    from codegen.doc import _all_schemas, walk_schemas

    def visit(schema: dict[str, Json]) -> None:
        if isinstance(schema.get("title"), str):
            del schema["title"]
            report.count("schema title removed (component names name the models)")

    for root in _all_schemas(doc):
        walk_schemas(root, visit)
