#!/usr/bin/env python3
"""Import cost, side by side in one run: `import httpx` against `import pyport` and against one
generated endpoint module, each in a fresh interpreter, median of N runs. Prints ratios."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

TARGETS = {
    "import httpx (baseline)": "import httpx",
    "import pyport": "import pyport",
    "from pyport import PortClient": "from pyport import PortClient",
    "import pyport._generated": "import pyport._generated",
    "import one endpoint module": "import pyport._generated.api.entities.search_blueprint_entities",
    "import pyport + its entities resource": "import pyport, pyport._resources._entities",
}


def _measure(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    # Interleave the targets so that machine noise hits them alike.
    samples: dict[str, list[float]] = {name: [] for name in TARGETS}
    started = time.perf_counter()
    for _ in range(args.runs):
        for name, statement in TARGETS.items():
            samples[name].append(_measure(statement))
    baseline = statistics.median(samples["import httpx (baseline)"])
    print(
        f"Import cost, median of {args.runs} fresh interpreters"
        f" ({time.perf_counter() - started:.0f}s)"
    )
    print(f"{'what':40} {'median ms':>10} {'× httpx':>8}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:40} {median * 1000:10.1f} {median / baseline:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
