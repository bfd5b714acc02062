"""The one module that reaches into aiohttp's internals: its read timeout, one timer per
connection.

- ``install_lazy_read_timer`` (the connector's ``_factory``, ``ResponseHandler``'s timer
  methods): aiohttp has no public way to keep ``sock_read`` cheaper. Saves about a twentieth
  of an async call (``make bench``, its ``private`` row).

aiohttp's read timeout (``sock_read``), kept with one timer per connection, not two per call.

aiohttp enforces ``sock_read`` by cancelling its timer and arming a new one each time a
request starts waiting and each time bytes arrive: two timers per call on the event loop's
heap, about a twentieth of what a call costs with 64 in flight (``make bench``). This protocol
keeps the same rule (the connection fails once no byte has arrived for ``sock_read`` seconds)
with a timer that is moved lazily: progress only notes the time, and the timer, when it fires,
looks whether the deadline has really passed and otherwise sets itself for the new one.

It replaces aiohttp's protocol class through the connector's factory, both private to aiohttp:
``install_lazy_read_timer`` checks their shape first and leaves aiohttp's own protocol in
place (slower, just as correct) when the installed aiohttp is made otherwise.
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any

import aiohttp
from aiohttp.client_proto import ResponseHandler

from ._httpx_private import PUBLIC_ONLY

# What this class overrides or reads of aiohttp's; all must be there to replace it.
_OVERRIDDEN = ("_reschedule_timeout", "_drop_timeout", "_on_read_timeout", "start_timeout")


class LazyReadTimer(ResponseHandler):
    """aiohttp's response protocol with its read timer moved lazily (same deadlines).

    Its own attributes are prefixed ``_lazy``: aiohttp's protocol has names of its own.
    """

    _lazy_timer: asyncio.TimerHandle | None = None
    _lazy_at = 0.0  # when the timer fires
    _lazy_waiting = False  # a response is being read: the timeout applies
    _lazy_progress_at = 0.0  # when the last byte arrived (or the wait began)

    def _reschedule_timeout(self) -> None:
        # A request started waiting, or bytes arrived: the deadline moves on.
        timeout = self._read_timeout
        if not timeout:
            self._lazy_waiting = False
            return
        loop = self._loop
        now = loop.time()
        self._lazy_waiting = True
        self._lazy_progress_at = now
        deadline = now + timeout
        timer = self._lazy_timer
        if timer is not None:
            if self._lazy_at <= deadline:
                return  # it fires first and looks again then
            timer.cancel()  # a shorter timeout than the one it was set for
        self._lazy_at = deadline
        self._lazy_timer = loop.call_at(deadline, self._on_lazy_timer)

    def _drop_timeout(self) -> None:
        # Nothing is being read: the timer, if set, finds that when it fires.
        self._lazy_waiting = False

    def _on_lazy_timer(self) -> None:
        self._lazy_timer = None
        timeout = self._read_timeout
        if not self._lazy_waiting or not timeout:
            return
        deadline = self._lazy_progress_at + timeout
        if deadline > self._loop.time():  # bytes came meanwhile
            self._lazy_at = deadline
            self._lazy_timer = self._loop.call_at(deadline, self._on_lazy_timer)
            return
        self._lazy_waiting = False
        self._on_read_timeout()


def _fits() -> bool:
    return all(callable(getattr(ResponseHandler, name, None)) for name in _OVERRIDDEN)


def install_lazy_read_timer(connector: aiohttp.BaseConnector) -> bool:
    """Make ``connector`` build ``LazyReadTimer`` protocols; False where aiohttp's shape differs
    (its own protocol then stays)."""
    factory: Any = getattr(connector, "_factory", None)
    if PUBLIC_ONLY or not (
        _fits()
        and isinstance(factory, functools.partial)
        and factory.func is ResponseHandler
        and not factory.args
        and set(factory.keywords) == {"loop"}
    ):
        return False
    lazy: Any = functools.partial(LazyReadTimer, **factory.keywords)
    connector._factory = lazy
    return True
