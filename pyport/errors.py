"""The exceptions pyport raises, and the one place where HTTP failures become them.

::

    PortError                          base of everything below
    ├── APIError                       an error status from Port, or from a proxy in front of it
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401
    │   ├── PermissionDeniedError      403 (also "IP not whitelisted" allow-list rejections)
    │   ├── NotFoundError              404
    │   ├── ConflictError              409
    │   ├── PayloadTooLargeError       413 (Port takes request bodies up to 1 MiB)
    │   ├── UnprocessableEntityError   422
    │   ├── RateLimitError             429 (see `retry_after`)
    │   │   └── RateLimitWaitError     not sent: the rate-limit wait is longer than allowed
    │   └── ServerError                500-599
    ├── InvalidResponseError           a body that is not what Port promises (too deep, too large,
    │                                  not JSON, a redirect), or a success that says `"ok": false`
    ├── PortConnectionError            the connection failed or broke (wraps httpx's errors)
    ├── PortTimeoutError               a connect, read, write or pool timeout (wraps httpx's), or
    │                                  the call's whole `deadline` passed
    ├── UnsafeRequestError             refused: credentials would go to another origin (ValueError)
    ├── ConfigurationError             bad settings: region, base URL, config file (also ValueError)
    │   └── MissingCredentialsError    no credentials anywhere; the message lists where it looked
    ├── BatchError                     some entities of a batch failed (`result` says which, why)
    └── BatchCancelled                 a batch stopped early; `result` accounts for every input

Any other 4xx status raises `APIError` itself, and so does a 2xx answer whose body says
`"ok": false` (except a 207, whose body lists per-item failures). Every error carries the
request's method, URL and correlation id; an `APIError` also carries Port's trace id (header
X-Trace-Id), which Port support asks for. Messages, str() and repr() never contain secrets (see
`pyport._logging`).
"""

from __future__ import annotations

import html
import json
import re
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from pyport._logging import redact_json, redact_text, registered_secrets, short_reason

if TYPE_CHECKING:
    from pyport._batch_results import BatchResult

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "BatchCancelled",
    "BatchError",
    "ConfigurationError",
    "ConflictError",
    "InvalidResponseError",
    "MissingCredentialsError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PortConnectionError",
    "PortError",
    "PortTimeoutError",
    "RateLimitError",
    "RateLimitWaitError",
    "ServerError",
    "UnprocessableEntityError",
    "UnsafeRequestError",
    "deadline_error",
    "error_from_response",
    "error_from_transport_error",
    "error_in_success",
]

CORRELATION_HEADER = "X-Pyport-Correlation-Id"
_EXCERPT_LENGTH = 200


class PortError(Exception):
    """Base class of every exception pyport raises."""


class APIError(PortError):
    """Port, or a proxy in front of it, answered with an error status.

    `error` is Port's error identifier (such as "not_found"), or None when the body had none;
    `details` is Port's `details` object (a non-object value is kept under the key "value").
    `response` is the `httpx.Response`; it is left out of repr().
    """

    default_status: ClassVar[int | None] = None
    _repr_fields: ClassVar[tuple[str, ...]] = (
        "status_code",
        "error",
        "message",
        "method",
        "url",
        "trace_id",
        "correlation_id",
    )

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error: str | None = None,
        details: Any = None,
        trace_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
        correlation_id: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        status = status_code if status_code is not None else self.default_status
        if status is None:
            raise TypeError(f"{type(self).__name__} needs a status_code")
        secrets = registered_secrets()
        self.status_code: int = status
        self.error = error
        self.message = redact_text(message, secrets)
        if details is not None and not isinstance(details, dict):
            details = {"value": details}
        self.details: dict[str, Any] | None = redact_json(details, secrets=secrets)
        self.trace_id = trace_id
        self.method = method
        self.url = redact_text(url, secrets) if url is not None else None
        self.correlation_id = correlation_id
        self.response = response
        super().__init__(self.message)

    def __str__(self) -> str:
        label = self.error or httpx.codes.get_reason_phrase(self.status_code)
        head = f"{self.status_code} {label}".strip()
        where = _where(self.method, self.url, trace_id=self.trace_id)
        return f"{head}: {' '.join(self.message.split())}{where}"

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._repr_fields)
        return f"{type(self).__name__}({shown})"


class BadRequestError(APIError):
    """400: Port rejected the request as malformed."""

    default_status = 400


class AuthenticationError(APIError):
    """401: missing, wrong or expired credentials."""

    default_status = 401


class PermissionDeniedError(APIError):
    """403: not allowed; also an IP allow-list rejection (message "IP not whitelisted ...")."""

    default_status = 403


