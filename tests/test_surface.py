"""The typed surface (version 2) as a user calls it: positional identifiers, keyword body fields,
the resource out of Port's envelope, pages, raw responses, and version 1's forms still working
with a DeprecationWarning.

Requests are checked where they are sent, through httpx.MockTransport under the client's real
auth and retry layers; behaviour end to end against the Port simulator.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from pyport import AsyncPortClient, NotFoundError, PortClient, RetryPolicy
from pyport._surface import AsyncPage, RawResponse, SyncPage
from pyport.models import (
    ActionRunLog,
    Blueprint,
    Entity,
    Scorecard,
    SearchBlueprintEntitiesResponse,
)
from pyport.testing import PortSimulator

NO_WAIT = RetryPolicy(max_attempts=2, backoff_base=0.0, retry_after_max=0.0)
_ENTITY = {"identifier": "checkout", "title": "Checkout", "blueprint": "svc", "properties": {}}


class Recorder:
    """A tiny Port: answers each route with its envelope, and keeps every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/access_token":
            return httpx.Response(200, json={"ok": True, "accessToken": "t", "expiresIn": 3600})
        self.requests.append(request)
        path, trace = request.url.path, {"x-trace-id": "trace-7"}
        if path.endswith("/missing"):
            body = {"ok": False, "error": "not_found", "message": "no such entity"}
            return httpx.Response(404, json=body, headers={"x-trace-id": "trace-404"})
        if request.method == "DELETE":
            return httpx.Response(200, json={"ok": True}, headers=trace)
        if path == "/v1/entities/properties-history":
            return httpx.Response(200, json={"ok": True, "result": {}}, headers=trace)
        if path.endswith("/logs"):
            log = {"message": "hello", "runId": "r_1"}
            return httpx.Response(201, json={"ok": True, "runLog": log}, headers=trace)
        if "/scorecards/" in path:
            scorecard = {"identifier": "prod", "title": "Prod", "rules": [], "blueprint": "svc"}
            return httpx.Response(200, json={"ok": True, "scorecard": scorecard}, headers=trace)
        if path == "/v1/blueprints" and request.method == "GET":
            blueprints = [{"identifier": "svc", "title": "Service", "schema": {"properties": {}}}]
            return httpx.Response(200, json={"ok": True, "blueprints": blueprints}, headers=trace)
        if path == "/v1/blueprints":
            return httpx.Response(201, json={"ok": True, "blueprint": json.loads(request.content)})
        return httpx.Response(200, json={"ok": True, "entity": _ENTITY}, headers=trace)

    def only(self) -> httpx.Request:
        (request,) = self.requests
        return request


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def port(recorder: Recorder) -> Iterator[PortClient]:
    with PortClient(
        client_id="cid",
        client_secret="secret",
        base_url="https://api.port.example",
        transport=httpx.MockTransport(recorder),
        retry=NO_WAIT,
        environ={},
    ) as client:
        yield client


def _path(request: httpx.Request) -> str:
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii")


# --- arguments ---------------------------------------------------------------------------------


