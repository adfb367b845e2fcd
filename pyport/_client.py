"""PortClient and AsyncPortClient: configuration, the transport stack, and the one send path.

Every request, typed (`client.blueprints.get(...)`), raw (`client.raw`) or free-form
(`client.request(...)`), goes through one pooled httpx client whose layers are, outermost first:

    httpx.Client(auth=token flow, event hook adding the correlation id, the call's deadline)
      └ CredentialGuardTransport    credentials go to the base URL's origin only, redirects too
          └ RetryTransport          backoff with jitter, Retry-After, idempotency rules; reads
              │                     each body (max_response_bytes) so a cut one is retried
              └ ThrottleTransport   x-ratelimit-* pacing, requests/second and concurrency caps
                  └ the real transport (or the one passed as `transport=`, e.g. the simulator)
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from pyport._auth import ClientCredentialsAuth, StaticTokenAuth
from pyport._config import Settings, resolve_settings
from pyport._deadline import DEADLINE, Deadline
from pyport._options import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    check_base_url_scheme,
    check_deadline,
    check_max_response_bytes,
    check_retry,
    check_throttle,
    check_timeout,
)
from pyport._origin import (
    AsyncCredentialGuardTransport,
    CredentialGuardTransport,
    Origin,
    origin_of,
    refused,
)
from pyport._resources import AsyncResourcesMixin, ResourcesMixin
from pyport._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from pyport._throttle import AsyncThrottleTransport, Throttle, ThrottleTransport
from pyport._version import __version__
from pyport.errors import (
    InvalidResponseError,
    error_from_response,
    error_from_transport_error,
    error_in_success,
)

if TYPE_CHECKING:
    from types import TracebackType

    from pyport._cache import Cache
    from pyport._generated import AuthenticatedClient
    from pyport._response_validation import ResponseValidation, ResponseValidator, SpecMismatch

CORRELATION_HEADER = "X-Pyport-Correlation-Id"
# Methods that change nothing: no cache eviction for them.
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
DEFAULT_LIMITS = httpx.Limits(max_connections=50, max_keepalive_connections=20)


class _NotGiven:
    """Tells "not passed" from None in with_options()."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()
_ClientT = TypeVar("_ClientT", bound="_BaseClient")


def user_agent(suffix: str | None = None) -> str:
    import platform

    from pyport._api_spec import API_SPEC

    agent = (
        f"pyport/{__version__} {API_SPEC.user_agent_token}"
        f" python/{platform.python_version()} httpx/{httpx.__version__}"
    )
    return f"{agent} {suffix}" if suffix else agent


def _add_correlation_id(request: httpx.Request) -> None:
    if CORRELATION_HEADER not in request.headers:
        # 128 random bits in hex, as uuid4().hex spells them, without building a UUID object.
        request.headers[CORRELATION_HEADER] = os.urandom(16).hex()


async def _add_correlation_id_async(request: httpx.Request) -> None:
    _add_correlation_id(request)


def _identity(settings: Settings) -> tuple[str | None, ...]:
    return (settings.client_id, settings.client_secret, settings.access_token, settings.base_url)


def _checked(response: httpx.Response) -> httpx.Response:
    """Raise the mapped error for an error status or a redirect; else the (fully read) response."""
    if response.is_error:
        raise error_from_response(response)
    if response.is_redirect:
        # Port's API never redirects: this is a proxy, or a base URL that is not Port's API.
        location = response.headers.get("location", "nowhere")
        raise InvalidResponseError.from_response(
            response,
            f"a redirect to {location[:200]}, which pyport does not follow (is base_url right?)",
        )
    # A read response and its stream refer to each other, which keeps every body alive until
    # the garbage collector runs; the bytes are all in `content` already.
    response.stream = httpx.ByteStream(response.content)
    return response


_JSON_OBJECT_START = re.compile(rb"\s*\{")


