"""The restore planner: what must be created, updated and deleted to make a target match a
source, computed from reads only (a dry run is the plan alone)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field

from pyport.admin._errors import RestoreError
from pyport.admin._kinds import (
    ENTITIES,
    PAGE_PATCHABLE,
    PERMISSIONS,
    RELATION_DEPENDENT,
    RESTORED_KINDS,
    Json,
    blueprint_of,
    computed_names,
    digest,
    entity_body,
    key_of,
    writable,
)
from pyport.admin._permissions import RESOURCES, patch_body, permissions_of, split_key
from pyport.admin._progress import Reporter
from pyport.admin._secrets import path_text, resolve
from pyport.admin._source import LiveSource, Source, count_entities, in_scope

_SAMPLE = 5
_NOT_RESTORED = {
    "users": "users are invited, not restored (an invitation sends e-mail)",
    "integrations": "integrations are installed by their Ocean agents, not restored",
    "secrets": "secret values are never in a snapshot",
    "organization": "organization settings are not copied between organizations",
}


@dataclass
class KindPlan:
    """Identifiers to create, update and delete for one kind (or one blueprint's entities)."""

    create: list[str] = field(default_factory=list)
    update: list[str] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def writes(self) -> int:
        return len(self.create) + len(self.update) + len(self.delete)

    def summary(self) -> str:
        parts = [f"{len(self.create)} to create", f"{len(self.update)} to update"]
        if self.delete:
            parts.append(f"{len(self.delete)} to delete")
        parts.append(f"{self.unchanged} unchanged")
        return ", ".join(parts)


@dataclass
class RestorePlan:
    """What a restore would do: per kind, and per blueprint for entities."""

    mode: str
    kinds: dict[str, KindPlan] = field(default_factory=dict)
    entities: dict[str, KindPlan] = field(default_factory=dict)
    not_restored: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    """What the restore cannot do as asked (a mirror cannot remove permissions)."""
    secrets_left_out: list[str] = field(default_factory=list)
    """Secret fields the source holds only as placeholders and the target does not hold
    ("actions/deploy: invocationMethod.headers.X-Api-Key"): never written as placeholders,
    so left out; set them in Port after the restore. (Where the target holds a value, it is
    kept.)"""

    @property
    def writes(self) -> int:
        """How many objects would be written (created, updated or deleted)."""
        return sum(p.writes for p in self.kinds.values()) + sum(
            p.writes for p in self.entities.values()
        )

    @property
    def is_empty(self) -> bool:
        return self.writes == 0

    def totals(self) -> dict[str, dict[str, int]]:
        """{kind: {"create": n, "update": n, "delete": n}}, entities summed over blueprints."""
        result = {
            kind: {"create": len(p.create), "update": len(p.update), "delete": len(p.delete)}
            for kind, p in self.kinds.items()
        }
        result[ENTITIES] = {
            verb: sum(len(getattr(p, verb)) for p in self.entities.values())
            for verb in ("create", "update", "delete")
        }
        return result

    def to_text(self) -> str:
        lines = [f"restore plan ({self.mode}): {self.writes} writes"]
        for kind, plan in self.kinds.items():
            lines.append(f"  {kind}: {plan.summary()}")
            lines.extend(_samples(plan))
        for blueprint, plan in self.entities.items():
            lines.append(f"  entities of {blueprint}: {plan.summary()}")
            lines.extend(_samples(plan))
        for kind, reason in self.not_restored.items():
            lines.append(f"  {kind}: not restored ({reason})")
        lines.extend(f"  note: {note}" for note in self.notes)
        if self.secrets_left_out:
            lines.append(
                f"  secrets left out ({len(self.secrets_left_out)}; the source holds only "
                "placeholders and the target no value: set them in Port after the restore):"
            )
            lines.extend(f"    {where}" for where in self.secrets_left_out)
        return "\n".join(lines)


def _samples(plan: KindPlan) -> Iterator[str]:
    for sign, ids in (("+", plan.create), ("~", plan.update), ("-", plan.delete)):
        if ids:
            more = f" … and {len(ids) - _SAMPLE} more" if len(ids) > _SAMPLE else ""
            yield f"    {sign} {', '.join(ids[:_SAMPLE])}{more}"


@dataclass
class EntityWork:
    """One blueprint's entity work: identifiers per pass, and what a write must leave out."""

    create: set[str]
    second_pass: set[str]
    extras: list[str]
    first_relations: frozenset[str]
    """Relations sent in the first pass: required ones, and those to blueprints before it."""
    create_missing: bool
    """Whether the first pass must create related entities (required relations) as stubs."""
    computed: frozenset[str]


@dataclass
class ObjectWork:
    """A non-entity kind: the bodies to write, and what the target holds (projected)."""

    desired: dict[str, Json]
    current: dict[str, Json]
    blueprints: dict[str, str | None]
    plan: KindPlan


@dataclass
class Work:
    """Everything the executor needs, computed by `make_plan`."""

    plan: RestorePlan
    desired_blueprints: dict[str, Json]
    current_blueprints: dict[str, Json]
    raw_current_blueprints: dict[str, Json]
    delete_blueprints: list[str]
    entities: dict[str, EntityWork]
    objects: dict[str, ObjectWork]
    warnings: list[str]


def base_blueprint(blueprint: Json) -> Json:
    """A blueprint without its relations and what depends on them (the first restore step)."""
    return {k: v for k, v in blueprint.items() if k not in ("relations", *RELATION_DEPENDENT)}


def merge_blueprint(current: Json, incoming: Json) -> Json:
    """`incoming` laid over `current`: properties and relations only `current` has are kept."""
    merged = {**copy.deepcopy(current), **copy.deepcopy(incoming)}
    schema_now, schema_in = current.get("schema") or {}, incoming.get("schema") or {}
    schema = {**schema_now, **schema_in}
    schema["properties"] = {**schema_now.get("properties", {}), **schema_in.get("properties", {})}
    required = list(schema_in.get("required", []))
    required += [r for r in schema_now.get("required", []) if r not in required]
    schema["required"] = required
    merged["schema"] = schema
    for part in ("relations", "mirrorProperties", "calculationProperties", "aggregationProperties"):
        merged[part] = {**(current.get(part) or {}), **(incoming.get(part) or {})}
    return merged


def first_pass(body: Json, allowed: frozenset[str]) -> Json:
    """An entity's first write: only the relations whose targets exist by then, or empty ones."""
    relations = body.get("relations")
    if not isinstance(relations, dict):
        return body
    kept = {k: v for k, v in relations.items() if k in allowed or v is None or v == []}
    return {**body, "relations": kept}


def pass_order(desired: dict[str, Json], names: list[str], sizes: dict[str, int]) -> list[str]:
    """Blueprints ordered so relation targets come first where no cycle prevents it.

    Where a cycle forces a choice, the blueprint with more entities goes after the others, so
    fewer entities need their relations written in a second pass.
    """
    order: list[str] = []
    state: dict[str, str] = {}

    def visit(name: str) -> None:
        state[name] = "visiting"
        for relation in (desired[name].get("relations") or {}).values():
            target = relation.get("target") if isinstance(relation, dict) else None
            if isinstance(target, str) and target in desired and target not in state:
                visit(target)
        state[name] = "done"
        order.append(name)

    for name in sorted(names, key=lambda n: (-sizes.get(n, 0), n)):
        if name not in state:
            visit(name)
    wanted = set(names)
    return [name for name in order if name in wanted]


def compare_form(kind: str, obj: Json) -> Json:
    """The fields a restore can set, so equal means "nothing to write"."""
    projected = writable(kind, obj)
    if kind == "pages":
        return {k: projected[k] for k in ("identifier", *PAGE_PATCHABLE) if k in projected}
    return projected


def _left_out(plan: RestorePlan, kind: str, key: str, body: Json, current: Json | None) -> Json:
    """`body` without the placeholders the target cannot fill, which the plan then lists."""
    resolved, left_out = resolve(body, current)
    plan.secrets_left_out.extend(f"{kind}/{key}: {path_text(path)}" for path in left_out)
    return resolved


def make_plan(source: Source, target: LiveSource, *, mode: str, report: Reporter) -> Work:
    """Read both sides and decide every write. Sends no write."""
    plan = RestorePlan(mode=mode)
    warnings: list[str] = []
    scope = source.scope
    report("plan", "blueprints", 0, None)
    src_bps = {key_of("blueprints", b): b for b in source.objects("blueprints") or []}
    raw_current = {key_of("blueprints", b): b for b in target.objects("blueprints") or []}
    current = {k: writable("blueprints", b) for k, b in raw_current.items()}
    desired: dict[str, Json] = {}
    bp_plan = KindPlan()
    for identifier, blueprint in src_bps.items():
        wanted = writable("blueprints", blueprint)
        if identifier in current and mode == "merge":
            wanted = merge_blueprint(current[identifier], wanted)
        wanted = _left_out(plan, "blueprints", identifier, wanted, current.get(identifier))
        desired[identifier] = wanted
        if identifier not in current:
            bp_plan.create.append(identifier)
        elif current[identifier] != wanted:
            bp_plan.update.append(identifier)
        else:
            bp_plan.unchanged += 1
    delete_bps: list[str] = []
    if mode == "mirror":
        delete_bps = sorted(
            k
            for k, b in raw_current.items()
            if k not in desired and in_scope("blueprints", b, scope)
        )
        bp_plan.delete = list(delete_bps)
    _check_relation_targets(desired, kept=set(current) - set(delete_bps), source=source)
    plan.kinds["blueprints"] = bp_plan

    entities: dict[str, EntityWork] = {}
    held = [bp for bp in source.entity_blueprints() if bp in desired]
    names = pass_order(desired, held, {bp: source.entity_count(bp) for bp in held})
    for index, name in enumerate(names):
        report("plan", ENTITIES, index, len(names), blueprint=name)
        work, kind_plan = _plan_entities(
            source,
            target=target,
            blueprint=name,
            desired=desired[name],
            current_raw=raw_current.get(name),
            mode=mode,
            earlier=frozenset(names[:index]),
        )
        entities[name] = work
        plan.entities[name] = kind_plan
    for name in delete_bps:
        doomed = count_entities(target.port, name) or 0
        plan.entities[name] = KindPlan(delete=[f"(all {doomed} entities)"] if doomed else [])

    objects: dict[str, ObjectWork] = {}
    for kind in RESTORED_KINDS:
        report("plan", kind, 0, None)
        work_or_reason = _plan_objects(
            kind, source=source, target=target, mode=mode, scope=scope, plan=plan
        )
        if isinstance(work_or_reason, str):
            plan.not_restored[kind] = work_or_reason
            continue
        objects[kind] = work_or_reason
        plan.kinds[kind] = work_or_reason.plan
    report("plan", PERMISSIONS, 0, None)
    exists = {
        "blueprint": set(desired) | (set(raw_current) - set(delete_bps)),
        "action": _after_restore("actions", objects, target),
        "page": _after_restore("pages", objects, target),
    }
    permissions = _plan_permissions(
        source, target=target, mode=mode, exists=exists, warnings=warnings, plan=plan
    )
    if isinstance(permissions, str):
        plan.not_restored[PERMISSIONS] = permissions
    else:
        objects[PERMISSIONS] = permissions
        plan.kinds[PERMISSIONS] = permissions.plan
    for kind, reason in _NOT_RESTORED.items():
        if source.objects(kind):
            plan.not_restored[kind] = reason
    return Work(
        plan=plan,
        desired_blueprints=desired,
        current_blueprints=current,
        raw_current_blueprints=raw_current,
        delete_blueprints=delete_bps,
        entities=entities,
        objects=objects,
        warnings=warnings,
    )


def _check_relation_targets(desired: dict[str, Json], *, kept: set[str], source: Source) -> None:
    missing = []
    for identifier, blueprint in desired.items():
        for name, relation in (blueprint.get("relations") or {}).items():
            target = relation.get("target") if isinstance(relation, dict) else None
            if target not in desired and target not in kept:
                missing.append(f"{identifier}.{name} → {target}")
    if missing:
        raise RestoreError(
            f"relations point at blueprints neither {source.describe()} nor the target holds: "
            + ", ".join(missing)
            + " (include those blueprints, or create them first); nothing was written"
        )


def _plan_entities(
    source: Source,
    *,
    target: LiveSource,
    blueprint: str,
    desired: Json,
    current_raw: Json | None,
    mode: str,
    earlier: frozenset[str],
) -> tuple[EntityWork, KindPlan]:
    computed = computed_names(desired, current_raw)
    relations = {
        name: relation
        for name, relation in (desired.get("relations") or {}).items()
        if isinstance(relation, dict)
    }
    required = frozenset(name for name, r in relations.items() if r.get("required"))
    allowed = required | {name for name, r in relations.items() if r.get("target") in earlier}
    existing: dict[str, bytes] = {}
    if current_raw is not None:
        for entity in target.entities(blueprint):
            existing[str(entity.get("identifier"))] = digest(entity_body(entity, computed))
    plan = KindPlan()
    second: set[str] = set()
    seen: set[str] = set()
    for entity in source.entities(blueprint):
        body = entity_body(entity, computed)
        identifier = str(body.get("identifier"))
        seen.add(identifier)
        found = existing.get(identifier)
        if found is None:
            plan.create.append(identifier)
            if first_pass(body, allowed) != body:
                second.add(identifier)
        elif found != digest(body):
            plan.update.append(identifier)
            second.add(identifier)
        else:
            plan.unchanged += 1
    if mode == "mirror":
        plan.delete = [i for i in existing if i not in seen]
    work = EntityWork(
        create=set(plan.create),
        second_pass=second,
        extras=list(plan.delete),
        first_relations=allowed,
        create_missing=bool(required),
        computed=computed,
    )
    return work, plan


def _plan_objects(
    kind: str,
    *,
    source: Source,
    target: LiveSource,
    mode: str,
    scope: frozenset[str] | None,
    plan: RestorePlan,
) -> ObjectWork | str:
    both = _read_both(kind, source, target)
    if isinstance(both, str):
        return both
    incoming, present = both
    current = {key_of(kind, o): o for o in present if in_scope(kind, o, scope)}
    desired: dict[str, Json] = {}
    owners: dict[str, str | None] = {}
    for obj in incoming:
        key = key_of(kind, obj)
        now = writable(kind, current[key]) if key in current else None
        desired[key] = _left_out(plan, kind, key, writable(kind, obj), now)
        owners[key] = blueprint_of(kind, obj)
    kind_plan = KindPlan()
    for key, body in desired.items():
        if key not in current:
            kind_plan.create.append(key)
        elif compare_form(kind, current[key]) != compare_form(kind, body):
            kind_plan.update.append(key)
        else:
            kind_plan.unchanged += 1
    if mode == "mirror":
        kind_plan.delete = sorted(k for k in current if k not in desired)
        for key in kind_plan.delete:
            owners[key] = blueprint_of(kind, current[key])
    return ObjectWork(desired=desired, current=current, blueprints=owners, plan=kind_plan)


def _read_both(
    kind: str, source: Source, target: LiveSource
) -> tuple[list[Json], list[Json]] | str:
    """The source's and the target's objects of `kind`, or why one of them has none."""
    incoming = source.objects(kind)
    if incoming is None:
        return source.skipped().get(kind, "not in the source")
    present = target.objects(kind)
    if present is None:
        return f"the target cannot be read: {target.skipped().get(kind, '?')}"
    return incoming, present


def _after_restore(kind: str, objects: dict[str, ObjectWork], target: LiveSource) -> set[str]:
    """Keys of `kind` the target holds once the restore is done."""
    now = {key_of(kind, o) for o in target.objects(kind) or []}
    work = objects.get(kind)
    if work is None:
        return now
    return set(work.desired) | (now - set(work.plan.delete))


def _plan_permissions(
    source: Source,
    *,
    target: LiveSource,
    mode: str,
    exists: dict[str, set[str]],
    warnings: list[str],
    plan: RestorePlan,
) -> ObjectWork | str:
    """PATCHes making each resource's permissions hold the source's.

    A PATCH replaces the top-level keys it carries and Port has no delete, so "differs" means
    a key of the source's permissions with another value on the target; keys only the target
    has stay, which a mirror reports in `notes`. Permissions of a resource that will not exist
    after the restore are left out with a warning.
    """
    both = _read_both(PERMISSIONS, source, target)
    if isinstance(both, str):
        return both
    incoming, present = both
    current = {key_of(PERMISSIONS, o): permissions_of(o) for o in present}
    desired: dict[str, Json] = {}
    kind_plan = KindPlan()
    kept: list[str] = []
    for obj in incoming:
        key = key_of(PERMISSIONS, obj)
        resource, identifier = split_key(key)
        if resource not in RESOURCES:
            warnings.append(f"permissions of {key} not restored: unknown resource {resource!r}")
            continue
        if identifier not in exists[resource]:
            warnings.append(
                f"permissions of {key} not restored: the {resource} {identifier!r} is neither "
                f"in {source.describe()} nor in the target"
            )
            continue
        body, unwritable = patch_body(resource, permissions_of(obj))
        body = _left_out(plan, PERMISSIONS, key, body, current.get(key))
        if unwritable:
            warnings.append(
                f"permissions of {key}: {', '.join(unwritable)} cannot be written (a {resource}'s "
                f"permissions take {', '.join(RESOURCES[resource][1])})"
            )
        have = current.get(key)
        desired[key] = body
        if not body:
            kind_plan.unchanged += 1
        elif have is None:
            kind_plan.create.append(key)
        elif any(have.get(k) != v for k, v in body.items()):
            kind_plan.update.append(key)
        else:
            kind_plan.unchanged += 1
        if have:
            extra = sorted(k for k in have if k not in body)
            if extra:
                kept.append(f"{key} ({', '.join(extra)})")
    for key, have in current.items():
        resource, identifier = split_key(key)
        if key not in desired and have and identifier in exists.get(resource, set()):
            kept.append(f"{key} (none in the source)")
    if mode == "mirror" and kept:
        shown = ", ".join(kept[:_SAMPLE])
        more = f" … and {len(kept) - _SAMPLE} more" if len(kept) > _SAMPLE else ""
        plan.notes.append(
            "a mirror cannot remove permissions (Port has no delete for them); the target "
            f"keeps: {shown}{more}"
        )
    return ObjectWork(desired=desired, current=current, blueprints={}, plan=kind_plan)
