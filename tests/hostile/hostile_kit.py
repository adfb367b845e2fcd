"""A kit of hostile servers: what a broken proxy, a lying gateway or an attacker answers.

`LoopbackServer` is a raw HTTP/1.1 server on 127.0.0.1 and an ephemeral port, one daemon thread per
connection, so a behaviour can do what no well-behaved server does: trickle bytes, flood, lie in
its headers, cut a body short, reset the connection. Every server is bounded: it stops when its
`with` block ends or after `lifetime` seconds, whichever comes first, and a trickle or a flood
stops at a byte budget. Nothing listens anywhere but loopback.

A behaviour is a function `(request, conn) -> None` answering one request; the kit answers the
token exchange itself (unless the behaviour is pointed at it) so that the hostile answer reaches
the path under test. `BEHAVIOURS` names every hostile behaviour the probes run.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

CLIENT_ID = "hostile-client-id"
SECRET = "hostile-client-secret-0123456789abcdef"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJob3N0aWxlIn0.aG9zdGlsZS1zaWduYXR1cmU"
TOKEN_PATH = "/v1/auth/access_token"
LOOPBACK = "127.0.0.1"

# A hostile answer may be this large or this slow; a probe must stop long before either.
FLOOD_BYTES = 256 * 1024 * 1024
TRICKLE_EVERY = 0.01  # seconds between two trickled bytes
TRICKLE_BYTES = 10_000  # 100 s of trickling at that pace: far past every probe's deadline


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Conn:
    """One accepted connection, with the ways a hostile server can misuse it."""

    def __init__(self, sock: socket.socket, server: LoopbackServer) -> None:
        self.sock = sock
        self.server = server
        self.keep_alive = True

    def send(self, data: bytes) -> bool:
        """Send `data`; False once the client has gone or the server is stopping."""
        if self.server.stopping.is_set():
            return False
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        self.server.count_sent(len(data))
        return True

    def trickle(self, data: bytes, *, every: float = TRICKLE_EVERY) -> None:
        """Send `data` a byte at a time, `every` seconds apart, until the client gives up."""
        for byte in data:
            if not self.send(bytes([byte])) or self.server.stopping.wait(every):
                break
        self.keep_alive = False

    def reset(self) -> None:
        """Close with a TCP reset (RST) instead of an orderly close (FIN)."""
        with contextlib.suppress(OSError):
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close()

    def close(self) -> None:
        self.keep_alive = False
        with contextlib.suppress(OSError):
            self.sock.close()


Behaviour = Callable[[Received, Conn], None]


def response_bytes(
    status: int,
    body: bytes = b"",
    *,
    headers: dict[str, str] | None = None,
    content_length: str | None = None,
) -> bytes:
    """An HTTP/1.1 response; `content_length` overrides the true length (to lie)."""
    reason = {200: "OK", 302: "Found", 307: "Temporary Redirect", 400: "Bad Request"}.get(
        status, "Status"
    )
    lines = [f"HTTP/1.1 {status} {reason}"]
    merged = {"content-type": "application/json", "x-trace-id": f"trace-{status}"}
    merged.update(headers or {})
    for name, value in merged.items():
        lines.append(f"{name}: {value}")
    if "transfer-encoding" not in merged:
        lines.append(f"content-length: {content_length or len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def json_bytes(status: int, data: object, **kwargs: object) -> bytes:
    return response_bytes(status, json.dumps(data).encode(), **kwargs)  # type: ignore[arg-type]


def answer(conn: Conn, status: int, data: object, headers: dict[str, str] | None = None) -> None:
    conn.send(json_bytes(status, data, headers=headers))


def token_answer(conn: Conn) -> None:
    answer(conn, 200, {"ok": True, "accessToken": TOKEN, "expiresIn": 10800})


def ok_answer(request: Received, conn: Conn) -> None:
    """What a sound Port answers for the probes' routes."""
    if request.path.startswith(TOKEN_PATH):
        token_answer(conn)
    elif request.path.endswith("/entities/search"):
        answer(conn, 200, {"ok": True, "entities": [{"identifier": "e1", "blueprint": "svc"}]})
    else:
        answer(conn, 200, {"ok": True, "blueprint": {"identifier": "svc", "title": "Service"}})


