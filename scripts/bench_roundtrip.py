#!/usr/bin/env python3
"""pyport.admin's round trip on the Port simulator, timed (`make bench`).

    $ .venv/bin/python scripts/bench_roundtrip.py              # 50,000 entities (minutes)
    $ .venv/bin/python scripts/bench_roundtrip.py --entities 5000   # a quick run

An organization of 20 blueprints whose relations form one cycle, each with a mirror and a
calculation property, N entities, 20 actions, 5 scorecards and 5 teams, and permissions on 5
blueprints and 5 actions (given to a team), then:

1. snapshot → clear everything → restore → snapshot again → diff (must be identical);
2. the same with 5% injected 503s and a tight rate limit (waits are simulated: the client is
   told to wait, the simulator's clock moves, nothing sleeps for real);
3. a restore killed half way (the progress callback raises), then run again → identical;
4. snapshot time and peak traced memory for 10,000 and N entities side by side (one
   blueprint, so both are read in full pages: memory stays flat).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from pyport import PortClient, RetryPolicy, Throttle
from pyport.admin import Progress, clear_blueprint, diff, restore, snapshot
from pyport.testing import Faults, PortSimulator, RateLimit

BLUEPRINTS = 20


class Clock:
    def __init__(self) -> None:
        self.now = 1_767_225_600.0

    def __call__(self) -> float:
        return self.now


class SimulatedWaits(httpx.BaseTransport):
    """A 429 moves the simulator's clock to the reset instead of the client sleeping."""

    def __init__(self, inner: httpx.BaseTransport, clock: Clock) -> None:
        self.inner, self.clock = inner, clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if response.status_code == 429:
            self.clock.now += float(response.headers.get("retry-after", "1"))
        return response

    def close(self) -> None:
        self.inner.close()


@contextmanager
def organization(
    *, faults: Faults | None = None, rate_limit: RateLimit | None = None
) -> Iterator[tuple[PortSimulator, PortClient]]:
    clock = Clock()
    sim = PortSimulator(clock=clock, sleep=lambda _: None, faults=faults, rate_limit=rate_limit)
    with PortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=SimulatedWaits(sim.transport(), clock),
        retry=RetryPolicy(max_attempts=12, backoff_base=0, retry_after_max=0, max_elapsed=3600),
        throttle=Throttle(respect_rate_limit_headers=False),
        environ={},
    ) as port:
        yield sim, port


def _name(i: int) -> str:
    return f"bp{i % BLUEPRINTS:02d}"


