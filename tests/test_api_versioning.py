"""API versioning at run time: which specs the client was built from, and Port's deprecations."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from typing import Any

import httpx
import pytest

import pyport
from pyport import AsyncPortClient, PortClient

_ACTION = {"identifier": "deploy", "title": "Deploy", "trigger": {}, "invocationMethod": {}}


def _port(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/v1/auth/access_token":
        return httpx.Response(200, json={"ok": True, "accessToken": "t", "expiresIn": 3600})
    return httpx.Response(200, json={"ok": True, "action": _ACTION, "actions": [_ACTION]})


_OPTIONS: dict[str, Any] = {
    "client_id": "cid",
    "client_secret": "secret",
    "base_url": "https://api.port.example",
    "transport": httpx.MockTransport(_port),
    "environ": {},
}


def _client() -> PortClient:
    return PortClient(**_OPTIONS)


def test_api_spec_names_every_source_with_its_date_hash_and_operations() -> None:
    spec = pyport.API_SPEC
    assert [s.name for s in spec.sources] == ["live", "docs"]
    live, docs = spec.sources
    assert live.retrieved == dt.date(2026, 1, 29)
    assert docs.retrieved == dt.date(2025, 12, 30)
    assert len(live.sha256) == len(docs.sha256) == 64
    assert (live.operations, live.taken, docs.operations, docs.taken) == (108, 108, 121, 18)
    assert spec.operations == live.taken + docs.taken == 126
    assert str(spec) == "Port API spec: live 2026-01-29, docs 2025-12-30 (126 operations)"
    assert spec.user_agent_token == "port-api/live-2026-01-29+docs-2025-12-30"


def test_the_pin_and_the_runtime_agree() -> None:
    """API_SPEC is written by the generator from openapi/spec.lock: the two cannot drift."""
    import sys
    from pathlib import Path

    scripts = Path(__file__).resolve().parents[1] / "scripts"
    sys.path.insert(0, str(scripts))
    from codegen.spec_io import read_lock

    lock = read_lock()
    assert [(s.name, s.sha256, s.retrieved) for s in lock.sources] == [
        (s.name, s.sha256, s.retrieved.isoformat()) for s in pyport.API_SPEC.sources
    ]


def test_a_deprecated_route_warns_once_per_call_site_and_names_the_current_call() -> None:
    with _client() as port, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        for _ in range(3):
            port.actions.get_for_blueprint_deprecated("svc", "deploy")  # one call site
        port.actions.get_for_blueprint_deprecated("svc", "deploy")  # another
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(deprecations) == 2
    assert str(deprecations[0].message) == (
        "GET /v1/blueprints/{blueprint_identifier}/actions/{action_identifier} is deprecated by"
        " Port; use `actions.get()` instead"
    )
    assert deprecations[0].filename == __file__  # it points at the caller, not at pyport


def test_current_routes_do_not_warn() -> None:
    with _client() as port, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        action = port.actions.get("deploy")
    assert [w for w in caught if issubclass(w.category, DeprecationWarning)] == []
    assert action.identifier == "deploy"


def _deprecated_operations() -> dict[str, str]:
    """Port's deprecated operations (from the pinned spec), each with its method's name."""
    from pathlib import Path

    import yaml

    spec_path = Path(pyport.generated.__path__[0]) / "_openapi.json"
    document: dict[str, Any] = json.loads(spec_path.read_text(encoding="utf-8"))
    naming = Path(__file__).resolve().parents[1] / "openapi" / "naming.yaml"
    names = yaml.safe_load(naming.read_text(encoding="utf-8"))["operations"]
    return {
        op["operationId"]: names[op["operationId"]]
        for item in document["paths"].values()
        for op in item.values()
        if op.get("deprecated")
    }


def test_port_deprecates_the_six_blueprint_scoped_action_routes() -> None:
    assert sorted(_deprecated_operations().values()) == [
        "actions.create_for_blueprint_deprecated",
        "actions.delete_for_blueprint_deprecated",
        "actions.get_for_blueprint_deprecated",
        "actions.list_for_blueprint_deprecated",
        "actions.replace_all_for_blueprint_deprecated",
        "actions.replace_for_blueprint_deprecated",
    ]


_SUCCESSORS = {
    "list_blueprint_actions": "`actions.list()`",
    "create_blueprint_action": "`actions.create()`",
    "replace_blueprint_actions": "`actions.list()` or `actions.create()`",
    "get_blueprint_action": "`actions.get()`",
    "replace_blueprint_action": "`actions.replace()`",
    "delete_blueprint_action": "`actions.delete()`",
}


@pytest.mark.parametrize("operation", sorted(_SUCCESSORS))
def test_every_deprecated_operation_warns_in_both_clients_and_names_its_successor(
    operation: str,
) -> None:
    """Called with its path arguments only, each deprecated method warns, then sends."""
    import asyncio
    import inspect
    import re

    name = _deprecated_operations()[operation].removeprefix("actions.")
    expected = f" is deprecated by Port; use {_SUCCESSORS[operation]} instead"
    sync, aio = PortClient(**_OPTIONS), AsyncPortClient(**_OPTIONS)
    method = getattr(sync.actions, name)
    positional = [
        p for p in inspect.signature(method).parameters.values() if p.kind is p.POSITIONAL_ONLY
    ]
    arguments = ["svc", "deploy"][: len(positional)]
    with pytest.warns(DeprecationWarning, match=re.escape(expected)) as caught:
        method(*arguments)
    assert caught[0].filename == __file__

    async def call_async() -> None:
        async with aio:
            await getattr(aio.actions, name)(*arguments)

    with pytest.warns(DeprecationWarning, match=re.escape(expected)):
        asyncio.run(call_async())
    sync.close()
