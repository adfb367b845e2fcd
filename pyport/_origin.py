"""Where credentials may go: only to the base URL's origin, and over plain http only to loopback.

An origin is (scheme, host, port), the default port filled in. The client checks the URL of every
call it builds; the auth flows refuse to authorize a request for another origin and send the token
exchange to the base URL's origin whatever the request's host; and `CredentialGuardTransport`, the
outermost layer, refuses any request carrying credentials elsewhere, which catches what the other
two cannot see: redirects that httpx follows (it drops the Authorization header when the origin
changes, but re-sends a 307/308's body, the client secret included).
"""

from __future__ import annotations

import ipaddress

import httpx

from pyport.errors import UnsafeRequestError

__all__ = [
    "CREDENTIALS",
    "AsyncCredentialGuardTransport",
    "CredentialGuardTransport",
    "Origin",
    "check_target",
    "is_in_process",
    "is_loopback_host",
    "origin_of",
    "show_origin",
]

Origin = tuple[str, str, int]

# Set on a request whose body is a credential (the token exchange); redirects keep extensions.
CREDENTIALS = "pyport.credentials"
_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: httpx.URL | str) -> Origin:
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    scheme = parsed.scheme.lower()
    return scheme, parsed.host.lower(), parsed.port or _DEFAULT_PORTS.get(scheme, 0)


def show_origin(origin: Origin) -> str:
    scheme, host, port = origin
    shown = f"[{host}]" if ":" in host else host
    return (
        f"{scheme}://{shown}"
        if _DEFAULT_PORTS.get(scheme) == port
        else f"{scheme}://{shown}:{port}"
    )


def is_loopback_host(host: str) -> bool:
    """Whether `host` is this machine: localhost, 127.0.0.0/8 or ::1 (IPv4-mapped included)."""
    name = host.strip("[]").lower().rstrip(".")
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def is_in_process(transport: object) -> bool:
    """Whether `transport` answers without the network, so plain http cannot leak anything.

    httpx's mock, WSGI and ASGI transports; pyport's simulator transports; and any transport
    whose class sets `pyport_in_process = True` (a wrapper around one of them, say).
    """
    if transport is None:
        return False
    if getattr(type(transport), "pyport_in_process", False) is True:
        return True
    # The simulator's transports say so themselves (`pyport_in_process`); httpx's cannot.
    kinds: tuple[type, ...] = (httpx.MockTransport, httpx.WSGITransport, httpx.ASGITransport)
    return isinstance(transport, kinds)


def check_target(request: httpx.Request, origin: Origin) -> None:
    """Raise `UnsafeRequestError` if `request` carries credentials to an origin but `origin`."""
    target = origin_of(request.url)
    if target == origin:
        return
    if "authorization" in request.headers or request.extensions.get(CREDENTIALS):
        raise refused(request, target, origin)


def refused(request: httpx.Request, target: Origin, origin: Origin) -> UnsafeRequestError:
    what = "the client secret" if request.extensions.get(CREDENTIALS) else "the access token"
    return UnsafeRequestError.for_request(
        request,
        f"refused to send {what} to {show_origin(target)}: pyport sends credentials only to the "
        f"base URL's origin, {show_origin(origin)} (use a client with that base_url instead)",
    )


class CredentialGuardTransport(httpx.BaseTransport):
    """Wraps a transport; a request carrying credentials to another origin is refused, unsent."""

    def __init__(self, transport: httpx.BaseTransport, *, base_url: str) -> None:
        self._transport = transport
        self._origin = origin_of(base_url)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        check_target(request, self._origin)
        return self._transport.handle_request(request)

    def close(self) -> None:
        self._transport.close()


class AsyncCredentialGuardTransport(httpx.AsyncBaseTransport):
    """The async twin of `CredentialGuardTransport`."""

    def __init__(self, transport: httpx.AsyncBaseTransport, *, base_url: str) -> None:
        self._transport = transport
        self._origin = origin_of(base_url)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        check_target(request, self._origin)
        return await self._transport.handle_async_request(request)

    async def aclose(self) -> None:
        await self._transport.aclose()
