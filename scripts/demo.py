#!/usr/bin/env python3
"""pyport's walkthrough, as a new user would write it (`make demo`).

Against the embedded Port simulator by default; against your Port organization when
PORT_CLIENT_ID and PORT_CLIENT_SECRET are set (objects get a unique prefix and are deleted at the
end). Steps: related blueprints, a few thousand entities upserted in bulk, a paged search, an
action run with logs, an error translated, and a backup → clear → restore → diff round trip.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from pyport import ConflictError, NotFoundError, PortClient


class Narrator:
    """The demo's output: one numbered step at a time, with its duration."""

    def __init__(self) -> None:
        self.step = 0
        self.started = time.perf_counter()

    @contextmanager
    def section(self, title: str) -> Iterator[None]:
        self.step += 1
        print(f"\n{self.step}. {title}")
        start = time.perf_counter()
        yield
        print(f"   ({time.perf_counter() - start:.2f}s)")

    def say(self, text: str) -> None:
        print(f"   {text}")


@contextmanager
def connect(*, count: int) -> Iterator[tuple[PortClient, str, str]]:
    """A client on Port when credentials are set, else on an in-process simulator."""
    if os.environ.get("PORT_CLIENT_ID") and os.environ.get("PORT_CLIENT_SECRET"):
        prefix = f"pyport_demo_{uuid.uuid4().hex[:6]}_"
        with PortClient() as port:
            yield port, f"your Port organization at {port.base_url}", prefix
        return
    from pyport.testing import PortSimulator

    simulator = PortSimulator(seed=7)
    with PortClient(
        client_id=simulator.client_id,
        client_secret=simulator.client_secret,
        base_url=simulator.base_url,
        transport=simulator.transport(),
        environ={},
    ) as port:
        yield port, "the local Port simulator (in-process; set PORT_CLIENT_ID/SECRET for Port)", ""


SCHEMA: Any = {
    "properties": {
        "language": {"type": "string", "enum": ["python", "go", "typescript"]},
        "tier": {"type": "number"},
    },
    "required": [],
}


