"""The simulator tests' fixtures (loaded with `pytest_plugins = ["sim_fixtures"]`)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sim_support import FakeClock, Sleeps, connect, make_sim

from pyport.testing import PortSimulator


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sleeps(clock: FakeClock) -> Sleeps:
    return Sleeps(clock)


@pytest.fixture
def sim(clock: FakeClock, sleeps: Sleeps) -> PortSimulator:
    return make_sim(clock, sleeps)


@pytest.fixture
def client(sim: PortSimulator) -> Iterator[httpx.Client]:
    with connect(sim) as c:
        yield c
