"""The CLI reference as Markdown, from the commands themselves (for the docs)."""

from __future__ import annotations

import click

from pyport.cli._exit import EXIT_CODES
from pyport.cli._state import GLOBAL_NAMES


def render_markdown() -> str:
    """Every command, its usage, help and options, as one Markdown document."""
    from pyport.cli._run import cli

    lines = ["# pyport command line reference", ""]
    lines.append("## Exit statuses")
    lines.append("")
    lines.extend(f"- `{code}`: {meaning}" for code, meaning in EXIT_CODES.items())
    lines.append("")
    _command(cli, ["pyport"], lines)
    return "\n".join(lines).rstrip() + "\n"


def walk(command: click.Command, path: list[str]) -> list[tuple[list[str], click.Command]]:
    """(path, command) for the command and every sub-command, depth first."""
    found = [(path, command)]
    if isinstance(command, click.Group):
        ctx = click.Context(command, info_name=path[-1])
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                found.extend(walk(sub, [*path, name]))
    return found


def _command(root: click.Command, path: list[str], lines: list[str]) -> None:
    for names, command in walk(root, path):
        ctx = click.Context(command, info_name=" ".join(names))
        lines.append(f"{'#' * min(len(names) + 1, 4)} `{' '.join(names)}`")
        lines.append("")
        lines.append("```text")
        lines.append(command.get_usage(ctx))
        lines.append("```")
        lines.append("")
        lines.append(_help(command.help or ""))
        lines.append("")
        options = [
            p
            for p in command.params
            if isinstance(p, click.Option)
            and not p.hidden
            and (command is root or p.name not in GLOBAL_NAMES)
        ]
        if command is not root and any(p.name in GLOBAL_NAMES for p in command.params):
            lines.append("Takes the global options (see `pyport`).")
            lines.append("")
        if options:
            lines.append("| option | what it does |")
            lines.append("| --- | --- |")
            for option in options:
                record = option.get_help_record(ctx)
                if record is not None:
                    flags, text = record
                    flags, text = (part.replace("|", "\\|") for part in (flags, text))
                    lines.append(f"| `{flags}` | {text} |")
            lines.append("")


def _help(text: str) -> str:
    """click's `\\b` (no rewrap) blocks become code blocks; their "Example:" line a heading."""
    import inspect

    out: list[str] = []
    in_block = opened = False
    for line in inspect.cleandoc(text).splitlines():
        if line.strip() == "\b":
            in_block, opened = True, False
            continue
        if in_block and not line.strip():
            if opened:
                out.append("```")
            in_block = False
            out.append("")
            continue
        if in_block and not opened:
            if line.strip().endswith(":") and not line.startswith(" "):
                out.append(f"*{line.strip()}*")
                out.append("")
                out.append("```console")
                opened = True
                continue
            out.append("```console")
            opened = True
        out.append(line[2:] if in_block and line.startswith("  ") else line)
    if in_block and opened:
        out.append("```")
    return "\n".join(out)
