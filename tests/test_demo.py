"""`make demo` runs the walkthrough on the simulator: run it small and read what it says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "scripts" / "demo.py"


def test_demo_walks_through_on_the_simulator() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORT_")}
    done = subprocess.run(
        [sys.executable, str(DEMO), "--entities", "240"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    out = done.stdout
    assert "against the local Port simulator" in out
    assert "240 upserted in 12 requests; Port now counts 240 service entities" in out
    # 240 services, a third in Python, a quarter of those at tier 0 → 20 matches, one page.
    assert re.search(r"20 matches in 1 pages of up to 100: \[20\]", out)
    assert re.search(r"run r_\w+ is SUCCESS with 2 log lines", out)
    assert "NotFoundError: 404 not_found" in out
    assert "ConflictError: 409" in out
    # The backup round trip: 5 domains and 240 services out, none left, all back, identical.
    assert "snapshot: 245 entities, 1 action → backup.tar.gz" in out
    assert "cleared: 0 entities left" in out
    assert "restored: 245 entities" in out
    assert "diff: identical" in out
    assert done.stderr == ""
