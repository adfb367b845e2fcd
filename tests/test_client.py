"""PortClient and AsyncPortClient through httpx.MockTransport: the real auth, retry and throttle
layers run above the mock, so what is tested is what users get."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest

import pyport
from pyport import (
    APIError,
    AsyncPortClient,
    InvalidResponseError,
    MissingCredentialsError,
    NotFoundError,
    PortClient,
    PortConnectionError,
    RetryPolicy,
)
from pyport.models import Blueprint, BlueprintResponse, Direct, Relations

SECRET = "s3cr3t-client-secret-value-0042"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLXZhbHVlLTk5"
BASE = "https://api.port.io"


ODD_BLUEPRINT: dict[str, Any] = {
    "ok": "yes",
    "blueprint": {
        "identifier": {"id": "svc"},
        "title": None,
        "schema": [],
        "createdAt": "last week",
        "updatedAt": "2026-01-02T03:04:05.000Z",
        "ownership": {"type": "Direct", "title": 7},
        "relations": {"domain": "not an object"},
    },
}


class FakePort:
    """A tiny in-memory Port: a token endpoint, blueprints, and a paged entity search."""

    def __init__(self, *, entities: int = 0, page_cursor_loop: bool = False) -> None:
        self.requests: list[httpx.Request] = []
        self.token_requests = 0
        self.entities = [{"identifier": f"e{i}", "blueprint": "svc"} for i in range(entities)]
        self.page_cursor_loop = page_cursor_loop
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
        path = request.url.path
        if path == "/v1/auth/access_token":
            with self.lock:
                self.token_requests += 1
            return httpx.Response(200, json={"ok": True, "accessToken": TOKEN, "expiresIn": 10800})
        if request.headers.get("authorization") != f"Bearer {TOKEN}":
            return httpx.Response(
                401, json={"ok": False, "error": "unauthorized", "message": "bad token"}
            )
        if path == "/v1/blueprints/svc" and request.method == "GET":
            return httpx.Response(
                200,
                json={
                    "ok": True,
                    "blueprint": {"identifier": "svc", "title": "Service", "extra": {"kept": 1}},
                },
                headers={"x-trace-id": "trace-1"},
            )
        if path == "/v1/blueprints" and request.method == "POST":
            body = json.loads(request.content)
            return httpx.Response(201, json={"ok": True, "blueprint": body})
        if path == "/v1/blueprints/missing":
            return httpx.Response(
                404,
                json={"ok": False, "error": "not_found", "message": "Blueprint missing not found"},
                headers={"x-trace-id": "trace-404"},
            )
        if path == "/v1/blueprints/svc/entities/search":
            body = json.loads(request.content)
            start = int(body.get("from", "0") or 0)
            limit = int(body["limit"])
            page = self.entities[start : start + limit]
            answer: dict[str, Any] = {"ok": True, "entities": page}
            if start + limit < len(self.entities):
                answer["next"] = "0" if self.page_cursor_loop else str(start + limit)
            return httpx.Response(200, json=answer)
        if path == "/v1/blueprints/odd":  # a 2xx answer whose fields disagree with the spec
            return httpx.Response(200, json=ODD_BLUEPRINT)
        if path == "/v1/blueprints/listed":
            return httpx.Response(200, json=[ODD_BLUEPRINT])
        if path == "/v1/blueprints/broken":
            return httpx.Response(
                200, content=b'{"ok": true, "bluepr', headers={"content-type": "application/json"}
            )
        return httpx.Response(
            404, json={"ok": False, "error": "not_found", "message": f"no route {path}"}
        )


def make_client(fake: Callable[[httpx.Request], httpx.Response], **options: Any) -> PortClient:
    options.setdefault("retry", RetryPolicy(max_attempts=3, backoff_base=0.0, backoff_max=0.0))
    return PortClient(
        client_id="cid",
        client_secret=SECRET,
        base_url=BASE,
        transport=httpx.MockTransport(fake),
        environ={},
        **options,
    )


def test_typed_call_returns_the_model_and_keeps_unknown_fields() -> None:
    fake = FakePort()
    with make_client(fake) as port:
        answer = port.blueprints.get("svc")
    assert isinstance(answer, Blueprint)  # the resource, out of Port's envelope
    assert answer.identifier == "svc"
    assert answer.additional_properties == {"extra": {"kept": 1}}
    assert fake.token_requests == 1
    sent = fake.requests[-1]
    assert sent.headers["user-agent"].startswith(
        f"pyport/{pyport.__version__} {pyport.API_SPEC.user_agent_token} python/"
    )
    assert pyport.API_SPEC.user_agent_token.startswith("port-api/live-")
    assert f"httpx/{httpx.__version__}" in sent.headers["user-agent"]
    assert re.fullmatch(r"[0-9a-f]{32}", sent.headers["x-pyport-correlation-id"])


def test_fields_of_another_type_than_the_spec_says_do_not_fail_the_call() -> None:
    with make_client(FakePort()) as port:
        blueprint = port.blueprints.get("odd")
        with pytest.raises(InvalidResponseError, match=r"has no `blueprint`"):
            port.blueprints.get("listed")
        answer = BlueprintResponse.from_dict(port.request("GET", "/v1/blueprints/odd").json())
    assert answer.ok is None
    assert answer["ok"] == "yes"
    assert isinstance(blueprint, Blueprint)
    for promised in ("identifier", "title", "schema", "created_at"):
        assert not hasattr(blueprint, promised)  # not of the declared type: absent, kept raw
    assert blueprint["identifier"] == {"id": "svc"}
    with pytest.raises(AttributeError, match=r"Blueprint\.identifier: Port's answer has no"):
        _ = blueprint.identifier
    assert blueprint.updated_at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert isinstance(blueprint.ownership, Direct)
    assert blueprint.ownership.title is None
    assert isinstance(blueprint.relations, Relations)
    assert blueprint.relations.unparsed_properties == {"domain": "not an object"}
    assert answer.to_dict() == ODD_BLUEPRINT


def test_fields_the_signature_lacks_are_sent_with_extra_body_and_come_back() -> None:
    fake = FakePort()
    with make_client(fake) as port:
        created = port.blueprints.create(
            identifier="svc",
            title="Service",
            schema={"properties": {}},
            extra_body={"futureField": [1]},
        )
    assert json.loads(fake.requests[-1].content) == {
        "identifier": "svc",
        "title": "Service",
        "schema": {"properties": {}},
        "futureField": [1],
    }
    assert created.additional_properties["futureField"] == [1]


def test_version_1_body_mapping_is_sent_unchanged_and_warns() -> None:
    fake = FakePort()
    body = {
        "identifier": "svc",
        "title": "Service",
        "schema": {"properties": {}},
        "futureField": [1],
    }
    with make_client(fake) as port, pytest.warns(DeprecationWarning, match="body= is deprecated"):
        created = port.blueprints.create(body=body)
    assert json.loads(fake.requests[-1].content) == body
    assert created.additional_properties["futureField"] == [1]


def test_wrong_body_type_is_a_clear_error_before_sending() -> None:
    fake = FakePort()
    with make_client(fake) as port:
        with pytest.raises(TypeError, match="body must be a mapping, not list"):
            port.blueprints.create(body=["not", "a", "mapping"])  # type: ignore[call-overload]
        with pytest.raises(TypeError, match="object cannot be sent to Port as JSON"):
            port.blueprints.create(identifier="svc", title=object(), schema={})  # type: ignore[arg-type]
    assert fake.requests == []


def test_errors_are_mapped_with_trace_and_correlation_ids() -> None:
    fake = FakePort()
    with make_client(fake) as port, pytest.raises(NotFoundError) as caught:
        port.blueprints.get("missing")
    error = caught.value
    assert isinstance(error, APIError)
    assert (error.status_code, error.error, error.trace_id) == (404, "not_found", "trace-404")
    assert error.correlation_id == fake.requests[-1].headers["x-pyport-correlation-id"]
    assert "Blueprint missing not found" in str(error)


def test_a_truncated_success_body_is_an_invalid_response_error() -> None:
    with (
        make_client(FakePort()) as port,
        pytest.raises(InvalidResponseError, match="not valid JSON"),
    ):
        port.blueprints.get("broken")


def test_connection_failures_are_wrapped_and_chained() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with make_client(refuse) as port, pytest.raises(PortConnectionError) as caught:
        port.blueprints.list()
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def _searches(fake: FakePort) -> list[httpx.Request]:
    return [r for r in fake.requests if r.url.path.endswith("/search")]


@pytest.mark.parametrize("count", [0, 1, 250, 1000])
def test_pagination_yields_every_entity_exactly_once(count: int) -> None:
    fake = FakePort(entities=count)
    with make_client(fake) as port:
        pages = list(port.entities.search("svc", limit=100).iter_pages())
        identifiers = [e.identifier for e in port.entities.search("svc", limit=100)]
    assert identifiers == [f"e{i}" for i in range(count)]
    assert [len(page.items) for page in pages] == [
        min(100, count - start) for start in range(0, max(count, 1), 100)
    ]
    searches = _searches(fake)
    assert json.loads(searches[0].content) == {"limit": 100}
    if count > 100:
        assert json.loads(searches[1].content) == {"limit": 100, "from": "100"}


def test_a_page_fetches_the_next_one_only_when_it_is_needed() -> None:
    fake = FakePort(entities=500)
    with make_client(fake) as port:
        page = port.entities.search("svc", limit=100)
        assert len(_searches(fake)) == 1  # the first page, and only it
        iterator = iter(page)
        walked = [next(iterator).identifier for _ in range(100)]
        assert len(_searches(fake)) == 1
        following = next(iterator)
        assert len(_searches(fake)) == 2
    assert walked == [f"e{i}" for i in range(100)]
    assert following.identifier == "e100"


def test_a_cursor_that_repeats_stops_with_an_error() -> None:
    fake = FakePort(entities=300, page_cursor_loop=True)
    with make_client(fake) as port, pytest.raises(InvalidResponseError, match="answered before"):
        list(port.entities.search("svc", limit=100))
    assert len(_searches(fake)) == 2


def test_version_1_iter_search_blueprint_warns_and_pages_through_search() -> None:
    fake = FakePort(entities=250)
    with make_client(fake) as port:
        with pytest.warns(DeprecationWarning, match=r"use `for entity in port\.entities\.search"):
            paginator = port.entities.iter_search_blueprint("svc", page_size=100)
        assert _searches(fake) == []  # lazy, as it was
        sizes = [len(page.items) for page in paginator.pages()]
        identifiers = [e.identifier for e in paginator]
    assert sizes == [100, 100, 50]
    assert identifiers == [f"e{i}" for i in range(250)]
    assert [json.loads(r.content) for r in _searches(fake)[:3]] == [
        {"limit": 100},
        {"limit": 100, "from": "100"},
        {"limit": 100, "from": "200"},
    ]


def test_a_page_whose_entities_are_not_objects_is_an_error_not_an_empty_page() -> None:
    fake = FakePort(entities=150)
    fake.entities[120] = None
    expected = re.escape('expected {"entities": [objects], ...} from the entity search')
    with make_client(fake) as port:
        first = port.entities.search("svc", limit=100)
        assert len(first.items) == 100
        with pytest.raises(InvalidResponseError, match="an item of `entities` is NoneType"):
            first.next_page()
        with pytest.raises(InvalidResponseError, match=expected):  # the raw pages agree
            list(port.entities.iter_all("svc", page_size=100))


@pytest.mark.parametrize("size", [0, 1001, -1, 2.5, True])
def test_version_1_page_size_is_still_validated(size: Any) -> None:
    with (
        make_client(FakePort()) as port,
        pytest.warns(DeprecationWarning, match="iter_search_blueprint"),
        pytest.raises(ValueError, match="page_size"),
    ):
        port.entities.iter_search_blueprint("svc", page_size=size)


@pytest.mark.anyio
async def test_async_client_pages_and_maps_errors() -> None:
    fake = FakePort(entities=350)
    async with AsyncPortClient(
        client_id="cid",
        client_secret=SECRET,
        base_url=BASE,
        transport=httpx.MockTransport(fake),
        environ={},
    ) as port:
        answer = await port.blueprints.get("svc")
        seen = [e.identifier async for e in await port.entities.search("svc", limit=100)]
        with pytest.warns(DeprecationWarning, match="iter_search_blueprint"):
            paginator = port.entities.iter_search_blueprint("svc", page_size=100)
        again = [e.identifier async for e in paginator]
        with pytest.raises(NotFoundError):
            await port.blueprints.get("missing")
    assert answer.identifier == "svc"
    assert seen == again == [f"e{i}" for i in range(350)]


def test_raw_client_and_free_form_requests_share_auth_and_errors() -> None:
    from pyport._generated.api.blueprints import get_blueprint

    fake = FakePort()
    with make_client(fake) as port:
        detailed = get_blueprint.sync_detailed("svc", client=port.raw)
        assert detailed.status_code == 200
        assert detailed.headers["x-trace-id"] == "trace-1"
        assert isinstance(detailed.parsed, BlueprintResponse)
        response = port.request("GET", "/v1/blueprints/svc")
        assert response.json()["blueprint"]["identifier"] == "svc"
        with pytest.raises(NotFoundError):
            port.request("GET", "/v1/nowhere")
    assert fake.token_requests == 1


def test_missing_credentials_name_every_place_looked_at(tmp_path: Any) -> None:
    with pytest.raises(MissingCredentialsError) as caught:
        PortClient(environ={"XDG_CONFIG_HOME": str(tmp_path)})
    message = str(caught.value)
    for place in (
        "PORT_CLIENT_ID",
        "PORT_CLIENT_SECRET",
        "PORT_ACCESS_TOKEN",
        str(tmp_path / "pyport" / "config.toml"),
    ):
        assert place in message


def test_regions_base_url_and_environment() -> None:
    env = {"PORT_CLIENT_ID": "id", "PORT_CLIENT_SECRET": SECRET}
    assert PortClient(environ=env).base_url == "https://api.port.io"
    assert PortClient(environ=env, region="us").base_url == "https://api.us.port.io"
    assert PortClient(environ={**env, "PORT_REGION": "us"}).base_url == "https://api.us.port.io"
    legacy = PortClient(environ=env, base_url="https://api.getport.io/")
    assert legacy.base_url == "https://api.getport.io"
    assert PortClient(access_token=TOKEN, environ={}).settings.auth_method == "access_token"


@pytest.mark.parametrize("timeout", [0, -1, float("inf"), "10", None, httpx.Timeout(None)])
def test_timeout_must_be_bounded(timeout: Any) -> None:
    with pytest.raises(ValueError, match="timeout"):
        PortClient(client_id="i", client_secret=SECRET, environ={}, timeout=timeout)


def test_with_options_returns_a_configured_copy() -> None:
    fake = FakePort()
    with make_client(fake) as port:
        port.blueprints.get("svc")  # the parent fetches the token
        faster = port.with_options(timeout=2.5, user_agent_suffix="my-tool/1.0")
        try:
            faster.blueprints.get("svc")
        finally:
            faster.close()
        assert port.timeout != faster.timeout
        assert faster.timeout == httpx.Timeout(2.5)
        assert fake.token_requests == 1  # the copy shares the parent's token
        assert fake.requests[-1].headers["user-agent"].endswith(" my-tool/1.0")
        other = port.with_options(client_id="someone-else")
        try:
            other.blueprints.get("svc")
        finally:
            other.close()
        assert fake.token_requests == 2  # other credentials: a token of their own
        with pytest.raises(TypeError, match="unknown options: nonsense"):
            port.with_options(nonsense=1)


def test_no_secret_reaches_a_log_an_error_or_a_repr(caplog: pytest.LogCaptureFixture) -> None:
    """A full flow with a known secret; then search every record, message and repr for it."""
    calls = {"n": 0}
    fake = FakePort(entities=150)

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 3:
            return httpx.Response(
                503, json={"ok": False, "error": "unavailable", "message": "later"}
            )
        if request.url.path == "/v1/blueprints/leaky":
            # A proxy that echoes the request: the body holds the secret and the token.
            return httpx.Response(
                400, text=f"bad request clientSecret={SECRET} Authorization: Bearer {TOKEN}"
            )
        return fake(request)

    texts: list[str] = []
    caplog.set_level(logging.DEBUG, logger="pyport")
    port = make_client(flaky)
    texts.append(repr(port))
    texts.append(repr(port.settings))
    texts.append(repr(port.blueprints))
    port.blueprints.get("svc")
    list(port.entities.search("svc", limit=100))
    for path in ("missing", "leaky"):
        try:
            port.blueprints.get(path)
        except APIError as exc:
            texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    port.close()
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.__dict__) for record in caplog.records]
    assert len(caplog.records) >= 5  # the flow did log (one record per request, a retry)
    assert any("retry" in record.getMessage().lower() for record in caplog.records)
    for text in texts:
        assert SECRET not in text
        assert TOKEN not in text


def test_library_installs_no_handlers_and_prints_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    logger = logging.getLogger("pyport")
    assert all(isinstance(h, logging.NullHandler) for h in logger.handlers)
    with make_client(FakePort()) as port:
        port.blueprints.get("svc")
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == ""


def test_public_names_are_curated() -> None:
    assert len(set(pyport.__all__)) == len(pyport.__all__)  # the order is ruff's (RUF022)
    for name in pyport.__all__:
        assert hasattr(pyport, name), name
    import types

    stray = [
        n
        for n, v in vars(pyport).items()
        if n.isidentifier() and not n.startswith("_") and n not in pyport.__all__
        and not isinstance(v, types.ModuleType) and n not in {"annotations", "TYPE_CHECKING", "Any"}
    ]  # fmt: skip
    assert stray == []


def _operations(resource: object, path: tuple[str, ...]) -> set[str]:
    """The dotted names of the operations of a resource and of its sub-resources."""
    from pyport._surface import AsyncAPIResource, SyncAPIResource

    found = set()
    for name, value in vars(type(resource)).items():
        if name.startswith("_") or name == "with_raw_response":
            continue
        if isinstance(value, property):
            child = getattr(resource, name)
            assert isinstance(child, SyncAPIResource | AsyncAPIResource), name
            found |= _operations(child, (*path, name))
        elif callable(value):
            found.add(".".join((*path, name)))
    return found


def test_every_resource_and_operation_is_reachable() -> None:
    """Every operation of the pinned specs, each the method openapi/naming.yaml names (sync and
    async alike), and nothing else on a resource's own class."""
    from pathlib import Path

    import yaml

    from pyport._resources import AsyncResourcesMixin, ResourcesMixin

    naming = Path(__file__).resolve().parents[1] / "openapi" / "naming.yaml"
    named = set(yaml.safe_load(naming.read_text(encoding="utf-8"))["operations"].values())
    attributes = [n for n, v in vars(ResourcesMixin).items() if isinstance(v, property)]
    async_attributes = [n for n, v in vars(AsyncResourcesMixin).items() if isinstance(v, property)]
    assert async_attributes == attributes
    port = make_client(FakePort())
    aport = AsyncPortClient(client_id="cid", client_secret=SECRET, base_url=BASE, environ={})
    for client in (port, aport):
        methods = set().union(*(_operations(getattr(client, a), (a,)) for a in attributes))
        assert methods == named
        assert len(methods) == pyport.API_SPEC.operations == 126
    port.close()
    asyncio.run(aport.aclose())


