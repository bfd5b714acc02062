"""The store of one process: dictionaries under a lock."""

from __future__ import annotations

import os
import threading
import time
import weakref
from collections import deque
from collections.abc import Sequence

from ._base import Window


class MemoryStore:
    """Everything in this process's memory. A child made by ``os.fork()`` starts empty: a
    copy of the parent's facts would let both act on them (use ``FileStore`` to share them)."""

    def __init__(self) -> None:
        self._reset()
        # Weakly: the registry lives as long as the interpreter, a store need not.
        reset = weakref.WeakMethod(self._reset)
        os.register_at_fork(after_in_child=lambda: (method := reset()) and method())

    def _reset(self) -> None:
        self._lock = threading.Lock()
        self._last: dict[str, int] = {}
        self._sets: dict[str, set[str]] = {}
        self._values: dict[str, str] = {}
        self._starts: dict[str, deque[int]] = {}  # each window's last `limit` starts, in order

    def advance(self, key: str, value: int) -> bool:
        with self._lock:
            last = self._last.get(key)
            if last is not None and value <= last:
                return False
            self._last[key] = value
            return True

    def add(self, key: str, member: str) -> bool:
        with self._lock:
            members = self._sets.setdefault(key, set())
            if member in members:
                return False
            members.add(member)
            return True

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._values.get(key)

    def put(self, key: str, value: str) -> None:
        with self._lock:
            self._values[key] = value

    def take(self, windows: Sequence[Window], now_ms: int) -> int:
        with self._lock:
            start = now_ms
            logs = []
            for window in windows:
                log = self._starts.get(window.key)
                if log is None:
                    log = self._starts[window.key] = deque()
                if log:
                    start = max(start, log[-1])
                if len(log) >= window.limit:
                    start = max(start, log[-window.limit] + window.span_ms)
                logs.append((log, window.limit))
            for log, limit in logs:
                log.append(start)
                while len(log) > limit:
                    log.popleft()
            return start

    def next_nonce(self, key: str, floor_ms: int | None) -> int:
        floor = time.time_ns() // 1_000_000 if floor_ms is None else floor_ms
        with self._lock:
            last = self._last.get(key)
            value = floor if last is None else max(floor, last + 1)
            self._last[key] = value
            return value

    def __repr__(self) -> str:
        return "MemoryStore()"