def build(port: PortClient, entities: int) -> None:
    """20 blueprints in a relation cycle bp00 → bp01 → … → bp19 → bp00, then the rest."""
    for i in range(BLUEPRINTS):
        port.blueprints.create(
            identifier=_name(i),
            title=f"Blueprint {i}",
            schema={
                "properties": {
                    "size": {"type": "number"},
                    "owner": {"type": "string"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
                "required": [],
            },
            calculation_properties={
                "label": {
                    "title": "Label",
                    "type": "string",
                    "calculation": '.identifier + "/" + .properties.owner',
                }
            },
            create_catalog_page=False,
        )
    for i in range(BLUEPRINTS):
        port.blueprints.update(
            _name(i),
            relations={
                "next": {
                    "title": "Next",
                    "target": _name(i + 1),
                    "required": False,
                    "many": False,
                }
            },
            mirror_properties={"nextSize": {"title": "Next size", "path": "next.size"}},
        )
    per = entities // BLUEPRINTS
    for i in range(BLUEPRINTS):
        # Related entities of the next blueprint are created as stubs, then written in full.
        port.entities.upsert_many(
            _name(i),
            (
                {
                    "identifier": f"{_name(i)}-{j:06d}",
                    "title": f"Entity {j} of {_name(i)}",
                    "properties": {"size": j, "owner": f"team-{j % 5}", "tags": ["a", str(j % 7)]},
                    "relations": {"next": f"{_name(i + 1)}-{j:06d}"},
                }
                for j in range(per)
            ),
            create_missing_related_entities=True,
        ).raise_for_failures()
    for i in range(BLUEPRINTS):
        port.actions.create(
            identifier=f"act-{i}",
            title=f"Action {i}",
            trigger={
                "type": "self-service",
                "operation": "DAY-2",
                "blueprintIdentifier": _name(i),
                "userInputs": {"properties": {}, "required": []},
            },
            invocation_method={"type": "WEBHOOK", "url": "https://example.com/run"},
        )
    for i in range(5):
        port.scorecards.create(
            _name(i),
            identifier=f"score-{i}",
            title=f"Score {i}",
            rules=[
                {
                    "identifier": "big",
                    "title": "Big",
                    "level": "Gold",
                    "query": {
                        "combinator": "and",
                        "conditions": [{"property": "size", "operator": ">", "value": 10}],
                    },
                }
            ],
        )
        port.teams.create(name=f"team-{i}", description=f"Team {i}")
        team_only = {"roles": [], "users": [], "teams": [f"team-{i}"], "ownedByTeam": False}
        port.blueprints.permissions.update(_name(i), entities={"register": team_only})
        port.actions.permissions.update(f"act-{i}", execute=team_only)


def clear_everything(port: PortClient) -> None:
    for action in port.actions.list():
        port.actions.delete(action.to_dict()["identifier"])
    for team in port.teams.list():
        port.teams.delete(team.to_dict()["name"])
    blueprints = [b.to_dict() for b in port.blueprints.list()]
    for blueprint in blueprints:  # cut the cycle
        port.blueprints.replace(
            blueprint["identifier"],
            identifier=blueprint["identifier"],
            title=blueprint["title"],
            schema=blueprint["schema"],
        )
    for blueprint in blueprints:
        clear_blueprint(port, blueprint["identifier"], delete_blueprint=True)


def timed(label: str, action: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = action()
    print(f"   {label:<18} {time.perf_counter() - start:7.2f} s", flush=True)
    return result


def round_trip(title: str, work: Path, entities: int, **conditions: Any) -> None:
    print(f"\n{title}")
    with organization(**conditions) as (sim, port):
        timed("build", lambda: build(port, entities))
        manifest = timed("snapshot", lambda: snapshot(port, work / "before"))
        timed("clear everything", lambda: clear_everything(port))
        report = timed("restore", lambda: restore(port, work / "before"))
        timed("snapshot again", lambda: snapshot(port, work / "after"))
        result = timed("diff", lambda: diff(work / "before", work / "after"))
        stats = sim.stats
    print(
        f"   {manifest.counts['entities']:,} entities; restore wrote {report.writes:,} objects; "
        f"{stats.total:,} requests, {stats.faults['error']:,} injected errors, "
        f"{stats.rate_limited:,} rate-limited"
    )
    print(f"   diff: {result.to_text().splitlines()[0]}")
    if not result.is_empty:
        raise SystemExit(result.to_text())


class Stop(Exception):
    pass


def killed_and_resumed(work: Path, entities: int) -> None:
    print("\n3. restore killed half way, then run again")
    with organization() as (_, port):
        build(port, entities)
        snapshot(port, work / "before")
        clear_everything(port)
        written = 0

        def kill(step: Progress) -> None:
            nonlocal written
            if step.phase == "write" and step.kind == "entities":
                written += 1
                if written * 20 >= entities // 2:
                    raise Stop

        start = time.perf_counter()
        try:
            restore(port, work / "before", state_file=work / "state.json", progress=kill)
        except Stop:
            seconds = time.perf_counter() - start
            print(f"   killed after {written:,} bulk writes of entities, {seconds:.2f} s")
        report = timed(
            "run again", lambda: restore(port, work / "before", state_file=work / "state.json")
        )
        print(f"   resumed: {report.resumed}; wrote {report.writes:,} objects")
        result = diff(work / "before", port)
    print(f"   diff: {result.to_text().splitlines()[0]}")
    differing = {k for k, d in result.kinds.items() if not d.is_empty}
    if differing:
        raise SystemExit(result.to_text())


def one_blueprint(port: PortClient, entities: int) -> None:
    port.blueprints.create(
        identifier="big",
        title="Big",
        schema={"properties": {"size": {"type": "number"}, "owner": {"type": "string"}}},
        create_catalog_page=False,
    )
    port.entities.upsert_many(
        "big",
        (
            {"identifier": f"e-{j:06d}", "properties": {"size": j, "owner": f"team-{j % 5}"}}
            for j in range(entities)
        ),
    ).raise_for_failures()


def memory(work: Path, sizes: list[int]) -> None:
    # One blueprint, so every size is read in full pages of 1,000: the peak is a page or two,
    # whatever the count (with 20 blueprints, 10,000 entities would mean half-full pages).
    print("\n4. snapshot of one blueprint: time and peak traced memory (tracemalloc)")
    print(f"   {'entities':>9} {'seconds':>8} {'peak MiB':>9} {'file MiB':>9}")
    for size in sizes:
        with organization() as (_, port):
            one_blueprint(port, size)
            tracemalloc.start()
            start = time.perf_counter()
            manifest = snapshot(port, work / f"mem-{size}")
            seconds = time.perf_counter() - start
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        on_disk = sum(f.bytes for f in manifest.files) / 2**20
        print(
            f"   {manifest.entity_count:>9,} {seconds:>8.2f} {peak / 2**20:>9.2f} {on_disk:>9.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entities", type=int, default=50_000, help="entities (default 50,000)")
    args = parser.parse_args(argv)
    entities = max(BLUEPRINTS, args.entities)
    print(
        f"pyport.admin round trip on the simulator: {BLUEPRINTS} blueprints (relation cycle, "
        f"mirror and calculation properties), {entities:,} entities, 20 actions, 5 scorecards, "
        "5 teams, permissions of 5 blueprints and 5 actions"
    )
    work = Path(tempfile.mkdtemp(prefix="pyport-bench-"))
    try:
        round_trip("1. clean", work / "clean", entities)
        round_trip(
            "2. 5% injected 503s, rate limit 20 requests a second (simulated waits)",
            work / "faults",
            entities,
            faults=Faults(error_rates={503: 0.05}),
            rate_limit=RateLimit(limit=20, period=1.0),
        )
        killed_and_resumed(work / "killed", entities)
        memory(work / "memory", sorted({min(10_000, entities), entities}))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
