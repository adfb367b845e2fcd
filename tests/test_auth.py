"""ClientCredentialsAuth and StaticTokenAuth through real httpx clients over a MockTransport."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from pyport._auth import ClientCredentialsAuth, StaticTokenAuth
from pyport._logging import registered_secrets
from pyport.errors import AuthenticationError, ServerError

CLIENT_ID = "client-id-0001"
SECRET = "client-secret-abcdefghijklmnopqrstuvwxyz-0123456789"
BASE = "https://api.port.io"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class FakeClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class FakePort:
    """Port's token endpoint and one API route.

    Like Port, asking for a token again returns the same token until it expires (unless
    `same_token_until_expiry` is off); `revoke()` makes every issued token invalid.
    """

    def __init__(
        self,
        clock: Callable[[], float] | None = None,
        *,
        expires_in: Any = 3600,
        same_token_until_expiry: bool = True,
    ) -> None:
        self.clock = clock or FakeClock()
        self.expires_in = expires_in
        self.same_token_until_expiry = same_token_until_expiry
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.valid: dict[str, float] = {}  # token -> expiry
        self.current: str | None = None
        self.lock = threading.Lock()
        self.on_token: Callable[[], None] | None = None
        self.on_unauthorized: Callable[[], None] | None = None

    def revoke(self) -> None:
        self.valid.clear()
        self.current = None

    def issue(self) -> httpx.Response:
        now = self.clock()
        current = self.current
        if self.same_token_until_expiry and current and self.valid.get(current, 0) > now:
            remaining = self.valid[current] - now
            return httpx.Response(
                200, json={"ok": True, "accessToken": current, "expiresIn": remaining}
            )
        token = f"token-{len(self.token_requests):04d}-{'x' * 20}"
        self.current = token
        self.valid[token] = now + float(self.expires_in)
        return httpx.Response(
            200,
            json={
                "ok": True,
                "accessToken": token,
                "expiresIn": self.expires_in,
                "tokenType": "Bearer",
            },
        )

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/access_token":
            with self.lock:
                self.token_requests.append(request)
            if self.on_token:
                self.on_token()
            body = json.loads(request.content)
            if body != {"clientId": CLIENT_ID, "clientSecret": SECRET}:
                return httpx.Response(401, json={"ok": False, "error": "unauthorized"})
            with self.lock:
                return self.issue()
        with self.lock:
            self.api_requests.append(request)
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            ok = scheme == "Bearer" and self.valid.get(token, 0) > self.clock()
        if not ok:
            if self.on_unauthorized:
                self.on_unauthorized()
            return httpx.Response(401, json={"ok": False, "error": "unauthorized"})
        return httpx.Response(200, json={"ok": True, "token": token})


def make_auth(server: FakePort, **kwargs: Any) -> ClientCredentialsAuth:
    return ClientCredentialsAuth(CLIENT_ID, SECRET, clock=server.clock, **kwargs)


def client_for(server: FakePort, auth: httpx.Auth, base_url: str = BASE) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(server), auth=auth, base_url=base_url)


def async_client_for(server: Any, auth: httpx.Auth) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.MockTransport(server), auth=auth, base_url=BASE)


def used_token(response: httpx.Response) -> str:
    token: str = response.json()["token"]
    return token


# --- fetching and caching ---------------------------------------------------------------------


def test_token_is_fetched_lazily_and_sent_as_bearer() -> None:
    server = FakePort()
    auth = make_auth(server)
    with client_for(server, auth, base_url="http://localhost:8123") as client:
        assert server.token_requests == []
        response = client.get("/v1/blueprints", headers={"User-Agent": "pyport-test"})
    assert response.status_code == 200
    (token_request,) = server.token_requests
    assert token_request.method == "POST"
    assert str(token_request.url) == "http://localhost:8123/v1/auth/access_token"
    assert json.loads(token_request.content) == {"clientId": CLIENT_ID, "clientSecret": SECRET}
    assert token_request.extensions["pyport.idempotent"] is True
    assert token_request.extensions["timeout"] == response.request.extensions["timeout"]
    assert token_request.headers["user-agent"] == "pyport-test"
    assert "authorization" not in token_request.headers
    assert response.request.headers["authorization"] == f"Bearer {server.current}"


def test_token_url_keeps_only_scheme_host_and_port() -> None:
    server = FakePort()
    with client_for(server, make_auth(server), base_url="https://port.example.com:8443") as client:
        client.get("/v1/entities?x=1#frag")
    assert str(server.token_requests[0].url) == "https://port.example.com:8443/v1/auth/access_token"


def test_token_is_cached() -> None:
    server = FakePort()
    with client_for(server, make_auth(server)) as client:
        tokens = {used_token(client.get("/v1/blueprints")) for _ in range(5)}
    assert len(server.token_requests) == 1
    assert len(server.api_requests) == 5
    assert tokens == {server.current}


def test_token_is_refreshed_ahead_of_expiry() -> None:
    clock = FakeClock()
    server = FakePort(clock, expires_in=3600)
    start = clock.now
    with client_for(server, make_auth(server, refresh_margin=300)) as client:
        first = used_token(client.get("/v1/x"))
        clock.now = start + 3299
        assert used_token(client.get("/v1/x")) == first
        assert len(server.token_requests) == 1
        clock.now = start + 3300
        # Port would still hand back the same token here: make it a new one to tell them apart.
        server.revoke()
        second = used_token(client.get("/v1/x"))
    assert second != first
    assert len(server.token_requests) == 2


def test_short_lived_tokens_refresh_at_three_quarters_of_their_life() -> None:
    clock = FakeClock()
    server = FakePort(clock, expires_in=60, same_token_until_expiry=False)
    start = clock.now
    with client_for(server, make_auth(server)) as client:
        client.get("/v1/x")
        clock.now = start + 44.9
        client.get("/v1/x")
        assert len(server.token_requests) == 1
        clock.now = start + 45
        client.get("/v1/x")
    assert len(server.token_requests) == 2


def test_missing_expires_in_means_port_s_three_hours() -> None:
    clock = FakeClock()
    server = FakePort(clock, expires_in=10_800, same_token_until_expiry=False)

    def without_expiry(request: httpx.Request) -> httpx.Response:
        response = server(request)
        if request.url.path.endswith("access_token"):
            body = response.json()
            del body["expiresIn"]
            return httpx.Response(200, json=body)
        return response

    start = clock.now
    auth = make_auth(server)
    with httpx.Client(transport=httpx.MockTransport(without_expiry), auth=auth, base_url=BASE) as c:
        c.get("/v1/x")
        clock.now = start + 10_800 - 301
        c.get("/v1/x")
        assert len(server.token_requests) == 1
        clock.now = start + 10_800 - 300
        c.get("/v1/x")
    assert len(server.token_requests) == 2


def test_same_token_handed_back_early_is_kept_until_it_expires() -> None:
    clock = FakeClock()
    server = FakePort(clock, expires_in=10_800)  # like Port: same token until it expires
    start = clock.now
    with client_for(server, make_auth(server)) as client:
        first = used_token(client.get("/v1/x"))
        clock.now = start + 10_500  # refresh margin reached: asks, gets the same token back
        assert used_token(client.get("/v1/x")) == first
        assert len(server.token_requests) == 2
        for offset in (10_600, 10_750, 10_799):
            clock.now = start + offset
            assert used_token(client.get("/v1/x")) == first
        assert len(server.token_requests) == 2  # no storm of pointless early refreshes
        clock.now = start + 10_800
        assert used_token(client.get("/v1/x")) != first
    assert len(server.token_requests) == 3


def test_numeric_string_expires_in_is_accepted() -> None:
    server = FakePort(expires_in="3600")
    with client_for(server, make_auth(server)) as client:
        assert client.get("/v1/x").status_code == 200


# --- 401 from the API -------------------------------------------------------------------------


def test_401_refreshes_once_and_resends_once() -> None:
    server = FakePort()
    with client_for(server, make_auth(server)) as client:
        first = used_token(client.get("/v1/x"))
        server.revoke()
        response = client.get("/v1/x")
    assert response.status_code == 200
    assert used_token(response) != first
    assert len(server.token_requests) == 2
    assert len(server.api_requests) == 3


def test_401_after_the_refresh_is_returned_not_looped() -> None:
    server = FakePort()

    def always_401(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("access_token"):
            return server(request)
        server.api_requests.append(request)
        return httpx.Response(401, json={"ok": False, "error": "unauthorized"})

    auth = make_auth(server)
    with httpx.Client(transport=httpx.MockTransport(always_401), auth=auth, base_url=BASE) as c:
        response = c.get("/v1/x")
    assert response.status_code == 401
    assert len(server.token_requests) == 2
    assert len(server.api_requests) == 2


class ConsumingTransport(httpx.BaseTransport):
    """Sends request bodies the way a network transport does: by iterating, not by reading."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        self.handler = handler
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        self.bodies.append(b"".join(request.stream))
        return self.handler(request)


