#!/usr/bin/env python3
"""Has Port's API moved since the client was generated? Prints the changelog against the pin.

    python scripts/spec_check.py [PATH_OR_URL]

Default: Port's live spec (https://api.getport.io/swagger/yaml), compared with the pinned `live`
source; a file named like `port-api-docs-….yaml` is compared with the `docs` pin. Exit status 0
when nothing changed or nothing breaking did, 1 on breaking drift, 2 when a spec cannot be read.
"""

from __future__ import annotations

import argparse
import sys

import _common
from codegen.drift import check_drift
from codegen.spec_io import DEFAULT_SPEC_URL, SpecError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("spec", nargs="?", default=DEFAULT_SPEC_URL)
    args = parser.parse_args(argv)
    try:
        drift = check_drift(args.spec, search_dirs=_common.spec_dirs())
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(drift.to_markdown())
    if drift.breaking:
        print("\nBreaking drift: regenerate with `make generate SPEC=…` and review the changes.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
