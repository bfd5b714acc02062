"""On loopback: a real HTTP server around a Sandbox, for demos and tests over the network."""

from __future__ import annotations

import contextlib
import http.server
import threading
import time
from collections.abc import Iterator

import httpx

from ._app import Sandbox
from ._faults import FaultKind
from ._transport import MALFORMED_BODY

MAX_BODY = 1 << 20


class _Handler(http.server.BaseHTTPRequestHandler):
    server: SandboxHTTPServer
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.send_error(413)
            return
        body = self.rfile.read(length)
        path = self.path.split("?", 1)[0]
        headers = httpx.Headers(list(self.headers.items()))
        reply = self.server.sandbox.handle(self.command, path, headers, body)
        fault = reply.fault
        if fault is not None:
            if fault.kind in (FaultKind.DROP, FaultKind.FAIL_AFTER_PROCESSING):
                self.close_connection = True
                return
            if fault.kind is FaultKind.DELAY:
                time.sleep(fault.delay_s)
            if fault.kind is FaultKind.MALFORMED:
                reply.status, reply.body = 200, MALFORMED_BODY
        self.send_response_only(reply.status)  # the sandbox sets its own Date header
        reply.headers.setdefault("Date", self.date_time_string())
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    do_POST = do_GET = do_PUT = do_DELETE = do_PATCH = _serve

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the demo prints its own story


class SandboxHTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 drops connections when a client opens many at once;
    # the retried SYNs then deliver requests seconds after they were signed.
    request_queue_size = 128

    def __init__(self, sandbox: Sandbox, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sandbox = sandbox
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


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
