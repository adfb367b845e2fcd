"""Record the vcrpy cassettes in tests/cassettes/ (`make record`).

Each scenario of tests/scenarios/flows.py runs against a target and its traffic is written,
scrubbed, to tests/cassettes/<scenario>.yaml; the fresh cassette is then replayed offline before it
replaces the old one. A cassette whose bytes did not change keeps its provenance row in
tests/cassettes/README.md, so recording against the simulator twice changes nothing.

Targets, first match wins:
  --simulator, or neither PORT_CLIENT_ID/PORT_CLIENT_SECRET nor PORT_BASE_URL set:
      a fresh Port simulator per scenario (fixed seed and clock), served on loopback;
  PORT_CLIENT_ID and PORT_CLIENT_SECRET set: your Port organization (PORT_BASE_URL or PORT_REGION
      choose the host). Objects are created under a unique prefix and deleted afterwards; this
      needs --i-understand-this-writes-to-my-organization. Scenarios that need the simulator's
      fault injection are skipped and keep their cassettes;
  PORT_BASE_URL alone: a server there (e.g. `python -m pyport.testing --port 8765`), logged in
      with the simulator's default credentials.

Example:
    $ .venv/bin/python scripts/record.py                    # all scenarios, simulator
    $ .venv/bin/python scripts/record.py --only paged_search --check
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any, Literal

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(REPO_ROOT / "tests"))

from scenarios.cassette import (  # noqa: E402 - tests/ is put on the path just above
    CANONICAL_PREFIX,
    CASSETTE_DIR,
    RECORDED_CLIENT_ID,
    Scrubber,
    cassette_path,
    cassette_vcr,
)
from scenarios.flows import BY_NAME, SCENARIOS, Scenario, Session  # noqa: E402
from scenarios.replay import (  # noqa: E402
    NO_THROTTLE,
    NO_WAIT_RETRY,
    CassetteMismatchError,
    replay,
)

from pyport import ConfigurationError, PortClient, RetryPolicy  # noqa: E402
from pyport.errors import APIError, PortError  # noqa: E402
from pyport.testing import Exchange, PortSimulator  # noqa: E402

CONFIRM_FLAG = "--i-understand-this-writes-to-my-organization"
SEED = 0
CLOCK_START = 1_767_225_600.0  # 2026-01-01T00:00:00Z
SIM_CLIENT_SECRET = "sim-client-secret"  # the simulator's test credential, never a real one
README = CASSETTE_DIR / "README.md"
BEGIN, END = "<!-- provenance:begin -->", "<!-- provenance:end -->"
TABLE_HEAD = (
    "| cassette | scenario | target | recorded | spec | interactions |",
    "| --- | --- | --- | --- | --- | --- |",
)


class FakeClock:
    """The simulator's clock: it moves only when a scenario (or a 429) moves it."""

    def __init__(self, now: float = CLOCK_START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass(frozen=True)
class Target:
    kind: Literal["simulator", "server", "organization"]
    description: str
    base_url: str | None = None
    client_id: str = RECORDED_CLIENT_ID
    client_secret: str = SIM_CLIENT_SECRET
    prefix: str = CANONICAL_PREFIX

    @property
    def is_simulator(self) -> bool:
        return self.kind == "simulator"


class UsageError(Exception):
    """Exit 2 with this message."""


def choose_target(args: argparse.Namespace, environ: Mapping[str, str]) -> Target:
    client_id = environ.get("PORT_CLIENT_ID", "").strip()
    client_secret = environ.get("PORT_CLIENT_SECRET", "").strip()
    base_url = environ.get("PORT_BASE_URL", "").strip() or None
    if args.simulator or (not (client_id and client_secret) and base_url is None):
        return Target("simulator", f"simulator (seed {SEED}, loopback)")
    if client_id and client_secret:
        prefix = f"{CANONICAL_PREFIX}-{secrets.token_hex(3)}"
        url = base_url or _region_url(environ)
        if not args.i_understand_this_writes_to_my_organization:
            raise UsageError(
                f"PORT_CLIENT_ID and PORT_CLIENT_SECRET are set: recording would create and "
                f"delete blueprints, entities and actions named {CANONICAL_PREFIX}-…-* in the "
                f"Port organization at {url}. Re-run with {CONFIRM_FLAG} to allow that, or "
                "with --simulator (or without those variables) to record against the simulator."
            )
        return Target(
            "organization", f"organization at {url}", url, client_id, client_secret, prefix
        )
    assert base_url is not None
    return Target(
        "server",
        f"server at {base_url}",
        base_url,
        environ.get("PORT_CLIENT_ID", "").strip() or "sim-client-id",
        environ.get("PORT_CLIENT_SECRET", "").strip() or SIM_CLIENT_SECRET,
    )


def _region_url(environ: Mapping[str, str]) -> str:
    from pyport._config import resolve_settings

    region = {"PORT_REGION": environ["PORT_REGION"]} if environ.get("PORT_REGION") else {}
    return resolve_settings(client_id="x", client_secret="x", environ=region).base_url


@contextmanager
def _session(
    target: Target, scenario: Scenario[Any], *, secrets_: Sequence[str]
) -> Iterator[tuple[Session, Scrubber]]:
    """A logged-out client on `target` and the scrubber for `scenario`'s cassette."""
    scrubber = Scrubber(
        secrets=[target.client_secret, *secrets_],
        replacements={target.prefix: CANONICAL_PREFIX, target.client_id: RECORDED_CLIENT_ID},
    )
    if not target.is_simulator:
        port = PortClient(
            client_id=target.client_id,
            client_secret=target.client_secret,
            base_url=target.base_url,
            # Real waits against a real Port; replay makes the same attempts without waiting.
            retry=RetryPolicy(max_attempts=NO_WAIT_RETRY.max_attempts),
            environ={},
        )
        with port:
            yield _new_session(port, target, advance=_cannot_advance), scrubber
        return
    clock = FakeClock()
    setup = scenario.simulator
    period = setup.rate_limit.period if setup.rate_limit else 0.0

    def next_window(exchange: Exchange) -> None:
        if setup.skip_rate_window_on_429 and exchange.status == 429:
            clock.advance(period)

    sim = PortSimulator(
        client_id=target.client_id,
        client_secret=target.client_secret,
        seed=SEED,
        clock=clock,
        faults=setup.faults,
        rate_limit=setup.rate_limit,
        on_response=next_window,
    )
    with (
        sim.serve() as url,
        PortClient(
            client_id=target.client_id,
            client_secret=target.client_secret,
            base_url=url,
            retry=NO_WAIT_RETRY,
            throttle=NO_THROTTLE,
            environ={},
        ) as port,
    ):
        yield _new_session(port, target, advance=clock.advance), scrubber


def _new_session(port: PortClient, target: Target, *, advance: Callable[[float], None]) -> Session:
    return Session(
        port,
        prefix=target.prefix,
        client_id=target.client_id,
        client_secret=target.client_secret,
        advance=advance,
    )


def _cannot_advance(seconds: float) -> None:
    raise RuntimeError("only the simulator's clock can be moved")


def record_one(
    scenario: Scenario[Any], target: Target, path: Path, *, secrets_: Sequence[str]
) -> int:
    """Run `scenario` against `target`, writing its cassette to `path`; the interaction count."""
    with _session(target, scenario, secrets_=secrets_) as (session, scrubber):
        recorder = cassette_vcr(scrubber, record_mode="all")
        try:
            with recorder.use_cassette(str(path)) as cassette:
                scenario.run(session)
            return len(cassette)
        finally:
            if target.kind == "organization":
                sweep(session.port, target.prefix)


def sweep(port: PortClient, prefix: str) -> None:
    """Delete whatever a failed scenario left under `prefix` in an organization (not recorded)."""
    mine = f"{prefix}-"
    leftovers: list[str] = []
    actions = [
        a.identifier
        for a in port.actions.list()
        if isinstance(a.identifier, str) and a.identifier.startswith(mine)
    ]
    leftovers += [f"action {i}" for i in actions if not _quietly(partial(port.actions.delete, i))]
    blueprints = [
        b.identifier
        for b in port.blueprints.list()
        if isinstance(b.identifier, str) and b.identifier.startswith(mine)
    ]
    for identifier in blueprints:
        _quietly(partial(port.entities.delete_all, identifier))
    # Relations between them decide the order: retry until a pass deletes nothing more.
    remaining = blueprints
    while remaining:
        failed = [i for i in remaining if not _quietly(partial(port.blueprints.delete, i))]
        if len(failed) == len(remaining):
            leftovers += [f"blueprint {i}" for i in failed]
            break
        remaining = failed
    if leftovers:
        print(f"  could not delete: {', '.join(leftovers)}", file=sys.stderr)


def _quietly(action: Callable[[], object]) -> bool:
    """Whether `action` succeeded; Port's refusals are expected while sweeping."""
    try:
        action()
    except APIError:
        return False
    return True


# --- provenance ----------------------------------------------------------------------------


def spec_version() -> str:
    """The specs pinned in openapi/spec.lock, each with its date and the start of its sha256."""
    from codegen.spec_io import read_lock  # scripts/codegen, beside this script

    return ", ".join(
        f"{pin.name} {pin.retrieved} (sha256 {pin.sha256[:12]})" for pin in read_lock().sources
    )


def read_rows(readme: str) -> dict[str, str]:
    """Provenance rows by cassette file name."""
    start, end = _block(readme)
    rows = {}
    for line in readme[start:end].splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == len(TABLE_HEAD[0].split("|")) - 2 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = line.strip()
    return rows


def write_rows(readme: str, rows: Mapping[str, str]) -> str:
    start, end = _block(readme)
    order = [f"{s.name}.yaml" for s in SCENARIOS]
    ordered = [rows[name] for name in order if name in rows]
    ordered += [row for name, row in sorted(rows.items()) if name not in order]
    table = "\n".join([*TABLE_HEAD, *ordered])
    return f"{readme[:start]}\n{table}\n{readme[end:]}"


def _block(readme: str) -> tuple[int, int]:
    try:
        start = readme.index(BEGIN) + len(BEGIN)
        end = readme.index(END, start)
    except ValueError:
        raise UsageError(f"{README} lacks the {BEGIN} … {END} markers") from None
    return start, end


def provenance_row(scenario: Scenario[Any], target: Target, interactions: int) -> str:
    date = datetime.now(timezone.utc).date().isoformat()
    return (
        f"| `{scenario.name}.yaml` | {scenario.summary} | {target.description} | {date} "
        f"| {spec_version()} | {interactions} |"
    )


# --- main ------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Scenarios: " + ", ".join(BY_NAME),
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=sorted(BY_NAME),
        metavar="SCENARIO",
        help="record just this scenario (repeatable)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="record into a temporary directory and fail if a cassette would change",
    )
    parser.add_argument(
        "--simulator", action="store_true", help="record against the simulator whatever is set"
    )
    parser.add_argument(
        CONFIRM_FLAG,
        action="store_true",
        help="allow writing to the organization of PORT_CLIENT_ID",
    )
    parser.add_argument(
        "--secret",
        action="append",
        default=[],
        help="a value to mask wherever it appears (also PYPORT_RECORD_SECRETS, comma-separated)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] = os.environ) -> int:
    args = parse_args(argv)
    try:
        target = choose_target(args, environ)
        rows = read_rows(README.read_text(encoding="utf-8"))
    except (UsageError, ConfigurationError) as exc:
        print(f"record: {exc}", file=sys.stderr)
        return 2
    extra = [s.strip() for s in environ.get("PYPORT_RECORD_SECRETS", "").split(",") if s.strip()]
    chosen = [BY_NAME[name] for name in args.only] if args.only else list(SCENARIOS)
    print(f"recording {len(chosen)} scenario(s) against the {target.description}")
    changed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="pyport-record-") as tmp:
        for scenario in chosen:
            if scenario.simulator_only and not target.is_simulator:
                print(f"  {scenario.name}: skipped (needs the simulator's faults)")
                continue
            fresh = Path(tmp) / f"{scenario.name}.yaml"
            try:
                count = record_one(scenario, target, fresh, secrets_=[*args.secret, *extra])
                replay(scenario, path=fresh)  # the new cassette must replay before it is kept
            except (PortError, CassetteMismatchError) as exc:
                print(f"record: scenario {scenario.name} failed: {exc}", file=sys.stderr)
                return 1
            final = cassette_path(scenario.name)
            same = final.exists() and final.read_bytes() == fresh.read_bytes()
            status = "unchanged" if same else "changed" if final.exists() else "new"
            print(f"  {scenario.name}: {count} interactions, {status}")
            if same:
                continue
            changed.append(scenario.name)
            if not args.check:
                CASSETTE_DIR.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(fresh, final)
                rows[final.name] = provenance_row(scenario, target, count)
    if args.check:
        if changed:
            print(f"record --check: would change {', '.join(changed)}", file=sys.stderr)
            return 1
        return 0
    if changed:
        README.write_text(write_rows(README.read_text(encoding="utf-8"), rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
