"""`pyport blueprints|actions|scorecards|teams|users|pages|webhooks|migrations ...`: list, get,
create, update, delete, one table row per resource, each a call of Port's operation with the
JSON it is given (`pyport._surface.call_operation`: the typed surface's checks and errors)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import click

from pyport.cli._inputs import read_object
from pyport.cli._output import emit
from pyport.cli._simulate import simulate_options
from pyport.cli._state import get_globals, global_options, refuse_without_terminal


@dataclass(frozen=True)
class Resource:
    name: str
    singular: str
    help: str
    ids: tuple[str, ...]
    """Metavars of the path arguments naming one (BLUEPRINT SCORECARD for a scorecard)."""
    example: tuple[str, ...]
    columns: tuple[str, ...]
    list: str
    get: str
    create: str | None
    update: str | None
    delete: str | None
    delete_verb: str = "delete"


RESOURCES: tuple[Resource, ...] = (
    Resource(
        "blueprints",
        "blueprint",
        "Blueprints: the types of the software catalog.",
        ("BLUEPRINT",),
        ("service",),
        ("identifier", "title", "description"),
        "list_blueprints",
        "get_blueprint",
        "create_blueprint",
        "update_blueprint",
        "delete_blueprint",
    ),
    Resource(
        "actions",
        "action",
        "Self-service actions and automations.",
        ("ACTION",),
        ("deploy",),
        ("identifier", "title", "trigger.type"),
        "list_actions",
        "get_action",
        "create_action",
        "replace_action",
        "delete_action",
    ),
    Resource(
        "scorecards",
        "scorecard",
        "Scorecards: rules that rate a blueprint's entities.",
        ("BLUEPRINT", "SCORECARD"),
        ("service", "production-ready"),
        ("identifier", "title", "blueprint"),
        "list_scorecards",
        "get_scorecard",
        "create_scorecard",
        "replace_scorecard",
        "delete_scorecard",
    ),
    Resource(
        "teams",
        "team",
        "Teams of the organization.",
        ("TEAM",),
        ("platform",),
        ("name", "description"),
        "list_teams",
        "get_team",
        "create_team",
        "update_team",
        "delete_team",
    ),
    Resource(
        "users",
        "user",
        "Users (create sends an invitation).",
        ("EMAIL",),
        ("ana@example.com",),
        ("email", "firstName", "lastName"),
        "list_users",
        "get_user",
        "invite_user",
        "update_user",
        "delete_user",
    ),
    Resource(
        "pages",
        "page",
        "Pages of the portal.",
        ("PAGE",),
        ("services",),
        ("identifier", "title", "type"),
        "list_pages",
        "get_page",
        "create_page",
        "update_page",
        "delete_page",
    ),
    Resource(
        "webhooks",
        "webhook",
        "Webhooks: Port's data sources fed by HTTP.",
        ("WEBHOOK",),
        ("github-events",),
        ("identifier", "title", "enabled"),
        "list_webhooks",
        "get_webhook",
        "create_webhook",
        "update_webhook",
        "delete_webhook",
    ),
    Resource(
        "migrations",
        "migration",
        "Port's blueprint data migrations.",
        ("MIGRATION",),
        ("mig_1",),
        ("id", "status", "sourceBlueprint"),
        "list_migrations",
        "get_migration",
        "create_migration",
        None,
        "cancel_migration",
        delete_verb="cancel",
    ),
)


def _call(operation: str, *path: str, body: Any = None) -> Any:
    from pyport._surface import NOT_GIVEN, call_operation

    state = get_globals()
    with state.client() as port:
        return call_operation(port, operation, *path, body=NOT_GIVEN if body is None else body)


def _list_command(res: Resource) -> click.Command:
    @click.command(
        "list",
        help=f"""List every {res.singular}.

        \b
        Example:
          pyport {res.name} list -o json --fields {res.columns[0]}
        """,
    )
    @global_options
    def command() -> None:
        emit(get_globals(), _call(res.list), columns=res.columns)

    return command


def _path_arguments(res: Resource, count: int) -> Callable[[Callable[..., Any]], Any]:
    def decorate(function: Callable[..., Any]) -> Any:
        for metavar in reversed(res.ids[:count]):
            function = click.argument(metavar.lower())(function)
        return function

    return decorate


def _get_command(res: Resource) -> click.Command:
    @click.command(
        "get",
        help=f"""Show one {res.singular}.

        \b
        Example:
          pyport {res.name} get {" ".join(res.example)}
        """,
    )
    @_path_arguments(res, len(res.ids))
    @global_options
    def command(**path: str) -> None:
        emit(get_globals(), _call(res.get, *path.values()))

    return command


def _create_command(res: Resource, operation: str) -> click.Command:
    shown = " ".join((*res.example[:-1], "--file", f"{res.singular}.json"))
    return _body_command(
        "create",
        res,
        operation,
        identifiers=len(res.ids) - 1,  # the parents: the new object's own comes in the body
        help_text=f"""Create a {res.singular} from JSON or YAML (--file, or stdin).

        \b
        Example:
          pyport {res.name} create {shown}
          cat {res.singular}.yaml | pyport {res.name} create {" ".join(res.example[:-1])}
        """,
    )


def _update_command(res: Resource, operation: str) -> click.Command:
    verb = "replaced (all of it)" if operation.startswith("replace") else "changed (fields given)"
    return _body_command(
        "update",
        res,
        operation,
        identifiers=len(res.ids),
        help_text=f"""Update a {res.singular} from JSON or YAML: {verb}.

        \b
        Example:
          pyport {res.name} update {" ".join(res.example)} --file {res.singular}.json
        """,
    )


def _body_command(
    name: str, res: Resource, operation: str, *, identifiers: int, help_text: str
) -> click.Command:
    """A command sending a JSON or YAML body (`--file` or stdin) to `operation`."""

    @click.command(name, help=help_text)
    @_path_arguments(res, identifiers)
    @click.option("-f", "--file", "path", metavar="PATH", help="JSON or YAML; '-' or none: stdin.")
    @simulate_options
    @global_options
    def command(path: str | None, **ids: str) -> None:
        body = read_object(path)
        result = _call(operation, *ids.values(), body=body)
        emit(get_globals(), result if result is not None else {"ok": True})

    return command


def _delete_command(res: Resource, operation: str) -> click.Command:
    @click.command(
        res.delete_verb,
        help=f"""{res.delete_verb.capitalize()} a {res.singular}
        (asks first on a terminal; needs --yes otherwise).

        \b
        Example:
          pyport {res.name} {res.delete_verb} {" ".join(res.example)} --yes
        """,
    )
    @_path_arguments(res, len(res.ids))
    @simulate_options
    @global_options
    def command(**ids: str) -> None:
        state = get_globals()
        name = "/".join(ids.values())
        if state.simulate is None:
            refuse_without_terminal(state, f"{res.delete_verb} {res.singular} {name}?")
        result = _call(operation, *ids.values())
        state.say(f"{_PAST[res.delete_verb]} {res.singular} {name}")
        if result is not None:
            emit(state, result)

    return command


_PAST = {"delete": "deleted", "cancel": "cancelled"}


def _group(res: Resource) -> click.Group:
    @click.group(
        res.name,
        help=f"""{res.help}

        \b
        Example:
          pyport {res.name} list
        """,
    )
    @global_options
    def group() -> None:
        pass

    group.add_command(_list_command(res))
    group.add_command(_get_command(res))
    if res.create:
        group.add_command(_create_command(res, res.create))
    if res.update:
        group.add_command(_update_command(res, res.update))
    if res.delete:
        group.add_command(_delete_command(res, res.delete))
    return group


_GROUPS = {res.name: _group(res) for res in RESOURCES}
blueprints = _GROUPS["blueprints"]
actions = _GROUPS["actions"]
scorecards = _GROUPS["scorecards"]
teams = _GROUPS["teams"]
users = _GROUPS["users"]
pages = _GROUPS["pages"]
webhooks = _GROUPS["webhooks"]
migrations = _GROUPS["migrations"]


def _add_run() -> None:
    from pyport.cli._runs import run_action

    actions.add_command(run_action)


_add_run()
