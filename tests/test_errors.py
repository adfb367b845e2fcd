"""pyport.errors: every status and every httpx transport error maps to the right exception, every
body shape gives a useful one-line message, and no secret reaches a message, str() or repr()."""

from __future__ import annotations

import gzip
import inspect
import json
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

import pyport.errors
from pyport._logging import REDACTED, register_secret, unregister_secret
from pyport.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InvalidResponseError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    PortConnectionError,
    PortError,
    PortTimeoutError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
    error_from_response,
    error_from_transport_error,
)

BASE_URL = "https://api.port.io"
CLIENT_SECRET = "cs_0123456789abcdef0123456789abcdef"
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLXZhbHVl"


def respond(
    response: httpx.Response | Callable[[httpx.Request], httpx.Response],
    *,
    method: str = "GET",
    path: str = "/v1/blueprints",
    **request_kwargs: Any,
) -> httpx.Response:
    """Send a request through a real httpx.Client whose transport answers `response`."""

    def handler(request: httpx.Request) -> httpx.Response:
        return response(request) if callable(response) else response

    with httpx.Client(transport=httpx.MockTransport(handler), base_url=BASE_URL) as client:
        return client.request(method, path, **request_kwargs)


def port_error(status: int, error: str, message: str, **extra: Any) -> httpx.Response:
    body = {"ok": False, "error": error, "message": message, **extra}
    return httpx.Response(status, json=body, headers={"X-Trace-Id": "trace-1"})


# --- statuses ------------------------------------------------------------------------------------

STATUS_CLASSES: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def expected_class(status: int) -> type[APIError]:
    if status >= 500:
        return ServerError
    return STATUS_CLASSES.get(status, APIError)  # other 4xx: APIError itself


@pytest.mark.parametrize("status", range(400, 600))
def test_every_error_status_maps_to_its_class(status: int) -> None:
    exc = error_from_response(respond(port_error(status, "some_error", "went wrong")))
    assert type(exc) is expected_class(status)
    assert exc.status_code == status
    assert exc.error == "some_error"
    assert str(exc) == f"{status} some_error: went wrong (GET /v1/blueprints, trace id trace-1)"


def test_class_tree() -> None:
    for cls in (*STATUS_CLASSES.values(), ServerError):
        assert issubclass(cls, APIError)
        assert cls.default_status is not None
    assert issubclass(APIError, PortError)
    for cls in (PortConnectionError, PortTimeoutError, InvalidResponseError):
        assert issubclass(cls, PortError)
        assert not issubclass(cls, APIError)
    assert not issubclass(PortTimeoutError, PortConnectionError)


def test_public_names_match_all() -> None:
    public = {
        name
        for name, value in vars(pyport.errors).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == "pyport.errors"
        and (inspect.isclass(value) or inspect.isfunction(value))
    }
    assert public == set(pyport.errors.__all__)
    assert pyport.errors.__all__ == sorted(pyport.errors.__all__)


def test_errors_can_be_built_by_hand() -> None:
    assert NotFoundError("gone").status_code == 404
    assert ServerError("down").status_code == 500
    assert ServerError("down", status_code=503).status_code == 503
    assert RateLimitError("slow", retry_after=2.5).retry_after == 2.5
    assert str(NotFoundError("gone")) == "404 Not Found: gone"
    with pytest.raises(TypeError, match="APIError needs a status_code"):
        APIError("which status?")


# --- transport errors ----------------------------------------------------------------------------

# Written out, not derived: a new httpx error class fails test_every_transport_error_is_mapped
# until someone decides here what it becomes.
TRANSPORT_CLASSES: dict[type[httpx.TransportError], type[PortError]] = {
    httpx.TransportError: PortConnectionError,
    httpx.TimeoutException: PortTimeoutError,
    httpx.ConnectTimeout: PortTimeoutError,
    httpx.ReadTimeout: PortTimeoutError,
    httpx.WriteTimeout: PortTimeoutError,
    httpx.PoolTimeout: PortTimeoutError,
    httpx.NetworkError: PortConnectionError,
    httpx.ConnectError: PortConnectionError,
    httpx.ReadError: PortConnectionError,
    httpx.WriteError: PortConnectionError,
    httpx.CloseError: PortConnectionError,
    httpx.ProxyError: PortConnectionError,
    httpx.UnsupportedProtocol: PortConnectionError,
    httpx.ProtocolError: PortConnectionError,
    httpx.LocalProtocolError: PortConnectionError,
    httpx.RemoteProtocolError: PortConnectionError,
}


