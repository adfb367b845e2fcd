"""The documentation pages written from the code at build time (used by scripts/docs_hooks.py).

Each function returns Markdown. They read the naming table (`openapi/naming.yaml`), the
generated operation table (`pyport/_resources/_operations.py`), the client's resources and, when
it exists, the CLI (`pyport.cli`): a page made from them cannot drift from what users call.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
NAMING = REPO / "openapi" / "naming.yaml"
LOCK = REPO / "openapi" / "spec.lock"


@dataclass(frozen=True)
class Operation:
    """One Port operation and the Python call that sends it."""

    operation_id: str
    method: str
    path: str
    dotted: str  # "blueprints.permissions.get"
    arguments: tuple[str, ...]  # the positional path parameters, as the method names them
    target: (
        str  # the reference identifier: "pyport._resources._blueprints.BlueprintsPermissions.get"
    )

    @property
    def resource(self) -> str:
        return self.dotted.split(".", 1)[0]

    @property
    def call(self) -> str:
        return f"port.{self.dotted}({', '.join(self.arguments)})"


def _client() -> Any:
    from pyport import PortClient

    # Nothing is sent: the client only walks its resources to find their classes.
    return PortClient(access_token="docs-build", base_url="http://127.0.0.1:9")


def resource_names() -> list[str]:
    """The resource attributes of PortClient (`port.entities`, ...), sorted."""
    from pyport._resources import ResourcesMixin

    return sorted(n for n, v in vars(ResourcesMixin).items() if isinstance(v, property))


def sub_resources(resource: Any) -> dict[str, Any]:
    """A resource's sub-resources (`blueprints.permissions`), by attribute name."""
    from pyport._surface import SyncAPIResource

    found = {}
    for name in dir(type(resource)):
        if name.startswith("_") or name == "with_raw_response":
            continue
        if isinstance(inspect.getattr_static(type(resource), name), property):
            value = getattr(resource, name)
            if isinstance(value, SyncAPIResource):
                found[name] = value
    return found


def operations() -> list[Operation]:
    """Every operation of the naming table, with its HTTP route and its Python call."""
    from pyport._resources._operations import OPERATIONS

    table: Mapping[str, str] = yaml.safe_load(NAMING.read_text(encoding="utf-8"))["operations"]
    port = _client()
    result = []
    try:
        for operation_id, dotted in table.items():
            method, path, _params, _answer = OPERATIONS[operation_id]
            owner = port
            *parents, name = dotted.split(".")
            for part in parents:
                owner = getattr(owner, part)
            function = getattr(type(owner), name)
            arguments = tuple(
                p.name
                for p in inspect.signature(function).parameters.values()
                if p.kind is inspect.Parameter.POSITIONAL_ONLY and p.name != "self"
            )
            cls = type(owner)
            result.append(
                Operation(
                    operation_id,
                    method,
                    path,
                    dotted,
                    arguments,
                    f"{cls.__module__}.{cls.__qualname__}.{name}",
                )
            )
    finally:
        port.close()
    return sorted(result, key=lambda op: (op.resource, op.dotted))


def cli_module() -> Any | None:
    """`pyport.cli` when it exists (the CLI of issue 13), else None."""
    if importlib.util.find_spec("pyport.cli") is None:
        return None
    return importlib.import_module("pyport.cli")


def _cli_modules(cli: Any) -> list[Any]:
    """`pyport.cli` and, when it is a package, each of its modules, imported.

    The package itself stays light (`pyport --version` must not import click), so the command
    tree and the exit codes live in its private modules; the docs read them where they are.
    """
    import pkgutil

    modules = [cli]
    for info in pkgutil.iter_modules(getattr(cli, "__path__", None) or [], f"{cli.__name__}."):
        modules.append(importlib.import_module(info.name))
    return modules


def _as_click(value: Any) -> Any | None:
    import click

    if isinstance(value, click.Group):
        return value
    if type(value).__name__ == "Typer" and type(value).__module__.startswith("typer"):
        import typer.main

        return typer.main.get_command(value)
    return None


def _distinct(values: list[Any]) -> list[Any]:
    return list({id(value): value for value in values}.values())


