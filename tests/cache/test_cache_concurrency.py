"""Concurrent misses of one key make one request: 50 threads on a shared PortClient, 50 tasks
on a shared AsyncPortClient. Bounded by counts; the timeouts only guard against hangs."""

from __future__ import annotations

import threading

import anyio
import pytest
from cache_support import api_requests, async_client, client, seed

from pyport.cache import Cache
from pyport.testing import Faults, PortSimulator

ROUTE = "GET /v1/blueprints/{identifier}"


def test_fifty_threads_missing_one_key_make_one_request() -> None:
    # Port answers in 0.3 s: the 50 threads, released together, all miss while it answers.
    sim = PortSimulator(faults=Faults(latency=0.3))
    port = client(sim, Cache())
    seed(port)
    before = api_requests(sim)[ROUTE]
    start = threading.Barrier(50, timeout=60)
    titles: list[str] = []

    def read() -> None:
        start.wait()
        titles.append(str(port.blueprints.get("svc").title))

    threads = [threading.Thread(target=read) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert titles == ["Service"] * 50
    assert api_requests(sim)[ROUTE] - before == 1
    stats = port.cache.stats() if port.cache else None
    assert stats is not None
    assert (stats.misses, stats.hits) == (1, 49)


@pytest.mark.anyio
async def test_fifty_tasks_missing_one_key_make_one_request() -> None:
    # The simulator's latency is an anyio sleep: every task starts and misses before it ends.
    sim = PortSimulator(faults=Faults(latency=0.05))
    seed(client(sim, None))
    async with async_client(sim, Cache()) as port:
        before = api_requests(sim)[ROUTE]
        titles: list[str] = []

        async def read() -> None:
            titles.append(str((await port.blueprints.get("svc")).title))

        with anyio.fail_after(60):
            async with anyio.create_task_group() as group:
                for _ in range(50):
                    group.start_soon(read)
        assert titles == ["Service"] * 50
        assert api_requests(sim)[ROUTE] - before == 1
        stats = port.cache.stats() if port.cache else None
        assert stats is not None
        assert (stats.misses, stats.hits, stats.coalesced) == (1, 49, 49)


@pytest.mark.anyio
async def test_a_cancelled_leader_does_not_leave_the_others_waiting() -> None:
    sim = PortSimulator(faults=Faults(latency=0.2))
    seed(client(sim, None))
    async with async_client(sim, Cache()) as port:
        titles: list[str] = []

        async def leader() -> None:
            with anyio.move_on_after(0.05):  # cancelled while its request is on its way
                await port.blueprints.get("svc")

        async def follower() -> None:
            await anyio.sleep(0.01)  # joins the leader's request
            titles.append(str((await port.blueprints.get("svc")).title))

        with anyio.fail_after(60):
            async with anyio.create_task_group() as group:
                group.start_soon(leader)
                for _ in range(5):
                    group.start_soon(follower)
        assert titles == ["Service"] * 5
        assert api_requests(sim)[ROUTE] <= 2  # the cancelled one, and one for the followers


def test_a_failed_leader_lets_each_waiting_thread_ask_itself() -> None:
    # 503 for every request: nothing to share, each caller gets its own error, nobody hangs.
    sim = PortSimulator(faults=Faults(latency=0.2, error_rates={503: 1.0}))
    from pyport import RetryPolicy
    from pyport.errors import ServerError

    port = client(sim, Cache(), retry=RetryPolicy(max_attempts=1))
    start = threading.Barrier(5, timeout=60)
    failures: list[BaseException] = []

    def read() -> None:
        start.wait()
        try:
            port.blueprints.get("svc")
        except ServerError as error:
            failures.append(error)

    threads = [threading.Thread(target=read) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(failures) == 5
    assert all(not t.is_alive() for t in threads)


def test_concurrent_readers_share_an_answer_that_cannot_be_kept() -> None:
    # A webhook's answer holds its signing secret: never stored, yet the threads that missed it
    # together share the one request rather than queue for one each.
    sim = PortSimulator(faults=Faults(latency=0.3))
    port = client(sim, Cache(ttls={"other": 60}))
    port.webhooks.create(identifier="wh", title="Hook", enabled=True, security={"secret": "s3"})
    route = "GET /v1/webhooks/{identifier}"
    start = threading.Barrier(10, timeout=60)
    secrets: list[str] = []

    def read() -> None:
        start.wait()
        secrets.append(port.webhooks.get("wh").to_dict()["security"]["secret"])

    threads = [threading.Thread(target=read) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert secrets == ["s3"] * 10
    shared = api_requests(sim)[route]
    assert shared < 10  # one each, in turn, without sharing (1 unless a thread straggled)
    port.webhooks.get("wh")
    assert api_requests(sim)[route] == shared + 1  # not kept
    stats = port.cache.stats() if port.cache else None
    assert stats is not None
    assert stats.entries == 0
