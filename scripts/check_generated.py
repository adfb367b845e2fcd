#!/usr/bin/env python3
"""Fail if generated/port_api_client is not exactly what the pinned spec generates.

Catches hand edits and a stale tree. The pinned specs (openapi/spec.lock) are found by sha256 in
PYPORT_SPEC_DIR (default ../shared/openapi) or downloaded from its URL; when neither is possible it
says so and exits 0, unless --require-spec is given.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
from pathlib import Path

import _common
from codegen.generate import DEFAULT_FACADE, DEFAULT_OUT, generate, generator_missing
from codegen.spec_io import SpecError, find_pinned_sources, read_lock


def compare_trees(expected: Path, actual: Path) -> list[str]:
    """Human-readable differences between two trees; empty when identical."""
    want = {p.relative_to(expected) for p in expected.rglob("*") if p.is_file()}
    have = {
        p.relative_to(actual)
        for p in actual.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    want = {p for p in want if "__pycache__" not in p.parts}
    problems = [f"missing: {p}" for p in sorted(want - have)]
    problems += [f"not generated (stale or added by hand): {p}" for p in sorted(have - want)]
    for rel in sorted(want & have):
        a, b = (expected / rel).read_bytes(), (actual / rel).read_bytes()
        if a != b:
            diff = difflib.unified_diff(
                a.decode(errors="replace").splitlines(),
                b.decode(errors="replace").splitlines(),
                f"regenerated/{rel}",
                f"generated/{rel}",
                n=1,
                lineterm="",
            )
            problems.append(f"differs: {rel}\n" + "\n".join(list(diff)[:30]))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--require-spec", action="store_true", help="fail when the spec is unavailable"
    )
    args = parser.parse_args(argv)
    try:
        lock = read_lock()
    except SpecError as exc:
        print(f"check-generated: {exc}", file=sys.stderr)
        return 1
    if (missing := generator_missing()) is not None:
        print(f"check-generated: skipped, {missing}; generated/ not re-checked", file=sys.stderr)
        return 2 if args.require_spec else 0
    try:
        sources = find_pinned_sources(search_dirs=_common.spec_dirs(), lock=lock)
    except SpecError as exc:
        print(f"check-generated: skipped, {exc}\n{_common.NO_SPEC_HELP}", file=sys.stderr)
        return 2 if args.require_spec else 0
    with tempfile.TemporaryDirectory(prefix="pyport-check-") as scratch:
        out = Path(scratch) / "port_api_client"
        result = generate(sources, out)
        problems = compare_trees(out, DEFAULT_OUT) + [
            f"pyport/_resources: {p}" for p in compare_trees(result.facade_path, DEFAULT_FACADE)
        ]
    pins = ", ".join(f"{pin.name} {pin.sha256[:12]}…" for pin in lock.sources)
    if problems:
        print(f"check-generated: generated/ differs from what {pins} generate:")
        for problem in problems[:20]:
            print(f"  {problem}")
        if len(problems) > 20:
            print(f"  … and {len(problems) - 20} more")
        print("Run `make generate` (and never edit generated/ by hand).")
        return 1
    print(f"check-generated: generated/ matches {pins} ({lock.generator})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