def httpx_error_classes() -> Iterator[type[httpx.TransportError]]:
    pending: list[type[httpx.TransportError]] = [httpx.TransportError]
    while pending:
        cls = pending.pop()
        if cls.__module__.startswith("httpx"):
            yield cls
        pending.extend(cls.__subclasses__())


def test_every_transport_error_is_mapped() -> None:
    assert set(httpx_error_classes()) == set(TRANSPORT_CLASSES)


@pytest.mark.parametrize("httpx_class", sorted(TRANSPORT_CLASSES, key=str))
def test_transport_error_maps_to_its_class(httpx_class: type[httpx.TransportError]) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx_class("low-level detail", request=request)

    with pytest.raises(httpx_class) as raised:
        respond(fail, method="POST", path="/v1/entities/search", headers=CORRELATION)
    exc = error_from_transport_error(raised.value)

    assert type(exc) is TRANSPORT_CLASSES[httpx_class]
    assert exc.__cause__ is raised.value
    assert exc.__suppress_context__
    assert (exc.method, exc.url, exc.correlation_id) == (
        "POST",
        f"{BASE_URL}/v1/entities/search",
        "corr-1",
    )
    assert f"({httpx_class.__name__}: low-level detail)" in str(exc)
    assert "api.port.io" in str(exc)
    assert str(exc).endswith("(POST /v1/entities/search)")
    if not httpx_class.__subclasses__():  # each concrete error has its own wording
        assert "failed (" not in str(exc)
    assert "request=" not in repr(exc)


CORRELATION = {"X-Pyport-Correlation-Id": "corr-1"}


def test_transport_error_wording() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    with pytest.raises(httpx.ConnectError) as raised:
        respond(refuse)
    exc = error_from_transport_error(raised.value)
    assert str(exc) == (
        "could not connect to api.port.io (ConnectError: [Errno 111] Connection refused)"
        " (GET /v1/blueprints)"
    )
    assert repr(exc) == (
        "PortConnectionError(message='could not connect to api.port.io (ConnectError: [Errno 111]"
        " Connection refused)', method='GET', url='https://api.port.io/v1/blueprints',"
        " correlation_id=None)"
    )


def test_transport_error_without_request_or_text() -> None:
    exc = error_from_transport_error(httpx.ReadTimeout(""))
    assert type(exc) is PortTimeoutError
    assert str(exc) == "timed out waiting for the response from the server (ReadTimeout)"
    assert (exc.method, exc.url, exc.request) == (None, None, None)


def test_transport_error_is_chained_when_raised() -> None:
    original = httpx.ConnectError("refused")
    with pytest.raises(PortConnectionError) as raised:
        raise error_from_transport_error(original)
    assert raised.value.__cause__ is original


# --- body shapes ---------------------------------------------------------------------------------

NGINX_502 = (
    "<html><head><title>502 Bad Gateway</title><style>body { color: red }</style>"
    "<script>var x = 1;</script></head><body><center><h1>502 Bad Gateway</h1></center>"
    "<hr><center>nginx</center></body></html>"
)