def test_path_parameters_are_positional_in_url_order(port: PortClient, recorder: Recorder) -> None:
    entity = port.entities.get("svc", "team/payments:api")
    scorecard = port.scorecards.replace("svc", "prod", identifier="prod", title="Prod", rules=[])
    log = port.action_runs.logs.create("r_1", message="hello")
    assert [(r.method, _path(r)) for r in recorder.requests] == [
        ("GET", "/v1/blueprints/svc/entities/team%2Fpayments%3Aapi"),
        ("PUT", "/v1/blueprints/svc/scorecards/prod"),
        ("POST", "/v1/actions/runs/r_1/logs"),
    ]
    assert isinstance(entity, Entity)
    assert isinstance(scorecard, Scorecard)
    assert isinstance(log, ActionRunLog)
    assert (log.message, log.run_id) == ("hello", "r_1")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda p: p.entities.get("svc", entity="checkout"), "positional-only"),
        (lambda p: p.entities.get(blueprint="svc", entity="checkout"), "positional-only"),
        (lambda p: p.entities.get("svc"), "missing 1 required positional argument: 'entity'"),
        (
            lambda p: p.entities.create("svc", identifer="checkout"),
            "unexpected keyword argument 'identifer'",
        ),
        (lambda p: p.entities.get("svc", "checkout", inclde=["$title"]), "'inclde'"),
        (lambda p: p.blueprints.list(extra_header={"x": "1"}), "'extra_header'"),
    ],
)
def test_a_wrong_call_is_a_type_error_before_anything_is_sent(
    port: PortClient, recorder: Recorder, call: Callable[[Any], object], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        call(port)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("call", "missing"),
    [
        (lambda p: p.blueprints.create(identifier="svc", title="Service"), "'schema'"),
        (lambda p: p.blueprints.create(title="Service"), "'identifier', 'schema'"),
        (
            lambda p: p.entities.properties_history(entity_identifier="e", property_names=["a"]),
            "'blueprint_identifier'",
        ),
        (lambda p: p.auth.create_access_token(client_id="cid"), "'client_secret'"),
    ],
)
def test_a_missing_required_body_field_is_a_type_error_naming_it(
    port: PortClient, recorder: Recorder, call: Callable[[Any], object], missing: str
) -> None:
    with pytest.raises(TypeError, match=f"missing required keyword argument\\(s\\) {missing}"):
        call(port)
    assert recorder.requests == []


def test_body_fields_are_sent_by_their_wire_names(port: PortClient, recorder: Recorder) -> None:
    port.entities.properties_history(
        entity_identifier="checkout", blueprint_identifier="svc", property_names=["tier"]
    )
    assert json.loads(recorder.only().content) == {
        "entityIdentifier": "checkout",
        "blueprintIdentifier": "svc",
        "propertyNames": ["tier"],
    }


def test_extra_body_query_headers_and_timeout_reach_the_request(
    port: PortClient, recorder: Recorder
) -> None:
    port.entities.create(
        "svc",
        identifier="checkout",
        upsert=True,
        extra_body={"futureField": [1]},
        extra_query={"dry": "yes"},
        extra_headers={"X-Request-Source": "tests"},
        timeout=2.5,
    )
    sent = recorder.only()
    assert json.loads(sent.content) == {"identifier": "checkout", "futureField": [1]}
    assert dict(sent.url.params) == {"upsert": "true", "dry": "yes"}
    assert sent.headers["x-request-source"] == "tests"
    assert sent.headers["authorization"] == "Bearer t"  # added to, not replaced
    assert sent.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_a_call_without_extras_sends_only_what_it_was_given(
    port: PortClient, recorder: Recorder
) -> None:
    port.entities.get("svc", "checkout")
    sent = recorder.only()
    assert sent.url.query == b""  # Port's defaults are Port's to apply
    assert sent.content == b""
    assert sent.extensions["timeout"] == port.timeout.as_dict()
    assert "x-request-source" not in sent.headers


@pytest.mark.parametrize("timeout", [0, -1.0, float("nan")])
def test_a_bad_timeout_is_refused_before_sending(
    port: PortClient, recorder: Recorder, timeout: float
) -> None:
    with pytest.raises(ValueError, match="timeout must be a positive number"):
        port.entities.get("svc", "checkout", timeout=timeout)
    assert recorder.requests == []


# --- answers -----------------------------------------------------------------------------------


@pytest.fixture
def sim() -> PortSimulator:
    return PortSimulator()


@pytest.fixture
def live(sim: PortSimulator) -> Iterator[PortClient]:
    with PortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=sim.transport(),
        retry=NO_WAIT,
        environ={},
    ) as client:
        client.blueprints.create(
            identifier="svc", title="Service", schema={"properties": {"n": {"type": "number"}}}
        )
        yield client


def _fill(port: PortClient, count: int) -> None:
    port.entities.upsert_many(
        "svc", ({"identifier": f"e{i:03d}", "properties": {"n": i}} for i in range(count))
    ).raise_for_failures()


