"""Identifiers in URLs: one rule for every operation, so no value reaches another route."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyport import PortClient

_ENTITY = {"ok": True, "entity": {"identifier": "x", "blueprint": "svc"}}


class Recorder:
    def __init__(self) -> None:
        self.paths: list[list[str]] = []
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/access_token":
            return httpx.Response(200, json={"ok": True, "accessToken": "t", "expiresIn": 3600})
        self.requests.append(request)
        raw = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        self.paths.append([unquote(segment) for segment in raw.split("/")[1:]])
        if request.method == "PUT":
            return httpx.Response(200, json={"ok": True, "scorecards": []})
        if request.url.path == "/v1/pages":
            return httpx.Response(201)  # Port documents creating a page as bodiless
        return httpx.Response(200, json=_ENTITY)


def _client(recorder: Recorder) -> PortClient:
    return PortClient(
        client_id="cid",
        client_secret="secret",
        base_url="https://api.port.example",
        transport=httpx.MockTransport(recorder),
        environ={},
    )


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda p: p.entities.delete("service", ".."), ValueError, "entity cannot be '..'"),
        (lambda p: p.entities.update("service", "."), ValueError, "entity cannot be '.'"),
        (lambda p: p.scorecards.delete("..", "s"), ValueError, "blueprint cannot be '..'"),
        (lambda p: p.blueprints.delete(".."), ValueError, "blueprint cannot be '..'"),
        (lambda p: p.blueprints.get(""), ValueError, "blueprint cannot be ''"),
        (lambda p: p.entities.delete("service", None), TypeError, "entity must be a str, not None"),
        (lambda p: p.entities.get("service", 7), TypeError, "entity must be a str, not int"),
        (lambda p: p.entities.get("service", "\ud800"), ValueError, "entity is not valid text"),
    ],
)
def test_an_identifier_that_would_leave_its_segment_is_refused_before_sending(
    call: Any, error: type[Exception], message: str
) -> None:
    recorder = Recorder()
    with _client(recorder) as port, pytest.raises(error, match=message):
        call(port)  # the message names the argument, as the signature does
    assert recorder.requests == []


@settings(max_examples=300, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(blueprint=st.text(max_size=12), entity=st.text(max_size=24))
def test_any_string_is_refused_or_reaches_exactly_its_own_segment(
    blueprint: str, entity: str
) -> None:
    recorder = Recorder()
    refused: ValueError | None = None
    with _client(recorder) as port:
        try:
            port.entities.get(blueprint, entity)
        except ValueError as exc:
            refused = exc
    if refused is not None:
        assert recorder.requests == []
        assert str(refused).startswith(("blueprint ", "entity "))
        assert {blueprint, entity} & {"", ".", ".."} or any(
            "\ud800" <= ch <= "\udfff" for ch in blueprint + entity
        )
    else:
        assert recorder.paths == [["v1", "blueprints", blueprint, "entities", entity]]


def test_a_body_is_required_where_port_requires_one() -> None:
    recorder = Recorder()
    with _client(recorder) as port, pytest.raises(TypeError, match="body"):
        port.entities.aggregate()  # type: ignore[call-arg]
    assert recorder.requests == []


def test_an_array_body_takes_a_list_of_mappings() -> None:
    recorder = Recorder()
    scorecard = {"identifier": "prod", "title": "Prod", "rules": []}
    with _client(recorder) as port:
        port.scorecards.replace_all("svc", body=[scorecard])  # an array body stays body=

    assert json.loads(recorder.requests[0].content) == [scorecard]


def test_a_bodiless_creation_is_not_a_bad_answer() -> None:
    recorder = Recorder()
    with _client(recorder) as port:
        created = port.pages.create(identifier="home", title="Home")
    assert created is None  # Port documents no body: none is promised
    assert [r.method for r in recorder.requests] == ["POST"]
    assert json.loads(recorder.requests[0].content) == {"identifier": "home", "title": "Home"}