def cli_root(cli: Any) -> Any:
    """The click command at the root of `pyport.cli`: its typer app made into click, or its click
    group; the CLI's own tree is the reference's source.

    A root that is an attribute of `pyport.cli` itself wins. Else the group among the package's
    modules that no other group has as a sub-command (a lazy group's commands are asked for by
    name, so they load). There must be exactly one.
    """
    import click

    roots = _distinct([r for v in vars(cli).values() if (r := _as_click(v)) is not None])
    if not roots:
        groups = _distinct(
            [
                group
                for module in _cli_modules(cli)[1:]
                for value in vars(module).values()
                if (group := _as_click(value)) is not None
            ]
        )
        children = set()
        for group in groups:
            context = click.Context(group, info_name=group.name)
            for name in group.list_commands(context):
                children.add(id(group.get_command(context, name)))
        roots = [group for group in groups if id(group) not in children]
    if len(roots) != 1:
        raise LookupError(
            "pyport.cli needs exactly one root command (a typer.Typer or a click.Group that no "
            "other group has as a sub-command), as an attribute of pyport.cli or of one of its "
            f"modules, for the docs to read its commands; found {len(roots)}"
        )
    return roots[0]


def cli_tree(root: Any, prefix: str = "pyport") -> dict[str, Any]:
    """Every command of the CLI by its full path ("pyport entities search"), groups included."""
    import click

    found = {prefix: root}
    if isinstance(root, click.Group):
        context = click.Context(root, info_name=prefix)
        for name in root.list_commands(context):
            command = root.get_command(context, name)
            if command is not None and not command.hidden:
                found.update(cli_tree(command, f"{prefix} {name}"))
    return found


def cli_commands(ops: list[Operation]) -> dict[str, str]:
    """The CLI command of each operation id; {} without a CLI.

    `pyport.cli.operation_commands()` ({operation id: command}) when the CLI defines it; else the
    command whose path is the Python call's (`entities.search` → `pyport entities search`, `_` as
    `-`), when the CLI has one. Only commands the CLI really has are shown.
    """
    cli = cli_module()
    if cli is None:
        return {}
    known = {op.operation_id for op in ops}
    if hasattr(cli, "operation_commands"):
        commands: Mapping[str, str] = cli.operation_commands()
        unknown = sorted(set(commands) - known)
        if unknown:
            raise ValueError(f"pyport.cli names operations the naming table lacks: {unknown}")
        return dict(commands)
    tree = cli_tree(cli_root(cli))
    derived = {
        op.operation_id: "pyport " + op.dotted.replace(".", " ").replace("_", "-") for op in ops
    }
    return {op_id: command for op_id, command in derived.items() if command in tree}


def cli_reference_page() -> str | None:
    """reference/cli.md: every command of `pyport`, with its help and options, read from the CLI
    itself; None without a CLI. The options every command shares with the root (the global
    options) are listed once, under `pyport`."""
    import click

    cli = cli_module()
    if cli is None:
        return None
    root = cli_root(cli)
    shared = {param.name for param in root.params if isinstance(param, click.Option)}
    lines = [
        "# CLI reference",
        "",
        "Every command of `pyport`, read from the CLI itself at build time. The global options "
        "are under `pyport` below: every command takes them, before or after its name. "
        "[The command line](../explanation/cli.md) says how it fits together; the "
        "[exit codes](exit-codes.md) are on a page of their own.",
        "",
    ]
    for path, command in cli_tree(root).items():
        depth = min(path.count(" ") + 2, 6)
        lines += ["#" * depth + f" `{path}`", ""]
        if command.help:
            lines += [_help_markdown(command.help), ""]
        context = click.Context(command, info_name=path)
        usage = " ".join(command.collect_usage_pieces(context))
        # Inline, not a code block: every code block of the site is one the tests run.
        lines += [f"Usage: `{f'{path} {usage}'.rstrip()}`", ""]
        rows = [
            (" / ".join(f"`{o}`" for o in param.opts), getattr(param, "help", None) or "")
            for param in command.params
            if isinstance(param, click.Option)
            and not param.hidden
            and (command is root or param.name not in shared)
        ]
        if command is not root and any(param.name in shared for param in command.params):
            lines += ["Takes the global options (see `pyport`).", ""]
        if rows:
            lines += ["| option | meaning |", "| --- | --- |"]
            lines += [f"| {opts} | {text.replace('|', '/')} |" for opts, text in rows]
            lines.append("")
    public = getattr(cli, "__all__", ())
    if public:  # the module's own public names (`main`: the CLI called from Python)
        lines += ["## From Python", ""]
        for name in public:
            lines += [f"::: {cli.__name__}.{name}", "    options:", "      heading_level: 3", ""]
    return "\n".join(lines)


