"""`pyport completion bash|zsh|fish`: the shell's completion script (click's own)."""

from __future__ import annotations

import click

SHELLS = ("bash", "zsh", "fish")


@click.command("completion")
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> None:
    """Print the completion script for a shell; load it from your shell's startup file.

    \b
    Example:
      eval "$(pyport completion bash)"          # ~/.bashrc
      eval "$(pyport completion zsh)"           # ~/.zshrc
      pyport completion fish > ~/.config/fish/completions/pyport.fish
    """
    from click.shell_completion import get_completion_class

    from pyport.cli._run import cli

    cls = get_completion_class(shell)
    assert cls is not None  # the Choice above allows only shells click knows
    click.echo(cls(cli, {}, "pyport", "_PYPORT_COMPLETE").source())
