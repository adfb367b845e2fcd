"""`pyport entities ...`: list, get, create, update, delete, search, count, upsert."""

from __future__ import annotations

import itertools
import json
from typing import Any

import click

from pyport.cli._exit import INTERRUPTED, PARTIAL, USAGE, CliError
from pyport.cli._inputs import RECORD_FORMATS, read_object, read_records
from pyport.cli._output import emit, emit_many, plain
from pyport.cli._progress import progress_bars
from pyport.cli._simulate import simulate_options
from pyport.cli._state import Globals, get_globals, global_options, refuse_without_terminal

COLUMNS = ("identifier", "title", "team")
_OPERATORS = (
    ("!=", "!="),
    (">=", ">="),
    ("<=", "<="),
    ("~", "contains"),
    (">", ">"),
    ("<", "<"),
    ("=", "="),
)


@click.group("entities")
@global_options
def entities() -> None:
    """Entities: the software catalog's objects, one blueprint at a time.

    \b
    Example:
      pyport entities search service --where tier=production
      pyport entities upsert service --file services.csv --map name=title
    """


@entities.command("list")
@click.argument("blueprint")
@global_options
def list_entities(blueprint: str) -> None:
    """List every entity of a blueprint (all pages).

    \b
    Example:
      pyport entities list service -o jsonl > services.jsonl
    """
    state = get_globals()
    with state.client() as port:
        emit_many(state, port.entities.iter_all(blueprint), columns=COLUMNS)


def where_rules(where: tuple[str, ...]) -> list[dict[str, Any]]:
    """`--where prop=value` (also !=, >, >=, <, <=, ~ for contains) as Port's search rules."""
    rules: list[dict[str, Any]] = []
    for clause in where:
        for token, operator in _OPERATORS:  # noqa: B007 - the match is used after the loop
            name, sep, raw = clause.partition(token)
            if sep and name:
                break
        else:
            raise CliError(
                f"--where {clause!r}: expected PROPERTY=VALUE (or !=, >, <, ~)", code=USAGE
            )
        try:
            value: Any = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        rules.append({"property": name.strip(), "operator": operator, "value": value})
    return rules


def _query(query: str | None, where: tuple[str, ...]) -> dict[str, Any] | None:
    rules = where_rules(where)
    if query is None:
        return {"combinator": "and", "rules": rules} if rules else None
    try:
        parsed = json.loads(query)
    except json.JSONDecodeError as error:
        raise CliError(f"--query is not JSON: {error}", code=USAGE) from None
    if not isinstance(parsed, dict) or "rules" not in parsed:
        raise CliError(
            '--query must be an object such as {"combinator": "and", "rules": [...]}', code=USAGE
        )
    if rules:
        return {"combinator": "and", "rules": [parsed, *rules]}
    return parsed


@entities.command("search")
@click.argument("blueprint")
@click.option("--query", metavar="JSON", help="Port's search query: {combinator, rules}.")
@click.option(
    "--where",
    multiple=True,
    metavar="PROP=VALUE",
    help="A rule (repeat; all must hold): =, !=, >, >=, <, <=, ~ (contains).",
)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many entities.")
@global_options
def search(blueprint: str, query: str | None, where: tuple[str, ...], limit: int | None) -> None:
    """Search a blueprint's entities (every page).

    \b
    Example:
      pyport entities search service --where tier=production --where replicas>2
      pyport entities search service --query '{"combinator":"or","rules":[...]}'
    """
    state = get_globals()
    rules = _query(query, where)
    with state.client() as port:
        found = port.entities.iter_all(blueprint, query=rules)
        emit_many(state, itertools.islice(found, limit), columns=COLUMNS)


@entities.command("count")
@click.argument("blueprint")
@global_options
def count(blueprint: str) -> None:
    """How many entities a blueprint has.

    \b
    Example:
      pyport entities count service
    """
    from pyport._surface import call_operation

    state = get_globals()
    with state.client() as port:
        total = call_operation(port, "get_blueprint_entity_count", blueprint)
    emit(state, {"blueprint": blueprint, "count": total}, text=str(total))


@entities.command("get")
@click.argument("blueprint")
@click.argument("identifier")
@global_options
def get(blueprint: str, identifier: str) -> None:
    """Show one entity.

    \b
    Example:
      pyport entities get service checkout --fields identifier,properties.tier
    """
    state = get_globals()
    with state.client() as port:
        emit(state, port.entities.get(blueprint, identifier))


def _write_one(operation: str, path: tuple[str, ...], body: dict[str, Any], upsert: bool) -> None:
    from pyport._surface import call_operation

    state = get_globals()
    query = {"upsert": "true"} if upsert else None
    with state.client() as port:
        emit(state, call_operation(port, operation, *path, body=body, query=query))


@entities.command("create")
@click.argument("blueprint")
@click.option("-f", "--file", "path", metavar="PATH", help="JSON or YAML; '-' or none: stdin.")
@click.option("--upsert", is_flag=True, help="Replace the entity if it exists.")
@simulate_options
@global_options
def create(blueprint: str, path: str | None, upsert: bool) -> None:
    """Create one entity from JSON or YAML.

    \b
    Example:
      echo '{"identifier": "checkout", "title": "Checkout"}' | pyport entities create service
    """
    _write_one("create_entity", (blueprint,), read_object(path), upsert)