def test_the_envelope_is_unwrapped(live: PortClient) -> None:
    created = live.entities.create("svc", identifier="checkout", title="Checkout")
    fetched = live.entities.get("svc", "checkout")
    listed = live.entities.list("svc")
    blueprints = live.blueprints.list()
    assert isinstance(created, Entity)
    assert isinstance(fetched, Entity)
    assert (fetched.identifier, fetched.title) == ("checkout", "Checkout")
    assert [e.identifier for e in listed] == ["checkout"]
    assert all(isinstance(b, Blueprint) for b in blueprints)
    assert [b.identifier for b in blueprints] == ["svc"]
    assert live.entities.count("svc") == 1
    assert live.entities.delete("svc", "checkout") is None
    assert live.entities.count("svc") == 0
    with pytest.raises(NotFoundError):
        live.entities.get("svc", "checkout")


def test_a_page_iterates_every_entity_over_several_pages(live: PortClient) -> None:
    _fill(live, 25)
    page = live.entities.search("svc", limit=10)
    assert isinstance(page, SyncPage)
    assert len(page.items) == 10
    assert page.has_next_page()
    walked = [e.identifier for e in page]
    # Every entity once, whatever order the (concurrently filled) store keeps them in.
    assert sorted(walked) == [f"e{i:03d}" for i in range(25)]
    assert [len(p.items) for p in page.iter_pages()] == [10, 10, 5]
    second = page.next_page()
    assert [e.identifier for e in second.items] == walked[10:20]
    third = second.next_page()
    assert not third.has_next_page()
    with pytest.raises(LookupError, match="last page"):
        third.next_page()


def test_a_page_searches_with_the_query_it_was_given(live: PortClient) -> None:
    _fill(live, 30)
    rule = {"property": "n", "operator": "<", "value": 12}
    found = live.entities.search("svc", query={"combinator": "and", "rules": [rule]}, limit=5)
    assert sorted(e.identifier for e in found) == [f"e{i:03d}" for i in range(12)]


@pytest.mark.anyio
async def test_the_async_page_iterates_every_entity_with_async_for(sim: PortSimulator) -> None:
    async with AsyncPortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=sim.async_transport(),
        retry=NO_WAIT,
        environ={},
    ) as port:
        await port.blueprints.create(identifier="svc", title="Service", schema={"properties": {}})
        result = await port.entities.upsert_many(
            "svc", [{"identifier": f"a{i:02d}"} for i in range(23)]
        )
        assert len(result.succeeded) == 23
        page = await port.entities.search("svc", limit=10)
        assert isinstance(page, AsyncPage)
        assert len(page.items) == 10
        walked = [entity.identifier async for entity in page]
        sizes = [len(p.items) async for p in page.iter_pages()]
        fetched = await port.entities.get("svc", "a07")
        assert await port.entities.delete("svc", "a07") is None
        raw = await port.entities.with_raw_response.delete("svc", "a08")
        first = await port.entities.with_raw_response.search("svc", limit=10)
        with pytest.raises(NotFoundError):
            await port.entities.with_raw_response.get("svc", "a08")
    assert sorted(walked) == [f"a{i:02d}" for i in range(23)]
    assert sizes == [10, 10, 3]
    assert fetched.identifier == "a07"
    assert (raw.status_code, raw.parse()) == (200, None)
    assert len(first.parse().items) == 10


def test_with_raw_response_gives_status_headers_trace_id_and_the_object(
    port: PortClient, recorder: Recorder
) -> None:
    raw = port.entities.with_raw_response.get("svc", "checkout")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert raw.trace_id == "trace-7"
    entity = raw.parse()
    assert isinstance(entity, Entity)
    assert entity.identifier == "checkout"
    assert raw.parse() is entity  # parsed once
    created = port.action_runs.logs.with_raw_response.create("r_1", message="hello")
    assert created.status_code == 201
    assert created.parse().message == "hello"
    deleted = port.entities.with_raw_response.delete("svc", "checkout")
    assert (deleted.status_code, deleted.parse()) == (200, None)
    assert len(recorder.requests) == 3


def test_with_raw_response_raises_the_same_errors(port: PortClient) -> None:
    with pytest.raises(NotFoundError) as plain:
        port.entities.get("svc", "missing")
    with pytest.raises(NotFoundError) as raw:
        port.entities.with_raw_response.get("svc", "missing")
    assert (raw.value.status_code, raw.value.error, raw.value.trace_id) == (
        404,
        "not_found",
        "trace-404",
    )
    assert str(raw.value).split(" (")[0] == str(plain.value).split(" (")[0]


