"""One key's nonces kept in a store: one key used from several processes or machines.

``StoreNonce(RedisStore(url), api_key)`` hands out ``max(floor, last + 1)`` from the store
in one atomic decision, so no two machines ever send the same nonce. The floor is the store's
own clock (Redis's ``TIME``: machines whose clocks differ agree) until WhiteBIT's answers show
its clock differs from ours; then ours plus that offset, as every machine learns it.

In nonceWindow mode a nonce must stay within 5 s of WhiteBIT's clock: as the process-local
counters do, a burst is held to ``WINDOW_MAX_LEAD_MS`` ahead of the clock (each reservation
says how long to wait). The store's clock is compared with ours once a minute for that.

The store is keyed by a hash of the API key, never by the key itself.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable

from ._nonce import WINDOW_MAX_LEAD_MS, Reservation, _Counter, wall_clock_ms
from .stores._base import Store

# How often the store's clock is compared with ours (one extra round trip each time).
SKEW_REFRESH_MS = 60_000


def nonce_key(api_key: str) -> str:
    """The store key of an API key's nonce: a hash, so the store never holds the key."""
    digest = hashlib.sha256(b"whitebit-auth nonce\0" + api_key.encode()).hexdigest()
    return f"nonce:{digest[:32]}"


class StoreNonce(_Counter):
    """The nonce of ``api_key``, shared through ``store`` by every process that uses the key.

    Give it to ``create_client(nonce_source=...)`` in every process and on every machine that
    uses the key, all with the same store (a ``FileStore`` on one machine, a ``RedisStore``
    across machines). When the store cannot be reached, ``reserve`` raises what the store
    raises (``RedisStore``: ``TransportError`` with ``sent=False``): the request is not sent.
    """

    def __init__(
        self,
        store: Store,
        api_key: str,
        *,
        nonce_window: bool = True,
        clock: Callable[[], int] = wall_clock_ms,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(
            clock, max_lead_ms=WINDOW_MAX_LEAD_MS if nonce_window else None, sleep=sleep
        )
        self.store = store
        self.key = nonce_key(api_key)
        self._handed_out = 0
        self._skew_ms = 0  # the store's clock minus ours
        self._skew_checked_at: int | None = None
        self._skew_lock = threading.Lock()

    def _load(self) -> int:  # the store keeps it; _Counter's transaction is not used
        return self._handed_out

    def _store(self, last: int) -> None:
        self._handed_out = last

    def _store_skew(self, local_ms: int) -> int:
        """The store's clock minus ours (0 for a store without a clock of its own)."""
        checked = self._skew_checked_at
        if checked is not None and local_ms - checked < SKEW_REFRESH_MS:
            return self._skew_ms
        read = getattr(self.store, "now_ms", None)
        if read is None:
            self._skew_checked_at = local_ms
            return 0
        with self._skew_lock:
            before = self._clock()
            theirs = int(read())
            after = self._clock()
            self._skew_ms = theirs - (before + after) // 2
            self._skew_checked_at = after
            return self._skew_ms

    def reserve(self) -> Reservation:
        local = self._clock()
        offset = self._offset_ms
        if offset:
            now = local + offset  # WhiteBIT's clock, as its answers showed it
            nonce = self.store.next_nonce(self.key, now)
        else:
            lead_matters = self._max_lead_ms is not None
            now = local + (self._store_skew(local) if lead_matters else 0)
            nonce = self.store.next_nonce(self.key, None)
        self._handed_out = max(self._handed_out, nonce)
        lead = self._max_lead_ms
        if lead is None or nonce - now <= lead:
            return Reservation(nonce, 0.0)
        return Reservation(nonce, (nonce - now - lead) / 1000)

    def follow_server_clock(self, offset_ms: int) -> None:
        """From now on the floor is our clock plus ``offset_ms`` (WhiteBIT's minus ours); only
        in nonceWindow mode. The store's ``last`` never steps back: other machines rely on it."""
        if self.window_mode:
            self._offset_ms = offset_ms

    @property
    def last(self) -> int:
        """The last nonce this process was handed (other processes' may be later)."""
        return self._handed_out

    def __repr__(self) -> str:
        return f"StoreNonce({self.store!r}, key={self.key!r})"
