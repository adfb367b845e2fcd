"""Port's data models, generated from its spec: `from pyport.models import Entity, Blueprint`.

The same classes as `pyport._generated.models`, loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyport._generated.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    from pyport._generated import models

    return getattr(models, name)


def __dir__() -> list[str]:
    from pyport._generated import models

    return list(models.__all__)
