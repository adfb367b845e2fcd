#!/usr/bin/env python3
"""The changelog between two versions of Port's spec, as Markdown.

    python scripts/spec_diff.py OLD NEW [--out FILE]

OLD and NEW are paths or URLs. Exit status 0; the breaking changes are flagged in the text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import _common  # noqa: F401 - puts scripts/ on sys.path
from codegen.diff import diff_specs
from codegen.normalize import normalize
from codegen.spec_io import SpecError, read_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--out", type=Path, help="write the Markdown here instead of printing it")
    args = parser.parse_args(argv)
    try:
        old, new = read_spec(args.old), read_spec(args.new)
        diff = diff_specs(normalize(old.parse()).strict, normalize(new.parse()).strict)
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    text = diff.to_markdown(old_label=Path(old.location).name, new_label=Path(new.location).name)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
