"""Hits make no request; what is cached by default, what only when asked, what never."""

from __future__ import annotations

import subprocess
import sys

import pytest
from cache_support import api_requests, client, get_blueprint, get_entity, seed, total

from pyport.cache import Cache, MemoryStore
from pyport.testing import PortSimulator


@pytest.fixture
def sim() -> PortSimulator:
    return PortSimulator()


def test_repeated_configuration_reads_make_one_request_each(sim: PortSimulator) -> None:
    port = client(sim, Cache())
    seed(port)
    port.actions.create(
        identifier="deploy",
        title="Deploy",
        trigger={
            "type": "self-service",
            "operation": "DAY-2",
            "blueprintIdentifier": "svc",
            "userInputs": {"properties": {}},
        },
        invocation_method={"type": "WEBHOOK", "url": "https://example.com/hook"},
    )
    port.teams.create(name="core")
    before = total(sim)
    for _ in range(5):
        assert port.blueprints.get("svc").identifier == "svc"
        assert {b.identifier for b in port.blueprints.list()} == {"svc", "dom"}
        assert port.actions.get("deploy").identifier == "deploy"
        assert [t.name for t in port.teams.list()] == ["core"]
    assert total(sim) - before == 4  # one miss per key, then hits
    stats = port.cache.stats() if port.cache else None
    assert stats is not None
    assert (stats.hits, stats.misses, stats.entries) == (16, 4, 4)


def test_each_hit_is_a_new_object_a_caller_cannot_spoil_the_next(sim: PortSimulator) -> None:
    port = client(sim, Cache())
    seed(port)
    first = port.blueprints.get("svc")
    first.title = "changed by the caller"
    second = port.blueprints.get("svc")
    assert second is not first
    assert second.title == "Service"


def test_no_cache_by_default_and_port_cache_is_none(sim: PortSimulator) -> None:
    port = client(sim, None)
    seed(port)
    before = total(sim)
    port.blueprints.get("svc")
    port.blueprints.get("svc")
    assert total(sim) - before == 2
    assert port.cache is None


def test_entities_and_searches_are_not_cached_unless_asked(sim: PortSimulator) -> None:
    port = client(sim, Cache())
    seed(port)
    before = api_requests(sim)
    for _ in range(3):
        port.entities.get("svc", "e1")
        list(port.entities.search("svc"))
    after = api_requests(sim) - before
    assert after["GET /v1/blueprints/{blueprint_identifier}/entities/{entity_identifier}"] == 3
    assert after["POST /v1/blueprints/{blueprint_identifier}/entities/search"] == 3

    asked = client(sim, Cache(ttls={"entities": 30, "searches": 30}))
    before = api_requests(sim)
    for _ in range(3):
        assert asked.entities.get("svc", "e1").title == "E1"
        assert [e.identifier for e in asked.entities.search("svc")] == ["e1"]
    after = api_requests(sim) - before
    assert after["GET /v1/blueprints/{blueprint_identifier}/entities/{entity_identifier}"] == 1
    assert after["POST /v1/blueprints/{blueprint_identifier}/entities/search"] == 1


def test_a_search_is_keyed_by_its_canonical_body(sim: PortSimulator) -> None:
    port = client(sim, Cache(ttls={"searches": 60}))
    seed(port)
    rule_a = {"property": "$identifier", "operator": "=", "value": "e1"}
    query_1 = {"combinator": "and", "rules": [rule_a]}
    query_2 = {"rules": [dict(reversed(list(rule_a.items())))], "combinator": "and"}  # same
    other = {"combinator": "and", "rules": [{**rule_a, "value": "nope"}]}
    before = total(sim)
    assert [e.identifier for e in port.entities.search("svc", query=query_1)] == ["e1"]
    assert [e.identifier for e in port.entities.search("svc", query=query_2)] == ["e1"]
    assert total(sim) - before == 1  # key order does not make another key
    assert [e.identifier for e in port.entities.search("svc", query=other)] == []
    assert total(sim) - before == 2  # another body is another key


def test_per_call_cache_false_and_ttl(
    sim: PortSimulator,
) -> None:
    port = client(sim, Cache())
    seed(port)
    before = total(sim)
    get_blueprint(port, "svc")
    get_blueprint(port, "svc", cache=False)  # neither read from nor kept
    get_blueprint(port, "svc", cache=False)
    assert total(sim) - before == 3
    get_blueprint(port, "svc")  # still the first answer
    assert total(sim) - before == 3
    # ttl= or cache=True turns on a group that is off (entities)
    get_entity(port, "svc", "e1", ttl=30)
    get_entity(port, "svc", "e1", ttl=30)
    get_entity(port, "svc", "e1", cache=True)
    assert total(sim) - before == 4


def test_call_operation_takes_the_same_options(sim: PortSimulator) -> None:
    from pyport._surface import call_operation

    port = client(sim, Cache())
    seed(port)
    before = total(sim)
    call_operation(port, "get_blueprint", "svc")
    call_operation(port, "get_blueprint", "svc")
    call_operation(port, "get_blueprint", "svc", cache=False)
    assert total(sim) - before == 2


