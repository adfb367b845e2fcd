#!/usr/bin/env python3
"""Start-up time of the command line, whole process, hyperfine-style: `pyport --version` (the
console script) and `python -m pyport --version` against the bare interpreter (`python -c pass`),
interleaved, a few warm-up runs, then the median (and min) of N runs each. Prints the ratios; the
target is under 2x the bare interpreter.

Also shown, for what the ratio is made of: `python -c "import pyport"` (the library's import,
which the console script's `from pyport.cli import main` pays as well) and `pyport --help`. The
console script pip writes imports `re` itself (about half of what it adds to the interpreter).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
COMMANDS = {
    "python -c pass (baseline)": [sys.executable, "-c", "pass"],
    "pyport --version": [str(BIN / "pyport"), "--version"],
    "python -m pyport --version": [sys.executable, "-m", "pyport", "--version"],
    'python -c "import pyport"': [sys.executable, "-c", "import pyport"],
    "pyport --help": [str(BIN / "pyport"), "--help"],
}


def _once(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()
    for _ in range(args.warmup):  # the page cache, .pyc files
        for command in COMMANDS.values():
            _once(command)
    samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, command in COMMANDS.items():  # interleaved: noise hits all alike
            samples[name].append(_once(command))
    baseline = statistics.median(samples["python -c pass (baseline)"])
    print(f"Start-up, whole process, median of {args.runs} runs ({args.warmup} warm-up)")
    print(f"{'command':32} {'median ms':>10} {'min ms':>8} {'x bare python':>14}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(
            f"{name:32} {median * 1000:10.1f} {min(values) * 1000:8.1f} {median / baseline:14.2f}"
        )
    ratio = statistics.median(samples["pyport --version"]) / baseline
    verdict = "under" if ratio < 2 else "NOT under"
    print(f"pyport --version is {ratio:.2f}x `python -c pass`: {verdict} the 2x target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
