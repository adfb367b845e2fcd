#!/usr/bin/env python3
"""Run the codegen pipeline on every published spec and print what it made of each, as a table.

    python scripts/spec_history.py [DIR ...]

Default: every `*.yaml` in PYPORT_SPEC_DIR (default ../shared/openapi) and its `history/`. Exit
status 1 when a spec generates with warnings, loses an operation or leaves a documented 2xx
response untyped.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import _common
from codegen.history import measure, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dirs", nargs="*", type=Path)
    args = parser.parse_args(argv)
    dirs = args.dirs or [d for base in _common.spec_dirs() for d in (base / "history", base)]
    specs = sorted({p for d in dirs if d.is_dir() for p in d.glob("*.yaml")}, key=lambda p: p.name)
    if not specs:
        print(f"no specs found in {', '.join(map(str, dirs))}\n{_common.NO_SPEC_HELP}")
        return 2
    rows = []
    with tempfile.TemporaryDirectory(prefix="pyport-history-") as scratch:
        for index, spec in enumerate(specs):
            rows.append(measure(spec, Path(scratch) / str(index)))
    print(table(rows))
    bad = [
        r
        for r in rows
        if r.warnings or r.generated != r.operations or r.untyped_2xx or r.path_named
    ]
    for r in bad:
        print(f"{r.name}: warnings {r.warnings}, untyped {r.untyped_2xx}, named {r.path_named}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
