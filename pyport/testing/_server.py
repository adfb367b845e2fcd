"""The simulator behind a real HTTP server on loopback, in a background thread."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pyport.testing._app import Engine, RawRequest

Sleep = Callable[[float], None]


def _handler(engine: Engine, sleep: Sleep) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Buffered: the status line, headers and body leave in one write, flushed by
        # handle_one_request() once the response is complete (as a real server sends them).
        # A body over the buffer goes out as a second write, which Nagle must not hold back.
        wbufsize = 64 * 1024
        disable_nagle_algorithm = True
        arrived = 0.0
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

        def _serve(self) -> None:
            started = self.arrived
            path, _, query = self.path.partition("?")
            plan = engine.plan(self.command, path)
            if plan.kind == "reset_before":
                if plan.delay:
                    sleep(plan.delay)
                self._reset()
                return
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
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
            self.send_response(outcome.status)
            for name, value in outcome.headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(outcome.body)))
            self.end_headers()
            if outcome.fault == "truncate":
                self.wfile.write(outcome.body[: len(outcome.body) // 2])
                self.wfile.flush()
                # A clean close (FIN) short of Content-Length: the client sees a short body.
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_WR)
                return
            self.wfile.write(outcome.body)

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
