"""Authentication for Port's API, as httpx auth flows.

`ClientCredentialsAuth` trades a client id and secret for a bearer token at
`POST /v1/auth/access_token` on the base URL's origin, caches it, refreshes it ahead of its
expiry, and after a 401 refreshes once and resends once. However many threads or tasks need a token
at the same moment, one token request goes out. `StaticTokenAuth` sends a token it was given.
Given a `base_url`, both refuse (`UnsafeRequestError`) to authorize a request for another origin.

Both register their secrets with `pyport._logging.register_secret`, so logs and errors mask them;
neither shows them in repr().
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import asyncio

from pyport._deadline import DEADLINE
from pyport._logging import logger, register_secret
from pyport._origin import CREDENTIALS, Origin, origin_of, refused
from pyport.errors import CORRELATION_HEADER, AuthenticationError, error_from_response

__all__ = ["ClientCredentialsAuth", "StaticTokenAuth"]

TOKEN_PATH = "/v1/auth/access_token"

# Port documents 3-hour tokens; assumed when an answer leaves `expiresIn` out.
_DEFAULT_LIFETIME = 3 * 60 * 60.0
# For short-lived tokens the margin shrinks to this share of the lifetime.
_SHORT_LIFETIME_MARGIN = 0.25
# Printable ASCII without spaces: anything else cannot go into an Authorization header.
_TOKEN_CHARS = re.compile(r"[!-~]+")


@dataclass(frozen=True)
class _Token:
    value: str
    refresh_at: float
    generation: int

    def __repr__(self) -> str:
        return f"_Token(generation={self.generation}, refresh_at={self.refresh_at})"


class ClientCredentialsAuth(httpx.Auth):
    """Port's client-credentials flow: a cached bearer token, fetched lazily and kept fresh.

    The token is refreshed `refresh_margin` seconds before it expires (a quarter of its lifetime
    when that is shorter). `clock` returns the current time in seconds (injectable for tests).
    With `base_url`, the token exchange goes to its origin and a request for any other origin is
    refused; without, the exchange goes to the origin of the request being authorized.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        base_url: str | None = None,
        refresh_margin: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        for name, value in (("client_id", client_id), ("client_secret", client_secret)):
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{name} must be a non-empty string")
        if (
            isinstance(refresh_margin, bool)
            or not isinstance(refresh_margin, int | float)
            or not math.isfinite(refresh_margin)
            or refresh_margin < 0
        ):
            raise ValueError(
                f"refresh_margin must be a number of seconds >= 0, not {refresh_margin!r}"
            )
        self._client_id = client_id
        self._client_secret = client_secret
        self._origin: Origin | None = origin_of(base_url) if base_url is not None else None
        self._refresh_margin = float(refresh_margin)
        self._clock = clock
        self._token: _Token | None = None
        self._generation = 0
        # Held by the one sync flow fetching a token; reentrant so that a request made from an
        # event hook during that fetch (same thread) cannot deadlock.
        self._lock = threading.RLock()
        self._state_lock = threading.Lock()  # guards the cache when sync and async flows mix
        # asyncio locks belong to one event loop: made on first use, remade for another loop.
        self._async_lock: asyncio.Lock | None = None
        self._async_lock_loop: asyncio.AbstractEventLoop | None = None
        register_secret(client_secret, owner=self)

    @property
    def client_id(self) -> str:
        return self._client_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self._client_id!r})"

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        _check_origin(request, self._origin)
        token = self._fresh_token()
        if token is None:
            with self._lock:
                token = self._fresh_token()
                if token is None:
                    answer = yield self._token_request(request)
                    answer.read()
                    token = self._accept(answer)
        response = yield _authorized(request, token)
        if response.status_code != 401 or not _replayable(request):
            return
        with self._lock:
            current = self._token
            if current is None or current.generation == token.generation:
                # Nobody refreshed since this request was sent: the token itself was refused.
                self._token = None
                answer = yield self._token_request(request)
                answer.read()
                current = self._accept(answer)
        yield _authorized(request, current)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        _check_origin(request, self._origin)
        token = self._fresh_token()
        if token is None:
            async with self._loop_lock():
                token = self._fresh_token()
                if token is None:
                    answer = yield self._token_request(request)
                    await answer.aread()
                    token = self._accept(answer)
        response = yield _authorized(request, token)
        if response.status_code != 401 or not _replayable(request):
            return
        async with self._loop_lock():
            current = self._token
            if current is None or current.generation == token.generation:
                self._token = None
                answer = yield self._token_request(request)
                await answer.aread()
                current = self._accept(answer)
        yield _authorized(request, current)

    def _loop_lock(self) -> asyncio.Lock:
        import asyncio  # only async users pay for importing asyncio

        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_lock_loop is not loop:
            self._async_lock = asyncio.Lock()
            self._async_lock_loop = loop
        return self._async_lock

    def _fresh_token(self) -> _Token | None:
        token = self._token
        if token is None or self._clock() >= token.refresh_at:
            return None
        return token

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        if self._origin is not None:
            scheme, host, port = self._origin
            url = httpx.URL(scheme=scheme, host=host, port=port, path=TOKEN_PATH)
        else:
            url = httpx.URL(
                scheme=request.url.scheme,
                host=request.url.host,
                port=request.url.port,
                path=TOKEN_PATH,
            )
        headers = {"Accept": "application/json"}
        for name in ("User-Agent", CORRELATION_HEADER):
            if name in request.headers:
                headers[name] = request.headers[name]
        # Asking again returns the same token, so a retry is safe. The body is the secret: the
        # credential guard refuses it anywhere but the base URL's origin, redirects included.
        extensions: dict[str, Any] = {"pyport.idempotent": True, CREDENTIALS: True}
        for name in ("timeout", DEADLINE):  # the exchange is part of the call that needed it
            if name in request.extensions:
                extensions[name] = request.extensions[name]
        return httpx.Request(
            "POST",
            url,
            json={"clientId": self._client_id, "clientSecret": self._client_secret},
            headers=headers,
            extensions=extensions,
        )

    def _accept(self, response: httpx.Response) -> _Token:
        """Cache the token from the token endpoint's `response`, or raise why there is none."""
        if not response.is_success:
            raise error_from_response(response)
        try:
            body = response.json()
        except ValueError:
            raise _bad_answer(response, "with a body that is not JSON") from None
        except RecursionError:
            raise _bad_answer(response, "with JSON nested too deeply to read") from None
        if not isinstance(body, dict):
            raise _bad_answer(response, "with JSON that is not an object")
        value = body.get("accessToken")
        if not isinstance(value, str) or not _TOKEN_CHARS.fullmatch(value):
            keys = ", ".join(sorted(str(key) for key in body)) or "none"
            problem = "without" if value is None else "with an unusable"
            # Only the keys are named: the values may be secrets.
            raise _bad_answer(response, f"{problem} accessToken (keys: {keys})")
        lifetime = _lifetime(body.get("expiresIn"))
        if lifetime is None:
            raise _bad_answer(response, "with an expiresIn that is not a positive number")

        register_secret(value, owner=self)
        now = self._clock()
        with self._state_lock:
            previous = self._token
            if previous is not None and previous.value == value:
                # Port hands back the same token until it expires: asking early again is pointless.
                refresh_at = now + lifetime
            else:
                margin = min(self._refresh_margin, lifetime * _SHORT_LIFETIME_MARGIN)
                refresh_at = now + lifetime - margin
            self._generation += 1
            token = _Token(value, refresh_at=refresh_at, generation=self._generation)
            self._token = token
        logger.debug("obtained an access token valid for %.0fs", lifetime)
        return token