@pytest.mark.parametrize(
    ("kind", "message"), [("gzip", "DecodingError"), ("loop", "TooManyRedirects")]
)
def test_undecodable_bodies_and_redirect_loops_are_invalid_responses(
    kind: str, message: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/access_token":
            return FakePort()(request)
        if kind == "gzip":
            headers = {"content-encoding": "gzip", "content-type": "application/json"}
            return httpx.Response(200, headers=headers, stream=httpx.ByteStream(b"not gzip"))
        return httpx.Response(302, headers={"location": "/v1/blueprints/svc"})

    with make_client(handler) as port:
        port.http.follow_redirects = True
        with pytest.raises(InvalidResponseError, match=message):
            port.blueprints.get("svc")


def test_urls_are_remembered_without_changing_what_is_sent() -> None:
    sent: list[str] = []

    def fake(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/access_token":
            return httpx.Response(200, json={"ok": True, "accessToken": "t", "expiresIn": 3600})
        sent.append(str(request.url))
        return httpx.Response(200, json={"ok": True})

    with make_client(fake) as port:
        for flag in (True, False, True):
            port.request("GET", "/v1/blueprints/a b/entities", params={"upsert": flag})
        # 1 and True are equal as dict keys but are sent differently.
        port.request("GET", "/v1/blueprints/a b/entities", params={"upsert": 1})
        port.request("GET", "/v1/x", params={"tags": ["p", "q"]})  # a list: built by httpx
        port.request("GET", "/v1/x", params={"tags": ["r"]})
        port.request("GET", "/v1/x")
        for n in range(1_100):  # more distinct URLs than are remembered
            port.request("GET", f"/v1/blueprints/b{n}")
        port.request("GET", "/v1/blueprints/b7")
        remembered = dict(port._urls)
    assert 0 < len(remembered) <= 1_024
    assert str(remembered[("/v1/blueprints/b7",)]) == f"{BASE}/v1/blueprints/b7"
    assert not [key for key in remembered if key[0] == "/v1/x" and len(key) > 1]
    assert sent[:7] == [
        f"{BASE}/v1/blueprints/a%20b/entities?upsert=true",
        f"{BASE}/v1/blueprints/a%20b/entities?upsert=false",
        f"{BASE}/v1/blueprints/a%20b/entities?upsert=true",
        f"{BASE}/v1/blueprints/a%20b/entities?upsert=1",
        f"{BASE}/v1/x?tags=p&tags=q",
        f"{BASE}/v1/x?tags=r",
        f"{BASE}/v1/x",
    ]
    assert sent[7:] == [f"{BASE}/v1/blueprints/b{n}" for n in (*range(1_100), 7)]


def test_import_pyport_loads_no_generated_code() -> None:
    """The generated client, the surface and its resources load on first use of a resource."""
    code = (
        "import sys, pyport; print(sorted(m for m in sys.modules"
        " if m.startswith(('pyport._generated', 'pyport._surface', 'pyport._resources.'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_import_pyport_is_lazy_and_every_public_name_resolves() -> None:
    """`import pyport` loads neither httpx nor the client; each name in `__all__` loads on use."""
    code = (
        "import sys, pyport; print(sorted(m for m in sys.modules if m.split('.')[0] == 'httpx'"
        " or m.startswith('pyport.'))); from pyport import PortClient;"
        " print('httpx' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["['pyport._version']", "True"]
    for name in pyport.__all__:
        assert getattr(pyport, name) is not None, name
    assert set(pyport.__all__) <= set(dir(pyport))
    with pytest.raises(AttributeError, match="no attribute 'PortClinet'"):
        _ = pyport.PortClinet  # type: ignore[attr-defined]


def test_the_generated_client_lives_in_pyports_namespace_only() -> None:
    import importlib.util

    import pyport._generated

    assert importlib.util.find_spec("port_api_client") is None  # no second top-level package
    assert pyport.generated is pyport._generated
    assert pyport._generated.models.Entity is pyport.models.Entity
