#!/usr/bin/env python3
"""The changelog between two versions of Port's spec, as Markdown.

    python scripts/spec_diff.py OLD NEW [--out FILE]

OLD and NEW are each a spec (path or URL), a spec lock (`openapi/spec.lock`: the union of the
sources it pins), or `git:REV` (the lock at a git revision, e.g. `git:HEAD~3`). Exit status 0; the
breaking changes are flagged in the text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import _common
from codegen.diff import diff_specs
from codegen.load import load_normalized
from codegen.spec_io import SpecError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--out", type=Path, help="write the Markdown here instead of printing it")
    args = parser.parse_args(argv)
    try:
        old_label, old = load_normalized(args.old, search_dirs=_common.spec_dirs())
        new_label, new = load_normalized(args.new, search_dirs=_common.spec_dirs())
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    text = diff_specs(old.strict, new.strict).to_markdown(old_label=old_label, new_label=new_label)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
