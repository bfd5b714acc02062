"""A server on loopback that answers each request with the next scripted raw answer, byte for
byte (broken encodings, strange statuses …), and records what arrived."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def answer(
    status: int, body: bytes, headers: dict[str, str] | None = None, *, reason: str = "X"
) -> bytes:
    """One raw HTTP/1.1 answer; ``Content-Length`` is the body's unless headers give one."""
    head = {"Content-Type": "application/json", "Content-Length": str(len(body))}
    head.update(headers or {})
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in head.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class RawServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, answers: list[bytes]) -> None:
        self.answers = list(answers)
        self.requests: list[bytes] = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def next_answer(self, request: bytes) -> bytes:
        with self.lock:
            self.requests.append(request)
            return self.answers.pop(0) if self.answers else answer(500, b"{}")


class _Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(10)
        buffer = b""
        while True:
            while b"\r\n\r\n" not in buffer:
                chunk = sock.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            head, _, rest = buffer.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            while len(rest) < length:
                chunk = sock.recv(65536)
                if not chunk:
                    return
                rest += chunk
            assert isinstance(self.server, RawServer)
            sock.sendall(self.server.next_answer(head + b"\r\n\r\n" + rest[:length]))
            buffer = rest[length:]


@contextmanager
def raw_server(answers: list[bytes]) -> Iterator[RawServer]:
    server = RawServer(answers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
