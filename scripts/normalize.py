#!/usr/bin/env python3
"""Normalize Port's spec and report what every rule changed and what it could not handle.

    python scripts/normalize.py [SPEC_OR_LOCK] [--out FILE] [--strict-out FILE] [--report]

Default input: the pinned sources (openapi/spec.lock), merged; the report then lists the
operations the sources define differently. A spec (path or URL), a lock or `git:REV` may be
given. --out writes the spec given to the generator (JSON), --strict-out the strict one the
simulator validates with.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import _common
from codegen.load import load_normalized
from codegen.spec_io import SpecError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("spec", nargs="?")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--strict-out", type=Path)
    parser.add_argument("--report", action="store_true")
    args = parser.parse_args(argv)
    try:
        label, result = load_normalized(args.spec, search_dirs=_common.spec_dirs())
    except SpecError as exc:
        print(f"error: {exc}\n{_common.NO_SPEC_HELP}", file=sys.stderr)
        return 2
    if args.out:
        args.out.write_text(json.dumps(result.generator, indent=1), encoding="utf-8")
    if args.strict_out:
        args.strict_out.write_text(json.dumps(result.strict, indent=1), encoding="utf-8")
    print(f"# Normalizing {label}\n")
    print(result.report.to_markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
