"""Response caching for PortClient and AsyncPortClient (off unless a Cache is given).

    from pyport import PortClient
    from pyport.cache import Cache, SQLiteStore

    port = PortClient(cache=Cache())  # memory, blueprints/actions/... for 5 minutes
    cli = PortClient(cache=Cache(SQLiteStore("~/.cache/pyport/cache.sqlite3")))
    port.blueprints.get("service")  # Port once, then the cache until a write or the TTL
    port.cache.invalidate("/v1/blueprints/service"); port.cache.stats()

`pyport._cache_policy` holds the tables: what each group keeps and for how long, and what each
write evicts. Importing `pyport` does not import this module.
"""

from __future__ import annotations

from pyport._cache import Cache, CacheStats
from pyport._cache_policy import DEFAULT_TTLS, NEVER, fresh_reads
from pyport._cache_sqlite import CacheStoreError, SQLiteStore
from pyport._cache_store import MemoryStore, Store

__all__ = [
    "DEFAULT_TTLS",
    "NEVER",
    "Cache",
    "CacheStats",
    "CacheStoreError",
    "MemoryStore",
    "SQLiteStore",
    "Store",
    "fresh_reads",
]