def test_with_options_shares_the_cache_or_turns_it_off(sim: PortSimulator) -> None:
    cache = Cache()
    port = client(sim, cache)
    seed(port)
    port.blueprints.get("svc")
    before = total(sim)
    copy = port.with_options(timeout=5)
    assert copy.cache is cache
    copy.blueprints.get("svc")
    assert total(sim) == before  # the copy hits what the original fetched
    off = port.with_options(cache=None)
    assert off.cache is None
    off.blueprints.get("svc")
    assert total(sim) == before + 1
    on = client(sim, None).with_options(cache=cache)
    on.blueprints.get("svc")
    assert total(sim) == before + 1
    with pytest.raises(TypeError, match=r"cache must be a pyport\.cache\.Cache"):
        port.with_options(cache=MemoryStore())


def test_raw_responses_say_where_the_answer_came_from(sim: PortSimulator) -> None:
    port = client(sim, Cache())
    seed(port)
    miss = port.blueprints.with_raw_response.get("svc")
    hit = port.blueprints.with_raw_response.get("svc")
    assert (miss.cache_status, hit.cache_status) == ("miss", "hit")
    assert hit.headers["age"] == "0"
    assert hit.parse().identifier == "svc"
    assert hit.trace_id == miss.trace_id  # the trace id of the answer Port gave
    uncached = client(sim, None).blueprints.with_raw_response.get("svc")
    assert uncached.cache_status is None


def test_never_cached_groups_stay_uncached_even_when_asked(sim: PortSimulator) -> None:
    port = client(sim, Cache())
    seed(port)
    before = api_requests(sim)
    port.action_runs.list()
    port.action_runs.list()
    port.migrations.list()
    port.migrations.list()
    after = api_requests(sim) - before
    assert after["GET /v1/actions/runs"] == 2
    assert after["GET /v1/migrations"] == 2


def test_extra_headers_bypass_the_cache(sim: PortSimulator) -> None:
    port = client(sim, Cache())
    seed(port)
    before = total(sim)
    port.blueprints.get("svc", extra_headers={"X-Debug": "1"})
    port.blueprints.get("svc", extra_headers={"X-Debug": "1"})
    assert total(sim) - before == 2


def test_import_pyport_does_not_import_the_cache() -> None:
    code = (
        "import sys, pyport\n"
        "from pyport import PortClient\n"
        "from pyport.testing import PortSimulator\n"
        "sim = PortSimulator()\n"
        "port = PortClient(client_id=sim.client_id, client_secret=sim.client_secret,"
        " base_url=sim.base_url, transport=sim.transport())\n"
        "port.blueprints.list()\n"
        "print(sorted(m for m in sys.modules if m.startswith('pyport._cache')"
        " or m in ('pyport.cache', 'sqlite3')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_each_page_of_a_search_is_its_own_key(sim: PortSimulator) -> None:
    port = client(sim, Cache(ttls={"searches": 60}))
    seed(port)
    port.entities.create("svc", identifier="e2", title="E2", properties={"lang": "go"})
    before = total(sim)
    first = sorted(e.identifier for e in port.entities.search("svc", limit=1))
    assert first == ["e1", "e2"]
    asked = total(sim) - before
    assert asked >= 2  # a page a request
    assert sorted(e.identifier for e in port.entities.search("svc", limit=1)) == first
    assert total(sim) - before == asked  # every page from the cache
    port.entities.create("svc", identifier="e3", title="E3", properties={"lang": "go"})
    assert len(list(port.entities.search("svc", limit=1))) == 3  # the write evicted them


@pytest.mark.anyio
async def test_the_async_client_hits_and_its_writes_evict(sim: PortSimulator) -> None:
    from cache_support import async_client

    seed(client(sim, None))
    async with async_client(sim, Cache()) as port:
        assert (await port.blueprints.get("svc")).title == "Service"
        before = total(sim)
        assert (await port.blueprints.get("svc")).title == "Service"
        assert total(sim) == before
        await port.blueprints.update("svc", title="Async")
        assert (await port.blueprints.get("svc")).title == "Async"
        raw = await port.blueprints.with_raw_response.get("svc")
        assert raw.cache_status == "hit"


def test_the_reads_a_cache_may_keep_take_per_call_options_and_no_other_method_does() -> None:
    import inspect
    from pathlib import Path

    import yaml

    from pyport import AsyncPortClient, PortClient
    from pyport._cache_policy import NEVER, READ_GROUPS

    naming = Path(__file__).resolve().parents[2] / "openapi" / "naming.yaml"
    names = yaml.safe_load(naming.read_text(encoding="utf-8"))["operations"]
    with_options = set()
    for client_class in (PortClient, AsyncPortClient):
        client = client_class(access_token="t", base_url="https://api.port.io", environ={})
        for operation, dotted in names.items():
            *path, name = dotted.split(".")
            target: object = client
            for step in path:
                target = getattr(target, step)
            parameters = inspect.signature(getattr(target, name)).parameters
            if "cache" in parameters:
                assert "ttl" in parameters, operation
                with_options.add(operation)
    cacheable = {op for op, group in READ_GROUPS.items() if group not in NEVER and op in names}
    assert with_options == cacheable
    assert {"get_blueprint", "list_blueprints", "search_blueprint_entities"} <= with_options
    assert "update_blueprint" not in with_options  # a write
    assert "list_action_runs" not in with_options  # a read that is never kept
