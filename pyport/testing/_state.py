"""The simulated organization's data, in memory, with the indexes requests need."""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyport.testing._auth import AuthConfig

Json = dict[str, Any]
EntityKey = tuple[str, str]


class EntityTable:
    """One blueprint's entities, iterable in creation order (the stable key pagination uses)."""

    __slots__ = ("by_seq", "entities", "order", "seqs", "sources")

    def __init__(self) -> None:
        self.entities: dict[str, Json] = {}
        self.seqs: dict[str, int] = {}
        self.order: list[int] = []
        self.by_seq: dict[int, str] = {}
        # identifier -> `$datasource`: the User-Agent of the entity's last writer, which Port
        # records (and searches) but does not return with the entity.
        self.sources: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.entities)

    def put(self, identifier: str, entity: Json, seq: int) -> None:
        """Insert with `seq` (larger than any before), or replace keeping its place."""
        if identifier not in self.entities:
            self.seqs[identifier] = seq
            self.order.append(seq)
            self.by_seq[seq] = identifier
        self.entities[identifier] = entity

    def remove(self, identifier: str) -> Json:
        self.sources.pop(identifier, None)
        entity = self.entities.pop(identifier)
        seq = self.seqs.pop(identifier)
        index = bisect.bisect_left(self.order, seq)
        del self.order[index]
        del self.by_seq[seq]
        return entity

    def after(self, seq: int) -> Iterator[tuple[int, Json]]:
        """(seq, entity) in creation order, starting after `seq`."""
        start = bisect.bisect_right(self.order, seq)
        order, by_seq, entities = self.order, self.by_seq, self.entities
        for index in range(start, len(order)):
            s = order[index]
            yield s, entities[by_seq[s]]


class State:
    """Everything the simulated organization holds. Mutated only under the engine's lock."""

    auth: AuthConfig

    def __init__(
        self, *, seed: int, clock: Callable[[], float], permission_defaults: bool = True
    ) -> None:
        self.seed = seed
        self.clock = clock
        self.permission_defaults = permission_defaults
        self.clear()

    def clear(self) -> None:
        self.blueprints: dict[str, Json] = {}
        self.tables: dict[str, EntityTable] = {}
        # blueprint -> compiled validator of its entities' properties (dropped on change)
        self.validators: dict[str, Any] = {}
        # target entity -> {source entity: number of relation values pointing at it}
        self.incoming: dict[EntityKey, dict[EntityKey, int]] = {}
        self.actions: dict[str, Json] = {}
        self.runs: dict[str, Json] = {}
        # Webhook invocations to send once the current request is done (never persisted).
        self.outbox: list[Json] = []
        self.run_logs: dict[str, list[Json]] = {}
        self.scorecards: dict[str, dict[str, Json]] = {}
        self.teams: dict[str, Json] = {}
        self.users: dict[str, Json] = {}
        self.pages: dict[str, Json] = {}
        self.webhooks: dict[str, Json] = {}
        self.organization: Json = {"id": self.make_id("org", 0), "name": "Port simulator"}
        self.secrets: dict[str, Json] = {}
        self.migrations: dict[str, Json] = {}
        self.audit: list[Json] = []
        self.counters: dict[str, int] = {}
        self.seq = 0

    # identifiers and time

    def make_id(self, kind: str, n: int) -> str:
        return hashlib.blake2b(f"{self.seed}:{kind}:{n}".encode(), digest_size=8).hexdigest()

    def next_id(self, kind: str, prefix: str = "") -> str:
        n = self.counters.get(kind, 0) + 1
        self.counters[kind] = n
        return prefix + self.make_id(kind, n)

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def now(self) -> float:
        return self.clock()

    def timestamp(self) -> str:
        return iso(self.clock())

    def table(self, blueprint: str) -> EntityTable:
        table = self.tables.get(blueprint)
        if table is None:
            table = self.tables[blueprint] = EntityTable()
        return table

    def remove_action(self, identifier: str) -> None:
        """Delete an action, and its permissions with it (every route that deletes one)."""
        del self.actions[identifier]
        self.drop_permissions("action", identifier)

    def drop_permissions(self, kind: str, identifier: str) -> None:
        """Forget a deleted blueprint's, action's or page's permissions, as Port does: one
        created again under the same identifier starts without them."""
        self.organization.get("permissions", {}).pop(f"{kind}:{identifier}", None)

    def record(self, verb: str, resource: str, identifier: str, actor: str, /, **ctx: Any) -> None:
        """Append an audit-log entry."""
        self.audit.append(
            {
                "identifier": self.next_id("audit"),
                "action": verb,
                "resourceType": resource,
                "status": "SUCCESS",
                "trigger": {"at": self.timestamp(), "by": {"userId": actor}, "origin": "API"},
                "context": {resource: identifier, **ctx},
            }
        )

    # persistence

    def dump(self) -> Json:
        return {
            "version": 1,
            "seed": self.seed,
            "seq": self.seq,
            "counters": self.counters,
            "blueprints": self.blueprints,
            "entities": {
                bp: [[t.seqs[i], e] for i, e in t.entities.items()] for bp, t in self.tables.items()
            },
            "datasources": {bp: dict(t.sources) for bp, t in self.tables.items() if t.sources},
            "actions": self.actions,
            "runs": self.runs,
            "runLogs": self.run_logs,
            "scorecards": self.scorecards,
            "teams": self.teams,
            "users": self.users,
            "pages": self.pages,
            "webhooks": self.webhooks,
            "organization": self.organization,
            "secrets": self.secrets,
            "migrations": self.migrations,
            "audit": self.audit,
        }

    def restore(self, data: Json, *, link: Callable[[EntityKey, Json, int], None]) -> None:
        if data.get("version") != 1:
            raise ValueError(f"unsupported simulator state version: {data.get('version')!r}")
        self.clear()
        self.seq = int(data["seq"])
        self.counters = dict(data["counters"])
        self.blueprints = data["blueprints"]
        for bp, rows in data["entities"].items():
            table = self.table(bp)
            for seq, entity in sorted(rows, key=lambda row: row[0]):
                table.put(entity["identifier"], entity, seq)
                link((bp, entity["identifier"]), entity, +1)
        for bp, sources in data.get("datasources", {}).items():
            self.table(bp).sources.update(sources)
        self.actions = data["actions"]
        self.runs = data["runs"]
        self.run_logs = data["runLogs"]
        self.scorecards = data["scorecards"]
        self.teams = data["teams"]
        self.users = data["users"]
        self.pages = data["pages"]
        self.webhooks = data["webhooks"]
        self.organization = data["organization"]
        self.secrets = data["secrets"]
        self.migrations = data["migrations"]
        self.audit = data["audit"]


def iso(epoch: float) -> str:
    """`2026-01-29T12:00:00.000Z`, the way Port writes timestamps."""
    moment = datetime.fromtimestamp(epoch, tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_iso(value: str) -> float | None:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()
