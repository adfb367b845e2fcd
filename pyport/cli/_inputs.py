"""Reading what commands are given: one JSON/YAML document, many records (JSON array, JSONL,
CSV with a column mapping), and KEY=VALUE pairs. Every bad input is a usage error (exit 2) that
says where, found before anything is sent."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pyport.cli._exit import USAGE, CliError

RECORD_FORMATS = ("auto", "json", "jsonl", "csv", "yaml")
_TYPES = ("string", "number", "integer", "boolean", "json", "array")


def _read_text(path: str | None) -> tuple[str, str]:
    """(text, name) of `path`, or of stdin for None or '-'."""
    if path is None or path == "-":
        if sys.stdin.isatty():
            raise CliError("no input: pass --file PATH or pipe JSON into stdin", code=USAGE)
        return sys.stdin.read(), "stdin"
    try:
        return Path(path).read_text(encoding="utf-8-sig"), path
    except FileNotFoundError:
        raise CliError(f"{path}: no such file", code=USAGE) from None
    except UnicodeDecodeError:
        raise CliError(f"{path}: not UTF-8 text", code=USAGE) from None
    except OSError as error:
        raise CliError(f"{path}: {error.strerror}", code=USAGE) from None


def read_document(path: str | None) -> Any:
    """One JSON or YAML document (YAML is a superset of JSON; JSON is tried first)."""
    text, name = _read_text(path)
    return _parse_document(text, name)


def _parse_document(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as json_error:
        if name.endswith(".json"):
            raise CliError(f"{name} is not valid JSON: {json_error}", code=USAGE) from None
    import yaml

    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise CliError(f"{name} is neither JSON nor YAML: {error}", code=USAGE) from None
    if document is None:
        raise CliError(f"{name} is empty", code=USAGE)
    return document


def read_object(path: str | None) -> dict[str, Any]:
    document = read_document(path)
    if not isinstance(document, dict):
        raise CliError(
            f"{path or 'stdin'}: expected one JSON object, got {type(document).__name__}",
            code=USAGE,
        )
    return document


def read_records(
    path: str | None, *, fmt: str = "auto", mapping: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Many records: a JSON/YAML array, JSON lines, or CSV (columns mapped by `mapping`)."""
    text, name = _read_text(path)
    if fmt == "auto":
        fmt = _guess(name, text)
    if fmt == "csv":
        return _csv(text, name, mapping)
    if mapping:
        raise CliError("--map applies to CSV input only", code=USAGE)
    if fmt == "jsonl":
        records = _jsonl(text, name)
    else:
        document = _parse_document(text, name)
        records = document if isinstance(document, list) else [document]
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise CliError(
                f"{name}: record {index + 1} is a {type(record).__name__}, not an object",
                code=USAGE,
            )
    return records


def _guess(name: str, text: str) -> str:
    lowered = name.lower()
    for suffix, fmt in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".csv", "csv")):
        if lowered.endswith(suffix):
            return fmt
    stripped = text.lstrip()
    if stripped.startswith("{") and "\n{" in stripped.rstrip():
        return "jsonl"
    return "json"


def _jsonl(text: str, name: str) -> list[Any]:
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise CliError(f"{name}, line {number}: not JSON ({error.msg})", code=USAGE) from None
    return records


def parse_mapping(mapping: Sequence[str], header: Sequence[str]) -> dict[str, tuple[str, str]]:
    """{column: (dotted target, type)}: `--map COLUMN=TARGET[:TYPE]`; unmapped columns go by
    name: identifier, title, icon, team stay top-level, `relations.x` and `properties.x` as
    written, anything else becomes `properties.<column>` (a string)."""
    result: dict[str, tuple[str, str]] = {}
    for column in header:
        if column in ("identifier", "title", "icon", "team") or column.startswith(
            ("properties.", "relations.")
        ):
            result[column] = (column, "string")
        else:
            result[column] = (f"properties.{column}", "string")
    for item in mapping:
        column, sep, target = item.partition("=")
        if not sep or not column or not target:
            raise CliError(f"--map {item!r}: expected COLUMN=TARGET[:TYPE]", code=USAGE)
        if column not in header:
            raise CliError(
                f"--map {item!r}: no column {column!r} (columns: {', '.join(header)})", code=USAGE
            )
        target, _, kind = target.partition(":")
        kind = kind or "string"
        if kind not in _TYPES:
            raise CliError(f"--map {item!r}: type must be one of {', '.join(_TYPES)}", code=USAGE)
        if target == "-":
            result.pop(column)  # `--map notes=-` leaves a column out
            continue
        result[column] = (target, kind)
    return result


def _convert(value: str, kind: str, where: str) -> Any:
    if value == "" and kind != "string":
        return None
    try:
        if kind == "number":
            number = float(value)
            return int(number) if number.is_integer() and "." not in value else number
        if kind == "integer":
            return int(value)
        if kind == "boolean":
            lowered = value.strip().lower()
            if lowered in ("true", "yes", "1"):
                return True
            if lowered in ("false", "no", "0"):
                return False
            raise ValueError(value)
        if kind == "json":
            return json.loads(value)
        if kind == "array":
            return [part.strip() for part in value.split(",") if part.strip()]
    except ValueError:
        raise CliError(f"{where}: {value!r} is not a {kind}", code=USAGE) from None
    return value


def _csv(text: str, name: str, mapping: Sequence[str]) -> list[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    if not header:
        raise CliError(f"{name}: CSV without a header row", code=USAGE)
    columns = parse_mapping(mapping, header)
    if not any(target == "identifier" for target, _ in columns.values()):
        raise CliError(
            f"{name}: no column maps to identifier (add --map COLUMN=identifier)", code=USAGE
        )
    records: list[dict[str, Any]] = []
    for row in reader:
        line = reader.line_num
        if None in row:
            raise CliError(f"{name}, line {line}: more cells than columns", code=USAGE)
        record: dict[str, Any] = {}
        for column, (target, kind) in columns.items():
            value = row.get(column)
            if value is None:
                raise CliError(f"{name}, line {line}: fewer cells than columns", code=USAGE)
            converted = _convert(value, kind, f"{name}, line {line}, column {column}")
            if converted is None or (converted == "" and target != "identifier"):
                continue
            _put(record, target.split("."), converted)
        records.append(record)
    return records


def _put(record: dict[str, Any], path: list[str], value: Any) -> None:
    for part in path[:-1]:
        record = record.setdefault(part, {})
    record[path[-1]] = value


def key_values(pairs: Sequence[str], *, option: str) -> dict[str, Any]:
    """`k=v` pairs; a value that reads as JSON (number, true, [..], {..}) is taken as JSON."""
    result: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise CliError(f"{option} {pair!r}: expected KEY=VALUE", code=USAGE)
        try:
            result[key] = json.loads(value)
        except json.JSONDecodeError:
            result[key] = value
    return result
