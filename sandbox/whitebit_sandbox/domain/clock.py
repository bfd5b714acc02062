"""The sandbox clock, and what happens when it passes a given time.

Time moves with the real clock, and jumps forward when a test or the demo advances it. Due
events run in time order whenever the sandbox is asked something, as if they had run on time:
daily Flex interest, Fixed maturities, withdrawals and deposits moving through their statuses.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

DAY_S = 86_400


@dataclass
class Clock:
    real: Callable[[], float]
    offset_s: float = 0.0
    pinned: int | None = None  # while an event runs: its own time, not the present

    def now(self) -> float:
        return float(self.pinned) if self.pinned is not None else self.real() + self.offset_s

    def seconds(self) -> int:
        return int(self.now())


@dataclass(order=True)
class _Event:
    at: int
    order: int
    action: Callable[[int], None] = field(compare=False)


class Scheduler:
    """Events by time; ``run_due(now)`` runs each one whose time has come, oldest first."""

    def __init__(self) -> None:
        self._events: list[_Event] = []
        self._order = itertools.count()

    def at(self, when: int, action: Callable[[int], None]) -> None:
        """Run ``action(when)`` once the clock reaches ``when``."""
        heapq.heappush(self._events, _Event(when, next(self._order), action))

    def daily(self, first: int, action: Callable[[int], None]) -> None:
        """Run ``action(t)`` at ``first`` and every 24 h after it."""

        def again(when: int) -> None:
            action(when)
            self.at(when + DAY_S, again)

        self.at(first, again)

    def run_due(self, clock: Clock) -> None:
        """Run every event whose time has come, each seeing the clock at its own time."""
        now = clock.seconds()
        while self._events and self._events[0].at <= now:
            event = heapq.heappop(self._events)
            clock.pinned = event.at
            try:
                event.action(event.at)
            finally:
                clock.pinned = None


def next_midnight(moment: float) -> int:
    return (int(moment) // DAY_S + 1) * DAY_S
