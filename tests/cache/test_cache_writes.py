"""Every write evicts what it can have changed, before it returns, whatever its outcome."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from cache_support import Gate, client, seed, total

from pyport import PortClient
from pyport._cache_policy import EVICTIONS, READ_GROUPS
from pyport._resources._operations import OPERATIONS
from pyport._surface import _operation_request
from pyport.cache import Cache
from pyport.errors import PortConnectionError
from pyport.testing import PortSimulator

NAMING = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "openapi" / "naming.yaml").read_text()
)["operations"]
WRITES = sorted(op for op in OPERATIONS if op not in READ_GROUPS)

# Reads kept in the cache before each write: name → (operation, path values, body).
READS: dict[str, tuple[str, tuple[str, ...], Any]] = {
    "blueprint svc": ("get_blueprint", ("svc",), None),
    "blueprint dom": ("get_blueprint", ("dom",), None),
    "blueprints": ("list_blueprints", (), None),
    "svc permissions": ("get_blueprint_permissions", ("svc",), None),
    "actions": ("list_actions", (), None),
    "action deploy": ("get_action", ("deploy",), None),
    "svc actions": ("list_blueprint_actions", ("svc",), None),
    "scorecards": ("list_scorecards", (), None),
    "svc scorecards": ("list_blueprint_scorecards", ("svc",), None),
    "scorecard sc": ("get_scorecard", ("svc", "sc"), None),
    "pages": ("list_pages", (), None),
    "page home": ("get_page", ("home",), None),
    "teams": ("list_teams", (), None),
    "team core": ("get_team", ("core",), None),
    "users": ("list_users", (), None),
    "user": ("get_user", ("a@example.com",), None),
    "entity svc/e1": ("get_entity", ("svc", "e1"), None),
    "entity dom/d1": ("get_entity", ("dom", "d1"), None),
    "svc entities": ("list_blueprint_entities", ("svc",), None),
    "svc count": ("get_blueprint_entity_count", ("svc",), None),
    "svc search": ("search_blueprint_entities", ("svc",), {"limit": 10}),
    "search all": ("search_entities", (), {"combinator": "and", "rules": []}),
    "webhooks": ("list_webhooks", (), None),
    "webhook wh": ("get_webhook", ("wh",), None),
    "integrations": ("list_integrations", (), None),
    "integration int": ("get_integration", ("int",), None),
    "organization": ("get_organization", (), None),
}
ENTITY_READS = {"entity svc/e1", "entity dom/d1", "svc entities", "svc count", "svc search"}
ENTITY_READS |= {"search all"}
CONFIG = {"blueprint svc", "blueprints", "actions", "teams", "pages", "users"}

# What a write of each resource (its name in openapi/naming.yaml) must evict, and what it
# must leave. Written by hand, apart from the policy's tables: a resource missing here fails.
MUST: dict[str, tuple[set[str], set[str]]] = {
    "blueprints": (
        {"blueprint svc", "blueprints", "svc permissions", "actions", "svc actions"}
        | {"scorecards", "svc scorecards", "scorecard sc", "action deploy"}
        | ENTITY_READS,
        {"teams", "pages", "users", "webhooks", "organization"},
    ),
    "entities": (ENTITY_READS, CONFIG),
    "actions": (
        {"actions", "action deploy", "svc actions"},
        {"blueprint svc", "blueprints", "teams", "pages", "entity svc/e1"},
    ),
    "action_runs": (set(), CONFIG | ENTITY_READS),
    "scorecards": (
        {"scorecards", "svc scorecards", "scorecard sc", "entity svc/e1", "svc search"},
        {"blueprint svc", "blueprints", "actions", "teams"},
    ),
    "teams": (
        {"teams", "team core", "users", "user", "entity svc/e1"},
        {"blueprint svc", "blueprints", "actions", "pages"},
    ),
    "users": ({"users", "user", "teams", "team core"}, {"blueprint svc", "actions", "pages"}),
    "pages": ({"pages", "page home"}, {"blueprint svc", "actions", "teams", "entity svc/e1"}),
    "webhooks": ({"webhooks", "webhook wh"}, CONFIG),
    "integrations": ({"integrations", "integration int"}, {"blueprint svc", "actions", "teams"}),
    "organization": ({"organization"}, {"blueprint svc", "actions", "teams"}),
    "migrations": (ENTITY_READS, {"blueprint svc", "actions", "teams"}),
    "auth": (set(), CONFIG | ENTITY_READS),
    "apps": (set(), CONFIG | ENTITY_READS),
    "ai": (set(), CONFIG | ENTITY_READS),
    "llm_providers": (set(), CONFIG | ENTITY_READS),
    "auto_discovery": (set(), CONFIG),
}
# Operations whose effect is another resource's: `entities.delete_all(bp, delete_blueprint=True)`
# deletes the blueprint too; `actions.run` starts a run, the action stays as it was.
MUST_BY_OPERATION = {
    "delete_all_blueprint_entities": MUST["blueprints"],
    "run_action": MUST["action_runs"],
}
PATH_VALUES = {
    "blueprint_identifier": "svc",
    "entity_identifier": "e1",
    "action_identifier": "deploy",
    "scorecard_identifier": "sc",
    "name": "core",
    "user_email": "a@example.com",
    "page_identifier": "home",
}
IDENTIFIER_BY_COLLECTION = {
    "blueprints": "svc",
    "pages": "home",
    "webhooks": "wh",
    "integration": "int",
}


def _path_values(operation: str) -> tuple[str, ...]:
    template, wires = OPERATIONS[operation][1], OPERATIONS[operation][2]
    collection = template.split("/")[2]
    return tuple(
        IDENTIFIER_BY_COLLECTION.get(collection, "x")
        if wire == "identifier"
        else PATH_VALUES.get(wire, "x1")
        for wire in wires
    )


class FakePort(httpx.MockTransport):
    """Answers every request `{"ok": true}` and counts them by method and path."""

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.seen[f"{request.method} {request.url.raw_path.decode()}"] += 1
        return httpx.Response(200, json={"ok": True})


def _send(port: PortClient, operation: str, path: tuple[str, ...], body: Any) -> None:
    kwargs, template, _ = _operation_request(
        operation, path, body if body is not None else {}, None
    )
    if body is None:
        kwargs.pop("json", None)
    port._send(kwargs, operation=operation, path_template=template)


def _evicted_by(operation: str) -> set[str]:
    fake = FakePort()
    every_group = {"entities": 60, "searches": 60, "other": 60}
    port = PortClient(
        access_token="test-token",
        base_url="http://fake-port.local",
        transport=fake,
        cache=Cache(ttls=every_group),
    )
    for read, path, body in READS.values():
        _send(port, read, path, body)
    asked = sum(fake.seen.values())
    assert asked == len(READS), "each sample read is its own key"
    for read, path, body in READS.values():  # all hits now
        _send(port, read, path, body)
    assert sum(fake.seen.values()) == asked
    _send(port, operation, _path_values(operation), {})
    evicted = set()
    for name, (read, path, body) in READS.items():
        before = sum(fake.seen.values())
        _send(port, read, path, body)
        if sum(fake.seen.values()) > before:
            evicted.add(name)
    return evicted


def test_every_operation_is_a_read_with_a_group_or_a_write_with_an_eviction_rule() -> None:
    unruled = [op for op in OPERATIONS if op not in READ_GROUPS and op not in EVICTIONS]
    assert unruled == [], f"add these to pyport/_cache_policy.py's tables: {unruled}"
    assert sorted(set(READ_GROUPS) | set(EVICTIONS)) == sorted(OPERATIONS)
    assert set(READ_GROUPS).isdisjoint(EVICTIONS)


@pytest.mark.parametrize("operation", WRITES)
def test_a_write_evicts_what_it_can_have_changed(operation: str) -> None:
    resource = NAMING[operation].split(".")[0]
    assert resource in MUST, f"add {resource!r} ({operation}) to MUST in this test"
    must_go, must_stay = MUST_BY_OPERATION.get(operation) or MUST[resource]
    evicted = _evicted_by(operation)
    assert must_go <= evicted, f"{operation} left {sorted(must_go - evicted)} cached"
    assert not (must_stay & evicted), f"{operation} evicted {sorted(must_stay & evicted)}"


def test_writes_sent_outside_the_typed_surface_evict_too(port_simulator: PortSimulator) -> None:
    port = client(port_simulator, Cache())
    seed(port)
    assert port.blueprints.get("svc").title == "Service"
    body = {"identifier": "svc", "title": "By request()", "schema": {"properties": {}}}
    body["relations"] = {"domain": {"target": "dom", "required": False, "many": False}}
    port.request("PUT", "/v1/blueprints/svc", json=body)
    assert port.blueprints.get("svc").title == "By request()"
    port.http.patch("/v1/blueprints/svc", json={"title": "By http"})
    assert port.blueprints.get("svc").title == "By http"


def test_an_unknown_write_evicts_everything_a_safe_method_nothing() -> None:
    fake = FakePort()
    port = PortClient(
        access_token="test-token", base_url="http://fake-port.local", transport=fake, cache=Cache()
    )
    _send(port, "get_blueprint", ("svc",), None)
    _send(port, "list_teams", (), None)
    port.request("HEAD", "/v1/some/new/route")  # changes nothing: evicts nothing
    port.request("OPTIONS", "/v1/blueprints/svc")
    before = sum(fake.seen.values())
    _send(port, "get_blueprint", ("svc",), None)
    _send(port, "list_teams", (), None)
    assert sum(fake.seen.values()) == before
    port.request("POST", "/v1/some/new/route", json={})
    before = sum(fake.seen.values())
    _send(port, "get_blueprint", ("svc",), None)
    _send(port, "list_teams", (), None)
    assert sum(fake.seen.values()) - before == 2


class HeldThenCut(httpx.BaseTransport):
    """A PATCH waits for `go` before it reaches Port; with `cut`, once applied, the connection
    breaks before its answer."""

    pyport_in_process = True

    def __init__(self, inner: httpx.BaseTransport, *, cut: bool) -> None:
        self.inner = inner
        self.cut = cut
        self.arrived = threading.Event()
        self.go = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "PATCH":
            return self.inner.handle_request(request)
        self.arrived.set()
        assert self.go.wait(30), "the test never let the write go"
        response = self.inner.handle_request(request)
        response.read()
        if self.cut:
            raise httpx.RemoteProtocolError("connection closed before the answer")
        return response


@pytest.mark.parametrize("cut", [False, True], ids=["answered", "cut mid-flight"])
def test_a_read_during_a_write_is_evicted_when_the_write_returns(
    port_simulator: PortSimulator, cut: bool
) -> None:
    transport = HeldThenCut(port_simulator.transport(), cut=cut)
    port = client(port_simulator, Cache(), transport=transport)
    seed(port)
    errors: list[BaseException] = []

    def write() -> None:
        try:
            port.blueprints.update("svc", title="Written")
        except PortConnectionError as error:
            errors.append(error)

    writer = threading.Thread(target=write)
    writer.start()
    assert transport.arrived.wait(30)
    # Sent while the write is on its way: Port still holds the old title, and it is kept.
    assert port.blueprints.get("svc").title == "Service"
    transport.go.set()
    writer.join(30)
    assert len(errors) == int(cut)  # cut: the caller is told the outcome is unknown
    assert port.blueprints.get("svc").title == "Written"


def test_a_read_racing_a_write_is_not_kept(port_simulator: PortSimulator) -> None:
    gate = Gate(port_simulator.transport())
    port = client(port_simulator, Cache(), transport=gate)
    seed(port)
    gate.hold("/v1/blueprints/svc")
    seen: list[str] = []
    reader = threading.Thread(target=lambda: seen.append(str(port.blueprints.get("svc").title)))
    reader.start()
    assert gate.arrived.wait(30)  # the reader holds Port's answer from before the write
    port.blueprints.update("svc", title="After")
    gate.go.set()
    reader.join(30)
    assert seen == ["Service"]  # it answered its caller, who asked before the write...
    before = total(port_simulator)
    assert port.blueprints.get("svc").title == "After"  # ...but was not kept
    assert total(port_simulator) == before + 1
    stats = port.cache.stats() if port.cache else None
    assert stats is not None
    assert stats.not_kept == 1


def test_invalidate_and_clear(port_simulator: PortSimulator) -> None:
    cache = Cache()
    port = client(port_simulator, cache)
    seed(port)
    port.blueprints.get("svc")
    port.blueprints.get("dom")
    port.teams.list()
    assert cache.invalidate("/v1/blueprints/svc") == 1
    before = total(port_simulator)
    port.blueprints.get("dom")
    port.blueprints.get("svc")
    assert total(port_simulator) == before + 1  # only svc went
    assert cache.invalidate("/v1/blueprints/*") == 2
    assert cache.clear() == 1  # the teams
    assert cache.stats().entries == 0
    assert cache.stats().evictions == 4
    for bad in ("v1/blueprints", 42, ""):
        with pytest.raises(ValueError, match="path prefix starting with '/'"):
            cache.invalidate(bad)  # type: ignore[arg-type]


def test_invalidate_takes_identifiers_encoded_or_not(port_simulator: PortSimulator) -> None:
    cache = Cache()
    port = client(port_simulator, cache)
    port.blueprints.create(identifier="a:b", title="Odd", schema={"properties": {}})
    port.blueprints.get("a:b")
    assert cache.invalidate("/v1/blueprints/a:b") == 1
    port.blueprints.get("a:b")
    assert cache.invalidate("/v1/blueprints/a%3Ab") == 1
