"""Credentials go only to the base URL's origin, and plain http only to loopback (or on request).

Several hosts answer through one MockTransport that records what each received, so a test can
say exactly which host saw the client secret or the token.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from pyport import (
    AsyncPortClient,
    ConfigurationError,
    InvalidResponseError,
    PortClient,
    RetryPolicy,
    UnsafeRequestError,
)
from pyport._auth import ClientCredentialsAuth, StaticTokenAuth
from pyport._origin import is_in_process, is_loopback_host, origin_of, show_origin

SECRET = "origin-test-client-secret-0123456789"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcmlnaW4ifQ.b3JpZ2luLXNpZ25hdHVyZQ"
BASE = "https://api.port.io"


class Hosts:
    """Port at api.port.io; `elsewhere.example` and a downgrade to http record what they get."""

    def __init__(self, *, token_redirect: str | None = None, api_redirect: str | None = None):
        self.token_redirect = token_redirect
        self.api_redirect = api_redirect
        self.seen: list[httpx.Request] = []

    def leaked_to(self, origin: str) -> list[str]:
        """What of the secret and the token reached `origin`."""
        leaked = []
        for request in self.seen:
            if show_origin(origin_of(request.url)) != origin:
                continue
            blob = request.content.decode() + json.dumps(dict(request.headers))
            leaked += [
                name for name, value in (("secret", SECRET), ("token", TOKEN)) if value in blob
            ]
        return leaked

    def sent_to(self, origin: str) -> int:
        return sum(1 for r in self.seen if show_origin(origin_of(r.url)) == origin)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if show_origin(origin_of(request.url)) != BASE:
            return httpx.Response(200, json={"ok": True, "where": "elsewhere"})
        if request.url.path == "/v1/auth/access_token":
            if self.token_redirect:
                return httpx.Response(307, headers={"location": self.token_redirect})
            return httpx.Response(200, json={"ok": True, "accessToken": TOKEN, "expiresIn": 3600})
        if self.api_redirect:
            return httpx.Response(302, headers={"location": self.api_redirect})
        return httpx.Response(200, json={"ok": True, "blueprint": {"identifier": "svc"}})


def client(hosts: Hosts, **options: Any) -> PortClient:
    return PortClient(
        client_id="cid",
        client_secret=SECRET,
        base_url=options.pop("base_url", BASE),
        transport=httpx.MockTransport(hosts),
        retry=RetryPolicy.none(),
        environ={},
        **options,
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://elsewhere.example/v1/blueprints",
        "http://api.port.io/v1/blueprints",  # same host, but plain http
        "https://api.port.io:8443/v1/blueprints",  # same host, another port
        "https://user:pw@elsewhere.example/v1/blueprints",
    ],
)
def test_request_to_another_origin_is_refused_before_anything_is_sent(url: str) -> None:
    hosts = Hosts()
    with client(hosts) as port, pytest.raises(UnsafeRequestError) as caught:
        port.request("GET", url)
    assert hosts.seen == []  # not even the token exchange
    error = caught.value
    assert isinstance(error, ValueError)
    assert "pyport sends credentials only to the base URL's origin, https://api.port.io" in str(
        error
    )
    assert error.method == "GET"
    assert "pw" not in str(error)
    assert "pw" not in repr(error.url)


def test_request_to_the_base_origin_by_absolute_url_is_fine() -> None:
    hosts = Hosts()
    with client(hosts) as port:
        answer = port.request("GET", "https://API.port.io:443/v1/blueprints/svc")
    assert answer.json()["blueprint"] == {"identifier": "svc"}


def test_the_underlying_http_client_refuses_too() -> None:
    hosts = Hosts()
    with client(hosts) as port, pytest.raises(UnsafeRequestError, match=r"elsewhere\.example"):
        port.http.get("https://elsewhere.example/v1/blueprints")
    assert hosts.sent_to("https://elsewhere.example") == 0
    assert hosts.leaked_to("https://elsewhere.example") == []


@pytest.mark.anyio
async def test_async_request_to_another_origin_is_refused() -> None:
    hosts = Hosts()
    async with AsyncPortClient(
        client_id="cid",
        client_secret=SECRET,
        transport=httpx.MockTransport(hosts),
        environ={},
    ) as port:
        with pytest.raises(UnsafeRequestError):
            await port.request("GET", "https://elsewhere.example/v1/x")
        with pytest.raises(UnsafeRequestError):
            await port.http.get("https://elsewhere.example/v1/x")
    assert hosts.seen == []


@pytest.mark.parametrize(
    "target", ["https://elsewhere.example/steal", "http://api.port.io/v1/auth/access_token"]
)
def test_a_redirected_token_exchange_never_carries_the_secret_away(target: str) -> None:
    hosts = Hosts(token_redirect=target)
    with client(hosts) as port:
        port.http.follow_redirects = True  # httpx would re-send a 307's body: the secret
        with pytest.raises(UnsafeRequestError, match="refused to send the client secret"):
            port.blueprints.get("svc")
    assert hosts.leaked_to(show_origin(origin_of(target))) == []
    assert hosts.sent_to(show_origin(origin_of(target))) == 0


def test_a_followed_api_redirect_to_another_origin_goes_without_the_token() -> None:
    hosts = Hosts(api_redirect="https://elsewhere.example/landing")
    with client(hosts) as port:
        port.http.follow_redirects = True
        response = port.request("GET", "/v1/blueprints/svc")
    assert response.json()["where"] == "elsewhere"
    assert hosts.leaked_to("https://elsewhere.example") == []


def test_an_unfollowed_redirect_is_a_clear_error() -> None:
    hosts = Hosts(api_redirect="https://elsewhere.example/landing")
    with (
        client(hosts) as port,
        pytest.raises(InvalidResponseError, match="redirect to https://elsewhere"),
    ):
        port.blueprints.get("svc")
    assert hosts.sent_to("https://elsewhere.example") == 0


def test_the_token_exchange_goes_to_the_base_origin_whatever_the_request() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"ok": True, "accessToken": TOKEN, "expiresIn": 60})

    auth = ClientCredentialsAuth("cid", SECRET, base_url=BASE)
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as plain:
        plain.get(f"{BASE}/v1/blueprints")
        with pytest.raises(UnsafeRequestError):
            plain.get("https://elsewhere.example/v1/blueprints")
    assert seen == [f"{BASE}/v1/auth/access_token", f"{BASE}/v1/blueprints"]


def test_a_static_token_is_not_sent_to_another_origin() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    auth = StaticTokenAuth(TOKEN, base_url=BASE)
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as plain:
        with pytest.raises(UnsafeRequestError, match="refused to send the access token"):
            plain.get("https://elsewhere.example/")
        plain.get(BASE)
    assert [r.url.host for r in seen] == ["api.port.io"]


# --- plain http ----------------------------------------------------------------------------------


class Network(httpx.BaseTransport):
    """Stands for a transport that does reach the network (nothing is sent in these tests)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing is sent in these tests")


