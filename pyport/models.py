"""Port's data models, generated from its spec: `from pyport.models import Entity, Blueprint`.

The same classes as `port_api_client.models`, loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from port_api_client.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    from port_api_client import models

    return getattr(models, name)


def __dir__() -> list[str]:
    from port_api_client import models

    return list(models.__all__)
