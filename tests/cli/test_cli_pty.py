"""The command line in a real pseudo-terminal (pexpect): progress bars are drawn there, and the
same commands piped draw none. 20,000 entities against a simulator served on loopback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from cli_support import Served, seed_service

pytest_plugins = ["cli_fixtures"]

PYPORT = str(Path(sys.executable).parent / "pyport")
ROWS = 20_000
BAR = "━"  # rich's bar
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
# Generous: guards against a hang only (the run takes seconds).
HANG = 300


def _rows(path: Path) -> Path:
    with path.open("w") as out:
        for number in range(ROWS):
            record = {"identifier": f"svc-{number:05}", "properties": {"replicas": number % 7}}
            out.write(json.dumps(record) + "\n")
    return path


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(TERM="xterm-256color", COLUMNS="100", LINES="30")
    env.pop("NO_COLOR", None)
    return env


def _in_pty(*args: str) -> tuple[int, str]:
    child = pexpect.spawn(
        PYPORT, list(args), env=_env(), dimensions=(30, 100), encoding="utf-8", timeout=HANG
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus is not None
    return child.exitstatus, str(child.before)


def _last_line(screen: str) -> str:
    lines = [ANSI.sub("", line).strip() for line in screen.replace("\r", "\n").split("\n")]
    return [line for line in lines if line][-1]


@pytest.mark.slow
def test_upsert_and_backup_draw_progress_bars_in_a_terminal(served: Served, tmp_path: Path) -> None:
    seed_service(served.sim)
    rows = _rows(tmp_path / "rows.jsonl")
    code, screen = _in_pty("entities", "upsert", "service", "--file", str(rows))
    assert code == 0, screen
    assert BAR in screen
    assert "upsert service" in screen
    assert f"{ROWS}/{ROWS}" in ANSI.sub("", screen)
    assert _last_line(screen) == f"upserted {ROWS} of {ROWS} entities of service, 0 failed"

    code, screen = _in_pty("backup", "create", str(tmp_path / "snap"))
    assert code == 0, screen
    assert BAR in screen
    assert "read entities:service" in screen
    assert _last_line(screen) == (
        f"snapshot {tmp_path / 'snap'}: 11 files, {ROWS} entities, 0 secrets redacted"
    )


@pytest.mark.slow
def test_the_same_commands_piped_draw_no_bar(served: Served, tmp_path: Path) -> None:
    seed_service(served.sim)
    rows = _rows(tmp_path / "rows.jsonl")
    upsert = subprocess.run(
        [PYPORT, "entities", "upsert", "service", "--file", str(rows)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=HANG,
        check=False,
    )
    assert upsert.returncode == 0, upsert.stderr
    assert json.loads(upsert.stdout) == {"blueprint": "service", "upserted": ROWS, "failed": []}
    assert upsert.stderr == ""
    backup = subprocess.run(
        [PYPORT, "backup", "create", str(tmp_path / "snap")],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=HANG,
        check=False,
    )
    assert backup.returncode == 0, backup.stderr
    assert json.loads(backup.stdout)["entities"] == ROWS
    assert BAR not in backup.stderr
    assert "\x1b[" not in backup.stdout + backup.stderr


@pytest.mark.slow
def test_ctrl_c_stops_an_upsert_cleanly_and_says_how_to_resume(tmp_path: Path) -> None:
    from pyport.testing import Faults, PortSimulator

    # Slow answers (50 ms each) keep the batch going long after the first bar is drawn.
    sim = PortSimulator(faults=Faults(latency=0.05))
    seed_service(sim)
    rows = _rows(tmp_path / "rows.jsonl")
    env = _env()
    env.update(PORT_CLIENT_ID=sim.client_id, PORT_CLIENT_SECRET=sim.client_secret)
    with sim.serve() as url:
        env["PORT_BASE_URL"] = url
        child = pexpect.spawn(
            PYPORT,
            ["entities", "upsert", "service", "--file", str(rows)],
            env=env,
            dimensions=(30, 100),
            encoding="utf-8",
            timeout=HANG,
        )
        child.expect("upsert service")
        child.sendintr()
        child.expect(pexpect.EOF)
        child.close()
    screen = str(child.before)
    assert child.exitstatus == 130, screen
    last = _last_line(screen)
    assert re.fullmatch(
        rf"error: interrupted after \d+ of {ROWS} entities; run the same command again to "
        r"finish \(upserting an entity twice changes nothing\)",
        last,
    ), last
    assert "Traceback" not in screen


def _table_in_pty(served: Served, *extra: str, env: dict[str, str] | None = None) -> str:
    child = pexpect.spawn(
        PYPORT,
        ["blueprints", "list", "--fields", "identifier", *extra],
        env=env or _env(),
        dimensions=(30, 100),
        encoding="utf-8",
        timeout=HANG,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return str(child.before)


def test_colour_on_a_terminal_unless_no_color_or_NO_COLOR(served: Served) -> None:
    seed_service(served.sim)
    assert "\x1b[1m" in _table_in_pty(served)  # the bold header
    plain = _table_in_pty(served, "--no-color")
    assert "\x1b[" not in plain
    assert "identifier" in plain
    assert "service" in plain
    assert "\x1b[" not in _table_in_pty(served, env={**_env(), "NO_COLOR": "1"})


def test_destructive_commands_ask_on_a_terminal(served: Served) -> None:
    seed_service(served.sim, "a", "b")

    def delete(answer: str) -> tuple[int, str]:
        child = pexpect.spawn(
            PYPORT,
            ["entities", "delete", "service", "a"],
            env=_env(),
            dimensions=(30, 100),
            encoding="utf-8",
            timeout=HANG,
        )
        child.expect(r"delete 1 entity of service\? \[y/N\]: ")
        child.sendline(answer)
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus is not None
        return child.exitstatus, _last_line(str(child.before))

    assert delete("n") == (1, "error: cancelled: nothing was changed")
    assert served.sim.handle("GET", "/v1/blueprints/service/entities/a").status == 200
    code, _ = delete("y")
    assert code == 0
    assert served.sim.handle("GET", "/v1/blueprints/service/entities/a").status == 404


def test_login_prompts_with_the_secret_hidden(served: Served, tmp_path: Path) -> None:
    env = {k: v for k, v in _env().items() if not k.startswith("PORT_")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    child = pexpect.spawn(
        PYPORT,
        ["auth", "login", "--base-url", served.url, "--secret-store", "file"],
        env=env,
        dimensions=(30, 100),
        encoding="utf-8",
        timeout=HANG,
    )
    child.expect("Client ID: ")
    child.sendline("sim-client-id")
    child.expect("Client secret: ")
    child.sendline("sim-client-secret")
    child.expect(pexpect.EOF)
    child.close()
    screen = str(child.before)
    assert child.exitstatus == 0, screen
    assert "sim-client-secret" not in screen  # not echoed, not repeated
    assert _last_line(screen).startswith("logged in: profile 'default' saved in ")
    saved = (tmp_path / "config" / "pyport" / "config.toml").read_text()
    assert 'client_secret = "sim-client-secret"' in saved