def test_401_on_a_streamed_upload_is_returned_without_resending() -> None:
    server = FakePort()
    transport = ConsumingTransport(server)
    auth = make_auth(server)
    with httpx.Client(transport=transport, auth=auth, base_url=BASE) as client:
        client.get("/v1/x")
        server.revoke()
        response = client.post("/v1/x", content=iter([b'{"a": 1}']))
    assert response.status_code == 401
    assert transport.bodies[-1] == b'{"a": 1}'
    assert len(server.token_requests) == 1
    assert len(server.api_requests) == 2


def test_401_on_a_byte_body_resends_the_same_body() -> None:
    server = FakePort()
    transport = ConsumingTransport(server)
    auth = make_auth(server)
    with httpx.Client(transport=transport, auth=auth, base_url=BASE) as client:
        client.get("/v1/x")
        server.revoke()
        response = client.post("/v1/x", json={"a": 1})
    assert response.status_code == 200
    # The refused attempt, the token request, then the same body again.
    assert transport.bodies[-3] == transport.bodies[-1] == b'{"a":1}'


def test_streaming_responses_are_not_read_by_the_auth_flow() -> None:
    server = FakePort()

    def streaming(request: httpx.Request) -> httpx.Response:
        response = server(request)
        if request.url.path.endswith("access_token"):
            return response
        return httpx.Response(response.status_code, content=iter([response.content]))

    auth = make_auth(server)
    with httpx.Client(transport=httpx.MockTransport(streaming), auth=auth, base_url=BASE) as c:
        c.get("/v1/x")
        server.revoke()  # through the 401 path too
        with c.stream("GET", "/v1/x") as response:
            assert response.status_code == 200
            assert not response.is_stream_consumed
            body = b"".join(response.iter_bytes())
    assert json.loads(body)["token"] == server.current
    assert len(server.token_requests) == 2