def test_with_raw_response_of_a_page_parses_to_the_page(live: PortClient) -> None:
    _fill(live, 12)
    raw = live.entities.with_raw_response.search("svc", limit=5)
    assert raw.status_code == 200
    assert raw.trace_id is not None
    assert re.fullmatch(r"[0-9a-f]{32}", raw.trace_id)
    page = raw.parse()
    assert isinstance(page, SyncPage)
    assert len(page.items) == 5
    assert raw.http_response.json()["entities"][0]["identifier"] == page.items[0].identifier
    assert sorted(e.identifier for e in page) == [f"e{i:03d}" for i in range(12)]


# --- version 1, for one minor version -----------------------------------------------------------


def test_body_mapping_still_works_and_warns(port: PortClient, recorder: Recorder) -> None:
    body = {"identifier": "checkout", "title": "Checkout", "futureField": 1}
    with pytest.warns(DeprecationWarning, match=r"body= is deprecated.*extra_body=") as caught:
        created = port.entities.create("svc", body=body, upsert=True)
    assert caught[0].filename == __file__  # it points at the caller's line
    assert isinstance(created, Entity)  # the new return type, whatever the form
    sent = recorder.only()
    assert json.loads(sent.content) == body
    assert dict(sent.url.params) == {"upsert": "true"}


def test_a_body_that_is_not_a_mapping_is_refused_before_sending(
    port: PortClient, recorder: Recorder
) -> None:
    with pytest.raises(TypeError, match="body must be a mapping, not str"):
        port.entities.create("svc", body="checkout")  # type: ignore[call-overload]
    assert recorder.requests == []


def test_version_1_names_still_work_and_warn_naming_the_new_call(live: PortClient) -> None:
    _fill(live, 3)
    with pytest.warns(
        DeprecationWarning,
        match=re.escape(
            "port.entities.search_blueprint() is deprecated; use `port.entities.search()` instead"
        ),
    ) as caught:
        answer = live.entities.search_blueprint("svc", body={"limit": 2})
    assert caught[0].filename == __file__
    # Version 1's return type, envelope included, is kept with its name.
    assert isinstance(answer, SearchBlueprintEntitiesResponse)
    assert [e.identifier for e in answer.entities] == ["e000", "e001"]
    assert isinstance(answer.next_, str)
    with pytest.warns(DeprecationWarning, match=r"use `port\.entities\.count\(\)` instead"):
        counted = live.entities.get_blueprint_count("svc")
    assert counted.count == 3
    with pytest.warns(DeprecationWarning, match=r"use `port\.entities\.list\(\)` instead"):
        listed = live.entities.list_blueprint("svc")
    assert sorted(e.identifier for e in listed.entities) == ["e000", "e001", "e002"]


@pytest.mark.anyio
async def test_async_version_1_names_and_body_still_work_and_warn(sim: PortSimulator) -> None:
    async with AsyncPortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=sim.async_transport(),
        environ={},
    ) as port:
        with pytest.warns(DeprecationWarning, match="body= is deprecated"):
            await port.blueprints.create(
                body={"identifier": "svc", "title": "Service", "schema": {"properties": {}}}
            )
        await port.entities.create("svc", identifier="checkout")
        with pytest.warns(DeprecationWarning, match="get_blueprint_count"):
            counted = await port.entities.get_blueprint_count("svc")
    assert counted.count == 1


def test_request_shapes_and_sentinels_are_public() -> None:
    import typing

    import pyport
    import pyport.types

    assert pyport.NOT_GIVEN is pyport.types.NOT_GIVEN
    assert not pyport.NOT_GIVEN
    assert isinstance(pyport.NOT_GIVEN, pyport.NotGiven)
    relation = pyport.types.RelationsValueParam
    # Port's required keys are required in the shape (the strict spec's), the rest optional.
    assert relation.__required_keys__ == frozenset({"target", "required", "many"})
    assert "title" in relation.__optional_keys__
    schema = pyport.types.SchemaParam  # create_blueprint's `schema=`
    assert schema.__required_keys__ == frozenset({"properties"})
    assert set(typing.get_type_hints(schema)) == {"properties", "required"}
    assert all(not name.startswith("_") for name in pyport.types.__all__)
