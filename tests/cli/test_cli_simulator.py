"""`pyport simulator serve`: the simulator's server, driven by the command line."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from cli_support import OUTSIDE

PYPORT = str(Path(sys.executable).parent / "pyport")


def test_serve_then_use_it_then_stop_with_sigterm(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in OUTSIDE}
    env["HOME"] = str(tmp_path)
    server = subprocess.Popen(
        [PYPORT, "simulator", "serve", "--port", "0"], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        found = re.fullmatch(r"Port simulator listening on (http://127\.0\.0\.1:\d+)\n", first)
        assert found, first
        env.update(
            PORT_BASE_URL=found.group(1),
            PORT_CLIENT_ID="sim-client-id",
            PORT_CLIENT_SECRET="sim-client-secret",
        )
        made = subprocess.run(
            [PYPORT, "blueprints", "create"],
            input='{"identifier": "svc", "title": "Svc", "schema": {"properties": {}}}',
            text=True,
            capture_output=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert made.returncode == 0, made.stderr
        listed = subprocess.run(
            [PYPORT, "blueprints", "list", "--jq", ".[].identifier"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert listed.stdout == "svc\n"
    finally:
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=60) == 0


def test_serve_passes_the_simulators_own_options_through() -> None:
    helped = subprocess.run(
        [PYPORT, "simulator", "serve", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert helped.returncode == 0
    assert "--latency-ms" in helped.stdout
    bad = subprocess.run(
        [PYPORT, "simulator", "serve", "--error-rate", "nonsense"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 2
    assert "expected STATUS=RATE" in bad.stderr
