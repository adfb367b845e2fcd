"""What bounds a call and what a success must look like, through PortClient and AsyncPortClient:
options checked up front, `deadline`, `max_response_bytes`, `"ok": false`, deep JSON, a DELETE
whose answer was lost, pages without end."""

from __future__ import annotations

import json
import math
import time
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import anyio
import httpx
import pytest

from pyport import (
    APIError,
    AsyncPortClient,
    BadRequestError,
    InvalidResponseError,
    NotFoundError,
    PortClient,
    PortTimeoutError,
    RetryPolicy,
    Throttle,
)
from pyport._network import DeadlineHTTPTransport, _Backend

SECRET = "limits-client-secret-0123456789abcdef"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsaW1pdHMifQ.bGltaXRzLXNpZ25hdHVyZQ"
BASE = "https://api.port.io"
NO_WAIT = RetryPolicy(max_attempts=3, backoff_base=0.0, backoff_max=0.0)

Handler = Callable[[httpx.Request], httpx.Response]


def port_with(handler: Handler, **options: Any) -> PortClient:
    options.setdefault("retry", NO_WAIT)
    return PortClient(
        client_id="cid",
        client_secret=SECRET,
        base_url=BASE,
        transport=httpx.MockTransport(_with_token(handler)),
        environ={},
        **options,
    )


def async_port_with(handler: Handler, **options: Any) -> AsyncPortClient:
    options.setdefault("retry", NO_WAIT)
    return AsyncPortClient(
        client_id="cid",
        client_secret=SECRET,
        base_url=BASE,
        transport=httpx.MockTransport(_with_token(handler)),
        environ={},
        **options,
    )


def _with_token(handler: Handler) -> Handler:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/access_token":
            return httpx.Response(200, json={"ok": True, "accessToken": TOKEN, "expiresIn": 3600})
        return handler(request)

    return answer


def always(response: Callable[[], httpx.Response]) -> Handler:
    return lambda request: response()


# --- options -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "timeout",
    [
        httpx.Timeout(0),
        httpx.Timeout(-1),
        httpx.Timeout(5, read=0),
        httpx.Timeout(5, connect=-2),
        httpx.Timeout(math.nan),
        httpx.Timeout(math.inf),
        math.nan,
    ],
)
def test_non_positive_timeouts_are_refused(timeout: Any) -> None:
    with pytest.raises(ValueError, match="timeout must"):
        port_with(always(lambda: httpx.Response(200)), timeout=timeout)


@pytest.mark.parametrize(
    ("option", "value", "accepts"),
    [
        ("retry", 5, "retry must be a pyport.RetryPolicy"),
        ("retry", {"max_attempts": 3}, "retry must be a pyport.RetryPolicy"),
        ("throttle", "fast", "throttle must be a pyport.Throttle"),
        ("throttle", 10, "throttle must be a pyport.Throttle"),
    ],
)
@pytest.mark.parametrize("kind", [port_with, async_port_with])
def test_wrong_option_types_are_clear_type_errors(
    kind: Any, option: str, value: Any, accepts: str
) -> None:
    with pytest.raises(TypeError, match=accepts) as caught:
        kind(always(lambda: httpx.Response(200)), **{option: value})
    assert repr(value) in str(caught.value)


@pytest.mark.parametrize("value", [0, -5, math.inf, math.nan, "30", True])
def test_deadline_is_checked(value: Any) -> None:
    with pytest.raises(ValueError, match="deadline must be a positive"):
        port_with(always(lambda: httpx.Response(200)), deadline=value)


@pytest.mark.parametrize("value", [0, -1, 1.5, None, True, "64"])
def test_max_response_bytes_is_checked(value: Any) -> None:
    with pytest.raises(ValueError, match="max_response_bytes must be a positive integer"):
        port_with(always(lambda: httpx.Response(200)), max_response_bytes=value)


def test_the_new_options_have_safe_defaults_and_copy_over() -> None:
    with port_with(always(lambda: httpx.Response(200))) as port:
        assert (port.deadline, port.max_response_bytes) == (300.0, 64 * 1024 * 1024)
        assert port.throttle.max_wait == 60.0
        copy = port.with_options(deadline=None, max_response_bytes=1024)
        assert (copy.deadline, copy.max_response_bytes) == (None, 1024)
        again = copy.with_options(timeout=5)
        assert (again.deadline, again.max_response_bytes) == (None, 1024)
        copy.close()
        again.close()


def test_the_default_transport_cuts_socket_waits_to_the_deadline() -> None:
    # httpx gives no way to pass a network backend; this fails if its internals change.
    port = PortClient(client_id="cid", client_secret=SECRET, environ={})
    inner = port._throttle_transport._transport
    assert isinstance(inner, DeadlineHTTPTransport)
    assert isinstance(inner._pool._network_backend, _Backend)
    port.close()


# --- deadline and max_response_bytes through the whole client ------------------------------------