class LoopbackServer:
    """A raw HTTP/1.1 server on 127.0.0.1:<ephemeral>; see the module docstring.

    `on` says which requests get `behaviour`: "api" (all but the token exchange, which is
    answered soundly), "token" (only the token exchange) or "all".
    """

    def __init__(self, behaviour: Behaviour, *, on: str = "api", lifetime: float = 30.0) -> None:
        self.behaviour = behaviour
        self.on = on
        self.lifetime = lifetime
        self.requests: list[Received] = []
        self.stopping = threading.Event()
        self.bytes_sent = 0
        self.attempts: dict[str, int] = {}  # path -> requests seen
        self._lock = threading.Lock()
        self._listener = socket.create_server((LOOPBACK, 0))
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._conns: list[Conn] = []
        # Another origin (another port) for redirects to point at; it records what it receives.
        self.peer: LoopbackServer | None = None

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def count_sent(self, size: int) -> None:
        with self._lock:
            self.bytes_sent += size

    def received_secrets(self) -> bool:
        """Whether any request to this server carried the client secret or the token."""
        for request in self.requests:
            blob = request.body + json.dumps(request.headers).encode()
            if SECRET.encode() in blob or TOKEN.encode() in blob:
                return True
        return False

    def __enter__(self) -> LoopbackServer:
        accept = threading.Thread(target=self._accept, daemon=True)
        accept.start()
        self._threads.append(accept)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self.stopping.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            conn.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def _accept(self) -> None:
        ends = time.monotonic() + self.lifetime
        while not self.stopping.is_set() and time.monotonic() < ends:
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            conn = Conn(sock, self)
            with self._lock:
                self._conns.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)
        self.stopping.set()  # the lifetime is over: every connection stops too

    def _serve(self, conn: Conn) -> None:
        conn.sock.settimeout(self.lifetime)
        reader = conn.sock.makefile("rb")
        try:
            while conn.keep_alive and not self.stopping.is_set():
                request = _read_request(reader)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                    self.attempts[request.path] = self.attempts.get(request.path, 0) + 1
                is_token = request.path.startswith(TOKEN_PATH)
                hostile = self.on == "all" or (self.on == "token") == is_token
                (self.behaviour if hostile else ok_answer)(request, conn)
        except OSError:
            return
        finally:
            with contextlib.suppress(OSError):
                reader.close()
            conn.close()


def _read_request(reader: object) -> Received | None:
    readline = reader.readline  # type: ignore[attr-defined]
    line = readline(65536)
    if not line:
        return None
    method, target, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        raw = readline(65536)
        if raw in (b"\r\n", b"\n", b""):
            break
        name, _, value = raw.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    body = reader.read(length) if length else b""  # type: ignore[attr-defined]
    return Received(method, target.split("?", 1)[0], headers, body)


@contextlib.contextmanager
def serving(behaviour: Behaviour, *, on: str = "api") -> Iterator[LoopbackServer]:
    with LoopbackServer(behaviour, on=on) as server:
        yield server


# --- the hostile behaviours ----------------------------------------------------------------------

# A sound answer for every probed path: a blueprint, and an (empty, last) page of a search.
GOOD_BODY = json.dumps(
    {"ok": True, "blueprint": {"identifier": "svc", "title": "Service"}, "entities": []}
).encode()


def trickle_body(request: Received, conn: Conn) -> None:
    """Headers at once, then the body a byte every 10 ms: every read is quick, the whole is not."""
    head = response_bytes(200, headers={}, content_length=str(TRICKLE_BYTES))
    if conn.send(head):
        conn.trickle(b" " * TRICKLE_BYTES)


def trickle_headers(request: Received, conn: Conn) -> None:
    """The status line and headers a byte every 10 ms, never finished."""
    head = b"HTTP/1.1 200 OK\r\nx-padding: " + b"a" * TRICKLE_BYTES
    conn.trickle(head)