def _ok_false_error(response: httpx.Response) -> None:
    """Raise the error a 2xx answer reports with `"ok": false` (parsed only when it may)."""
    content = response.content
    if not _JSON_OBJECT_START.match(content) or b'"ok"' not in content:
        return
    try:
        data = response.json()
    except (ValueError, RecursionError):
        return  # Not JSON: the caller of request() reads the body as it likes.
    error = error_in_success(response, data)
    if error is not None:
        raise error


def _deadline_on_send(deadline: float | None, request: httpx.Request) -> None:
    if deadline is not None:
        request.extensions[DEADLINE] = Deadline(time.monotonic() + deadline, deadline)


class _HTTPClient(httpx.Client):
    """httpx.Client that starts a call's deadline when `send()` starts, before auth and retries,
    and, with a cache, evicts what a write can change before it is sent and before it returns
    (every request passes here: typed calls, `request()`, `raw`, the batch helpers)."""

    def __init__(self, *, deadline: float | None, cache: Cache | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._pyport_deadline = deadline
        self._pyport_cache = cache
        self._pyport_base, self._pyport_base_path = _base_of(kwargs["base_url"])

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        _deadline_on_send(self._pyport_deadline, request)
        if self._pyport_cache is None or request.method in _SAFE_METHODS:
            return super().send(request, **kwargs)
        with _evicting(self._pyport_cache, self._pyport_base, self._pyport_base_path, request):
            return super().send(request, **kwargs)


class _AsyncHTTPClient(httpx.AsyncClient):
    """The async twin of `_HTTPClient`."""

    def __init__(self, *, deadline: float | None, cache: Cache | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._pyport_deadline = deadline
        self._pyport_cache = cache
        self._pyport_base, self._pyport_base_path = _base_of(kwargs["base_url"])

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        _deadline_on_send(self._pyport_deadline, request)
        if self._pyport_cache is None or request.method in _SAFE_METHODS:
            return await super().send(request, **kwargs)
        with _evicting(self._pyport_cache, self._pyport_base, self._pyport_base_path, request):
            return await super().send(request, **kwargs)


@contextlib.contextmanager
def _evicting(cache: Cache, base: str, base_path: str, request: httpx.Request) -> Iterator[None]:
    """Evict what the write `request` can change before it is sent and again once it is done,
    whatever the outcome (an answer lost in a broken connection may still have been written):
    a read that raced the write is not kept either."""
    patterns = cache.write_patterns(base_path, request)
    if patterns:
        cache.evict(base, patterns)
    try:
        yield
    finally:
        if patterns:
            cache.evict(base, patterns)


def _base_of(base_url: str) -> tuple[str, str]:
    """The base URL as cache keys hold it, and its path (which request paths start with)."""
    return base_url.rstrip("/"), httpx.URL(base_url).raw_path.decode("ascii").rstrip("/")


class _BaseClient:
    """What PortClient and AsyncPortClient share: options, settings, auth, repr."""

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        access_token: str | None = None,
        region: str | None = None,
        base_url: str | None = None,
        profile: str | None = None,
        config_file: str | os.PathLike[str] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        throttle: Throttle | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
        allow_insecure_http: bool = False,
        user_agent_suffix: str | None = None,
        response_validation: ResponseValidation = "off",
        environ: Mapping[str, str] | None = None,
        transport: object = None,
        cache: Cache | None = None,
    ) -> None:
        self._options: dict[str, Any] = {
            "client_id": client_id,
            "client_secret": client_secret,
            "access_token": access_token,
            "region": region,
            "base_url": base_url,
            "profile": profile,
            "config_file": config_file,
            "timeout": timeout,
            "retry": retry,
            "throttle": throttle,
            "max_response_bytes": max_response_bytes,
            "deadline": deadline,
            "allow_insecure_http": allow_insecure_http,
            "user_agent_suffix": user_agent_suffix,
            "response_validation": response_validation,
            "environ": environ,
            "cache": cache,
        }
        self.settings: Settings = resolve_settings(
            client_id=client_id,
            client_secret=client_secret,
            access_token=access_token,
            base_url=base_url,
            region=region,
            profile=profile,
            config_file=config_file,
            environ=os.environ if environ is None else environ,
        )
        check_base_url_scheme(
            self.settings.base_url, allow_insecure_http=allow_insecure_http, transport=transport
        )
        self.timeout = check_timeout(timeout)
        self.retry_policy = check_retry(retry)
        self.throttle = check_throttle(throttle)
        self.max_response_bytes = check_max_response_bytes(max_response_bytes)
        self.deadline = check_deadline(deadline)
        self.user_agent = user_agent(user_agent_suffix)
        self._response_validator: ResponseValidator | None = None
        if response_validation != "off":
            # Loaded only when asked for: it brings jsonschema and the spec along.
            from pyport._response_validation import ResponseValidator, check_response_validation

            check_response_validation(response_validation)
            self._response_validator = ResponseValidator()
        self._origin: Origin = origin_of(self.settings.base_url)
        self._cache: Cache | None = None
        self._cache_scope = ("", "")
        if cache is not None:
            # Loaded only when asked for: `import pyport` never imports the cache.
            from pyport._cache import Cache, scope_of

            if not isinstance(cache, Cache):
                raise TypeError(
                    f"cache must be a pyport.cache.Cache or None, not {type(cache).__name__}"
                )
            self._cache = cache
            self._cache_scope = scope_of(self.settings)
        self._auth: httpx.Auth
        if self.settings.auth_method == "access_token":
            self._auth = StaticTokenAuth(
                str(self.settings.access_token), base_url=self.settings.base_url
            )
        else:
            self._auth = ClientCredentialsAuth(
                str(self.settings.client_id),
                str(self.settings.client_secret),
                base_url=self.settings.base_url,
            )
        self._raw: AuthenticatedClient | None = None
        self._http: httpx.Client | httpx.AsyncClient
        self._urls: dict[tuple[Any, ...], httpx.URL] = {}
        self._transport_option: Any = None

    @property
    def base_url(self) -> str:
        return self.settings.base_url

    @property
    def cache(self) -> Cache | None:
        """The response cache (`cache=Cache(...)`), or None: `port.cache.invalidate(prefix)`,
        `port.cache.clear()`, `port.cache.stats()`."""
        return self._cache

    def spec_mismatches(self) -> list[SpecMismatch]:
        """How Port's answers disagreed with the spec so far (`response_validation="warn"`):
        one entry per operation, status and broken rule, with its count; empty when off."""
        return [] if self._response_validator is None else self._response_validator.mismatches()

    def _validate_response(
        self, response: httpx.Response, operation: str | None, path_template: str
    ) -> httpx.Response:
        if self._response_validator is not None and operation is not None:
            self._response_validator.check(
                response, operation=operation, path_template=path_template
            )
        return response

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} base_url={self.base_url!r} auth={self.settings.auth_method}>"
        )

    def _copy_options(self, overrides: dict[str, Any]) -> dict[str, Any]:
        unknown = set(overrides) - set(self._options) - {"transport"}
        if unknown:
            raise TypeError(f"with_options() got unknown options: {', '.join(sorted(unknown))}")
        options = dict(self._options)
        options.update({k: v for k, v in overrides.items() if v is not NOT_GIVEN})
        return options

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated client (`pyport._generated`), sharing this client's connection and auth."""
        if self._raw is None:
            from pyport._generated import AuthenticatedClient

            # The generated client only needs our httpx client: auth, retries and throttling
            # live there, so its own token field stays empty.
            raw = AuthenticatedClient(
                base_url=self.base_url, token="", raise_on_unexpected_status=False
            )
            if isinstance(self._http, httpx.AsyncClient):
                raw.set_async_httpx_client(self._http)
            else:
                raw.set_httpx_client(self._http)
            self._raw = raw
        return self._raw

    def with_options(self: _ClientT, **overrides: Any) -> _ClientT:
        """A new client with some options changed: `port.with_options(timeout=5)`.

        It has its own connection pool; with the same credentials and host it shares this
        client's token, so the copy sends no token request of its own.
        """
        options = self._copy_options(overrides)
        options["transport"] = overrides.get("transport", self._transport_option)
        copy = type(self)(**options)
        if _identity(copy.settings) == _identity(self.settings):
            copy._auth = self._auth
            copy._http.auth = self._auth
        return copy

    def _http_options(self) -> dict[str, Any]:
        """What the sync and async httpx clients share."""
        return {
            "base_url": self.base_url,
            "auth": self._auth,
            "timeout": self.timeout,
            "deadline": self.deadline,
            "cache": self._cache,
            "headers": {"User-Agent": self.user_agent, "Accept": "application/json"},
        }

    def _prepare(
        self, kwargs: dict[str, Any], *, operation: str | None, path_template: str
    ) -> httpx.Request:
        url = self._absolute_url(kwargs.get("url"), kwargs.get("params"))
        if url is not None:
            kwargs = {**kwargs, "url": url, "params": None}
        request = self._http.build_request(**kwargs)
        if url is None:  # remembered URLs were checked when they were built
            target = origin_of(request.url)
            if target != self._origin:
                # Refused before the token is even fetched; the guard layer catches the rest.
                raise refused(request, target, self._origin)
        request.extensions["pyport.path_template"] = path_template
        if operation:
            request.extensions["pyport.operation"] = operation
        return request

    def _absolute_url(self, path: object, params: object) -> httpx.URL | None:
        """The full URL of `path` and `params`, built once and remembered.

        httpx parses and checks a URL three times for each request it builds (merging the base
        URL, then the query, then in the request itself): a third of a call's CPU, and most of it
        for bulk requests that all go to one URL. An absolute httpx.URL skips that. None when the
        arguments cannot be a key (a list-valued parameter): httpx builds those as usual.
        """
        key = _url_key(path, params)
        if key is None:
            return None
        url = self._urls.get(key)
        if url is None:
            query = params if isinstance(params, dict) else None
            url = self._http.build_request("GET", str(path), params=query).url
            if origin_of(url) != self._origin:
                return None  # not remembered: _prepare refuses it
            if len(self._urls) >= _MAX_REMEMBERED_URLS:
                self._urls.clear()
            self._urls[key] = url
        return url


