"""The root command group, its lazily loaded sub-commands, and running it with exit statuses."""

from __future__ import annotations

import importlib
import sys
import traceback
from collections.abc import Sequence

import click

from pyport._version import __version__
from pyport.cli._exit import FAILED, INTERRUPTED, classify
from pyport.cli._state import Globals, get_globals, global_options

# name -> (module, attribute, one-line help): a group's module loads only when it is used.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "auth": ("pyport.cli._auth_cmd", "auth", "Log in, see who you are, log out."),
    "blueprints": (
        "pyport.cli._resources",
        "blueprints",
        "Blueprints: list, get, create, update, delete.",
    ),
    "entities": (
        "pyport.cli._entities",
        "entities",
        "Entities: search, count, upsert many, delete.",
    ),
    "actions": ("pyport.cli._resources", "actions", "Self-service actions, and running them."),
    "runs": ("pyport.cli._runs", "runs", "Action runs: list, get, logs, update."),
    "scorecards": ("pyport.cli._resources", "scorecards", "Scorecards of blueprints."),
    "teams": ("pyport.cli._resources", "teams", "Teams."),
    "users": ("pyport.cli._resources", "users", "Users (create invites)."),
    "pages": ("pyport.cli._resources", "pages", "Pages of the portal."),
    "webhooks": ("pyport.cli._resources", "webhooks", "Webhooks (Port's data sources)."),
    "migrations": ("pyport.cli._resources", "migrations", "Port's blueprint data migrations."),
    "api": ("pyport.cli._api", "api", "Send any request to Port's API."),
    "backup": ("pyport.cli._admin_cmd", "backup", "Snapshots: create, restore, diff, list, prune."),
    "migrate": ("pyport.cli._admin_cmd", "migrate", "Copy an organization to another profile."),
    "clear": ("pyport.cli._admin_cmd", "clear", "Delete every entity of a blueprint."),
    "simulator": ("pyport.cli._simulator_cmd", "simulator", "The local Port simulator."),
    "completion": ("pyport.cli._completion", "completion", "Shell completion script."),
}


class LazyGroup(click.Group):
    """A group whose sub-commands are imported by name when first asked for."""

    def __init__(self, *args: object, lazy: dict[str, tuple[str, str, str]], **kwargs: object):
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            module, attribute, _ = self.lazy[cmd_name]
            command = getattr(importlib.import_module(module), attribute)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The one-liners of the table: `pyport --help` imports no command module.
        rows = []
        for name in self.list_commands(ctx):
            if name in self.lazy:
                rows.append((name, self.lazy[name][2]))
            elif (command := self.get_command(ctx, name)) is not None:
                rows.append((name, command.get_short_help_str()))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"pyport {__version__}")
        ctx.exit(0)


@click.group(
    cls=LazyGroup,
    lazy=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option(
    "-V",
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_version,
    help="Print pyport's version and exit.",
)
@global_options
def cli() -> None:
    """pyport: Port (port.io) from a terminal or a CI job.

    Data goes to stdout (a table on a terminal, JSON when piped), messages and progress to
    stderr. Credentials: flags, then PORT_* environment variables, then the profile that
    `pyport auth login` writes. Exit status: 0 ok, 1 failed or differences, 2 usage or refused,
    3 authentication, 4 not found, 5 batch partly failed, 130 interrupted.

    \b
    Example:
      pyport auth login --region us
      pyport entities search service --where tier=prod -o json --jq '.[].identifier'
    """
    get_globals()


def run(args: Sequence[str]) -> int:
    """Run the command line on `args`; every failure becomes one line and an exit status."""
    state = Globals()
    try:
        code = cli.main(args=list(args), prog_name="pyport", standalone_mode=False, obj=state)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as usage:
        usage.show()
        return usage.exit_code
    except click.exceptions.Abort:
        click.echo("interrupted: nothing more was done", err=True)
        return INTERRUPTED
    except KeyboardInterrupt:
        click.echo("interrupted: nothing more was done", err=True)
        return INTERRUPTED
    except BrokenPipeError:
        # `pyport ... | head`: the reader left; not an error worth a traceback.
        sys.stderr.close()
        return FAILED
    except Exception as error:  # every failure ends here, as one line
        return report(state, error)
    # Without standalone mode click returns what `ctx.exit(n)` asked for, else the command's
    # own return value (None for every command here).
    return code if isinstance(code, int) else 0


def report(state: Globals, error: BaseException) -> int:
    """Print an error as one line (more with -v) and return its exit status."""
    try:
        code, line, detail = classify(error)
    except Exception:
        # Not one of ours or the library's: a bug, so the traceback is worth having.
        click.echo(f"error: internal error: {type(error).__name__}: {error}", err=True)
        traceback.print_exception(error, file=sys.stderr)
        return FAILED
    click.echo(f"error: {line}", err=True)
    if state.verbose and detail and detail != line:
        click.echo(detail, err=True)
    if state.verbose > 1:
        traceback.print_exception(error, file=sys.stderr)
    return code
