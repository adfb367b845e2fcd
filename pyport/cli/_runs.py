"""Action runs: `pyport actions run`, and `pyport runs list|get|logs|update`."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from pyport.cli._exit import FAILED, INTERRUPTED, CliError
from pyport.cli._inputs import key_values, read_object
from pyport.cli._output import emit, plain
from pyport.cli._state import Globals, get_globals, global_options

if TYPE_CHECKING:
    from pyport._client import PortClient

TERMINAL = frozenset({"SUCCESS", "FAILURE", "DECLINED"})
STATUSES = ("IN_PROGRESS", "SUCCESS", "FAILURE")
# Seconds between polls while following a run; tests pass --interval 0.
DEFAULT_INTERVAL = 2.0
sleep: Callable[[float], None] = time.sleep
# The most run logs Port answers with at once.
_LOG_PAGE = 50


def follow(
    state: Globals, port: PortClient, run_id: str, *, interval: float, keep_going: bool
) -> str:
    """Print the run's logs (new ones as they come, with `keep_going`) until it ends; its status."""
    seen = 0
    while True:
        # Status before logs: once it is final, the logs read after it are all there will be.
        status = str(plain(port.action_runs.get(run_id)).get("status"))
        while True:  # the logs after the ones printed, a page at a time
            page = port.action_runs.logs.list(run_id, limit=_LOG_PAGE, offset=seen)
            for log in page:
                _print_log(state, plain(log))
            seen += len(page)
            if len(page) < _LOG_PAGE:
                break
        if status in TERMINAL or not keep_going:
            return status
        sleep(interval)


def _print_log(state: Globals, log: dict[str, Any]) -> None:
    if state.output_format() in ("json", "jsonl") or state.jq is not None:
        click.echo(json.dumps(log, ensure_ascii=False))
    else:
        stamp = str(log.get("createdAt") or "")[:19].replace("T", " ")
        click.echo(f"{stamp}  {log.get('message', '')}".strip())


def _finish(state: Globals, run_id: str, status: str) -> None:
    state.say(f"run {run_id} ended: {status}" if status in TERMINAL else f"run {run_id}: {status}")
    if status in ("FAILURE", "DECLINED"):
        raise CliError(f"run {run_id} ended as {status}", code=FAILED)


def _following(run_id: str) -> CliError:
    return CliError(
        f"stopped following run {run_id}; it goes on in Port: pyport runs logs {run_id} --follow",
        code=INTERRUPTED,
    )


@click.command("run")
@click.argument("action")
@click.option("--entity", metavar="IDENTIFIER", help="The entity to run it on (entity actions).")
@click.option(
    "--input",
    "inputs",
    multiple=True,
    metavar="KEY=VALUE",
    help="A user input (repeat); JSON values are taken as JSON: --input replicas=3.",
)
@click.option("--inputs-file", metavar="PATH", help="User inputs as a JSON or YAML object.")
@click.option(
    "--wait", is_flag=True, help="Stream the run's logs until it ends; exit 1 if it fails."
)
@click.option(
    "--interval",
    type=click.FloatRange(min=0),
    default=DEFAULT_INTERVAL,
    show_default=True,
    help="Seconds between polls with --wait.",
)
@global_options
def run_action(
    *,
    action: str,
    entity: str | None,
    inputs: tuple[str, ...],
    inputs_file: str | None,
    wait: bool,
    interval: float,
) -> None:
    """Run a self-service action; with --wait, follow it to its end.

    \b
    Example:
      pyport actions run deploy --entity checkout --input version=1.4.2 --wait
    """
    from pyport._surface import NOT_GIVEN

    state = get_globals()
    properties = read_object(inputs_file) if inputs_file else {}
    properties.update(key_values(inputs, option="--input"))
    with state.client() as port:
        run = plain(
            port.actions.run(action, properties=properties, entity=entity if entity else NOT_GIVEN)
        )
        run_id = str(run.get("id"))
        if not wait:
            emit(state, run, columns=("id", "status", "action.identifier"))
            return
        state.say(f"run {run_id} started; following it (Ctrl-C stops following, not the run)")
        try:
            status = follow(state, port, run_id, interval=interval, keep_going=True)
        except KeyboardInterrupt:
            raise _following(run_id) from None
    _finish(state, run_id, status)