def run(count: int) -> None:
    out = Narrator()
    with connect(count=count) as (port, target, prefix):
        domain, service, action = f"{prefix}domain", f"{prefix}service", f"{prefix}deploy"
        print(f"pyport walkthrough against {target}")
        try:
            with out.section("Create two related blueprints"):
                port.blueprints.create(identifier=domain, title="Domain", schema=SCHEMA)
                created = port.blueprints.create(
                    identifier=service,
                    title="Service",
                    schema=SCHEMA,
                    relations={
                        "domain": {
                            "title": "Domain",
                            "target": domain,
                            "many": False,
                            "required": False,
                        }
                    },
                )
                out.say(f"{created.identifier} → relation 'domain' → {domain}")

            with out.section(f"Upsert {count:,} entities with the batch helper"):
                domains = [
                    {"identifier": f"{prefix}d{i}", "title": f"Domain {i}"} for i in range(5)
                ]
                port.entities.bulk_create(domain, entities=domains, upsert=True)
                entities = [
                    {
                        "identifier": f"{prefix}svc-{i:05d}",
                        "title": f"Service {i}",
                        "properties": {
                            "language": ("python", "go", "typescript")[i % 3],
                            "tier": i % 4,
                        },
                        "relations": {"domain": f"{prefix}d{i % 5}"},
                    }
                    for i in range(count)
                ]
                # Chunks of 20 (and at most 1 MiB), 8 requests in flight, 207s sorted out.
                result = port.entities.upsert_many(service, entities, concurrency=8)
                result.raise_for_failures()
                total = port.entities.count(service)
                out.say(
                    f"{len(result.succeeded):,} upserted in {result.requests} requests;"
                    f" Port now counts {total:,} {service} entities"
                )

            with out.section("Search with pagination: Python services of tier 0"):
                query = {
                    "combinator": "and",
                    "rules": [
                        {"property": "language", "operator": "=", "value": "python"},
                        {"property": "tier", "operator": "=", "value": 0},
                    ],
                }
                # A page: `.iter_pages()` walks the pages, iterating it walks every entity.
                search = port.entities.search(service, query=query, limit=100)
                sizes = [len(page.items) for page in search.iter_pages()]
                out.say(f"{sum(sizes)} matches in {len(sizes)} pages of up to 100: {sizes}")
                first = port.entities.search(service, query=query, limit=5).items[0]
                out.say(f"first match: {first.identifier} ({first.title})")

            with out.section("Run an action and log to its run"):
                port.actions.create(
                    identifier=action,
                    title="Deploy",
                    trigger={
                        "type": "self-service",
                        "operation": "DAY-2",
                        "blueprintIdentifier": service,
                        "userInputs": {
                            "properties": {"version": {"type": "string"}},
                            "required": [],
                        },
                    },
                    invocation_method={"type": "WEBHOOK", "url": "https://example.com/deploy"},
                )
                run_ = port.actions.run(
                    action, properties={"version": "1.4.2"}, entity=f"{prefix}svc-00000"
                )
                out.say(f"run {run_.id} is {run_.status}")
                port.action_runs.logs.create(run_.id, message="Deploying 1.4.2 to production")
                port.action_runs.logs.create(
                    run_.id, message="Deployed", termination_status="SUCCESS"
                )
                finished = port.action_runs.get(run_.id)
                logs = port.action_runs.logs.list(run_.id)
                out.say(f"run {finished.id} is {finished.status} with {len(logs)} log lines")

            with out.section("Errors arrive as typed exceptions"):
                try:
                    port.blueprints.get(f"{prefix}no-such-blueprint")
                except NotFoundError as error:
                    out.say(f"NotFoundError: {error}")
                try:
                    port.blueprints.create(identifier=domain, title="Domain again", schema=SCHEMA)
                except ConflictError as error:
                    out.say(f"ConflictError: {error}")

            with out.section("Back up, clear, restore, compare (pyport.admin)"):
                backup_round_trip(port, out, [domain, service])
        finally:
            if prefix:
                cleanup(port, [action], [service, domain])
    print(f"\nDone in {time.perf_counter() - out.started:.1f}s.")


def backup_round_trip(port: PortClient, out: Narrator, blueprints: list[str]) -> None:
    """Snapshot the demo's blueprints to an archive, empty them, restore, and diff."""
    from pyport.admin import clear_blueprint, diff, restore, snapshot

    with tempfile.TemporaryDirectory() as work:
        archive = Path(work) / "backup.tar.gz"
        manifest = snapshot(port, archive, archive=True, blueprints=blueprints)
        out.say(
            f"snapshot: {manifest.counts['entities']:,} entities, "
            f"{manifest.counts['actions']} action → {archive.name}"
        )
        for identifier in reversed(blueprints):  # services first: they relate to domains
            clear_blueprint(port, identifier)
        left = sum(port.entities.count(b) for b in blueprints)
        out.say(f"cleared: {left} entities left")
        report = restore(port, archive)
        out.say(f"restored: {report.applied.get('entities', {}).get('create', 0):,} entities")
        again = Path(work) / "again"
        snapshot(port, again, blueprints=blueprints)
        result = diff(archive, again)
        out.say("diff: identical" if result.is_empty else result.to_text())


def cleanup(port: PortClient, actions: list[str], blueprints: list[str]) -> None:
    """Remove what the demo created in a real organization."""
    for identifier in actions:
        with suppress(NotFoundError):
            port.actions.delete(identifier)
    for identifier in blueprints:
        try:
            port.entities.delete_all(identifier)
            port.blueprints.delete(identifier)
        except NotFoundError:
            pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entities", type=int, default=3000, help="how many entities to upsert")
    parser.add_argument("--verbose", action="store_true", help="show pyport's log (DEBUG)")
    args = parser.parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="   log: %(name)s %(message)s")
    run(args.entities)
    return 0


if __name__ == "__main__":
    sys.exit(main())
