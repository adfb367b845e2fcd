"""`response_validation="warn"`: answers checked against the pinned spec, mismatches counted."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from pyport import AsyncPortClient, ConfigurationError, PortClient, SpecMismatch

_ENTITY = {
    "identifier": "checkout",
    "title": "Checkout",
    "blueprint": "svc",
    "properties": {},
    "relations": {},
}


def _port(entity: dict[str, Any]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/access_token":
            return httpx.Response(200, json={"ok": True, "accessToken": "t", "expiresIn": 3600})
        return httpx.Response(200, json={"ok": True, "entity": entity})

    return handler


def _client(entity: dict[str, Any], **options: Any) -> PortClient:
    return PortClient(
        client_id="cid",
        client_secret="secret",
        base_url="https://api.port.example",
        transport=httpx.MockTransport(_port(entity)),
        environ={},
        **options,
    )


def test_off_by_default_nothing_is_checked() -> None:
    with _client({**_ENTITY, "title": {"not": "a string"}}) as port:
        port.entities.get("svc", "checkout")
        assert port.spec_mismatches() == []


def test_a_conforming_answer_counts_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with _client(_ENTITY, response_validation="warn") as port, caplog.at_level(logging.WARNING):
        port.entities.get("svc", "checkout")
        assert port.spec_mismatches() == []
    assert caplog.records == []


def test_each_mismatch_kind_is_logged_once_per_operation_and_counted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    secret_value = {"token": "do-not-log-me"}
    wrong = {**_ENTITY, "title": secret_value, "surprise": 1}
    with _client(wrong, response_validation="warn") as port, caplog.at_level(logging.WARNING):
        for _ in range(3):
            entity = port.entities.get("svc", "checkout")
        mismatches = port.spec_mismatches()
    assert entity.identifier == "checkout"  # the call still succeeds: a warning, not an error
    kinds = {m.kind: m for m in mismatches}
    assert {m.operation for m in mismatches} == {"get_entity"}
    assert kinds["type=string at /entity/title"].count == 3
    assert set(kinds) == {"type=string at /entity/title"}  # an extra field is not a mismatch
    assert all(isinstance(m, SpecMismatch) and m.status == 200 for m in mismatches)
    warnings = [r for r in caplog.records if r.name == "pyport"]
    assert len(warnings) == len(kinds)  # once per kind, not once per call
    assert all("get_entity" in r.getMessage() for r in warnings)
    assert not any("do-not-log-me" in r.getMessage() for r in warnings)


@pytest.mark.anyio
async def test_the_async_client_counts_alike() -> None:
    async with AsyncPortClient(
        client_id="cid",
        client_secret="secret",
        base_url="https://api.port.example",
        transport=httpx.MockTransport(_port({**_ENTITY, "title": 5})),
        environ={},
        response_validation="warn",
    ) as port:
        await port.entities.get("svc", "checkout")
        assert [m.kind for m in port.spec_mismatches()] == ["type=string at /entity/title"]


def test_a_wrong_option_is_a_clear_error() -> None:
    with pytest.raises(ConfigurationError, match="response_validation must be 'off' or 'warn'"):
        _client(_ENTITY, response_validation="loud")
