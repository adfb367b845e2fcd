"""Which admin reads may come from the client's response cache.

A restore's (and a migration's) planning reads and a diff go through the cache when the client
has one: a restore right after its dry run plans from the same answers, without asking Port for
every list and permission again (the client's own writes evict what they change; what other
clients change shows after the TTL, as for any cached read). The checks a write decides on read
Port itself (`fresh_reads()` around them; their answers refill the cache): the read after a
create that conflicted, which entities are left after a failed delete, and everything a clear
reads before deleting. A snapshot is what Port holds now: all its reads are fresh.
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