# --- concurrency --------------------------------------------------------------------------------


def run_threads(count: int, work: Callable[[], None]) -> list[BaseException]:
    errors: list[BaseException] = []

    def guarded() -> None:
        try:
            work()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=guarded) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


def test_50_threads_needing_a_token_send_exactly_one_token_request() -> None:
    server = FakePort()
    started = threading.Semaphore(0)

    held: list[bool] = []

    def hold_the_token_answer() -> None:
        # Answer once every thread has started its request, so they all want a token now.
        if held:
            return
        held.append(True)
        for _ in range(50):
            started.acquire(timeout=10)
        time.sleep(0.01)  # widens the race for a broken lock; nothing is asserted on time

    server.on_token = hold_the_token_answer
    statuses: list[int] = []
    with client_for(server, make_auth(server)) as client:

        def work() -> None:
            started.release()
            statuses.append(client.get("/v1/x").status_code)

        errors = run_threads(50, work)
    assert errors == []
    assert statuses == [200] * 50
    assert len(server.token_requests) == 1


def test_401_storm_from_50_threads_refreshes_exactly_once() -> None:
    server = FakePort()
    # Hold every 401 until all 50 requests got one, so they all hold the same stale token.
    barrier = threading.Barrier(50)

    def hold_until_all_refused() -> None:
        barrier.wait(timeout=10)

    server.on_unauthorized = hold_until_all_refused
    statuses: list[int] = []
    with client_for(server, make_auth(server)) as client:
        client.get("/v1/x")
        server.revoke()
        # Widens the race for a broken lock; nothing is asserted on time.
        server.on_token = lambda: time.sleep(0.01)
        errors = run_threads(50, lambda: statuses.append(client.get("/v1/x").status_code))
    assert errors == []
    assert statuses == [200] * 50
    assert len(server.token_requests) == 2
    assert len(server.api_requests) == 1 + 50 + 50


def test_request_from_an_event_hook_during_the_token_fetch_does_not_deadlock() -> None:
    server = FakePort()
    inner: list[int] = []

    def on_request(request: httpx.Request) -> None:
        if request.url.path.endswith("access_token") and not inner:
            inner.append(0)
            inner[0] = client.get("/v1/from-hook").status_code

    client = httpx.Client(
        transport=httpx.MockTransport(server),
        auth=make_auth(server),
        base_url=BASE,
        event_hooks={"request": [on_request]},
    )
    statuses: list[int] = []
    thread = threading.Thread(
        target=lambda: statuses.append(client.get("/v1/x").status_code), daemon=True
    )
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive(), "deadlocked"
    client.close()
    assert statuses == [200]
    assert inner == [200]