class NotFoundError(APIError):
    """404: no such resource."""

    default_status = 404


class ConflictError(APIError):
    """409: the resource already exists or is in a conflicting state."""

    default_status = 409


class PayloadTooLargeError(APIError):
    """413: the request body is over Port's 1 MiB limit (or a proxy's)."""

    default_status = 413


class UnprocessableEntityError(APIError):
    """422: the body is well-formed but invalid (schema or validation errors)."""

    default_status = 422


class RateLimitError(APIError):
    """429: rate limited. `retry_after` is the wait in seconds the server asked for, or None."""

    default_status = 429
    _repr_fields = (*APIError._repr_fields, "retry_after")

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class RateLimitWaitError(RateLimitError):
    """Nothing was sent: Port's rate-limit window is used up for longer than the caller allows.

    The throttle raises it instead of sleeping when the wait Port's headers ask for is longer than
    `Throttle.max_wait`, or would pass the call's `deadline`. `retry_after` is that wait in seconds;
    `status_code` is 429 and `response` is None.
    """

    @classmethod
    def for_request(
        cls, request: httpx.Request, message: str, *, retry_after: float
    ) -> RateLimitWaitError:
        return cls(
            message,
            retry_after=retry_after,
            method=request.method,
            url=_safe_url(request.url),
            correlation_id=request.headers.get(CORRELATION_HEADER),
        )


class ServerError(APIError):
    """5xx: Port (or a gateway in front of it) failed."""

    default_status = 500


class InvalidResponseError(PortError):
    """Port answered with success, but the body does not have the promised shape.

    Also raised when a paginated answer would loop forever. `response`, when known, is left out of
    repr(); `status_code`, `trace_id`, `method`, `url` and `correlation_id` come from it.
    """

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        request = _request_of(response) if response is not None else None
        secrets = registered_secrets()
        self.message = redact_text(message, secrets)
        self.status_code = response.status_code if response is not None else None
        self.trace_id = response.headers.get("x-trace-id") if response is not None else None
        self.method = request.method if request is not None else None
        url = _safe_url(request.url) if request is not None else None
        self.url = redact_text(url, secrets) if url is not None else None
        self.correlation_id = (
            request.headers.get(CORRELATION_HEADER) if request is not None else None
        )
        self.response = response
        super().__init__(self.message)

    @classmethod
    def from_response(cls, response: httpx.Response, message: str) -> InvalidResponseError:
        """The error for `response`, whose body `message` says what is wrong with."""
        return cls(message, response=response)

    def __str__(self) -> str:
        status = f" {self.status_code}" if self.status_code is not None else ""
        where = _where(self.method, self.url, trace_id=self.trace_id)
        return f"unexpected{status} response: {' '.join(self.message.split())}{where}"

    def __repr__(self) -> str:
        fields = ("message", "status_code", "method", "url", "trace_id", "correlation_id")
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in fields)
        return f"{type(self).__name__}({shown})"


class _RequestFailed(PortError):
    """A request that got no response; shared by the connection and timeout errors."""

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        correlation_id: str | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        secrets = registered_secrets()
        self.message = redact_text(message, secrets)
        self.method = method
        self.url = redact_text(url, secrets) if url is not None else None
        self.correlation_id = correlation_id
        self.request = request
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{' '.join(self.message.split())}{_where(self.method, self.url, trace_id=None)}"

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name in ("message", "method", "url", "correlation_id")
        )
        return f"{type(self).__name__}({shown})"


class PortConnectionError(_RequestFailed):
    """The connection could not be made, or broke before a full response arrived."""


class PortTimeoutError(_RequestFailed):
    """Connecting, sending, receiving or waiting for a pooled connection timed out; or the call's
    whole `deadline` (retries, throttle waits and the body included) passed."""


