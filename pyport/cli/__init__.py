"""`pyport`, the command line: everyday Port work, backups and migrations over the library.

Needs the `cli` extra (`pip install 'pyport[cli]'`: click, rich, PyYAML, keyring). Nothing in
the library imports this package, and this module imports nothing heavy: `pyport --version`
answers before click, rich or httpx are loaded, and each command group loads on first use.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]

_VERSION_FLAGS = (["--version"], ["-V"])


def main(argv: Sequence[str] | None = None) -> int:
    """The console script `pyport` and `python -m pyport`; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args in _VERSION_FLAGS:
        # The fast path: a CI job probing the tool pays the interpreter's start-up and no more.
        from pyport._version import __version__

        sys.stdout.write(f"pyport {__version__}\n")
        return 0
    try:
        from pyport.cli._run import run
    except ImportError as error:  # click or rich missing: the extra was not installed
        sys.stderr.write(
            f"error: the pyport command line needs the 'cli' extra ({error.name} is missing):"
            " pip install 'pyport[cli]'\n"
        )
        return 2
    return run(args)