@click.group("runs")
@global_options
def runs() -> None:
    """Action runs: list, get, logs, update.

    \b
    Example:
      pyport runs list --action deploy --active
    """


@runs.command("list")
@click.option("--action", metavar="ACTION", help="Only runs of this action.")
@click.option("--entity", metavar="IDENTIFIER", help="Only runs on this entity.")
@click.option("--active", is_flag=True, help="Only runs still in progress.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@global_options
def list_runs(action: str | None, entity: str | None, active: bool, limit: int | None) -> None:
    """List action runs, newest first.

    \b
    Example:
      pyport runs list --action deploy --limit 20 -o json
    """
    from pyport._surface import NOT_GIVEN

    state = get_globals()
    with state.client() as port:
        found = port.action_runs.list(
            action=action or NOT_GIVEN,
            entity=entity or NOT_GIVEN,
            active=True if active else NOT_GIVEN,
            limit=limit or NOT_GIVEN,
        )
        emit(state, found, columns=("id", "status", "action.identifier", "createdAt"))


@runs.command("get")
@click.argument("run_id", metavar="RUN")
@global_options
def get_run(run_id: str) -> None:
    """Show one run.

    \b
    Example:
      pyport runs get r_AbC123 --fields status,summary
    """
    state = get_globals()
    with state.client() as port:
        emit(state, port.action_runs.get(run_id))


@runs.command("logs")
@click.argument("run_id", metavar="RUN")
@click.option(
    "-f",
    "--follow",
    "keep_going",
    is_flag=True,
    help="Keep printing new logs until the run ends; exit 1 if it fails.",
)
@click.option(
    "--interval",
    type=click.FloatRange(min=0),
    default=DEFAULT_INTERVAL,
    show_default=True,
    help="Seconds between polls with --follow.",
)
@global_options
def run_logs(run_id: str, keep_going: bool, interval: float) -> None:
    """Print a run's logs.

    \b
    Example:
      pyport runs logs r_AbC123 --follow
    """
    state = get_globals()
    with state.client() as port:
        try:
            status = follow(state, port, run_id, interval=interval, keep_going=keep_going)
        except KeyboardInterrupt:
            raise _following(run_id) from None
    if keep_going:
        _finish(state, run_id, status)


@runs.command("update")
@click.argument("run_id", metavar="RUN")
@click.option("--status", type=click.Choice(STATUSES), help="The run's new status.")
@click.option("--summary", help="A one-line summary shown with the run.")
@click.option("--label", "status_label", help="A status label.")
@click.option("--link", "links", multiple=True, help="A link for the run (repeat).")
@click.option("--log", "message", help="Also add this log line.")
@global_options
def update_run(
    *,
    run_id: str,
    status: str | None,
    summary: str | None,
    status_label: str | None,
    links: tuple[str, ...],
    message: str | None,
) -> None:
    """Update a run (what a backend running the action reports).

    \b
    Example:
      pyport runs update r_AbC123 --status SUCCESS --summary "deployed 1.4.2"
    """
    from pyport._surface import call_operation

    state = get_globals()
    body: dict[str, Any] = {}
    for key, value in (("status", status), ("summary", summary), ("statusLabel", status_label)):
        if value is not None:
            body[key] = value
    if links:
        body["link"] = list(links)
    if not body and message is None:
        raise click.UsageError(
            "nothing to update: give --status, --summary, --label, --link or --log"
        )
    with state.client() as port:
        if message is not None:
            port.action_runs.logs.create(run_id, message=message)
        result = call_operation(port, "update_action_run", run_id, body=body) if body else None
        emit(state, result if result is not None else port.action_runs.get(run_id))