class UnsafeRequestError(PortError, ValueError):
    """pyport refused to send a request because it would carry credentials elsewhere.

    Credentials (the Authorization header, the token exchange with the client secret) go only to
    the origin (scheme, host and port) of the client's base URL: an absolute URL to another origin,
    or a redirect of the token exchange to one, is refused before anything is sent. `method`,
    `url` (the refused one) and `correlation_id` say which request it was.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        correlation_id: str | None = None,
    ) -> None:
        secrets = registered_secrets()
        self.message = redact_text(message, secrets)
        self.method = method
        self.url = redact_text(url, secrets) if url is not None else None
        self.correlation_id = correlation_id
        super().__init__(self.message)

    @classmethod
    def for_request(cls, request: httpx.Request, message: str) -> UnsafeRequestError:
        return cls(
            message,
            method=request.method,
            url=_safe_url(request.url),
            correlation_id=request.headers.get(CORRELATION_HEADER),
        )


def deadline_error(request: httpx.Request, seconds: float, doing: str) -> PortTimeoutError:
    """The error for a call whose `deadline` of `seconds` passed (or would pass) while `doing`."""
    host = request.url.host or "the server"
    return PortTimeoutError(
        f"the call to {host} did not finish within its deadline of {seconds:g} s ({doing})",
        method=request.method,
        url=_safe_url(request.url),
        correlation_id=request.headers.get(CORRELATION_HEADER),
        request=request,
    )


_STATUS_ERRORS: dict[int, type[APIError]] = {
    cls.default_status: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        PayloadTooLargeError,
        UnprocessableEntityError,
        RateLimitError,
    )
    if cls.default_status is not None
}

_TRANSPORT_DESCRIPTIONS: dict[type[httpx.TransportError], str] = {
    httpx.ConnectTimeout: "timed out connecting to {host}",
    httpx.ReadTimeout: "timed out waiting for the response from {host}",
    httpx.WriteTimeout: "timed out sending the request to {host}",
    httpx.PoolTimeout: "timed out waiting for a free connection to {host} from the pool",
    httpx.ConnectError: "could not connect to {host}",
    httpx.ReadError: "the connection to {host} broke while reading the response",
    httpx.WriteError: "the connection to {host} broke while sending the request",
    httpx.CloseError: "the connection to {host} failed while closing",
    httpx.RemoteProtocolError: "{host} broke the HTTP protocol (often a dropped connection)",
    httpx.LocalProtocolError: "the request to {host} broke the HTTP protocol",
    httpx.ProxyError: "the proxy failed the connection to {host}",
    httpx.UnsupportedProtocol: "the URL for {host} has a scheme other than http or https",
}


def error_from_response(response: httpx.Response) -> APIError:
    """The exception for an error `response` (status >= 400), with a useful message.

    Reads the body if it has not been read yet. Understands Port's JSON errors (`error` as a string
    or as an object {name, message, details}), other JSON, non-JSON bodies such as a proxy's HTML
    page (the message quotes a short, masked excerpt) and empty bodies.
    """
    request = _request_of(response)
    cls = _STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = ServerError if 500 <= response.status_code <= 599 else APIError
    fields: dict[str, Any] = {
        "status_code": response.status_code,
        "trace_id": response.headers.get("x-trace-id"),
        "method": request.method if request is not None else None,
        "url": _safe_url(request.url) if request is not None else None,
        "correlation_id": request.headers.get(CORRELATION_HEADER) if request is not None else None,
        "response": response,
    }
    try:
        error, message, details = _parse_body(response)
        exc = cls(message, error=error, details=details, **fields)
    except RecursionError:
        # JSON that parses but is nested too deeply for masking or quoting it.
        status = f"HTTP {response.status_code} {response.reason_phrase}".strip()
        exc = cls(f"{status} with a JSON body nested too deeply to read", **fields)
    if isinstance(exc, RateLimitError):
        # Imported here: the retry and throttle layers import this module.
        from pyport._retry import retry_after_seconds

        exc.retry_after = retry_after_seconds(response)
    return exc


def error_in_success(response: httpx.Response, data: Any) -> APIError | None:
    """The error a 2xx answer decoded as `data` carries, or None.

    Port sends `{"ok": false, "error", "message"}` with an error status, but a proxy, or Port on
    an odd route, may send it with 200: that is a failure all the same. A 207 is the exception:
    its `ok` is false whenever one item of a bulk request failed, and its body says which.
    """
    if response.status_code == 207 or not isinstance(data, dict) or data.get("ok") is not False:
        return None
    return error_from_response(response)


def error_from_transport_error(exc: httpx.TransportError) -> PortConnectionError | PortTimeoutError:
    """The pyport exception for an httpx transport error, chained to it (`__cause__`)."""
    request: httpx.Request | None
    try:
        request = exc.request
    except RuntimeError:  # httpx raises this when the error was made without a request.
        request = None
    host = request.url.host if request is not None and request.url.host else "the server"
    description = next(
        (text for cls, text in _TRANSPORT_DESCRIPTIONS.items() if isinstance(exc, cls)),
        "the request to {host} failed",
    ).format(host=host)
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    cls = PortTimeoutError if isinstance(exc, httpx.TimeoutException) else PortConnectionError
    error = cls(
        f"{description} ({detail})",
        method=request.method if request is not None else None,
        url=_safe_url(request.url) if request is not None else None,
        correlation_id=request.headers.get(CORRELATION_HEADER) if request is not None else None,
        request=request,
    )
    error.__cause__ = exc
    return error


def _parse_body(response: httpx.Response) -> tuple[str | None, str, Any]:
    """Port's error identifier, a message and the details, from whatever body there is."""
    status = f"HTTP {response.status_code} {response.reason_phrase}".strip()
    try:
        body = response.read()
    except (httpx.HTTPError, RuntimeError) as exc:  # An async stream, or the read failed.
        return None, f"{status}; its body could not be read ({type(exc).__name__})", None
    if not body.strip():
        return None, f"{status} with an empty body", None
    try:
        data = json.loads(body)
    except RecursionError:
        return None, f"{status} with a JSON body nested too deeply to read", None
    except ValueError:
        kind = response.headers.get("content-type", "no content type")
        excerpt = _excerpt(_visible_text(response.text))
        return (
            None,
            f'{status} with a non-JSON body ({kind}), probably from a proxy: "{excerpt}"',
            None,
        )
    if not isinstance(data, dict):
        return None, f"{status}: {_json_excerpt(data)}", None

    error, details = data.get("error"), data.get("details")
    message = data.get("message")
    if isinstance(error, dict):  # The LLM-provider routes: {"name", "message", "details"?}.
        message = message if message is not None else error.get("message")
        details = details if details is not None else error.get("details")
        error = error.get("name")
    code = error if isinstance(error, str) or error is None else json.dumps(error)
    if isinstance(message, str) and message.strip():
        return code, message, details
    if message is not None:
        return code, _json_excerpt(message), details
    return code, status if code else f"{status}: {_json_excerpt(data)}", details


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # A response built by hand has no request.
        return None


