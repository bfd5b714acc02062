"""A client-side limiter so that this process never trips WhiteBIT's 1000 requests / 10 s.

A sliding-window log: at most ``limit`` requests in any ``window_s``, so a burst may use the
whole budget at once; the next request waits until the oldest leaves the window. Slots are
reserved under a lock and waited for outside it, so threads and async tasks share one limiter.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from ._errors import ConfigurationError


@dataclass(frozen=True)
class RateLimit:
    """WhiteBIT's limit, and the slack this client keeps below it.

    Requests reach the server a little later than they leave here, and not in the same
    spacing (threads are descheduled between taking a slot and writing to the socket, other
    processes share the cores): the server's window can then see more of them at once than
    left here in any window. So the client plans ``headroom`` fewer requests per window than
    the limit, and spaces windows ``margin_s`` apart.
    """

    limit: int = 1000
    window_s: float = 10.0
    margin_s: float = 0.5
    headroom: float = 0.05
    path_prefix: str = "/api/v4/main-account/"

    def __post_init__(self) -> None:
        if self.limit < 1 or self.window_s <= 0 or self.margin_s < 0:
            raise ConfigurationError("rate limit needs limit >= 1, window_s > 0 and margin_s >= 0")
        if not 0 <= self.headroom < 1:
            raise ConfigurationError("rate limit headroom must be in [0, 1)")

    @property
    def planned(self) -> int:
        """How many requests the client lets go in one window."""
        return max(1, int(self.limit * (1 - self.headroom)))

    def applies_to(self, path: str) -> bool:
        return path.startswith(self.path_prefix)


class Slot:
    """One request's place in the window: when it was planned, then when it really went."""

    __slots__ = ("at",)

    def __init__(self, at: float) -> None:
        self.at = at


class RateLimiter:
    def __init__(self, rate: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self._clock = clock
        self._slots: deque[Slot] = deque()  # the last `limit` requests
        self._lock = threading.Lock()
        # Read on every request; a RateLimit never changes.
        self._planned = rate.planned
        self._span = rate.window_s + rate.margin_s

    def reserve(self, path: str | None = None) -> tuple[float, Slot | None]:
        """Take the next free slot for ``path``; return how long to wait before using it, and
        the slot (None: the path is not limited)."""
        if path is not None and not self.rate.applies_to(path):
            return 0.0, None
        slots = self._slots
        with self._lock:
            now = self._clock()
            start = now
            if len(slots) >= self._planned:
                start = max(now, slots.popleft().at + self._span)
            slot = Slot(start)
            slots.append(slot)
            return start - now, slot

    def mark_sent(self, slot: Slot | None) -> None:
        """Move the slot to now: a waiter that overslept must push the window on, not back."""
        if slot is None:
            return
        now = self._clock()
        if now > slot.at:
            slot.at = now


_shared: dict[tuple[str, RateLimit], RateLimiter] = {}
_shared_lock = threading.Lock()


def shared_rate_limiter(api_key: str, rate: RateLimit) -> RateLimiter:
    """One limiter per key and setting: every client built with the key shares it."""
    with _shared_lock:
        limiter = _shared.get((api_key, rate))
        if limiter is None:
            limiter = _shared[(api_key, rate)] = RateLimiter(rate)
        return limiter