@pytest.mark.parametrize(
    ("response", "error", "message", "details"),
    [
        pytest.param(
            port_error(
                422, "forbidden_format_change", "Cannot change type", details={"property": "x"}
            ),
            "forbidden_format_change",
            "Cannot change type",
            {"property": "x"},
            id="port-json-with-details",
        ),
        pytest.param(
            httpx.Response(
                400,
                json={
                    "ok": False,
                    "error": {"name": "InvalidProvider", "message": "no such", "details": {"a": 1}},
                },
            ),
            "InvalidProvider",
            "no such",
            {"a": 1},
            id="error-object",
        ),
        pytest.param(
            httpx.Response(
                400,
                json={"ok": False, "error": {"name": "E"}, "message": "top", "details": {"b": 2}},
            ),
            "E",
            "top",
            {"b": 2},
            id="error-object-with-top-level-message",
        ),
        pytest.param(
            httpx.Response(409, json={"ok": False, "error": "identifier_taken"}),
            "identifier_taken",
            "HTTP 409 Conflict",
            None,
            id="error-without-message",
        ),
        pytest.param(
            httpx.Response(
                400, json={"ok": False, "error": "bad", "message": ["a is required", "b"]}
            ),
            "bad",
            '["a is required", "b"]',
            None,
            id="message-not-a-string",
        ),
        pytest.param(
            httpx.Response(
                400, json={"ok": False, "error": "bad", "message": "m", "details": ["x"]}
            ),
            "bad",
            "m",
            {"value": ["x"]},
            id="details-not-an-object",
        ),
        pytest.param(
            httpx.Response(403, json={"message": "Forbidden"}),
            None,
            "Forbidden",
            None,
            id="gateway-json-message-only",
        ),
        pytest.param(
            httpx.Response(400, json={"detail": "what went wrong"}),
            None,
            'HTTP 400 Bad Request: {"detail": "what went wrong"}',
            None,
            id="json-without-error-or-message",
        ),
        pytest.param(
            httpx.Response(500, json=["unexpected", 1]),
            None,
            'HTTP 500 Internal Server Error: ["unexpected", 1]',
            None,
            id="json-not-an-object",
        ),
        pytest.param(
            httpx.Response(502, html=NGINX_502),
            None,
            "HTTP 502 Bad Gateway with a non-JSON body (text/html; charset=utf-8), probably from"
            ' a proxy: "502 Bad Gateway 502 Bad Gateway nginx"',
            None,
            id="html-from-a-proxy",
        ),
        pytest.param(
            httpx.Response(403, text="Forbidden\n"),
            None,
            "HTTP 403 Forbidden with a non-JSON body (text/plain; charset=utf-8), probably from a"
            ' proxy: "Forbidden"',
            None,
            id="plain-text",
        ),
        pytest.param(
            httpx.Response(500, content=b"{not json", headers={"Content-Type": "application/json"}),
            None,
            "HTTP 500 Internal Server Error with a non-JSON body (application/json), probably from"
            ' a proxy: "{not json"',
            None,
            id="broken-json",
        ),
        pytest.param(
            httpx.Response(502, content=b"\xff\xfe\x00garbage"),
            None,
            "HTTP 502 Bad Gateway with a non-JSON body (no content type), probably from a proxy:",
            None,
            id="binary",
        ),
        pytest.param(
            httpx.Response(503),
            None,
            "HTTP 503 Service Unavailable with an empty body",
            None,
            id="empty",
        ),
        pytest.param(
            httpx.Response(504, text="  \n "),
            None,
            "HTTP 504 Gateway Timeout with an empty body",
            None,
            id="whitespace",
        ),
        pytest.param(
            httpx.Response(
                404,
                content=gzip.compress(b'{"ok": false, "error": "not_found", "message": "gone"}'),
                headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
            ),
            "not_found",
            "gone",
            None,
            id="gzip",
        ),
    ],
)
def test_body_shapes(
    response: httpx.Response, error: str | None, message: str, details: object
) -> None:
    exc = error_from_response(respond(response))
    assert exc.error == error
    assert exc.message.startswith(message)
    assert exc.details == details
    assert "\n" not in str(exc)
    assert "<" not in exc.message


def test_str_is_one_line_with_method_path_and_trace_id() -> None:
    response = respond(
        port_error(404, "not_found", 'Entity "x" not found'),
        path="/v1/blueprints/svc/entities/x",
    )
    assert str(error_from_response(response)) == (
        '404 not_found: Entity "x" not found (GET /v1/blueprints/svc/entities/x, trace id trace-1)'
    )
    multi_line = respond(port_error(400, "bad", "first line\n  second line"))
    assert str(error_from_response(multi_line)) == (
        "400 bad: first line second line (GET /v1/blueprints, trace id trace-1)"
    )


def test_escaped_identifiers_stay_escaped_in_the_path() -> None:
    response = respond(
        port_error(404, "not_found", "gone"), path="/v1/blueprints/svc/entities/a%2Fb"
    )
    assert "(GET /v1/blueprints/svc/entities/a%2Fb, trace id trace-1)" in str(
        error_from_response(response)
    )


def test_ip_allow_list_rejection_stays_readable() -> None:
    message = "IP not whitelisted: 203.0.113.7 is not in the organization's allowed IP list"
    exc = error_from_response(respond(port_error(403, "forbidden", message)))
    assert type(exc) is PermissionDeniedError
    assert exc.message == message
    assert str(exc) == f"403 forbidden: {message} (GET /v1/blueprints, trace id trace-1)"


def test_long_html_is_cut_to_a_short_excerpt() -> None:
    page = "<html><body>" + "<p>word</p>" * 500 + "</body></html>"
    exc = error_from_response(respond(httpx.Response(502, html=page)))
    excerpt = exc.message.split(": ", 1)[1]
    assert excerpt.startswith('"word word')
    assert excerpt.endswith('…"')
    assert len(excerpt) == 202  # 200 characters and the quotes