@entities.command("update")
@click.argument("blueprint")
@click.argument("identifier")
@click.option("-f", "--file", "path", metavar="PATH", help="JSON or YAML; '-' or none: stdin.")
@simulate_options
@global_options
def update(blueprint: str, identifier: str, path: str | None) -> None:
    """Change the given fields of one entity.

    \b
    Example:
      echo '{"properties": {"tier": "gold"}}' | pyport entities update service checkout
    """
    _write_one("update_entity", (blueprint, identifier), read_object(path), False)


def _batch_outcome(state: Globals, verb: str, blueprint: str, result: Any, total: int) -> None:
    failed = [str(f) for f in result.failed]
    summary = (
        f"{verb} {len(result.succeeded)} of {total} entities of {blueprint}, {len(failed)} failed"
    )
    report = {
        "blueprint": blueprint,
        verb: len(result.succeeded),
        "failed": [
            {
                "identifier": f.identifier,
                "index": f.index,
                "status": f.status_code,
                "error": f.error,
                "message": f.message,
                "trace_id": f.trace_id,
            }
            for f in result.failed
        ],
    }
    text = "\n".join([*(f"failed: {line}" for line in failed[:20]), summary])
    emit(state, report, text=text)
    if failed:
        raise CliError(
            f"{len(failed)} of {total} entities failed; first: {failed[0]}", code=PARTIAL
        )


@entities.command("upsert")
@click.argument("blueprint")
@click.option(
    "-f",
    "--file",
    "path",
    metavar="PATH",
    help="A JSON array, JSON lines or CSV; '-' or none: stdin.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(RECORD_FORMATS),
    default="auto",
    show_default=True,
    help="The input's format (auto: by extension, then content).",
)
@click.option(
    "--map",
    "mapping",
    multiple=True,
    metavar="COLUMN=TARGET[:TYPE]",
    help="CSV: where a column goes (identifier, title, team, properties.x, relations.x; "
    "'-' drops it); TYPE string, number, integer, boolean, json or array.",
)
@click.option("--merge", is_flag=True, help="Update the given fields only (else replace).")
@click.option(
    "--create-missing-related", is_flag=True, help="Create related entities that do not exist yet."
)
@click.option("--concurrency", type=click.IntRange(1, 32), default=8, show_default=True)
@simulate_options
@global_options
def upsert(
    *,
    blueprint: str,
    path: str | None,
    fmt: str,
    mapping: tuple[str, ...],
    merge: bool,
    create_missing_related: bool,
    concurrency: int,
) -> None:
    """Create or replace many entities (20 a request, in parallel), with a progress bar.

    Every record is read and checked before the first request. Running it again after a
    failure or Ctrl-C is safe: an upsert of the same entity changes nothing.

    \b
    Example:
      pyport entities upsert service --file services.jsonl
      pyport entities upsert service --file services.csv \\
        --map name=title --map replicas=properties.replicas:integer
    """
    from pyport.errors import BatchCancelled

    state = get_globals()
    records = read_records(path, fmt=fmt, mapping=mapping)
    with state.client() as port, progress_bars(state) as bars:
        try:
            result = port.entities.upsert_many(
                blueprint,
                records,
                merge=merge,
                create_missing_related_entities=create_missing_related,
                concurrency=concurrency,
                progress=bars.batch(f"upsert {blueprint}"),
            )
        except BatchCancelled as cancelled:
            done = len(cancelled.result.succeeded)
            raise CliError(
                f"interrupted after {done} of {len(records)} entities; run the same command "
                "again to finish (upserting an entity twice changes nothing)",
                code=INTERRUPTED,
            ) from None
    _batch_outcome(state, "upserted", blueprint, result, len(records))


@entities.command("delete")
@click.argument("blueprint")
@click.argument("identifiers", nargs=-1)
@click.option("--all", "everything", is_flag=True, help="Delete every entity of the blueprint.")
@click.option("--delete-dependents", is_flag=True, help="Also delete entities that depend on them.")
@simulate_options
@global_options
def delete(
    blueprint: str, identifiers: tuple[str, ...], everything: bool, delete_dependents: bool
) -> None:
    """Delete entities by identifier, or --all of a blueprint (asks first; --yes without a
    terminal).

    \b
    Example:
      pyport entities delete service checkout payments --yes
      pyport entities delete service --all --yes
    """
    from pyport.errors import BatchCancelled

    state = get_globals()
    if everything == bool(identifiers):
        raise click.UsageError("give identifiers, or --all (not both)")
    what = (
        f"every entity of {blueprint}"
        if everything
        else (f"{len(identifiers)} entit{'y' if len(identifiers) == 1 else 'ies'} of {blueprint}")
    )
    if state.simulate is None:
        refuse_without_terminal(state, f"delete {what}?")
    with state.client() as port:
        if everything:
            port.entities.delete_all(blueprint)
            emit(state, {"blueprint": blueprint, "deleted": "all"}, text=f"deleted {what}")
            return
        with progress_bars(state) as bars:
            try:
                result = port.entities.delete_many(
                    blueprint,
                    list(identifiers),
                    delete_dependents=delete_dependents,
                    progress=bars.batch(f"delete {blueprint}"),
                )
            except BatchCancelled as cancelled:
                raise CliError(
                    f"interrupted after deleting {len(cancelled.result.succeeded)}; run the same "
                    "command again for the rest",
                    code=INTERRUPTED,
                ) from None
    _batch_outcome(state, "deleted", blueprint, result, len(identifiers))


__all__ = ["entities", "plain"]
