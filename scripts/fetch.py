#!/usr/bin/env python3
"""Download Port's spec (or read a local copy), print its sha256 and what it contains.

    python scripts/fetch.py [URL_OR_PATH] [--save FILE]

Default: https://api.getport.io/swagger/yaml. The spec is Port's document: save it outside the
repository (PYPORT_SPEC_DIR), never commit it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import _common  # noqa: F401 - puts scripts/ on sys.path
from codegen.normalize import operations
from codegen.spec_io import DEFAULT_SPEC_URL, SpecError, read_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("spec", nargs="?", default=DEFAULT_SPEC_URL)
    parser.add_argument("--save", type=Path, help="write the bytes to this file")
    args = parser.parse_args(argv)
    try:
        source = read_spec(args.spec)
        doc = source.parse()
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.save:
        args.save.write_bytes(source.content)
    ops = operations(doc)
    info = doc.get("info", {})
    named = sum(1 for *_, op in ops if op.get("operationId"))
    tags = Counter((op.get("tags") or ["(none)"])[0] for _, _, op in ops)
    print(f"source      {source.location}")
    print(f"sha256      {source.sha256}")
    print(f"size        {len(source.content):,} bytes")
    print(f"openapi     {doc.get('openapi')}  ({info.get('title')} {info.get('version')})")
    print(f"paths       {len(doc.get('paths', {}))}")
    print(f"operations  {len(ops)}  ({named} with an operationId)")
    print(f"components  {len(doc.get('components', {}).get('schemas', {}))} schemas")
    for tag, count in sorted(tags.items()):
        print(f"  {count:3}  {tag}")
    if args.save:
        print(f"saved       {args.save}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
