"""A local Port for tests, demos and recording cassettes.

    from pyport.testing import PortSimulator

    sim = PortSimulator()
    client = httpx.Client(base_url=sim.base_url, transport=sim.transport())

`PortSimulator` keeps blueprints, entities, actions, runs and the rest in memory, validates
request bodies against Port's OpenAPI schemas, answers with Port's envelopes and error bodies,
and injects faults (`Faults`) and rate limits (`RateLimit`) reproducibly from a seed.

Names are imported on first use, so the pytest plugin (loaded in every pytest run) stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyport.testing._app import Exchange, Stats
    from pyport.testing._faults import Faults, RateLimit
    from pyport.testing._simulator import PortSimulator, SimResponse
    from pyport.testing._spec import SpecNotFoundError
    from pyport.testing._webhooks import Delivery

__all__ = [
    "Delivery",
    "Exchange",
    "Faults",
    "PortSimulator",
    "RateLimit",
    "SimResponse",
    "SpecNotFoundError",
    "Stats",
]

_HOMES = {
    "Delivery": "pyport.testing._webhooks",
    "Exchange": "pyport.testing._app",
    "Stats": "pyport.testing._app",
    "Faults": "pyport.testing._faults",
    "RateLimit": "pyport.testing._faults",
    "PortSimulator": "pyport.testing._simulator",
    "SimResponse": "pyport.testing._simulator",
    "SpecNotFoundError": "pyport.testing._spec",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'pyport.testing' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