class StaticTokenAuth(httpx.Auth):
    """Sends a given access token. It cannot be refreshed: a 401 is returned as it is.

    With `base_url`, a request for another origin is refused instead of authorized.
    """

    def __init__(self, access_token: str, *, base_url: str | None = None) -> None:
        if not isinstance(access_token, str) or not _TOKEN_CHARS.fullmatch(access_token):
            raise ValueError("access_token must be a non-empty string without spaces")
        self._access_token = access_token
        self._origin: Origin | None = origin_of(base_url) if base_url is not None else None
        register_secret(access_token, owner=self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        _check_origin(request, self._origin)
        request.headers["Authorization"] = f"Bearer {self._access_token}"
        yield request


def _check_origin(request: httpx.Request, origin: Origin | None) -> None:
    if origin is not None:
        target = origin_of(request.url)
        if target != origin:
            raise refused(request, target, origin)


def _authorized(request: httpx.Request, token: _Token) -> httpx.Request:
    request.headers["Authorization"] = f"Bearer {token.value}"
    return request


def _replayable(request: httpx.Request) -> bool:
    """Whether the request's body can be sent again (a streamed upload cannot)."""
    try:
        request.content  # noqa: B018 - raises when the body is an unread stream
    except httpx.RequestNotRead:
        return False
    return True


def _lifetime(value: object) -> float | None:
    if value is None:
        return _DEFAULT_LIFETIME
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) and seconds > 0 else None


def _bad_answer(response: httpx.Response, problem: str) -> AuthenticationError:
    request = response.request
    # Worded so that no "token: value" shape precedes the host: the masking would take it for one.
    host = request.url.netloc.decode("ascii")
    return AuthenticationError(
        f"could not get an access token from {host}, which answered {response.status_code} "
        f"{problem}",
        status_code=response.status_code,
        trace_id=response.headers.get("x-trace-id"),
        method=request.method,
        url=str(request.url),
        correlation_id=request.headers.get(CORRELATION_HEADER),
        response=response,
    )
