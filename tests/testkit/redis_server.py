"""A throwaway ``redis-server`` on a loopback port, for the tests and the fleet bench.

Debian's ``redis-server`` (``apt-get install redis-server``); ``WHITEBIT_TEST_REDIS_SERVER``
names another binary. Nothing is saved (``--save ''``, no AOF), its folder is temporary, and it
is stopped at the end. No server installed: ``find_redis_server()`` is None, and the tests that
need one are skipped saying so.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NOT_FOUND = (
    "redis-server not found (install Debian's redis-server, or set WHITEBIT_TEST_REDIS_SERVER)"
)


def find_redis_server() -> str | None:
    named = os.environ.get("WHITEBIT_TEST_REDIS_SERVER")
    if named:
        return named if Path(named).is_file() else None
    return shutil.which("redis-server")


def free_port() -> int:
    """A loopback port nothing listens on at this moment."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(64).startswith(b"+PONG")
    except OSError:
        return False


@contextmanager
def redis_server(binary: str) -> Iterator[str]:
    """Start ``binary`` on a free loopback port; yield its URL (``redis://127.0.0.1:PORT/0``)."""
    with tempfile.TemporaryDirectory(prefix="whitebit-redis-") as folder:
        for _ in range(5):  # a port taken between the probe and the start: try another
            port = free_port()
            proc = subprocess.Popen(
                [
                    binary,
                    "--port", str(port),
                    "--bind", "127.0.0.1",
                    "--save", "",
                    "--appendonly", "no",
                    "--dir", folder,
                    "--logfile", str(Path(folder) / "redis.log"),
                ],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )  # fmt: skip
            deadline = time.monotonic() + 20
            while proc.poll() is None and time.monotonic() < deadline:
                if _answers_ping(port):
                    break
                time.sleep(0.02)
            if proc.poll() is None and _answers_ping(port):
                break
            proc.kill()
            proc.wait()
        else:
            log = Path(folder) / "redis.log"
            raise RuntimeError(
                "redis-server did not start: " + (log.read_text()[-500:] if log.exists() else "")
            )
        try:
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