@pytest.mark.anyio
async def test_50_tasks_needing_a_token_send_exactly_one_token_request() -> None:
    server = FakePort()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("access_token"):
            for _ in range(20):
                await asyncio.sleep(0)  # every other task gets to run and want a token
        return server(request)

    async with async_client_for(handler, make_auth(server)) as client:
        responses = await asyncio.gather(*(client.get("/v1/x") for _ in range(50)))
    assert [response.status_code for response in responses] == [200] * 50
    assert len(server.token_requests) == 1


@pytest.mark.anyio
async def test_401_storm_from_50_tasks_refreshes_exactly_once() -> None:
    server = FakePort()
    arrived = 0
    all_arrived = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal arrived
        response = server(request)
        if response.status_code == 401:
            arrived += 1
            if arrived == 50:
                all_arrived.set()
            await all_arrived.wait()
        return response

    async with async_client_for(handler, make_auth(server)) as client:
        await client.get("/v1/x")
        server.revoke()
        responses = await asyncio.gather(*(client.get("/v1/x") for _ in range(50)))
    assert [response.status_code for response in responses] == [200] * 50
    assert len(server.token_requests) == 2


@pytest.mark.anyio
async def test_async_refresh_on_401_and_expiry() -> None:
    clock = FakeClock()
    server = FakePort(clock, expires_in=600, same_token_until_expiry=False)
    async with async_client_for(server, make_auth(server)) as client:
        first = used_token(await client.get("/v1/x"))
        server.revoke()
        second = used_token(await client.get("/v1/x"))
        clock.now += 600
        third = used_token(await client.get("/v1/x"))
    assert len({first, second, third}) == 3
    assert len(server.token_requests) == 3


def test_one_auth_serves_several_event_loops() -> None:
    clock = FakeClock()
    server = FakePort(clock, expires_in=600, same_token_until_expiry=False)
    auth = make_auth(server)

    async def one_request() -> int:
        async with async_client_for(server, auth) as client:
            return (await client.get("/v1/x")).status_code

    assert asyncio.run(one_request()) == 200
    clock.now += 600  # the next loop must fetch, under a lock of its own loop
    assert asyncio.run(one_request()) == 200
    assert len(server.token_requests) == 2


# --- token endpoint failures --------------------------------------------------------------------


def answering(token_response: httpx.Response) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("access_token"):
            return token_response
        raise AssertionError("the API must not be called without a token")

    return handler


def failing_request(
    token_response: httpx.Response, exception: type[Exception] = AuthenticationError
) -> pytest.ExceptionInfo[Exception]:
    auth = ClientCredentialsAuth(CLIENT_ID, SECRET)
    transport = httpx.MockTransport(answering(token_response))
    with (
        httpx.Client(transport=transport, auth=auth, base_url=BASE) as client,
        pytest.raises(exception) as caught,
    ):
        client.get("/v1/x")
    for text in (str(caught.value), repr(caught.value), " ".join(map(str, caught.value.args))):
        assert SECRET not in text
    return caught


def test_token_endpoint_401_raises_authentication_error() -> None:
    caught = failing_request(
        httpx.Response(
            401,
            headers={"x-trace-id": "trace-1"},
            json={"ok": False, "error": "unauthorized", "message": "bad credentials"},
        )
    )
    error = caught.value
    assert isinstance(error, AuthenticationError)
    assert error.status_code == 401
    assert error.trace_id == "trace-1"
    assert "bad credentials" in str(error)
    assert "/v1/auth/access_token" in str(error)


def test_token_endpoint_echoing_the_secret_is_masked() -> None:
    caught = failing_request(
        httpx.Response(401, json={"ok": False, "message": f"no client with secret {SECRET}"})
    )
    assert "no client with secret" in str(caught.value)


def test_token_endpoint_500_raises_the_mapped_error() -> None:
    caught = failing_request(httpx.Response(500, text="<html>oops</html>"), ServerError)
    assert isinstance(caught.value, ServerError)
    assert caught.value.status_code == 500


def test_token_endpoint_non_json_answer() -> None:
    caught = failing_request(httpx.Response(200, text="<html>proxy login</html>"))
    assert "not JSON" in str(caught.value)
    assert caught.value.status_code == 200  # type: ignore[attr-defined]


def test_token_errors_name_the_host_and_mask_only_secrets() -> None:
    # "access token: Port" once looked like a "token: value" pair to the masking.
    for answer in (
        httpx.Response(200, json={"ok": True}),
        httpx.Response(200, text="<html>proxy login</html>"),
        httpx.Response(200, json=["token"]),
    ):
        message = str(failing_request(answer).value)
        assert "could not get an access token from api.port.io, which answered 200" in message
        assert "[REDACTED]" not in message


