"""make bench, "fleet" section (issue 24), PARTIAL: the store's cost per limiter decision.

``redis_us_per_call``: ``RedisStore.take`` (one Lua round trip to a throwaway redis-server on
loopback) minus ``MemoryStore.take``, per call. The 4 processes x 3 keys run against the
sandbox (``too_many_requests``, ``admitted_share``, ``control_too_many_requests``) is not
written yet.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from typing import Any


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def bench_fleet(calls: int) -> dict[str, Any] | None:
    binary = shutil.which("redis-server")
    if binary is None:
        return None
    from whitebit_auth.stores import MemoryStore, RedisStore, Window

    windows = [Window("scope", 1000, 10_000), Window("endpoint", 200, 10_000)]
    with tempfile.TemporaryDirectory() as folder:
        port = _port()
        proc = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", folder],
            stdout=subprocess.DEVNULL,
        )
        try:
            store = RedisStore(f"redis://127.0.0.1:{port}/0")
            for _ in range(200):  # until it answers
                try:
                    store.now_ms()
                    break
                except Exception:
                    time.sleep(0.05)
            memory = MemoryStore()

            def per_call(take: Any) -> float:
                started = time.perf_counter()
                for i in range(calls):
                    take(windows, i)
                return (time.perf_counter() - started) / calls * 1e6

            redis_us, memory_us = per_call(store.take), per_call(memory.take)
            store.close()
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return {"redis_us_per_call": redis_us - memory_us, "memory_take_us": memory_us, "partial": True}