def _check_call_options(operation: str | None, cache: object, ttl: object) -> None:
    """A call's cache=/ttl= without a cache on the client: checked the same, then ignored."""
    from pyport._cache_policy import DEFAULT_TTLS, call_ttl

    call_ttl(
        operation or "",
        cache=cache,
        ttl=ttl,
        ttls=DEFAULT_TTLS,
        default_ttl=1.0,
        given=lambda value: value is not None,
    )


# Distinct paths and queries remembered per client (entity identifiers make paths many).
_MAX_REMEMBERED_URLS = 1024


def _url_key(path: object, params: object) -> tuple[Any, ...] | None:
    if not isinstance(path, str):
        return None
    if params is None:
        return (path,)
    if not isinstance(params, dict) or not all(
        isinstance(value, str | int | float | bool) for value in params.values()
    ):
        return None
    # Types matter: True is sent as "true", 1 as "1", yet True == 1 as a key.
    return (path, *((name, type(value), value) for name, value in params.items()))


class PortClient(ResourcesMixin, _BaseClient):
    """A client for Port's REST API.

    ```python
    with PortClient(client_id="...", client_secret="...") as port:
        blueprint = port.blueprints.get("service")
    ```

    Credentials and the endpoint come from the arguments, else the environment (PORT_CLIENT_ID,
    PORT_CLIENT_SECRET, PORT_ACCESS_TOKEN, PORT_BASE_URL, PORT_REGION), else a profile of
    ~/.config/pyport/config.toml. Every Port operation is a method of a resource attribute
    (`port.entities.search("service", query=...)`); `port.raw` is the generated low-level client.

    Keyword options, each checked when the client is made:

    - `timeout`: seconds (or an `httpx.Timeout` with every part positive) for each connect,
      read, write and pool wait; default 30 s, connect 10 s.
    - `deadline`: seconds one whole call may take, the token exchange, every retry and its
      wait, throttle waits and reading the body included; default 300 s, `None` for none. Past
      it, `PortTimeoutError`. It ends calls that a server keeps alive by trickling bytes.
    - `max_response_bytes`: the largest body read (decoded), default 64 MiB; a larger one is not
      read further and raises `InvalidResponseError`, so memory stays bounded.
    - `retry`: a `RetryPolicy` (default `RetryPolicy()`); `throttle`: a `Throttle` (default
      `Throttle()`, whose `max_wait` of 60 s bounds a wait for Port's rate-limit window).
    - `allow_insecure_http`: a plain `http://` base URL sends the client secret and the tokens
      in clear text, so it is refused unless its host is loopback (localhost, 127.0.0.0/8, ::1),
      the transport answers in-process (the simulator's, httpx's mock), or this is True.

    Credentials only ever go to the base URL's origin (scheme, host and port): a request for an
    absolute URL elsewhere, or a redirect that would carry them away, raises
    `UnsafeRequestError` and is not sent.
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        access_token: str | None = None,
        region: str | None = None,
        base_url: str | None = None,
        profile: str | None = None,
        config_file: str | os.PathLike[str] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        throttle: Throttle | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
        allow_insecure_http: bool = False,
        user_agent_suffix: str | None = None,
        response_validation: ResponseValidation = "off",
        transport: httpx.BaseTransport | None = None,
        environ: Mapping[str, str] | None = None,
        cache: Cache | None = None,
    ) -> None:
        super().__init__(
            client_id=client_id,
            client_secret=client_secret,
            access_token=access_token,
            region=region,
            base_url=base_url,
            profile=profile,
            config_file=config_file,
            timeout=timeout,
            retry=retry,
            throttle=throttle,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            allow_insecure_http=allow_insecure_http,
            user_agent_suffix=user_agent_suffix,
            response_validation=response_validation,
            environ=environ,
            transport=transport,
            cache=cache,
        )
        self._transport_option = transport
        inner: httpx.BaseTransport
        if transport is None:
            # Loaded here: it brings httpcore, which httpx itself imports only when needed.
            from pyport._network import DeadlineHTTPTransport

            inner = DeadlineHTTPTransport(limits=DEFAULT_LIMITS)
        else:
            inner = transport
        self._throttle_transport = ThrottleTransport(inner, throttle=self.throttle)
        retrying = RetryTransport(
            self._throttle_transport,
            policy=self.retry_policy,
            max_response_bytes=self.max_response_bytes,
        )
        self._http: httpx.Client = _HTTPClient(
            transport=CredentialGuardTransport(retrying, base_url=self.base_url),
            event_hooks={"request": [_add_correlation_id]},
            **self._http_options(),
        )

    @property
    def http(self) -> httpx.Client:
        """The underlying httpx client (auth, retries and throttling included)."""
        return self._http

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send any request (a route the spec lacks, say) with the same auth, retries and errors.

        `path` is relative to the base URL; an absolute URL must have the base URL's origin
        (`UnsafeRequestError` otherwise: the credentials would go with it). A 2xx answer whose
        JSON says `"ok": false` raises `APIError`, like an error status.
        """
        kwargs: dict[str, Any] = {
            "method": method,
            "url": path,
            "params": params,
            "headers": headers,
        }
        if json is not None:
            kwargs["json"] = json
        response = self._send(kwargs, operation=None, path_template=path)
        _ok_false_error(response)
        return response

    def _send(
        self,
        kwargs: dict[str, Any],
        *,
        operation: str | None,
        path_template: str,
        cache: object = None,  # None: not given; False skips the cache for this call
        ttl: object = None,  # None: not given; else seconds
    ) -> httpx.Response:
        if self._cache is not None and operation is not None:
            return self._cache.send(
                self,
                kwargs,
                operation=operation,
                path_template=path_template,
                cache=cache,
                ttl=ttl,
                send=self._send_uncached,
            )
        if cache is not None or ttl is not None:
            _check_call_options(operation, cache, ttl)
        return self._send_uncached(kwargs, operation=operation, path_template=path_template)

    def _send_uncached(
        self, kwargs: dict[str, Any], *, operation: str | None, path_template: str
    ) -> httpx.Response:
        request = self._prepare(kwargs, operation=operation, path_template=path_template)
        try:
            response = self._http.send(request)
        except httpx.TransportError as exc:
            raise error_from_transport_error(exc) from exc
        except (httpx.DecodingError, httpx.TooManyRedirects) as exc:
            raise InvalidResponseError(f"{type(exc).__name__}: {exc}") from exc
        return self._validate_response(_checked(response), operation, path_template)

    def close(self) -> None:
        """Close the connection pool. The client is not usable afterwards."""
        self._http.close()

    def __enter__(self) -> PortClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncPortClient(AsyncResourcesMixin, _BaseClient):
    """The asyncio twin of PortClient: the same options, `await` on every operation."""

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        access_token: str | None = None,
        region: str | None = None,
        base_url: str | None = None,
        profile: str | None = None,
        config_file: str | os.PathLike[str] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        throttle: Throttle | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
        allow_insecure_http: bool = False,
        user_agent_suffix: str | None = None,
        response_validation: ResponseValidation = "off",
        transport: httpx.AsyncBaseTransport | None = None,
        environ: Mapping[str, str] | None = None,
        cache: Cache | None = None,
    ) -> None:
        super().__init__(
            client_id=client_id,
            client_secret=client_secret,
            access_token=access_token,
            region=region,
            base_url=base_url,
            profile=profile,
            config_file=config_file,
            timeout=timeout,
            retry=retry,
            throttle=throttle,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            allow_insecure_http=allow_insecure_http,
            user_agent_suffix=user_agent_suffix,
            response_validation=response_validation,
            environ=environ,
            transport=transport,
            cache=cache,
        )
        self._transport_option = transport
        inner = (
            transport if transport is not None else httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS)
        )
        self._throttle_transport = AsyncThrottleTransport(inner, throttle=self.throttle)
        retrying = AsyncRetryTransport(
            self._throttle_transport,
            policy=self.retry_policy,
            max_response_bytes=self.max_response_bytes,
        )
        self._http: httpx.AsyncClient = _AsyncHTTPClient(
            transport=AsyncCredentialGuardTransport(retrying, base_url=self.base_url),
            event_hooks={"request": [_add_correlation_id_async]},
            **self._http_options(),
        )

    @property
    def http(self) -> httpx.AsyncClient:
        """The underlying httpx client (auth, retries and throttling included)."""
        return self._http

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send any request with the same auth, retries and errors (see `PortClient.request`)."""
        kwargs: dict[str, Any] = {
            "method": method,
            "url": path,
            "params": params,
            "headers": headers,
        }
        if json is not None:
            kwargs["json"] = json
        response = await self._send_async(kwargs, operation=None, path_template=path)
        _ok_false_error(response)
        return response

    async def _send_async(
        self,
        kwargs: dict[str, Any],
        *,
        operation: str | None,
        path_template: str,
        cache: object = None,  # None: not given; False skips the cache for this call
        ttl: object = None,  # None: not given; else seconds
    ) -> httpx.Response:
        if self._cache is not None and operation is not None:
            return await self._cache.send_async(
                self,
                kwargs,
                operation=operation,
                path_template=path_template,
                cache=cache,
                ttl=ttl,
                send=self._send_async_uncached,
            )
        if cache is not None or ttl is not None:
            _check_call_options(operation, cache, ttl)
        return await self._send_async_uncached(
            kwargs, operation=operation, path_template=path_template
        )

    async def _send_async_uncached(
        self, kwargs: dict[str, Any], *, operation: str | None, path_template: str
    ) -> httpx.Response:
        request = self._prepare(kwargs, operation=operation, path_template=path_template)
        try:
            response = await self._http.send(request)
        except httpx.TransportError as exc:
            raise error_from_transport_error(exc) from exc
        except (httpx.DecodingError, httpx.TooManyRedirects) as exc:
            raise InvalidResponseError(f"{type(exc).__name__}: {exc}") from exc
        return self._validate_response(_checked(response), operation, path_template)

    async def aclose(self) -> None:
        """Close the connection pool. The client is not usable afterwards."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncPortClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
