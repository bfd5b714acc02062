"""Nonces: strictly increasing millisecond counters, one per API key, safe across threads.

WhiteBIT rejects a nonce that is not greater than the last one it saw for the key. Wall-clock
milliseconds alone repeat under load and go backwards when the clock is stepped, so the counter
is bumped to ``last + 1`` whenever the clock has not moved past it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol, runtime_checkable


@runtime_checkable
class NonceSource(Protocol):
    """Anything that hands out the next nonce; replace it to coordinate several processes."""

    def __call__(self) -> int: ...


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class MillisecondNonce:
    """``max(now_ms, last + 1)`` under a lock.

    With ``max_lead_ms`` set (the nonceWindow case, where the server only accepts nonces within
    5 s of its clock) a burst that would run the counter further ahead of the clock than that
    waits for the clock instead.
    """

    def __init__(
        self,
        clock: Callable[[], int] = wall_clock_ms,
        *,
        max_lead_ms: int | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._max_lead_ms = max_lead_ms
        self._last = 0
        self._lock = threading.Lock()

    def limit_lead(self, max_lead_ms: int) -> None:
        with self._lock:
            if self._max_lead_ms is None or max_lead_ms < self._max_lead_ms:
                self._max_lead_ms = max_lead_ms

    @property
    def last(self) -> int:
        return self._last

    def __call__(self) -> int:
        with self._lock:
            candidate = self._last + 1
            now = self._clock()
            if self._max_lead_ms is not None:
                while candidate - now > self._max_lead_ms:
                    self._sleep((candidate - now - self._max_lead_ms) / 1000)
                    now = self._clock()
            self._last = max(now, candidate)
            return self._last

    def __repr__(self) -> str:
        return f"MillisecondNonce(last={self._last})"


# With nonceWindow the server accepts ±5 s; keep well inside it so that clock skew between
# this host and the server still leaves room.
WINDOW_MAX_LEAD_MS = 1_000

_shared: dict[str, MillisecondNonce] = {}
_shared_lock = threading.Lock()


def shared_nonce_source(api_key: str, *, nonce_window: bool = False) -> MillisecondNonce:
    """The process-wide nonce source of one API key: every client built with it shares it.

    One counter per key whatever the mode, so a window-mode and a plain client on the same key
    never hand out the same nonce; once a window-mode client joins, the lead limit applies.
    """
    with _shared_lock:
        source = _shared.get(api_key)
        if source is None:
            source = _shared[api_key] = MillisecondNonce()
        if nonce_window:
            source.limit_lead(WINDOW_MAX_LEAD_MS)
        return source