def flood_declared(request: Received, conn: Conn) -> None:
    """A Content-Length of 256 MiB, then as much of it as the client will take."""
    head = response_bytes(200, headers={}, content_length=str(FLOOD_BYTES))
    _flood(conn, head)


def flood_chunked(request: Received, conn: Conn) -> None:
    """A chunked body that never ends (up to 256 MiB): no Content-Length to refuse it by."""
    head = response_bytes(200, headers={"transfer-encoding": "chunked"})
    chunk = b"%x\r\n" % 65536 + b"[" * 65536 + b"\r\n"
    if not conn.send(head):
        return
    sent = 0
    while sent < FLOOD_BYTES and conn.send(chunk):
        sent += 65536
    conn.close()


def _flood(conn: Conn, head: bytes) -> None:
    if not conn.send(head):
        return
    block = b" " * 65536
    sent = 0
    while sent < FLOOD_BYTES and conn.send(block):
        sent += len(block)
    conn.close()


_BOMB = gzip.compress(b" " * (32 * 1024 * 1024), compresslevel=9)


def gzip_bomb(request: Received, conn: Conn) -> None:
    """32 KiB of gzip that inflates to 32 MiB."""
    conn.send(response_bytes(200, _BOMB, headers={"content-encoding": "gzip"}))


def content_length_too_long(request: Received, conn: Conn) -> None:
    """Says 1,000 bytes, sends the whole body (less), then closes: a body cut short."""
    conn.send(response_bytes(200, GOOD_BODY, content_length="1000"))
    conn.close()


def content_length_garbage(request: Received, conn: Conn) -> None:
    conn.send(response_bytes(200, GOOD_BODY, content_length="12abc"))
    conn.close()


def content_length_negative(request: Received, conn: Conn) -> None:
    conn.send(response_bytes(200, GOOD_BODY, content_length="-5"))
    conn.close()


