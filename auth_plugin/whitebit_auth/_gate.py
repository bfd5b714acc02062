"""The async client's gate: at most as many requests signed at once as the pool can send.

Not an ``asyncio.Semaphore``: that one binds to the event loop it first waits in, asks for
the running loop and scans its waiters on every pass, all of which a client that passes its
gate on every call pays for while the gate is nearly never full. This one touches no loop
unless it must wait, so one gate serves a client through any number of ``asyncio.run``.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio


class AsyncGate:
    """``size`` places; a caller that finds none waits for one, first come first served."""

    __slots__ = ("_free", "_waiters")

    def __init__(self, size: int) -> None:
        self._free = size
        self._waiters: deque[asyncio.Future[None]] = deque()

    def try_enter(self) -> bool:
        """Take a place if one is free and nobody waits before us (no waiting here)."""
        if self._free > 0 and not self._waiters:
            self._free -= 1
            return True
        return False

    async def enter(self, timeout: float | None) -> None:
        """Wait for a place, at most ``timeout`` seconds (None: as long as it takes).

        Raises ``TimeoutError`` when none came in time; the caller then holds no place.
        """
        if self.try_enter():
            return
        import asyncio  # here, not at the top: sync-only programs never import it

        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            if timeout is None:
                await waiter
            else:
                await asyncio.wait_for(waiter, timeout)
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self.leave()  # handed a place just as we gave up: pass it on
            elif waiter in self._waiters:
                self._waiters.remove(waiter)
            raise

    def leave(self) -> None:
        """Give the place back: to the first caller still waiting, else to the pool."""
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            # Not one that gave up (cancelled, timed out), nor one whose loop is gone.
            if not waiter.done() and not waiter.get_loop().is_closed():
                waiter.set_result(None)
                return
        self._free += 1