class Stream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body of `count` chunks of `size` bytes, `pause` seconds apart; counts what was taken."""

    def __init__(self, *, count: int, size: int = 1, pause: float = 0.0) -> None:
        self.count, self.size, self.pause = count, size, pause
        self.taken = 0

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.count):
            if self.pause:
                time.sleep(self.pause)
            self.taken += 1
            yield b" " * self.size

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.count):
            if self.pause:
                await anyio.sleep(self.pause)
            self.taken += 1
            yield b" " * self.size


def test_a_trickling_server_cannot_outlast_the_deadline() -> None:
    # 10,000 bytes 10 ms apart: 100 s in all, each read quick. The deadline ends it.
    stream = Stream(count=10_000, pause=0.01)
    handler = always(lambda: httpx.Response(200, stream=stream))
    with (
        port_with(handler, timeout=1, deadline=0.3) as port,
        pytest.raises(PortTimeoutError, match=r"deadline of 0\.3 s") as caught,
    ):
        port.request("GET", "/v1/blueprints")
    assert stream.taken < 10_000  # a count, not a time: it stopped long before the end
    assert "while reading the body" in str(caught.value)


@pytest.mark.anyio
async def test_async_a_trickling_server_cannot_outlast_the_deadline() -> None:
    stream = Stream(count=10_000, pause=0.01)
    handler = always(lambda: httpx.Response(200, stream=stream))
    async with async_port_with(handler, timeout=1, deadline=0.3) as port:
        with pytest.raises(PortTimeoutError, match=r"deadline of 0\.3 s"):
            await port.request("GET", "/v1/blueprints")
    assert stream.taken < 10_000


def test_the_deadline_covers_the_token_exchange() -> None:
    stream = Stream(count=10_000, pause=0.01)

    def slow_token(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=stream)

    port = PortClient(
        client_id="cid",
        client_secret=SECRET,
        transport=httpx.MockTransport(slow_token),
        deadline=0.3,
        environ={},
    )
    with port, pytest.raises(PortTimeoutError, match="deadline"):
        port.blueprints.get("svc")
    assert stream.taken < 10_000


def test_the_deadline_covers_a_throttle_wait() -> None:
    answers = iter([httpx.Response(429, headers={"retry-after": "30"})])
    handler: Handler = lambda request: next(answers, httpx.Response(200, json={"ok": True}))  # noqa: E731
    policy = RetryPolicy.none()
    with port_with(handler, retry=policy, deadline=5, throttle=Throttle()) as port:
        with pytest.raises(APIError):  # the 429 itself, not retried
            port.request("GET", "/v1/x")
        with pytest.raises(APIError, match="deadline of 5 s") as caught:
            port.request("GET", "/v1/x")
    assert caught.value.status_code == 429


def test_a_flood_stops_being_read_at_max_response_bytes() -> None:
    stream = Stream(count=100_000, size=1024)  # 100 MiB offered
    handler = always(lambda: httpx.Response(200, stream=stream))
    with (
        port_with(handler, max_response_bytes=1024 * 1024) as port,
        pytest.raises(InvalidResponseError, match="max_response_bytes") as caught,
    ):
        port.request("GET", "/v1/blueprints")
    assert stream.taken == 1025  # 1 MiB, then the chunk that went past it
    assert caught.value.status_code == 200


@pytest.mark.anyio
async def test_async_a_flood_stops_being_read_at_max_response_bytes() -> None:
    stream = Stream(count=100_000, size=1024)
    handler = always(lambda: httpx.Response(200, stream=stream))
    async with async_port_with(handler, max_response_bytes=1024 * 1024) as port:
        with pytest.raises(InvalidResponseError, match="max_response_bytes"):
            await port.request("GET", "/v1/blueprints")
    assert stream.taken == 1025


def test_memory_stays_bounded_by_max_response_bytes() -> None:
    stream = Stream(count=64 * 1024, size=1024)  # 64 MiB offered
    handler = always(lambda: httpx.Response(200, stream=stream))
    with port_with(handler, max_response_bytes=1024 * 1024) as port:
        tracemalloc.start()
        try:
            with pytest.raises(InvalidResponseError):
                port.request("GET", "/v1/blueprints")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


# --- what a success must look like ---------------------------------------------------------------


def ok_false(status: int = 200) -> httpx.Response:
    body = {"ok": False, "error": "quota_exceeded", "message": "Over your quota"}
    return httpx.Response(status, json=body, headers={"x-trace-id": "t-ok-false"})


def test_a_200_that_says_ok_false_is_an_api_error() -> None:
    with port_with(always(ok_false)) as port:
        with pytest.raises(APIError) as typed:
            port.blueprints.get("svc")
        with pytest.raises(APIError) as free:
            port.request("GET", "/v1/blueprints/svc")
    for caught in (typed, free):
        error = caught.value
        assert (error.status_code, error.error, error.trace_id) == (
            200,
            "quota_exceeded",
            "t-ok-false",
        )
        assert "Over your quota" in str(error)


@pytest.mark.anyio
async def test_async_a_200_that_says_ok_false_is_an_api_error() -> None:
    async with async_port_with(always(ok_false)) as port:
        with pytest.raises(APIError, match="Over your quota"):
            await port.blueprints.get("svc")
        with pytest.raises(APIError, match="Over your quota"):
            await port.request("GET", "/v1/blueprints/svc")


def test_a_207_with_ok_false_is_a_partial_success_not_an_error() -> None:
    body = {"ok": False, "entities": [], "errors": [{"identifier": "a", "message": "bad"}]}
    with port_with(always(lambda: httpx.Response(207, json=body))) as port:
        response = port.request("POST", "/v1/blueprints/svc/entities/bulk", json={})
    assert response.json() == body


@pytest.mark.parametrize("body", [b"[1]", b"not json", b'{"ok": true}', b"", b'{"okay": false}'])
def test_request_returns_other_bodies_as_they_are(body: bytes) -> None:
    with port_with(always(lambda: httpx.Response(200, content=body))) as port:
        assert port.request("GET", "/v1/x").content == body


def deep(depth: int, *, status: int = 200) -> httpx.Response:
    if status == 200:
        return httpx.Response(status, content=b"[" * depth + b"]" * depth)
    body = b'{"ok": false, "error": "bad", "details": ' + b"[" * depth + b"]" * depth + b"}"
    return httpx.Response(status, content=body)


@pytest.mark.parametrize("depth", [100_000, 5_000])
def test_deeply_nested_json_is_an_invalid_response(depth: int) -> None:
    with (
        port_with(always(lambda: deep(depth))) as port,
        pytest.raises(InvalidResponseError, match="nested too deeply"),
    ):
        port.blueprints.get("svc")


@pytest.mark.parametrize("depth", [100_000, 5_000, 950, 600])
def test_deeply_nested_json_in_an_error_still_maps_to_its_status(depth: int) -> None:
    with (
        port_with(always(lambda: deep(depth, status=400))) as port,
        pytest.raises(BadRequestError) as caught,
    ):
        port.blueprints.get("svc")
    assert caught.value.status_code == 400


# --- a DELETE whose answer was lost --------------------------------------------------------------


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_delete_whose_answer_was_lost_is_not_a_not_found(kind: str) -> None:
    deleted: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if deleted:
            return httpx.Response(404, json={"ok": False, "error": "not_found", "message": "gone"})
        deleted.append(request.url.path)
        raise httpx.ReadTimeout("the answer was lost", request=request)

    if kind == "sync":
        with port_with(handler) as port:
            answer = port.blueprints.delete("svc")
    else:

        async def main() -> Any:
            async with async_port_with(handler) as port:
                return await port.blueprints.delete("svc")

        answer = anyio.run(main)
    assert answer is None  # what a delete returns: not a NotFoundError
    assert deleted == ["/v1/blueprints/svc"]


def test_a_delete_of_something_that_never_was_is_still_not_found() -> None:
    not_found = always(lambda: httpx.Response(404, json={"ok": False, "error": "not_found"}))
    with port_with(not_found) as port, pytest.raises(NotFoundError):
        port.blueprints.delete("svc")


# --- pages without end ---------------------------------------------------------------------------


def endless_empty_pages() -> tuple[Handler, list[int]]:
    fetched: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        fetched.append(1)
        # A guard so that a paginator that never stops fails this test instead of hanging it.
        assert len(fetched) <= 1_000, "paging did not stop"
        return httpx.Response(200, json={"ok": True, "entities": [], "next": f"c{len(fetched)}"})

    return handler, fetched


def test_endless_empty_pages_with_fresh_cursors_stop() -> None:
    handler, fetched = endless_empty_pages()
    with port_with(handler) as port:
        with pytest.raises(InvalidResponseError, match="20 empty pages in a row"):
            list(port.entities.search("svc"))
        with pytest.raises(InvalidResponseError, match="empty pages in a row"):
            list(port.entities.iter_all(["svc"]))
    assert len(fetched) == 40


@pytest.mark.anyio
async def test_async_endless_empty_pages_with_fresh_cursors_stop() -> None:
    handler, fetched = endless_empty_pages()
    async with async_port_with(handler) as port:
        with pytest.raises(InvalidResponseError, match="20 empty pages in a row"):
            [e async for e in await port.entities.search("svc")]
    assert len(fetched) == 20


def test_a_few_empty_pages_between_full_ones_are_fine() -> None:
    pages = iter(
        [[{"identifier": "a", "blueprint": "svc"}]]
        + [[]] * 19
        + [[{"identifier": "b", "blueprint": "svc"}]]
        + [[]] * 19
        + [[{"identifier": "c", "blueprint": "svc"}]]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)
        number = int(sent.get("from", "0"))
        page = next(pages)
        answer: dict[str, Any] = {"ok": True, "entities": page}
        if number < 40:
            answer["next"] = str(number + 1)
        return httpx.Response(200, json=answer)

    with port_with(handler) as port:
        found = [e.identifier for e in port.entities.search("svc")]
    assert found == ["a", "b", "c"]
