"""The simulator behind a real HTTP server on loopback, in a background thread."""

from __future__ import annotations

import logging
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pyport.testing._app import Engine, Outcome, RawRequest

Sleep = Callable[[float], None]

_logger = logging.getLogger("pyport.testing")


class _BadFraming(Exception):
    """The request's body framing (Content-Length, chunks) cannot be read."""


def _handler(engine: Engine, sleep: Sleep) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Buffered: the status line, headers and body leave in one write, flushed by
        # handle_one_request() once the response is complete (as a real server sends them).
        # A body over the buffer goes out as a second write, which Nagle must not hold back.
        wbufsize = 64 * 1024
        disable_nagle_algorithm = True
        arrived = 0.0
        _responded = False
        server_version = "PortSimulator"
        sys_version = ""

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the simulator never writes to stderr."""

        def _reset(self) -> None:
            # SO_LINGER 0: close with RST, a real "connection reset by peer".
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()

        def parse_request(self) -> bool:
            # The request line is in: the injected latency counts from here, header parsing
            # included, as a server's response time does.
            self.arrived = engine.state.now()
            return super().parse_request()

        def __getattr__(self, name: str) -> Any:
            # Every method reaches the engine (HEAD, OPTIONS, anything): it answers 405 or 404
            # in Port's format, where the standard library would send its HTML 501.
            if name.startswith("do_"):
                return self._serve
            raise AttributeError(name)

        def send_error(
            self, code: int, message: str | None = None, explain: str | None = None
        ) -> None:
            """Errors the standard library detects itself (a bad request line, headers too
            long), answered in Port's error format rather than as an HTML page."""
            # The standard library's own message quotes with Python reprs; say it plainly.
            text = f"{HTTPStatus(code).phrase}: the request line or its headers could not be read"
            if self.request_version == "HTTP/0.9":  # what it assumes of a line it cannot parse
                self.request_version = "HTTP/1.1"
            self.close_connection = True
            self._write(engine.failure(code, "bad_request", text), close=True)

        def _write(self, outcome: Outcome, *, close: bool = False) -> None:
            self.send_response(outcome.status)
            for name, value in outcome.headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(outcome.body)))
            if close:
                self.send_header("connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(outcome.body)

        def _read_body(self) -> bytes:
            if "chunked" in self.headers.get("transfer-encoding", "").lower():
                return self._read_chunks()
            raw = self.headers.get("content-length") or "0"
            if not raw.isdigit():
                raise _BadFraming(f"Content-Length {raw} is not a number of bytes")
            length = int(raw)
            return self.rfile.read(length) if length else b""

        def _read_chunks(self) -> bytes:
            parts: list[bytes] = []
            while True:
                size_line = self.rfile.readline(1024).split(b";", 1)[0].strip()
                try:
                    size = int(size_line, 16)
                except ValueError:
                    raise _BadFraming("a chunk size is not hexadecimal") from None
                if size == 0:
                    while self.rfile.readline(1024).strip():
                        pass  # trailers
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline(1024)

        def _serve(self) -> None:
            try:
                self._answer()
            except (ConnectionError, TimeoutError):
                self.close_connection = True  # the client went away: nobody to answer
            except Exception as error:
                # The engine turns its own failures into 500s; this is the seam's (reading or
                # writing the request), so answer here, once, if nothing was sent yet.
                _logger.error("Port simulator server failed on %s", self.command, exc_info=error)
                self.close_connection = True
                if not getattr(self, "_responded", False):
                    self._write(
                        engine.failure(500, "internal_error", "The Port simulator failed"),
                        close=True,
                    )

        def _answer(self) -> None:
            self._responded = False
            started = self.arrived
            path, _, query = self.path.partition("?")
            plan = engine.plan(self.command, path)
            if plan.kind == "reset_before":
                if plan.delay:
                    sleep(plan.delay)
                self._reset()
                return
            try:
                body = self._read_body()
            except _BadFraming as error:
                self._responded = True
                self.close_connection = True
                self._write(engine.failure(400, "bad_request", str(error)), close=True)
                return
            headers = {k.lower(): v for k, v in self.headers.items()}
            outcome = engine.execute(RawRequest(self.command, path, query, headers, body), plan)
            # Over a socket, the injected latency is the server's response time: it sleeps what
            # its own processing did not use, so a client sees `latency`, not latency plus the
            # simulator's Python (which Port's real servers would not add on top).
            remaining = plan.delay - (engine.state.now() - started)
            if remaining > 0:
                sleep(remaining)
            if outcome.fault == "reset_after":
                self._reset()
                return
            if outcome.fault == "stall":
                sleep(outcome.stall)
            self._responded = True
            if outcome.fault == "truncate":
                self.send_response(outcome.status)
                for name, value in outcome.headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(outcome.body)))
                self.end_headers()
                self.wfile.write(outcome.body[: len(outcome.body) // 2])
                self.wfile.flush()
                # A clean close (FIN) short of Content-Length: the client sees a short body.
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_WR)
                return
            self._write(outcome)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that hang up mid-response are expected here; stay quiet."""


@contextmanager
def serve(engine: Engine, *, host: str, port: int, sleep: Sleep) -> Iterator[str]:
    server = _Server((host, port), _handler(engine, sleep))
    bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
    display = f"[{bound_host}]" if ":" in bound_host else bound_host
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},
        name="port-simulator",
        daemon=True,
    )
    thread.start()
    try:
        yield f"http://{display}:{bound_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
