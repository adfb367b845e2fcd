"""`python -m pyport`: the `pyport` command line (needs the `cli` extra)."""

from __future__ import annotations

import sys

from pyport.cli import main

if __name__ == "__main__":
    sys.exit(main())
