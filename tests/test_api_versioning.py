"""API versioning at run time: which specs the client was built from, and Port's deprecations."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from typing import Any

import httpx
import pytest

import pyport
from pyport import PortClient

_ACTION = {"identifier": "deploy", "title": "Deploy", "trigger": {}, "invocationMethod": {}}


def _port(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/v1/auth/access_token":
        return httpx.Response(200, json={"ok": True, "accessToken": "t", "expiresIn": 3600})
    return httpx.Response(200, json={"ok": True, "action": _ACTION})


def _client() -> PortClient:
    return PortClient(
        client_id="cid",
        client_secret="secret",
        base_url="https://api.port.example",
        transport=httpx.MockTransport(_port),
        environ={},
    )


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
            port.actions.get_blueprint("svc", action_identifier="deploy")  # one call site
        port.actions.get_blueprint("svc", action_identifier="deploy")  # another
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(deprecations) == 2
    message = str(deprecations[0].message)
    assert "GET /v1/blueprints/{blueprint_identifier}/actions/{action_identifier}" in message
    assert "use `actions.get()` (GET /v1/actions/{action_identifier})" in message
    assert deprecations[0].filename == __file__  # it points at the caller, not at pyport


def test_current_routes_do_not_warn() -> None:
    with _client() as port, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        action = port.actions.get("deploy")
    assert [w for w in caught if issubclass(w.category, DeprecationWarning)] == []
    assert action.action is not None


@pytest.mark.parametrize(
    ("method", "replacement"),
    [
        ("list_blueprint", "`actions.list()` (GET /v1/actions)"),
        ("create_blueprint", "`actions.create()` (POST /v1/actions)"),
        ("delete_blueprint", "`actions.delete()` (DELETE /v1/actions/{action_identifier})"),
        ("replace_blueprint", "`actions.replace()` (PUT /v1/actions/{action_identifier})"),
    ],
)
def test_each_deprecated_action_route_names_its_successor(method: str, replacement: str) -> None:
    import inspect

    from pyport._resources._actions import Actions

    source = inspect.getsource(getattr(Actions, method))
    assert f"use {replacement} instead" in source


def test_every_deprecated_operation_warns_in_both_clients() -> None:
    import inspect
    from pathlib import Path

    from pyport._resources import _actions

    spec_path = Path(pyport.generated.__path__[0]) / "_openapi.json"
    document: dict[str, Any] = json.loads(spec_path.read_text(encoding="utf-8"))
    deprecated = {
        op["operationId"]
        for item in document["paths"].values()
        for op in item.values()
        if op.get("deprecated")
    }
    assert len(deprecated) == 6
    for cls in (_actions.Actions, _actions.AsyncActions):
        methods = [inspect.getsource(f) for f in vars(cls).values() if inspect.isfunction(f)]
        warned = {
            name
            for name in deprecated
            for source in methods
            if f"import {name} as _op" in source and "warn_deprecated(" in source
        }
        assert warned == deprecated, cls