def _help_markdown(text: str) -> str:
    """A command's help as Markdown: click's `\\b` blocks (not rewrapped: the examples) become
    lines of inline code, not code blocks (the site's code blocks are all run by its tests)."""
    out: list[str] = []
    verbatim = False
    for line in inspect.cleandoc(text).splitlines():
        if line.strip() == "\b":
            verbatim = True
            continue
        if verbatim and not line.strip():
            verbatim = False
            out.append("")
        elif verbatim and line.startswith(" "):
            out.append(f"- `{line.strip()}`")
        elif verbatim:
            out += [f"*{line.strip()}*", ""]
        else:
            out.append(line)
    return "\n".join(out).strip()


def _anchor(operation_id: str) -> str:
    return operation_id.replace("_", "-")


def operations_page() -> str:
    """reference/operations.md: every Port operation → its Python call (and CLI command)."""
    ops = operations()
    commands = cli_commands(ops)
    lines = [
        "# Port operations index",
        "",
        "Every operation of Port's API that pyport speaks, by its operation id, with the HTTP "
        "route and the Python call that sends it (the async client has the same names, awaited). "
        "Generated at build time from `openapi/naming.yaml` and "
        "`pyport/_resources/_operations.py`, so it cannot drift from the code.",
        "",
        f"{len(ops)} operations. Path parameters are positional, in URL order; every method also "
        "takes the body's fields as keyword arguments, `extra_body=`, `extra_query=`, "
        "`extra_headers=` and `timeout=`.",
        "",
    ]
    for resource in sorted({op.resource for op in ops}):
        lines += [f"## `port.{resource}`", ""]
        header = "| Port operation | HTTP | Python |"
        rule = "| --- | --- | --- |"
        if commands:
            header += " CLI |"
            rule += " --- |"
        lines += [header, rule]
        for op in ops:
            if op.resource != resource:
                continue
            row = (
                f'| <span id="{_anchor(op.operation_id)}"></span>`{op.operation_id}` '
                f"| `{op.method} {op.path}` | [`{op.call}`][{op.target}] |"
            )
            if commands:
                command = commands.get(op.operation_id)
                row += f" `{command}` |" if command else " |"
            lines.append(row)
        lines.append("")
    return "\n".join(lines)


def resource_page(name: str) -> str:
    """reference/resources/<name>.md: a resource's class, its sub-resources, and the async twins."""
    port = _client()
    try:
        resource = getattr(port, name)
        subs = sub_resources(resource)
        sync_classes = [(f"port.{name}", type(resource))] + [
            (f"port.{name}.{sub}", type(value)) for sub, value in sorted(subs.items())
        ]
    finally:
        port.close()
    lines = [
        f"# `port.{name}`",
        "",
        f"The methods of `port.{name}` on `PortClient`; `AsyncPortClient` has the same methods "
        "as coroutines (their classes are at the end of this page). See the "
        "[operations index](../operations.md) for the Port operation behind each.",
        "",
    ]
    for label, cls in sync_classes:
        lines += [f"## `{label}`", "", _directive(cls), ""]
    lines += ["## Async", ""]
    for label, cls in sync_classes:
        async_cls = getattr(sys.modules[cls.__module__], f"Async{cls.__name__}")
        lines += [f"### `{label}` (async)", "", _directive(async_cls, brief=True), ""]
    return "\n".join(lines)


def _deprecated(function: Any) -> bool:
    # Version 1's names kept in handwritten helpers say so on their docstring's first line.
    first = (inspect.getdoc(function) or "").split("\n", 1)[0]
    return "deprecated" in first.lower()


def _directive(cls: type, *, brief: bool = False) -> str:
    # Methods a resource inherits from a handwritten helper (the batch methods of entities) are
    # part of it; the version-1 names (Legacy* bases) and the shared machinery are not shown.
    inherited = sorted(
        {
            name
            for base in cls.__mro__[1:]
            if base.__module__.startswith("pyport.")
            and not base.__module__.startswith(("pyport._resources._legacy_", "pyport._surface"))
            for name, value in vars(base).items()
            if not name.startswith("_") and callable(value) and not _deprecated(value)
        }
    )
    options = [
        "    options:",
        "      show_root_heading: false",
        "      show_root_toc_entry: false",
        "      heading_level: 3",
    ]
    if brief:
        options.append("      show_docstring_description: false")
    if inherited:
        options.append(f"      inherited_members: {inherited}")
    return "\n".join([f"::: {cls.__module__}.{cls.__qualname__}", *options])


