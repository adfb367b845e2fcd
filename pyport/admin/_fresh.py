"""Which admin reads may come from the client's response cache.

A snapshot is what Port holds now, and a restore, migration or clear decides its writes on
what it reads (create or replace, which entities a mirror restore deletes, which blueprints
block a delete): those read Port itself (their answers refill the cache). A dry run and a diff
only report, so their reads use the cache when the client has one: a second dry run, or a
diff after it, costs no configuration reads.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from pyport._cache_policy import fresh_reads

_P = ParamSpec("_P")
_R = TypeVar("_R")


def fresh_unless_dry_run(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run `func` with fresh reads, unless called with `dry_run=True`."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        reads = contextlib.nullcontext() if kwargs.get("dry_run") is True else fresh_reads()
        with reads:
            return func(*args, **kwargs)

    return wrapped
