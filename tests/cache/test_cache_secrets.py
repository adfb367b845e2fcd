"""A cache never returns another credential's answer, and holds no secret anywhere."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest
from cache_support import client, seed

from pyport import PortClient
from pyport.cache import Cache, MemoryStore, SQLiteStore
from pyport.testing import PortSimulator

TOKENS = ("token-of-alice-0123456789", "token-of-bob-9876543210")


class PerCredential(httpx.MockTransport):
    """A Port whose answer depends on who asks: the blueprint's title names the token's owner."""

    def __init__(self) -> None:
        self.asked = 0
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.asked += 1
        token = request.headers["authorization"].removeprefix("Bearer ")
        owner = token.split("-")[2]
        blueprint = {"identifier": "svc", "title": f"seen by {owner}", "schema": {}}
        return httpx.Response(200, json={"ok": True, "blueprint": blueprint})


@pytest.mark.parametrize("store", ["memory", "sqlite"])
def test_a_cache_never_returns_another_credentials_answer(tmp_path: Path, store: str) -> None:
    cache = Cache(MemoryStore() if store == "memory" else SQLiteStore(tmp_path / "c.sqlite3"))
    port = PerCredential()
    alice, bob = (
        PortClient(access_token=t, base_url="http://fake-port.local", transport=port, cache=cache)
        for t in TOKENS
    )
    assert alice.blueprints.get("svc").title == "seen by alice"
    assert bob.blueprints.get("svc").title == "seen by bob"
    assert alice.blueprints.get("svc").title == "seen by alice"
    assert bob.blueprints.get("svc").title == "seen by bob"
    assert port.asked == 2
    cache.close()


def test_client_credentials_are_keyed_by_client_id_not_secret() -> None:
    from pyport._cache import scope_of

    sims = PortSimulator(client_id="id-a", client_secret="secret-a-XYZ")
    port = client(sims, Cache())
    base, identity = scope_of(port.settings)
    assert identity == "client:id-a"
    assert "secret-a-XYZ" not in base + identity


def _everything_written(cache: Cache, db: Path | None) -> str:
    store = cache.store
    text = repr(cache) + repr(store) + repr(cache.stats())
    if isinstance(store, MemoryStore):
        for key, entry in store._entries.items():
            text += repr(key) + repr(entry)
    if db is not None:
        for path in db.parent.iterdir():
            text += path.read_bytes().decode("latin-1")
    return text


@pytest.mark.parametrize("store", ["memory", "sqlite"])
def test_no_secret_in_keys_entries_files_reprs_or_logs(
    tmp_path: Path, store: str, caplog: pytest.LogCaptureFixture
) -> None:
    sim = PortSimulator(client_secret="the-client-secret-4242")
    db = tmp_path / "cache" / "c.sqlite3" if store == "sqlite" else None
    cache = Cache(SQLiteStore(db) if db else MemoryStore(), ttls={"other": 60})
    with caplog.at_level(logging.DEBUG, logger="pyport"):
        port = client(sim, cache)
        seed(port)
        port.blueprints.get("svc")
        port.blueprints.list()
        token_port = PortClient(
            access_token=TOKENS[0],
            base_url="http://fake-port.local",
            transport=PerCredential(),
            cache=cache,
        )
        token_port.blueprints.get("svc")
        # A webhook's answer holds its signing secret: it is not kept.
        port.webhooks.create(
            identifier="wh",
            title="Hook",
            enabled=True,
            security={"secret": "webhook-signing-secret-77"},
        )
        hook = port.webhooks.get("wh")
        assert hook.to_dict()["security"]["secret"] == "webhook-signing-secret-77"
    written = _everything_written(cache, db) + caplog.text + repr(port) + repr(token_port)
    assert cache.stats().entries == 3  # svc, the list, the token client's svc: not the webhook
    access = port._auth._token.value  # type: ignore[attr-defined]  # the exchanged token
    assert access
    for secret in ("the-client-secret-4242", TOKENS[0], "webhook-signing-secret-77", access):
        assert secret not in written
    cache.close()