@pytest.mark.parametrize(
    "url", ["http://api.port.io", "http://10.0.0.5:8080", "http://port-proxy.internal"]
)
@pytest.mark.parametrize("kind", [PortClient, AsyncPortClient])
def test_plain_http_to_another_machine_is_refused(url: str, kind: Any) -> None:
    with pytest.raises(ConfigurationError, match="allow_insecure_http=True") as caught:
        kind(client_id="cid", client_secret=SECRET, base_url=url, environ={})
    assert "clear text" in str(caught.value)
    assert SECRET not in str(caught.value)


def test_plain_http_is_refused_over_a_transport_that_reaches_the_network() -> None:
    with pytest.raises(ConfigurationError, match="plain http"):
        PortClient(
            client_id="cid",
            client_secret=SECRET,
            base_url="http://api.port.io",
            transport=Network(),
            environ={},
        )


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8765",
        "http://127.3.2.1",
        "http://localhost:9000",
        "http://LOCALHOST",
        "http://[::1]:9000",
        "http://[::ffff:127.0.0.1]:80",
    ],
)
def test_plain_http_to_loopback_is_fine(url: str) -> None:
    with PortClient(client_id="cid", client_secret=SECRET, base_url=url, environ={}) as port:
        assert port.base_url.startswith("http://")


def test_plain_http_elsewhere_with_the_opt_in_is_fine() -> None:
    with PortClient(
        client_id="cid",
        client_secret=SECRET,
        base_url="http://port-proxy.internal",
        allow_insecure_http=True,
        environ={},
    ) as port:
        assert port.base_url == "http://port-proxy.internal"
        copy = port.with_options(timeout=5)  # the opt-in is carried over
        copy.close()


def test_the_opt_in_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="allow_insecure_http must be True or False"):
        PortClient(
            client_id="cid",
            client_secret=SECRET,
            base_url="http://port-proxy.internal",
            allow_insecure_http="yes",  # type: ignore[arg-type]
            environ={},
        )


def test_in_process_transports_need_no_opt_in() -> None:
    class Wrapper(httpx.BaseTransport):
        pyport_in_process = True

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

    assert is_in_process(httpx.MockTransport(lambda r: httpx.Response(200)))
    assert is_in_process(Wrapper())
    assert not is_in_process(Network())
    assert not is_in_process(httpx.HTTPTransport())
    assert not is_in_process(None)
    from pyport.testing import PortSimulator

    sim = PortSimulator()
    assert sim.base_url.startswith("http://")
    assert is_in_process(sim.transport())
    assert is_in_process(sim.async_transport())


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.255.255.254", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("localhost.", True),
        ("::ffff:127.0.0.1", True),
        ("128.0.0.1", False),
        ("0.0.0.0", False),
        ("localhost.example", False),
        ("10.0.0.1", False),
        ("", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback
