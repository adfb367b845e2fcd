"""The global options every command takes, and what they make: the client, the consoles.

Every option is accepted before the command (`pyport -q blueprints list`) and after it
(`pyport blueprints list -q`); the one given last wins. Settings go to `PortClient` as
arguments, so the library's `resolve_settings` applies its precedence: flags, then the
environment, then the profile of the config file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import click

from pyport.cli._exit import USAGE, CliError

if TYPE_CHECKING:
    from rich.console import Console

    from pyport._client import PortClient
    from pyport.cli._simulate import Simulation

F = TypeVar("F", bound=Callable[..., Any])

OUTPUTS = ("table", "json", "jsonl", "yaml")
GLOBAL_NAMES = frozenset(
    {
        "profile",
        "region",
        "base_url",
        "quiet",
        "verbose",
        "no_color",
        "yes",
        "output",
        "fields",
        "jq",
    }
)


@dataclass
class Globals:
    """What the global options said; one per invocation, shared by every context."""

    profile: str | None = None
    region: str | None = None
    base_url: str | None = None
    quiet: bool = False
    verbose: int = 0
    no_color: bool = False
    yes: bool = False
    output: str | None = None
    fields: list[str] | None = None
    jq: str | None = None
    simulate: Simulation | None = None
    _consoles: dict[bool, Console] = field(default_factory=dict)

    @property
    def color(self) -> bool:
        return not (self.no_color or os.environ.get("NO_COLOR"))

    def output_format(self) -> str:
        """--output, else a table on a terminal and JSON when piped."""
        if self.output is not None:
            return self.output
        return "table" if sys.stdout.isatty() else "json"

    def console(self, *, stderr: bool = True) -> Console:
        """rich consoles: stderr for messages and progress, stdout for tables."""
        if stderr not in self._consoles:
            from rich.console import Console

            # No colour means no escape codes at all: rich's no_color alone still emits bold.
            self._consoles[stderr] = Console(
                stderr=stderr,
                no_color=not self.color,
                color_system="auto" if self.color else None,
                highlight=False,
                soft_wrap=not stderr,
            )
        return self._consoles[stderr]

    def say(self, message: str) -> None:
        """A message for the person (stderr), unless -q."""
        if not self.quiet:
            click.echo(message, err=True)

    def warn(self, message: str) -> None:
        """A warning (stderr), shown even with -q."""
        click.echo(f"warning: {message}", err=True)

    def show_progress(self) -> bool:
        """Progress bars only where someone watches: stderr is a terminal and not -q."""
        return not self.quiet and sys.stderr.isatty()

    @contextmanager
    def client(self) -> Iterator[PortClient]:
        """A PortClient from the flags, the environment and the profile (or the simulator)."""
        from pyport._client import PortClient

        if self.simulate is not None:
            with self.simulate.client() as port:
                yield port
            return
        port = PortClient(
            profile=self.profile,
            region=self.region,
            base_url=self.base_url,
            user_agent_suffix="pyport-cli",
        )
        with port:
            yield port


def get_globals() -> Globals:
    ctx = click.get_current_context()
    root = ctx.find_root()
    if not isinstance(root.obj, Globals):
        root.obj = Globals()
    return root.obj


def _store(name: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value is None or value is False or value in ((), 0):
            return  # not given here; an earlier (or default) value stands
        state = get_globals()
        if name == "verbose":
            state.verbose += int(value)
        elif name == "fields":
            state.fields = [f.strip() for f in ",".join(value).split(",") if f.strip()]
        elif name == "region":
            state.region = str(value).lower()
        else:
            setattr(state, name, value)

    return callback


def _region(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None and value.lower() not in ("eu", "us"):
        raise click.BadParameter(f"{value!r} is not a region: eu or us", ctx=ctx, param=param)
    _store("region")(ctx, param, value)


def global_options(function: F) -> F:
    """The options every command takes (the root group too); see the module's docstring."""
    options = [
        _option(
            "--profile",
            metavar="NAME",
            callback=_store("profile"),
            help="Profile of the config file (default: $PYPORT_PROFILE, else default).",
        ),
        _option(
            "--region",
            metavar="eu|us",
            callback=_region,
            help="Port's region (beats PORT_REGION and the profile).",
        ),
        _option(
            "--base-url",
            metavar="URL",
            callback=_store("base_url"),
            help="Port's API URL (beats --region, PORT_BASE_URL and the profile).",
        ),
        _option(
            "-q",
            "--quiet",
            is_flag=True,
            callback=_store("quiet"),
            help="No messages or progress bars; errors still go to stderr.",
        ),
        _option(
            "-v",
            "--verbose",
            count=True,
            callback=_store("verbose"),
            help="More detail on errors (repeat for the traceback).",
        ),
        _option(
            "--no-color",
            is_flag=True,
            callback=_store("no_color"),
            help="No colours (also: NO_COLOR set, or not a terminal).",
        ),
        _option(
            "-y",
            "--yes",
            is_flag=True,
            callback=_store("yes"),
            help="Do destructive commands without asking (needed without a terminal).",
        ),
        _option(
            "-o",
            "--output",
            type=click.Choice(OUTPUTS),
            callback=_store("output"),
            help="Output format (default: table on a terminal, json when piped).",
        ),
        _option(
            "--fields",
            multiple=True,
            metavar="A,B",
            callback=_store("fields"),
            help="Only these fields of each record (dotted paths: properties.tier).",
        ),
        _option(
            "--jq",
            metavar="EXPR",
            callback=_store("jq"),
            help="Filter the JSON output through a jq expression (needs `pip install jq`).",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _option(*decls: str, **attrs: Any) -> Callable[[F], F]:
    # Not passed to the command's function: the callbacks keep them in `Globals`.
    return click.option(*decls, expose_value=False, **attrs)


def refuse_without_terminal(state: Globals, question: str) -> None:
    """Destructive commands: --yes goes ahead; a terminal asks; anything else refuses (exit 2)."""
    if state.yes:
        return
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise CliError(
            f"refusing without a terminal to confirm ({question.rstrip('?')}): pass --yes",
            code=USAGE,
        )
    if not click.confirm(question, default=False, err=True):
        raise CliError("cancelled: nothing was changed", code=1)
