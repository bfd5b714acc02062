"""A minimal, fast HTTP/1.1 server on loopback for benchmarks: the client, not it, is measured.

    python scripts/bench_server.py [--limit N --window S]

Prints ``PORT <n>`` once listening. Every POST gets the same small JSON answer. With --limit,
requests are counted per X-TXC-APIKEY in a sliding window and answered 429 beyond it;
``GET /stats`` returns {"admitted": n, "rejected": n}.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import email.utils
import json
import time
from collections import deque

BODY = b'{"data":[],"limit":100,"offset":0}'
OK_HEAD = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
    + str(len(BODY)).encode()
)
_dated: tuple[int, bytes] = (0, b"")


def ok() -> bytes:
    """The answer, with the Date header every origin server sends (made once a second)."""
    global _dated
    now = int(time.time())
    if _dated[0] != now:
        date = email.utils.formatdate(now, usegmt=True).encode()
        _dated = (now, OK_HEAD + b"\r\nDate: " + date + b"\r\n\r\n" + BODY)
    return _dated[1]


LIMITED_BODY = b'{"code":0,"message":"Too many requests."}'
LIMITED = (
    b"HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
    b"Content-Length: " + str(len(LIMITED_BODY)).encode() + b"\r\n\r\n" + LIMITED_BODY
)


class Counter:
    def __init__(self, limit: int | None, window: float) -> None:
        self.limit = limit
        self.window = window
        self.hits: dict[bytes, deque[float]] = {}
        self.admitted = 0
        self.rejected = 0

    def admit(self, key: bytes) -> bool:
        if self.limit is None:
            self.admitted += 1
            return True
        now = time.monotonic()
        hits = self.hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            self.rejected += 1
            return False
        hits.append(now)
        self.admitted += 1
        return True


class Http(asyncio.Protocol):
    def __init__(self, counter: Counter) -> None:
        self.counter = counter
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            key = b""
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                lname = name.strip().lower()
                if lname == b"content-length":
                    length = int(value)
                elif lname == b"x-txc-apikey":
                    key = value.strip()
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            assert self.transport is not None
            if head.startswith(b"GET /stats"):
                stats = json.dumps(
                    {"admitted": self.counter.admitted, "rejected": self.counter.rejected}
                ).encode()
                self.transport.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + str(len(stats)).encode() + b"\r\n\r\n" + stats
                )  # fmt: skip
            elif head.startswith(b"POST /reset"):
                self.counter.admitted = self.counter.rejected = 0
                self.counter.hits.clear()
                self.transport.write(ok())
            else:
                self.transport.write(ok() if self.counter.admit(key) else LIMITED)


async def serve(limit: int | None, window: float) -> None:
    counter = Counter(limit, window)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Http(counter), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--window", type=float, default=10.0)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.limit, args.window))


if __name__ == "__main__":
    main()