def cut_body(request: Received, conn: Conn) -> None:
    """The right Content-Length, half the body, then an orderly close."""
    whole = response_bytes(200, GOOD_BODY)
    conn.send(whole[: len(whole) - len(GOOD_BODY) // 2])
    conn.close()


def reset_mid_body(request: Received, conn: Conn) -> None:
    whole = response_bytes(200, GOOD_BODY)
    conn.send(whole[: len(whole) - len(GOOD_BODY) // 2])
    conn.reset()


def reset_at_once(request: Received, conn: Conn) -> None:
    """The request is read, then the connection is reset: no answer at all."""
    conn.reset()


def deep_json(request: Received, conn: Conn) -> None:
    conn.send(response_bytes(200, b"[" * 100_000 + b"]" * 100_000))


def deep_json_error(request: Received, conn: Conn) -> None:
    body = b'{"ok": false, "error": "bad", "details": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    conn.send(response_bytes(400, body))


def ok_false(request: Received, conn: Conn) -> None:
    answer(conn, 200, {"ok": False, "error": "quota_exceeded", "message": "over your quota"})


def retry_after_huge(request: Received, conn: Conn) -> None:
    answer(conn, 429, {"ok": False, "error": "slow_down"}, headers={"retry-after": "999999"})


def reset_in_years(request: Received, conn: Conn) -> None:
    """A success that says the window is empty until 31,000 years from now."""
    headers = {"x-ratelimit-remaining": "0", "x-ratelimit-limit": "100"}
    headers["x-ratelimit-reset"] = str(10**12)
    body = GOOD_BODY
    if request.path.startswith(TOKEN_PATH):  # a sound token, a hostile header
        body = json.dumps({"ok": True, "accessToken": TOKEN, "expiresIn": 10800}).encode()
    conn.send(response_bytes(200, body, headers=headers))


def garbage_rate_headers(request: Received, conn: Conn) -> None:
    """429s whose every wait header is garbage, negative or infinite: ignored, never obeyed."""
    headers = {
        "retry-after": "-5",
        "x-ratelimit-reset": "nan",
        "x-ratelimit-remaining": "-1",
        "x-ratelimit-limit": "inf",
        "x-ratelimit-period": "abc",
    }
    answer(conn, 429, {"ok": False, "error": "slow_down"}, headers=headers)


def redirect_loop(request: Received, conn: Conn) -> None:
    conn.send(response_bytes(302, headers={"location": request.path}))


def redirect_elsewhere(request: Received, conn: Conn) -> None:
    """A 307 (method and body kept) to the same path on another origin: the peer server."""
    peer = conn.server.peer
    assert peer is not None, "redirect_elsewhere needs a peer server"
    conn.send(response_bytes(307, headers={"location": peer.url + request.path}))


def html_proxy_page(request: Received, conn: Conn) -> None:
    body = b"<html><body><h1>502 Bad Gateway</h1><script>x()</script></body></html>"
    conn.send(response_bytes(200, body, headers={"content-type": "text/html"}))


@dataclass(frozen=True)
class Hostile:
    """A named hostile behaviour and what a client must make of it (per path kind)."""

    name: str
    behaviour: Behaviour
    # The error a probe expects (a pyport error class name), or "ok"; per path kind when a dict.
    expect: str | dict[str, str]
    needs_deadline: bool = False
    small_cap: bool = False
    # Redirects sent to another origin (a peer server), and whether the client follows them.
    needs_peer: bool = False
    follow_redirects: bool = False

    def expected(self, kind: str) -> str:
        if isinstance(self.expect, str):
            return self.expect
        return self.expect.get(kind, self.expect["default"])


# The token exchange needs a JSON object with an accessToken: anything else is an
# AuthenticationError. A page must be a JSON object with an entity list.
BEHAVIOURS: tuple[Hostile, ...] = (
    Hostile("trickle_body", trickle_body, "PortTimeoutError", needs_deadline=True),
    Hostile("trickle_headers", trickle_headers, "PortTimeoutError", needs_deadline=True),
    Hostile("flood_declared", flood_declared, "InvalidResponseError", small_cap=True),
    Hostile("flood_chunked", flood_chunked, "InvalidResponseError", small_cap=True),
    Hostile("gzip_bomb", gzip_bomb, "InvalidResponseError", small_cap=True),
    Hostile("content_length_too_long", content_length_too_long, "PortConnectionError"),
    Hostile("content_length_garbage", content_length_garbage, "PortConnectionError"),
    Hostile("content_length_negative", content_length_negative, "PortConnectionError"),
    Hostile("cut_body", cut_body, "PortConnectionError"),
    Hostile("reset_mid_body", reset_mid_body, "PortConnectionError"),
    Hostile("reset_at_once", reset_at_once, "PortConnectionError"),
    Hostile(
        "deep_json",
        deep_json,
        # request() hands back the body unparsed: only a JSON object is looked into.
        {"default": "InvalidResponseError", "request": "ok", "token": "AuthenticationError"},
    ),
    Hostile("deep_json_error", deep_json_error, "BadRequestError"),
    Hostile(
        "ok_false",
        ok_false,
        {"default": "APIError", "token": "AuthenticationError"},
    ),
    Hostile("retry_after_huge", retry_after_huge, "RateLimitWaitError"),
    Hostile(
        "reset_in_years",
        reset_in_years,
        # The first answer is a success; the call after it must not wait 31,000 years.
        {"default": "RateLimitWaitError"},
    ),
    Hostile("garbage_rate_headers", garbage_rate_headers, "RateLimitError"),
    Hostile(
        "redirect_loop", redirect_loop, {"default": "InvalidResponseError", "token": "APIError"}
    ),
    Hostile(
        "redirect_elsewhere",
        redirect_elsewhere,
        {"default": "InvalidResponseError", "token": "APIError"},
        needs_peer=True,
    ),
    Hostile(
        "redirect_elsewhere_followed",
        redirect_elsewhere,
        # Followed: httpx drops the token on the way; the token exchange is refused outright.
        {"default": "ok", "token": "UnsafeRequestError"},
        needs_peer=True,
        follow_redirects=True,
    ),
    Hostile(
        "html_proxy_page",
        html_proxy_page,
        {"default": "InvalidResponseError", "request": "ok", "token": "AuthenticationError"},
    ),
)
