"""`pyport api METHOD PATH`: any request, with the client's auth, retries and errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from pyport.cli._exit import USAGE, CliError
from pyport.cli._inputs import key_values
from pyport.cli._output import emit
from pyport.cli._state import get_globals, global_options

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
# How many pages --paginate follows at most: a server that always says "more" cannot loop us.
MAX_PAGES = 10_000


def _body(data: str | None) -> Any:
    if data is None:
        return None
    if data.startswith("@"):
        name = data[1:]
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text()
        except OSError as error:
            raise CliError(f"--data {data}: {error.strerror}", code=USAGE) from None
    else:
        text = data
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise CliError(f"--data is not JSON: {error}", code=USAGE) from None


def _path(path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path  # the client refuses another origin than its base URL's
    path = path if path.startswith("/") else f"/{path}"
    return path if path.startswith("/v1/") or path == "/v1" else f"/v1{path}"


def _items(answer: Any) -> tuple[str, list[Any]] | None:
    """The key and list of a paged answer (`{"ok": true, "entities": [...], "next": ...}`)."""
    if not isinstance(answer, dict):
        return None
    lists = [(k, v) for k, v in answer.items() if isinstance(v, list)]
    return lists[0] if len(lists) == 1 else None


@click.command("api")
@click.argument("method", type=click.Choice(METHODS, case_sensitive=False))
@click.argument("path")
@click.option("-d", "--data", metavar="JSON|@FILE", help="The JSON body, or @file, or @- (stdin).")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A query parameter (repeat).",
)
@click.option(
    "--paginate",
    is_flag=True,
    help="Follow Port's `next` cursor and print every page's items as one list.",
)
@global_options
def api(method: str, path: str, data: str | None, params: tuple[str, ...], paginate: bool) -> None:
    """Send any request to Port's API (PATH relative to /v1) and print the JSON answer.

    \b
    Example:
      pyport api GET /blueprints --jq '.blueprints[].identifier'
      pyport api POST /blueprints/service/entities/search --data '{"rules":[]}' --paginate
    """
    state = get_globals()
    method = method.upper()
    body = _body(data)
    query = {
        k: v if isinstance(v, str) else json.dumps(v)
        for k, v in key_values(params, option="--param").items()
    }
    with state.client() as port:
        response = port.request(method, _path(path), params=query or None, json=body)
        answer = response.json() if response.content else None
        if not paginate:
            emit(state, answer)
            return
        found = _items(answer)
        if found is None:
            raise CliError("--paginate: the answer holds no single list of items", code=USAGE)
        key, items = found
        pages = 1
        while isinstance(answer, dict) and answer.get("next") and pages < MAX_PAGES:
            if isinstance(body, dict):
                body = {**body, "from": answer["next"]}
            else:
                query = {**query, "from": str(answer["next"])}
            response = port.request(method, _path(path), params=query or None, json=body)
            answer = response.json()
            more = _items(answer)
            items.extend(more[1] if more else [])
            pages += 1
        state.say(f"{len(items)} {key} in {pages} page(s)")
        emit(state, items)