def test_token_endpoint_deeply_nested_json() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    caught = failing_request(httpx.Response(200, content=deep))
    assert "nested too deeply" in str(caught.value)


def test_token_endpoint_json_that_is_not_an_object() -> None:
    caught = failing_request(httpx.Response(200, json=["token"]))
    assert "not an object" in str(caught.value)


def test_token_endpoint_without_access_token_names_the_keys_only() -> None:
    caught = failing_request(httpx.Response(200, json={"ok": True, "token": "eyJ-not-here"}))
    message = str(caught.value)
    assert "without accessToken (keys: ok, token)" in message
    assert "eyJ-not-here" not in message


@pytest.mark.parametrize("token", ["", "two words", 42, None, "line\nbreak"])
def test_token_endpoint_with_unusable_access_token(token: object) -> None:
    caught = failing_request(httpx.Response(200, json={"ok": True, "accessToken": token}))
    assert "accessToken" in str(caught.value)


@pytest.mark.parametrize("expires_in", [0, -5, "soon", True, [3600], float("inf")])
def test_token_endpoint_with_bad_expires_in(expires_in: object) -> None:
    body = {"ok": True, "accessToken": "a-good-token-value", "expiresIn": expires_in}
    if expires_in == float("inf"):
        response = httpx.Response(
            200, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
        )
    else:
        response = httpx.Response(200, json=body)
    caught = failing_request(response)
    assert "expiresIn" in str(caught.value)


def test_failed_refresh_leaves_no_stale_token_behind() -> None:
    server = FakePort()
    broken = False

    def handler(request: httpx.Request) -> httpx.Response:
        if broken and request.url.path.endswith("access_token"):
            server.token_requests.append(request)
            return httpx.Response(503, json={"ok": False, "message": "down"})
        return server(request)

    auth = make_auth(server)
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth, base_url=BASE) as client:
        client.get("/v1/x")
        server.revoke()
        broken = True
        with pytest.raises(ServerError):
            client.get("/v1/x")
        broken = False
        # The refused token is not tried again: the next request fetches a new one first.
        response = client.get("/v1/x")
    assert response.status_code == 200
    assert len(server.token_requests) == 3
    assert len(server.api_requests) == 3


# --- secrets and construction -------------------------------------------------------------------


def test_secret_and_tokens_never_in_repr_and_are_registered() -> None:
    server = FakePort()
    auth = make_auth(server)
    assert SECRET in registered_secrets()
    with client_for(server, auth) as client:
        token = used_token(client.get("/v1/x"))
    assert token in registered_secrets()
    for text in (repr(auth), str(auth)):
        assert SECRET not in text
        assert token not in text
        assert CLIENT_ID in text
    assert token not in repr(vars(auth)["_token"])


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("", SECRET), {}, "client_id"),
        ((CLIENT_ID, "  "), {}, "client_secret"),
        ((CLIENT_ID, None), {}, "client_secret"),
        ((CLIENT_ID, SECRET), {"refresh_margin": -1}, "refresh_margin"),
        ((CLIENT_ID, SECRET), {"refresh_margin": float("nan")}, "refresh_margin"),
    ],
)
def test_bad_constructor_arguments(
    args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        ClientCredentialsAuth(*args, **kwargs)
    assert SECRET not in str(caught.value)


def test_static_token_auth_sends_the_token_and_returns_a_401() -> None:
    token = "static-token-0123456789"
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(401 if len(seen) > 1 else 200)

    auth = StaticTokenAuth(token)
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth, base_url=BASE) as client:
        assert client.get("/v1/x").status_code == 200
        assert client.get("/v1/x").status_code == 401
    assert seen == [f"Bearer {token}"] * 2
    assert token in registered_secrets()
    assert token not in repr(auth)
    assert token not in str(auth)


@pytest.mark.anyio
async def test_static_token_auth_async() -> None:
    token = "static-token-async-0123"
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200)

    async with async_client_for(handler, StaticTokenAuth(token)) as client:
        await client.get("/v1/x")
    assert seen == [f"Bearer {token}"]


@pytest.mark.parametrize("token", ["", "has space", "line\nbreak"])
def test_static_token_auth_rejects_unusable_tokens(token: str) -> None:
    with pytest.raises(ValueError, match="access_token"):
        StaticTokenAuth(token)
