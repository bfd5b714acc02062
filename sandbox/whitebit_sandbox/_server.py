"""On loopback: a real HTTP server around a Sandbox, for demos, tests and other languages' CI.

Sturdy enough to leave running: every socket has a timeout, the number of connections served
at once is bounded, and a request it cannot parse gets a 400 in WhiteBIT's error shape instead
of a traceback and a dropped connection.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import socket
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

from whitebit_auth.spec import is_loopback

from ._app import Sandbox
from ._control import answer
from ._wire import Reply

MAX_BODY = 1 << 20
MAX_CONNECTIONS = 256  # served at once; beyond that a connection gets 503 and is closed
IDLE_TIMEOUT_S = 10.0  # an idle keep-alive connection, or a sender that stalls, is dropped


def _error_bytes(status: int, message: str, code: int = 0) -> bytes:
    body = json.dumps({"code": code, "message": message}, separators=(",", ":")).encode()
    reason = http.HTTPStatus(status).phrase
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class _Handler(http.server.BaseHTTPRequestHandler):
    server: SandboxHTTPServer
    protocol_version = "HTTP/1.1"
    timeout = IDLE_TIMEOUT_S  # socketserver applies it to the connection's socket

    def setup(self) -> None:
        # Headers and body go out in one write below; without NODELAY a second small write
        # would still wait for the client's delayed ACK (~40 ms a request on loopback).
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().setup()

    def _refuse(self, status: int, message: str) -> None:
        self.close_connection = True
        self.wfile.write(_error_bytes(status, message))

    def _body(self) -> bytes | None:
        raw = self.headers.get("Content-Length") or "0"
        if not raw.strip().isdigit():
            self._refuse(400, "Invalid Content-Length.")
            return None
        length = int(raw)
        if length > MAX_BODY:
            self._refuse(413, "Payload too large.")
            return None
        body = self.rfile.read(length)
        if len(body) < length:  # the client went away mid-body
            self.close_connection = True
            return None
        return body

    def _serve(self) -> None:
        body = self._body()
        if body is None:
            return
        path = self.path.split("?", 1)[0]
        try:
            client = str(self.client_address[0])
            reply = answer(
                self.server.sandbox, self.command, path, self.headers, body,
                local=is_loopback(client), client=client,
            )  # fmt: skip
        except Exception:  # a sandbox bug must not cost the client its answer
            self._refuse(500, "Internal sandbox error.")
            raise
        self._answer(reply)

    def _answer(self, reply: Reply) -> None:
        if reply.delay_s:
            time.sleep(reply.delay_s)
        if reply.hang_up:
            self.close_connection = True
            return
        headers = {"Date": self.date_time_string(), **reply.headers}
        headers["Content-Length"] = str(len(reply.body))
        reason = self.responses.get(reply.status, ("",))[0]
        lines = [f"HTTP/1.1 {reply.status} {reason}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head + reply.body)

    do_POST = do_GET = do_PUT = do_DELETE = do_PATCH = _serve

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the demo prints its own story


class SandboxHTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 drops connections when a client opens many at once;
    # the retried SYNs then deliver requests seconds after they were signed.
    request_queue_size = 128

    def __init__(
        self,
        sandbox: Sandbox,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        self.sandbox = sandbox
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__((host, port), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            with contextlib.suppress(OSError):
                request.sendall(_error_bytes(503, "Too many connections."))
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up or stalls is not worth a traceback on stderr; a bug is.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        return f"http://[{name}]:{port}" if ":" in name else f"http://{name}:{port}"


@contextlib.contextmanager
def serve(
    sandbox: Sandbox | None = None, *, host: str = "127.0.0.1", port: int = 0
) -> Iterator[SandboxHTTPServer]:
    """Run a sandbox server in a background thread for the ``with`` block."""
    server = SandboxHTTPServer(sandbox or Sandbox(), host, port)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