def resources_index_page() -> str:
    """reference/resources/index.md: the resources, each with its operation count."""
    counts: dict[str, int] = {}
    for op in operations():
        counts[op.resource] = counts.get(op.resource, 0) + 1
    lines = [
        "# Resources",
        "",
        "Every Port operation is a method of a resource of the client. Generated from "
        "`PortClient`'s resources at build time.",
        "",
        "| resource | operations |",
        "| --- | --- |",
    ]
    for name in resource_names():
        lines.append(f"| [`port.{name}`]({name}.md) | {counts.get(name, 0)} |")
    return "\n".join([*lines, ""])


def api_changelog_page() -> str:
    """api-changelog.md: `scripts/spec_diff.py` between each pin of openapi/spec.lock and the
    next."""
    revisions = _git("log", "--format=%H %ad", "--date=short", "--reverse", "--", str(LOCK))
    pins = [line.split() for line in revisions.splitlines() if line.strip()]
    lines = [
        "# API changelog",
        "",
        "What changed in Port's API between each version of the specs this client was generated "
        "from (the pins of `openapi/spec.lock`, newest first), written at build time by "
        "`scripts/spec_diff.py` (`make spec-diff OLD=git:<rev> NEW=openapi/spec.lock`).",
        "",
    ]
    if len(pins) < 2:
        return "\n".join([*lines, "Only one pin so far: nothing to compare.", ""])
    steps = [(pins[i][0], pins[i + 1][0], pins[i + 1][1]) for i in range(len(pins) - 1)]
    known = {op.operation_id for op in operations()}
    for old, new, date in reversed(steps):
        new_arg = str(LOCK) if new == pins[-1][0] else f"git:{new}"
        done = subprocess.run(
            [sys.executable, str(REPO / "scripts" / "spec_diff.py"), f"git:{old}", new_arg],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=False,
        )
        lines += [f"## Pinned {date} (commit `{new[:7]}`)", ""]
        if done.returncode != 0:
            # Port's specs are not in this repository (see openapi/spec.lock): without them there
            # is nothing to compare, and the page says so rather than failing the build.
            reason = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "no output"
            lines += [
                "!!! warning",
                "",
                f"    Not available in this build: `{reason}`. Set `PYPORT_SPEC_DIR` to where "
                "Port's specs are.",
                "",
            ]
            continue
        lines += [_demote(done.stdout, known), ""]
    return "\n".join(lines)


def _demote(markdown: str, known: set[str]) -> str:
    # The changelog's own headings sit under this page's "## Pinned ..." heading; an operation
    # the client still has links to its row of the operations index.
    def link(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in known:
            return match.group(0)
        return f"[`{name}`](reference/operations.md#{_anchor(name)})"

    out = []
    for line in markdown.splitlines():
        demoted = "##" + line if line.startswith("#") else line
        out.append(re.sub(r"(?<=^- )`(\w+)`", link, demoted))
    return "\n".join(out)


def exit_codes_page() -> str | None:
    """reference/exit-codes.md from the CLI's `EXIT_CODES` ({code: meaning}) or its `ExitCode`
    IntEnum (each member's docstring, or its name), found on `pyport.cli` or one of its modules;
    None without a CLI."""
    cli = cli_module()
    if cli is None:
        return None
    codes: dict[int, str] | None = None
    for module in _cli_modules(cli):
        if hasattr(module, "EXIT_CODES"):
            codes = {int(code): str(meaning) for code, meaning in module.EXIT_CODES.items()}
        elif hasattr(module, "ExitCode"):
            codes = {
                int(member): (member.__doc__ if member.__doc__ != type(member).__doc__ else None)
                or member.name.replace("_", " ").lower()
                for member in module.ExitCode
            }
        if codes is not None:
            break
    else:
        raise LookupError(
            "pyport.cli exists but neither it nor its modules have EXIT_CODES ({code: meaning}) "
            "or an ExitCode IntEnum: the exit codes page is written from one of them"
        )
    lines = [
        "# Exit codes",
        "",
        "What `pyport` exits with, read from the CLI at build time. A script can tell a failure "
        "(1) from bad usage (2), missing credentials (3) or something that is not there (4); "
        "[the CLI in CI jobs](../how-to/cli-in-ci.md) shows each.",
        "",
        "| code | meaning |",
        "| --- | --- |",
    ]
    lines += [f"| {code} | {meaning} |" for code, meaning in sorted(codes.items())]
    return "\n".join([*lines, ""])


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout
