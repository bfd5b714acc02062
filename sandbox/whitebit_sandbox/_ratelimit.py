"""A sliding-window request counter per key, as WhiteBIT's 1000 requests / 10 s."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable


class SlidingWindow:
    def __init__(self, limit: int, window_s: float, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}

    def admit(self, key: str) -> float | None:
        """Count a request; None if admitted, else seconds until one would be."""
        now = self._clock()
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window_s:
            hits.popleft()
        if len(hits) >= self.limit:
            return hits[0] + self.window_s - now
        hits.append(now)
        return None


def retry_after_header(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
