"""pytest fixtures for testing code against a simulated Port.

Installed with pyport (entry point `pytest11: pyport`), so the fixtures are available in every
test without imports:

    def test_service_catalog(port_simulator):
        client = PortClient(
            client_id=port_simulator.client_id,
            client_secret=port_simulator.client_secret,
            base_url=port_simulator.base_url,
            transport=port_simulator.transport(),
        )
        ...

    def test_over_http(port_simulator_url):
        client = PortClient(client_id="sim-client-id", client_secret="sim-client-secret",
                            base_url=port_simulator_url)

`port_simulator` is a fresh in-process `PortSimulator` per test; `port_simulator_url` serves one
on 127.0.0.1 (a free port) for the duration of the test. This module imports nothing heavy:
the simulator is imported inside the fixtures.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pyport.testing._simulator import PortSimulator


@pytest.fixture
def port_simulator() -> PortSimulator:
    """A fresh in-process Port simulator (default credentials, seed 0)."""
    from pyport.testing._simulator import PortSimulator

    return PortSimulator()


@pytest.fixture
def port_simulator_url(port_simulator: PortSimulator) -> Iterator[str]:
    """The base URL of `port_simulator` served on loopback for this test."""
    with port_simulator.serve() as url:
        yield url
