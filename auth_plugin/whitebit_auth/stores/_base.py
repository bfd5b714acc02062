"""The store protocol: what every backend decides atomically."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, Protocol, runtime_checkable


class Window(NamedTuple):
    """One sliding window of a rate limit: at most ``limit`` starts in any ``span_ms``."""

    key: str  # e.g. "rate:<egress>:scope:/api/v4/main-account/" (the caller chooses)
    limit: int
    span_ms: int


@runtime_checkable
class Store(Protocol):
    """Keys are strings chosen by the caller (each use prefixes its own, e.g.
    ``webhook-nonce:<public key>``); each method is one atomic decision."""

    def advance(self, key: str, value: int) -> bool:
        """Record ``value`` if it is strictly greater than the last one recorded under ``key``
        (or none was): True if it was recorded, False if it was not greater."""
        ...

    def add(self, key: str, member: str) -> bool:
        """Add ``member`` to the set ``key``: True if it was not in it yet."""
        ...

    def get(self, key: str) -> str | None:
        """The value put under ``key``, or None."""
        ...

    def put(self, key: str, value: str) -> None:
        """Keep ``value`` under ``key``, replacing what was there."""
        ...

    def take(self, windows: Sequence[Window], now_ms: int) -> int:
        """Reserve one start in every window at once and return it (in ms, >= ``now_ms``).

        The start is the earliest that keeps each window within its limit and after every
        start already reserved in it (first come, first served): ``max(now_ms, last start,
        the limit-th last start + span_ms)`` over the windows. It is recorded in all of them
        in the same atomic decision, so a request never holds one window's place while it
        waits for another's."""
        ...

    def next_nonce(self, key: str, floor_ms: int | None) -> int:
        """Record and return ``max(floor_ms, last + 1)`` under ``key``: a nonce above every one
        handed out before. ``floor_ms`` None: the store's own clock in ms (Redis's ``TIME``
        for a Redis store, so machines whose clocks differ agree)."""
        ...