def test_attributes_from_request_and_response() -> None:
    response = respond(
        port_error(404, "not_found", "gone"),
        path="/v1/blueprints/svc",
        params={"include": "x"},
        headers=CORRELATION,
    )
    exc = error_from_response(response)
    assert exc.status_code == 404
    assert exc.trace_id == "trace-1"
    assert exc.method == "GET"
    assert exc.url == f"{BASE_URL}/v1/blueprints/svc?include=x"
    assert exc.correlation_id == "corr-1"
    assert exc.response is response
    assert repr(exc) == (
        "NotFoundError(status_code=404, error='not_found', message='gone', method='GET',"
        " url='https://api.port.io/v1/blueprints/svc?include=x', trace_id='trace-1',"
        " correlation_id='corr-1')"
    )


def test_response_without_a_request() -> None:
    exc = error_from_response(httpx.Response(404, json={"ok": False, "error": "not_found"}))
    assert type(exc) is NotFoundError
    assert (exc.method, exc.url, exc.correlation_id) == (None, None, None)
    assert str(exc) == "404 not_found: HTTP 404 Not Found"


def test_unread_streamed_body_is_read() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.dumps({"ok": False, "error": "not_found", "message": "gone"}).encode()
        return httpx.Response(404, stream=httpx.ByteStream(body))

    transport = httpx.MockTransport(handler)
    with (
        httpx.Client(transport=transport, base_url=BASE_URL) as client,
        client.stream("GET", "/v1/blueprints") as response,
    ):
        exc = error_from_response(response)
    assert (exc.error, exc.message) == ("not_found", "gone")


@pytest.mark.anyio
async def test_unread_async_stream_gives_a_message_not_a_crash() -> None:
    class AsyncOnlyBody(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield b'{"ok": false, "error": "boom", "message": "m"}'

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, stream=AsyncOnlyBody())

    transport = httpx.MockTransport(handler)
    async with (
        httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client,
        client.stream("GET", "/v1/blueprints") as response,
    ):
        unread = error_from_response(response)
        await response.aread()
        read = error_from_response(response)
    assert type(unread) is ServerError
    assert unread.message == (
        "HTTP 500 Internal Server Error; its body could not be read (RuntimeError)"
    )
    assert (read.error, read.message) == ("boom", "m")


# --- InvalidResponseError ------------------------------------------------------------------------


def test_invalid_response_error_carries_the_response_context() -> None:
    response = respond(
        httpx.Response(200, text="<html>oops</html>", headers={"X-Trace-Id": "trace-3"}),
        path="/v1/blueprints/svc",
        headers=CORRELATION,
    )
    exc = InvalidResponseError.from_response(response, "the body is not valid JSON")
    assert str(exc) == (
        "unexpected 200 response: the body is not valid JSON (GET /v1/blueprints/svc, trace id"
        " trace-3)"
    )
    assert (exc.status_code, exc.trace_id, exc.correlation_id, exc.response) == (
        200,
        "trace-3",
        "corr-1",
        response,
    )
    assert repr(exc) == (
        "InvalidResponseError(message='the body is not valid JSON', status_code=200,"
        " method='GET', url='https://api.port.io/v1/blueprints/svc', trace_id='trace-3',"
        " correlation_id='corr-1')"
    )


def test_invalid_response_error_without_a_response_masks_secrets() -> None:
    exc = InvalidResponseError(f"cursor {JWT} seen twice")
    assert str(exc) == f"unexpected response: cursor {REDACTED} seen twice"
    assert (exc.status_code, exc.method, exc.url, exc.response) == (None, None, None, None)
    assert JWT not in repr(exc)


# --- RateLimitError.retry_after ------------------------------------------------------------------

NOW = datetime(2025, 6, 1, 12, 0, 0, tzinfo=timezone.utc)


def http_date(seconds_from_now: float) -> str:
    return format_datetime(
        datetime.fromtimestamp(NOW.timestamp() + seconds_from_now, timezone.utc), usegmt=True
    )


