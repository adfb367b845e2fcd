"""Rendering data on stdout: table, json, jsonl or yaml; `--fields` and `--jq` first.

Only data goes to stdout. A "report" (what a command did) renders as its text in table format
and as its dict otherwise, so a terminal shows a sentence and a pipe gets JSON.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import click

from pyport.cli._exit import USAGE, CliError
from pyport.cli._state import Globals

_MAX_COLUMNS = 8


def plain(value: Any) -> Any:
    """Port's models and our results as plain JSON values."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def pick(record: Any, fields: Sequence[str]) -> Any:
    """The record with only `fields` (dotted paths), in that order."""
    if not isinstance(record, dict):
        return record
    picked: dict[str, Any] = {}
    for path in fields:
        value: Any = record
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        picked[path] = value
    return picked


def run_jq(expression: str, data: Any) -> list[Any]:
    """Every result of `expression` on `data`; a clear error when jq is not installed."""
    try:
        import jq  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise CliError(
            "--jq needs the jq package: pip install jq (or pipe --output json into jq)",
            code=USAGE,
        ) from None
    try:
        program = jq.compile(expression)
    except ValueError as error:
        raise CliError(f"--jq: {error}", code=USAGE) from None
    try:
        return list(program.input_value(data).all())
    except ValueError as error:
        raise CliError(f"--jq: {error}", code=1) from None


def emit(
    state: Globals,
    data: Any,
    *,
    columns: Sequence[str] | None = None,
    text: str | None = None,
) -> None:
    """Write `data` to stdout in the chosen format.

    `columns` are the table's default columns for a list of records; `text` is how a report
    reads in table format (a terminal).
    """
    data = plain(data)
    if state.fields:
        data = (
            [pick(r, state.fields) for r in data]
            if isinstance(data, list)
            else pick(data, state.fields)
        )
        columns = state.fields
    if state.jq is not None:
        for result in run_jq(state.jq, data):
            # Like `jq -r` for strings, as `gh --jq` does: ready for a shell loop.
            click.echo(result if isinstance(result, str) else json.dumps(result))
        return
    fmt = state.output_format()
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    elif fmt == "jsonl":
        for record in data if isinstance(data, list) else [data]:
            click.echo(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    elif fmt == "yaml":
        import yaml

        click.echo(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), nl=False)
    elif text is not None and not state.fields:
        click.echo(text)
    else:
        _table(state, data, columns)


def emit_many(
    state: Globals, records: Iterable[Any], *, columns: Sequence[str] | None = None
) -> None:
    """Like `emit` for a list; JSON lines are written as they come (constant memory)."""
    if state.output_format() != "jsonl" or state.jq is not None:
        emit(state, list(records), columns=columns)
        return
    for record in records:
        data = plain(record)
        if state.fields:
            data = pick(data, state.fields)
        click.echo(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _table(state: Globals, data: Any, columns: Sequence[str] | None) -> None:
    from rich.table import Table

    console = state.console(stderr=False)
    if isinstance(data, list):
        records = [r if isinstance(r, dict) else {"value": r} for r in data]
        names = list(columns) if columns else _columns(records)
        table = Table(*names, box=None, header_style="bold", pad_edge=False)
        for record in records:
            table.add_row(*(_cell(pick(record, [n])[n]) for n in names))
        console.print(table)
        if not state.quiet and sys.stderr.isatty():
            click.echo(f"{len(records)} item(s)", err=True)
    elif isinstance(data, dict):
        table = Table("field", "value", box=None, show_header=False, pad_edge=False)
        for key, value in data.items():
            table.add_row(key, _cell(value))
        console.print(table)
    else:
        click.echo(_cell(data))


def _columns(records: Iterable[dict[str, Any]]) -> list[str]:
    names: list[str] = []
    for record in records:
        for key in record:
            if key not in names:
                names.append(key)
    return names[:_MAX_COLUMNS]
