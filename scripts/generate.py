#!/usr/bin/env python3
"""Generate generated/port_api_client from Port's spec: normalize, run the pinned generator, format.

    python scripts/generate.py [--spec PATH_OR_URL] [--out DIR]

Without --spec it uses the pinned spec (openapi/spec.lock), found by sha256 in PYPORT_SPEC_DIR
(default ../shared/openapi) or downloaded from its URL. Generating into the default directory
from another spec moves the pin (openapi/spec.lock) to it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import _common
from codegen.generate import DEFAULT_OUT, _retrieval_date, generate, write_lock
from codegen.spec_io import DEFAULT_SPEC_URL, SpecError, find_pinned_spec, read_lock, read_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", help="path or URL of Port's spec (default: the pinned one)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output package directory")
    parser.add_argument("--source-url", default=None, help="URL to record as the spec's source")
    parser.add_argument(
        "--report", action="store_true", help="print what every normalization rule changed"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    try:
        if args.spec:
            source = read_spec(args.spec)
            source_url = args.source_url or (args.spec if "://" in args.spec else DEFAULT_SPEC_URL)
        else:
            source = find_pinned_spec(search_dirs=_common.spec_dirs())
            source_url = read_lock()["source"]
    except SpecError as exc:
        print(f"error: {exc}\n{_common.NO_SPEC_HELP}", file=sys.stderr)
        return 2
    retrieved = read_lock()["retrieved"] if not args.spec else _retrieval_date(source.location)
    result = generate(source, args.out.resolve(), source_url=source_url, retrieved=retrieved)
    if args.out.resolve() == DEFAULT_OUT:
        write_lock(result, source_url=source_url, retrieved=retrieved)
    elapsed = time.perf_counter() - started
    print(f"spec       {source.location} (sha256 {source.sha256[:16]}…)")
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