@pytest.mark.parametrize(
    ("headers", "retry_after"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": http_date(30)}, 30.0),
        ({"Retry-After": http_date(-30)}, 0.0),
        ({"x-ratelimit-reset": "12", "x-ratelimit-period": "300"}, 12.0),
        ({"x-ratelimit-reset": str(int(NOW.timestamp()) + 45), "x-ratelimit-period": "300"}, 45.0),
        ({"x-ratelimit-reset": str(int(NOW.timestamp()) + 45)}, 45.0),
        ({"Retry-After": "3", "x-ratelimit-reset": "99"}, 3.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "-4"}, None),
        ({"x-ratelimit-reset": "never"}, None),
        ({}, None),
    ],
)
def test_rate_limit_retry_after(headers: dict[str, str], retry_after: float | None) -> None:
    response = httpx.Response(
        429,
        json={"ok": False, "error": "rate_limit", "message": "slow down"},
        headers={"Date": format_datetime(NOW, usegmt=True), **headers},
    )
    exc = error_from_response(respond(response))
    assert isinstance(exc, RateLimitError)
    assert exc.retry_after == retry_after
    assert repr(exc).endswith(f"retry_after={retry_after!r})")


# --- secrets -------------------------------------------------------------------------------------


@pytest.fixture
def registered_secret() -> Iterator[str]:
    register_secret(CLIENT_SECRET)
    yield CLIENT_SECRET
    unregister_secret(CLIENT_SECRET)


def assert_no_secrets(exc: PortError) -> None:
    for text in (str(exc), repr(exc), str(getattr(exc, "message", "")), str(exc.args)):
        assert CLIENT_SECRET not in text
        assert JWT not in text
    details = getattr(exc, "details", None)
    assert CLIENT_SECRET not in json.dumps(details)
    assert JWT not in json.dumps(details)


def test_secrets_echoed_in_a_json_error_do_not_leak() -> None:
    credentials = {"clientId": "my-client", "clientSecret": CLIENT_SECRET}

    def echo(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)
        return httpx.Response(
            422,
            json={
                "ok": False,
                "error": "invalid_request",
                "message": f"bad body {json.dumps(sent)} with {request.headers['Authorization']}",
                "details": {"body": sent, "accessToken": JWT, "nested": [{"token": JWT}]},
            },
        )

    response = respond(
        echo,
        method="POST",
        path="/v1/auth/access_token",
        json=credentials,
        headers={"Authorization": f"Bearer {JWT}"},
    )
    exc = error_from_response(response)
    assert_no_secrets(exc)
    assert '"clientId": "my-client"' in exc.message
    assert f"with Bearer {REDACTED}" in exc.message
    assert exc.details == {
        "body": {"clientId": "my-client", "clientSecret": REDACTED},
        "accessToken": REDACTED,
        "nested": [{"token": REDACTED}],
    }


def test_registered_secrets_in_any_body_do_not_leak(registered_secret: str) -> None:
    shapes = [
        httpx.Response(
            401, json={"ok": False, "error": "unauthorized", "message": f"bad {registered_secret}"}
        ),
        httpx.Response(
            401, json={"ok": False, "error": "x", "details": {"note": registered_secret}}
        ),
        httpx.Response(502, html=f"<html><body>echo {registered_secret} and {JWT}</body></html>"),
        httpx.Response(400, json=[registered_secret, {"deep": f"Bearer {JWT}"}]),
        httpx.Response(400, json={"unexpected": registered_secret}),
    ]
    for shape in shapes:
        exc = error_from_response(respond(shape))
        assert_no_secrets(exc)
        assert REDACTED in str(exc) + json.dumps(exc.details)


def test_a_secret_cut_by_the_excerpt_does_not_leak() -> None:
    # The quoted value straddles the 200-character cut; masking happens before cutting.
    page = "x" * 180 + f' "clientSecret": "{CLIENT_SECRET}"'
    exc = error_from_response(respond(httpx.Response(502, text=page)))
    assert_no_secrets(exc)
    assert CLIENT_SECRET[:8] not in exc.message


def test_secrets_in_the_url_do_not_leak() -> None:
    response = respond(
        port_error(400, "bad", "m"),
        path=f"https://user:{CLIENT_SECRET}@api.port.io/v1/blueprints?access_token={JWT}&keep=1",
    )
    exc = error_from_response(response)
    assert_no_secrets(exc)
    assert exc.url == f"https://api.port.io/v1/blueprints?access_token={REDACTED}&keep=1"


def test_transport_error_messages_are_masked(registered_secret: str) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ProxyError(f"proxy said {registered_secret}", request=request)

    with pytest.raises(httpx.ProxyError) as raised:
        respond(fail, path=f"/v1/x?token={JWT}")
    exc = error_from_transport_error(raised.value)
    assert_no_secrets(exc)
    assert exc.url == f"{BASE_URL}/v1/x?token={REDACTED}"
