"""The store protocol: what every backend decides atomically."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


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