def _safe_url(url: httpx.URL) -> str:
    # Userinfo is dropped here; secret query values are masked by the error's constructor.
    return str(url.copy_with(userinfo=b""))


def _where(method: str | None, url: str | None, *, trace_id: str | None) -> str:
    parts = []
    if method and url:
        parts.append(f"{method} {httpx.URL(url).raw_path.split(b'?', 1)[0].decode('ascii')}")
    if trace_id:
        parts.append(f"trace id {trace_id}")
    return f" ({', '.join(parts)})" if parts else ""


def _visible_text(text: str) -> str:
    """The text a person would see in an HTML page; other text unchanged."""
    if "<" not in text:
        return text
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", text)
    return html.unescape(re.sub(r"(?s)<[^>]*>", " ", text))


def _json_excerpt(data: Any) -> str:
    # Masked before cutting, so a cut cannot leave half a secret the patterns no longer recognise.
    return _excerpt(json.dumps(redact_json(data, secrets=registered_secrets()), ensure_ascii=False))


def _excerpt(text: str) -> str:
    text = redact_text(" ".join(text.split()), registered_secrets())
    if len(text) > _EXCERPT_LENGTH:
        text = text[: _EXCERPT_LENGTH - 1] + "…"
    return text


class ConfigurationError(PortError, ValueError):
    """The client's settings are wrong: a bad region or base URL, a broken config file, ..."""


class MissingCredentialsError(ConfigurationError):
    """No usable credentials were found; the message lists every place that was looked at."""


_BATCH_FAILURES_SHOWN = 3


class BatchError(PortError):
    """Some inputs of a batch failed; `result` is the whole `BatchResult`."""

    def __init__(self, result: BatchResult) -> None:
        self.result = result
        total = len(result.succeeded) + len(result.failed)
        shown = "; ".join(str(f) for f in result.failed[:_BATCH_FAILURES_SHOWN])
        more = len(result.failed) - _BATCH_FAILURES_SHOWN
        tail = f"; and {more} more" if more > 0 else ""
        super().__init__(
            f"{len(result.failed)} of {total} failed ({result.requests} requests): {shown}{tail}"
        )


class BatchCancelled(PortError):
    """A batch stopped early: the progress callback or the input raised, or Ctrl-C.

    Requests already sent were waited for; `result` accounts for every input read so far (those
    read but not sent failed with the code "cancelled"); inputs not yet read were left in the
    iterator. The cause is chained (`__cause__`).
    """

    def __init__(self, result: BatchResult, *, cause: BaseException) -> None:
        self.result = result
        cancelled = sum(1 for f in result.failed if f.error == "cancelled")
        reason = short_reason(
            f"{type(cause).__name__}: {cause}" if str(cause) else type(cause).__name__
        )
        super().__init__(
            f"batch cancelled by {reason}: {len(result.succeeded)} succeeded, "
            f"{len(result.failed)} failed ({cancelled} of them read but not sent); "
            "inputs not yet read were left unread"
        )
