"""Entity search: Port's rule language compiled to predicates, and cursor pagination."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
from collections.abc import Callable, Iterable
from typing import Any

from pyport.testing._app import Call, Reply, Route, ok
from pyport.testing._errors import ApiError, invalid, not_found
from pyport.testing._state import EntityKey, Json, State, parse_iso

Predicate = Callable[[str, Json], bool]

DAY = 86400.0
_META = {
    "$identifier": "identifier",
    "$title": "title",
    "$icon": "icon",
    "$blueprint": "blueprint",
    "$team": "team",
    "$createdAt": "createdAt",
    "$updatedAt": "updatedAt",
    "$createdBy": "createdBy",
    "$updatedBy": "updatedBy",
}
# preset -> (start offset, end offset) in days from now; "today"-like presets are calendar days.
_PRESETS = {
    "lastDay": (-1, 0),
    "lastWeek": (-7, 0),
    "last2Weeks": (-14, 0),
    "lastMonth": (-30, 0),
    "last3Months": (-90, 0),
    "last6Months": (-180, 0),
    "last12Months": (-365, 0),
    "last2Years": (-730, 0),
    "last3Years": (-1095, 0),
    "nextDay": (0, 1),
    "nextWeek": (0, 7),
    "next2Weeks": (0, 14),
    "nextMonth": (0, 30),
    "next3Months": (0, 90),
    "next6Months": (0, 180),
    "next12Months": (0, 365),
}
_CALENDAR = {"yesterday": -1, "today": 0, "tomorrow": 1}


def _unsupported(what: str) -> ApiError:
    return ApiError(501, "not_implemented", f"The Port simulator does not implement {what}")


def _getter(state: State, name: Any) -> Callable[[Json], Any]:
    if isinstance(name, dict):
        raise _unsupported("search rules with a property context")
    if not isinstance(name, str):
        raise invalid("body/rules/property must be string")
    field = _META.get(name)
    if field is not None:
        return lambda entity: entity.get(field)
    if name == "$datasource":
        return lambda entity: _datasource(state, entity)
    if name.startswith("$"):
        # Port refuses a meta-property it does not have; matching it as empty would hide the
        # typo (and every entity would look unowned).
        known = ", ".join(sorted([*_META, "$datasource"]))
        raise invalid(f'"{name}" is not a meta-property Port can search by (known: {known})')

    def get(entity: Json) -> Any:
        relations = entity["relations"]
        if name in relations:
            return relations[name]
        return entity["properties"].get(name)

    return get


def _datasource(state: State, entity: Json) -> str | None:
    table = state.tables.get(entity["blueprint"])
    return table.sources.get(entity["identifier"]) if table is not None else None


def _empty(value: Any) -> bool:
    return value is None or value in ("", [], {})


def _time(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        return parse_iso(value)
    return None


def _range(state: State, value: Any) -> tuple[float, float]:
    if not isinstance(value, dict):
        raise invalid("a date rule value must be {from, to} or {preset}")
    if "preset" in value:
        preset, now = value["preset"], state.now()
        if preset in _CALENDAR:
            start = math.floor(now / DAY) * DAY + _CALENDAR[preset] * DAY
            return start, start + DAY
        if preset in _PRESETS:
            low, high = _PRESETS[preset]
            return now + low * DAY, now + high * DAY
        raise invalid(f'unknown date preset "{preset}"')
    if "property" in value:
        raise _unsupported("date ranges from a property context")
    begin, finish = _time(value.get("from")), _time(value.get("to"))
    if begin is None or finish is None:
        raise invalid("a date range needs ISO 8601 `from` and `to`")
    return begin, finish


def _compare(op: str, actual: Any, expected: Any) -> bool:
    if actual is None or isinstance(actual, (list, dict)):
        return False
    if isinstance(expected, str) and not isinstance(actual, (int, float)):
        left, right = _time(actual), _time(expected)
        if left is None or right is None:
            left, right = str(actual), expected  # type: ignore[assignment]
    elif isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        left, right = actual, expected
    else:
        return False
    if op == ">":
        return bool(left > right)  # type: ignore[operator]
    if op == ">=":
        return bool(left >= right)  # type: ignore[operator]
    if op == "<":
        return bool(left < right)  # type: ignore[operator]
    return bool(left <= right)  # type: ignore[operator]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _string_op(op: str, expected: Any) -> Callable[[Any], bool]:
    if isinstance(expected, dict):
        raise _unsupported("rule values from a property context")
    if op == "=":
        return lambda a: a == expected or (isinstance(a, list) and expected in a)
    if op == "!=":
        return lambda a: not (a == expected or (isinstance(a, list) and expected in a))
    if op == "contains":
        return lambda a: (
            expected in a if isinstance(a, list) else isinstance(a, str) and str(expected) in a
        )
    if op in ("doesNotContain", "doesNotContains"):
        return lambda a: (
            not (
                expected in a if isinstance(a, list) else isinstance(a, str) and str(expected) in a
            )
        )
    if op == "containsAny":
        wanted = _as_list(expected)
        return lambda a: (
            any(w in a for w in wanted)
            if isinstance(a, list)
            else isinstance(a, str) and any(str(w) in a for w in wanted)
        )
    if op == "beginsWith":
        return lambda a: isinstance(a, str) and a.startswith(str(expected))
    if op in ("doesNotBeginWith", "doesNotBeginsWith"):
        return lambda a: not (isinstance(a, str) and a.startswith(str(expected)))
    if op == "endsWith":
        return lambda a: isinstance(a, str) and a.endswith(str(expected))
    if op in ("doesNotEndWith", "doesNotEndsWith"):
        return lambda a: not (isinstance(a, str) and a.endswith(str(expected)))
    if op == "in":
        wanted = _as_list(expected)
        return lambda a: any(v in wanted for v in a) if isinstance(a, list) else a in wanted
    if op == "notIn":
        wanted = _as_list(expected)
        return lambda a: not (any(v in wanted for v in a) if isinstance(a, list) else a in wanted)
    raise invalid(f"unknown search operator {json.dumps(op)}")


def _related(state: State, rule: Json) -> Predicate:
    blueprint = rule.get("blueprint")
    if not isinstance(blueprint, str):
        raise invalid("relatedTo needs a blueprint")
    if blueprint not in state.blueprints:
        raise not_found("Blueprint", blueprint)
    starts = [(blueprint, v) for v in _as_list(rule.get("value"))]
    direction = rule.get("direction")
    required = bool(rule.get("required", False))
    found: set[EntityKey] = set()
    if direction in (None, "upstream"):
        found |= _walk(state, starts, upstream=True, required=required)
    if direction in (None, "downstream"):
        found |= _walk(state, starts, upstream=False, required=required)
    found -= set(starts)
    return lambda bp, entity: (bp, entity["identifier"]) in found


def _edges(state: State, key: EntityKey, *, upstream: bool, required: bool) -> Iterable[EntityKey]:
    if upstream:
        entity = state.tables.get(key[0], None)
        source = entity.entities.get(key[1]) if entity else None
        if source is None:
            return
        definitions = state.blueprints[key[0]]["relations"]
        for name, value in source["relations"].items():
            definition = definitions.get(name)
            if definition is None or (required and not definition.get("required")):
                continue
            for item in _as_list(value):
                yield (definition["target"], item)
        return
    for source_key in state.incoming.get(key, ()):
        if not required:
            yield source_key
            continue
        source = state.tables[source_key[0]].entities[source_key[1]]
        definitions = state.blueprints[source_key[0]]["relations"]
        if any(
            definitions.get(name, {}).get("required")
            and definitions[name]["target"] == key[0]
            and key[1] in _as_list(value)
            for name, value in source["relations"].items()
        ):
            yield source_key


def _walk(
    state: State, starts: list[EntityKey], *, upstream: bool, required: bool
) -> set[EntityKey]:
    seen: set[EntityKey] = set()
    stack = list(starts)
    while stack:
        key = stack.pop()
        for nxt in _edges(state, key, upstream=upstream, required=required):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def compile_rule(state: State, rule: Any) -> Predicate:
    """Compile one rule or rule group into a predicate over (blueprint, entity)."""
    if not isinstance(rule, dict):
        raise invalid("a search rule must be an object")
    if "combinator" in rule or "rules" in rule:
        combinator = rule.get("combinator", "and")
        rules = rule.get("rules")
        if combinator not in ("and", "or") or not isinstance(rules, list):
            raise invalid("a rule group needs combinator and|or and a rules array")
        parts = [compile_rule(state, r) for r in rules]
        if combinator == "and":
            return lambda bp, e: all(p(bp, e) for p in parts)
        return lambda bp, e: any(p(bp, e) for p in parts)
    op = rule.get("operator")
    if op == "relatedTo":
        return _related(state, rule)
    if "scorecard" in rule or "propertySchema" in rule or op == "matchAny":
        raise _unsupported(f"search rules of this kind (operator {json.dumps(op)})")
    get = (
        _relation_getter(state, rule)
        if "relation" in rule
        else _getter(state, rule.get("property"))
    )
    value = rule.get("value")
    if op in ("isEmpty", "isNotEmpty"):
        want = op == "isEmpty"
        return lambda bp, e: _empty(get(e)) == want
    if op in ("isExpired", "isNotExpired"):
        want = op == "isExpired"

        def expired(bp: str, e: Json) -> bool:
            moment = _time(get(e))
            return moment is not None and (moment <= state.now()) == want

        return expired
    if op in ("between", "notBetween") or (op == "=" and isinstance(value, dict)):
        low, high = _range(state, value)
        inside = op != "notBetween"

        def between(bp: str, e: Json) -> bool:
            moment = _time(get(e))
            return moment is not None and (low <= moment <= high) == inside

        return between
    if op in (">", ">=", "<", "<="):
        if isinstance(value, dict):
            raise _unsupported("rule values from a property context")
        return lambda bp, e: _compare(op, get(e), value)
    if not isinstance(op, str):
        raise invalid("a search rule needs an operator")
    test = _string_op(op, value)
    return lambda bp, e: test(get(e))


def _relation_getter(state: State, rule: Json) -> Callable[[Json], Any]:
    name = rule["relation"]
    target_property = rule.get("targetProperty", "$identifier")
    if target_property == "$identifier":
        return lambda e: e["relations"].get(name)

    def titles(e: Json) -> Any:
        definition = state.blueprints[e["blueprint"]]["relations"].get(name)
        value = e["relations"].get(name)
        if definition is None or value is None:
            return None
        table = state.tables.get(definition["target"])
        found = [
            table.entities[v].get("title") for v in _as_list(value) if table and v in table.entities
        ]
        return found if isinstance(value, list) else (found[0] if found else None)

    return titles


def find(state: State, query: Any, *, blueprint: str | None = None) -> list[Json]:
    """Every entity (of `blueprint`, or of all blueprints) matching `query`."""
    predicate = compile_rule(state, query)
    tables = (
        [(blueprint, state.tables.get(blueprint))]
        if blueprint is not None
        else list(state.tables.items())
    )
    return [
        entity
        for bp, table in tables
        if table is not None
        for entity in table.entities.values()
        if predicate(bp, entity)
    ]


def project(entity: Json, include: list[str] | None, exclude: list[str] | None) -> Json:
    """Keep only `include` fields / drop `exclude` fields (`properties.x`, `relations.y`...)."""
    if not include and not exclude:
        return entity
    if include:
        result: Json = {}
        for path in include:
            head, _, rest = path.partition(".")
            if head not in entity:
                continue
            if rest and isinstance(entity[head], dict):
                if rest in entity[head]:
                    result.setdefault(head, {})[rest] = entity[head][rest]
            else:
                result[head] = entity[head]
    else:
        result = dict(entity)
    for path in exclude or ():
        head, _, rest = path.partition(".")
        if rest and isinstance(result.get(head), dict):
            result[head] = {k: v for k, v in result[head].items() if k != rest}
        else:
            result.pop(head, None)
    return result


def _fields(call: Call, name: str) -> list[str] | None:
    return call.query.get(name) or call.query.get(name + "[]")


def search(state: State, call: Call) -> Reply:
    body = call.json()
    matches = find(state, body)
    include, exclude = _fields(call, "include"), _fields(call, "exclude")
    blueprints = sorted({e["blueprint"] for e in matches})
    return ok(
        entities=[project(e, include, exclude) for e in matches],
        matchingBlueprints=blueprints,
    )


def _cursor(seq: int, fingerprint: str) -> str:
    raw = json.dumps({"after": seq, "q": fingerprint}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _uncursor(value: str, fingerprint: str) -> int:
    try:
        padded = value + "=" * (-len(value) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        seq = int(data["after"])
        same = data["q"] == fingerprint
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise invalid("body/from is not a cursor this search returned") from None
    if not same:
        raise invalid("body/from belongs to a different search")
    return seq


def search_blueprint(state: State, call: Call) -> Reply:
    bp = call.params["blueprint_identifier"]
    if bp not in state.blueprints:
        raise not_found("Blueprint", bp)
    body = call.body if isinstance(call.body, dict) else {}
    limit = body.get("limit", 200)
    if isinstance(limit, bool) or not isinstance(limit, (int, float)) or not 1 <= limit <= 1000:
        raise invalid("body/limit must be between 1 and 1000")
    query = body.get("query")
    predicate: Predicate = compile_rule(state, query) if query else (lambda b, e: True)
    fingerprint = hashlib.blake2b(
        json.dumps([bp, query], sort_keys=True).encode(), digest_size=6
    ).hexdigest()
    after = _uncursor(body["from"], fingerprint) if body.get("from") else 0
    include, exclude = body.get("include"), body.get("exclude")
    page: list[Json] = []
    last = after
    more = False
    table = state.tables.get(bp)
    for seq, entity in table.after(after) if table else ():
        if not predicate(bp, entity):
            continue
        if len(page) == int(limit):
            more = True
            break
        page.append(project(entity, include, exclude))
        last = seq
    payload: Json = {"entities": page}
    if more:
        payload["next"] = _cursor(last, fingerprint)
    return ok(**payload)


ROUTES = [
    Route("POST", "/v1/entities/search", search),
    Route("POST", "/v1/blueprints/{blueprint_identifier}/entities/search", search_blueprint),
]
