#!/usr/bin/env python3
"""Generate generated/port_api_client from Port's spec: normalize, run the pinned generator, format.

    python scripts/generate.py [--spec PATH_OR_URL ...] [--out DIR]

Without --spec it uses the pinned sources (openapi/spec.lock), each found by sha256 in
PYPORT_SPEC_DIR (default ../shared/openapi) or downloaded from its URL. Several --spec make one
client of all their operations, each taken from the newest source that has it (a source's date is
read off its file name, `…-YYYY-MM-DD.yaml`). Generating into the default directory from other
specs moves the pin (openapi/spec.lock) to them.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import _common
from codegen.generate import DEFAULT_OUT, generate, pin_for, write_lock
from codegen.spec_io import DEFAULT_SPEC_URL, SpecError, find_pinned_sources, read_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--spec",
        action="append",
        default=[],
        help="path or URL of a Port spec; repeat for several sources (default: the pinned ones)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output package directory")
    parser.add_argument(
        "--source-url",
        default=None,
        help="URL to record as the source of a single --spec (default: Port's live URL for a file)",
    )
    parser.add_argument(
        "--report", action="store_true", help="print what every normalization rule changed"
    )
    args = parser.parse_args(argv)
    specs = [part for spec in args.spec for part in spec.split()]

    started = time.perf_counter()
    try:
        if specs:
            sources = []
            for spec in specs:
                source = read_spec(spec)
                url = spec if "://" in spec else None
                if len(specs) == 1:
                    url = args.source_url or url or DEFAULT_SPEC_URL
                sources.append((pin_for(source, url=url), source))
        else:
            sources = find_pinned_sources(search_dirs=_common.spec_dirs())
    except SpecError as exc:
        print(f"error: {exc}\n{_common.NO_SPEC_HELP}", file=sys.stderr)
        return 2
    names = [pin.name for pin, _ in sources]
    if len(set(names)) != len(names):
        print(f"error: two sources share a name ({', '.join(names)})", file=sys.stderr)
        return 2
    try:
        result = generate(sources, args.out.resolve())
    except RuntimeError as exc:  # the generator refused what no rule could repair
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.out.resolve() == DEFAULT_OUT:
        write_lock(result)
    elapsed = time.perf_counter() - started
    for pin, source in sources:
        print(f"spec       {pin.name}: {source.location} (sha256 {source.sha256[:16]}…)")
    print(f"output     {result.out_dir}")
    print(f"operations {result.operations}")
    print(f"models     {result.models} modules")
    print(f"tree       {result.files} files, {result.bytes / 1e6:.1f} MB")
    print(f"warnings   {len(result.warnings)}")
    for warning in result.warnings:
        print(f"  {warning}")
    steps = ", ".join(f"{k} {v:.1f}s" for k, v in result.seconds.items())
    print(f"time       {elapsed:.1f}s ({steps})")
    if args.report:
        print(result.report.to_markdown())
    elif result.report.unhandled:
        print(f"notes      {len(result.report.unhandled)} (run with --report to list them)")
    return 1 if result.warnings else 0


if __name__ == "__main__":
    sys.exit(main())
