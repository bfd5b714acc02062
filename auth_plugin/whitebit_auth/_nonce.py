"""Nonces: millisecond counters that never repeat, within a process or across processes.

WhiteBIT rejects a nonce it has seen. Without ``nonceWindow`` it also rejects one that is not
greater than the last; with it, one more than 5 s away from the server's clock. Wall-clock
milliseconds alone repeat under load and go backwards when the clock is stepped, so a counter
hands out ``max(now + offset, last + 1)``, where ``offset`` is the server's clock minus ours
(learnt from its answers when they differ by more than a second or two).

Handing a nonce out and waiting for it are separate: ``reserve`` answers at once with the nonce
and how long to wait before it may be sent (in window mode, a burst must not run more than
``max_lead_ms`` ahead of the clock). Threads sleep; async tasks await, never blocking the loop.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, Protocol, runtime_checkable


@runtime_checkable
class NonceSource(Protocol):
    """Anything that hands out the next nonce (an ``int``); replace it to coordinate processes."""

    def __call__(self) -> int: ...


class Reservation(NamedTuple):
    nonce: int
    wait_s: float  # how long to wait before sending it (0: at once)


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


# With nonceWindow the server accepts ±5 s; keep well inside it so that an imperfect estimate
# of the server's clock still leaves room.
WINDOW_MAX_LEAD_MS = 1_000


class _Counter:
    """The shared logic; subclasses keep ``last`` in memory or in a file."""

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
        self._offset_ms = 0
        self._lock = threading.Lock()

    # -- storage of the last nonce, under self._lock ---------------------------------------
    def _load(self) -> int:
        raise NotImplementedError

    def _store(self, last: int) -> None:
        raise NotImplementedError

    def _locked(self) -> _Transaction:
        return _Transaction(self)

    # -- the public behaviour ----------------------------------------------------------------
    def limit_lead(self, max_lead_ms: int) -> None:
        """Never run more than ``max_lead_ms`` ahead of the clock (the nonceWindow mode)."""
        with self._lock:
            if self._max_lead_ms is None or max_lead_ms < self._max_lead_ms:
                self._max_lead_ms = max_lead_ms

    @property
    def window_mode(self) -> bool:
        return self._max_lead_ms is not None

    @property
    def offset_ms(self) -> int:
        return self._offset_ms

    def follow_server_clock(self, offset_ms: int) -> None:
        """Hand out nonces on the server's clock: ``offset_ms`` = server time minus ours.

        Only in window mode, where nonces must be near the server's clock and need only be
        unique: there the counter may also step back to it (nonces refused as out of the window
        were never recorded by the server, so stepping back repeats none it accepted).
        """
        with self._locked() as tx:
            if not self.window_mode:
                return
            self._offset_ms = offset_ms
            tx.last = min(tx.last, self._clock() + offset_ms - 1)

    def reserve(self) -> Reservation:
        with self._locked() as tx:
            now = self._clock() + self._offset_ms
            nonce = max(now, tx.last + 1)
            tx.last = nonce
            lead = self._max_lead_ms
            wait_ms = nonce - now - lead if lead is not None else 0
            return Reservation(nonce, max(0, wait_ms) / 1000)

    def __call__(self) -> int:
        nonce, wait_s = self.reserve()
        if wait_s:
            self._sleep(wait_s)
        return nonce

    @property
    def last(self) -> int:
        with self._locked() as tx:
            return tx.last


class _Transaction:
    """``with``: the thread lock (and a subclass's file lock) held, ``last`` loaded and saved."""

    def __init__(self, counter: _Counter) -> None:
        self._counter = counter
        self.last = 0
        self._initial = 0

    def __enter__(self) -> _Transaction:
        self._counter._lock.acquire()
        try:
            self.last = self._initial = self._counter._load()
        except BaseException:
            self._counter._lock.release()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self.last != self._initial:
                self._counter._store(self.last)
        finally:
            self._counter._lock.release()


class MillisecondNonce(_Counter):
    """``max(now_ms + offset, last + 1)``, for the threads and tasks of one process."""

    def __init__(
        self,
        clock: Callable[[], int] = wall_clock_ms,
        *,
        max_lead_ms: int | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(clock, max_lead_ms=max_lead_ms, sleep=sleep)
        self._last = 0

    def _load(self) -> int:
        return self._last

    def _store(self, last: int) -> None:
        self._last = last

    def reserve(self) -> Reservation:
        # The same arithmetic as _Counter.reserve, under the lock alone: every request of
        # the process asks, and the transaction object of the file-backed counter is not
        # needed to keep a number in memory.
        with self._lock:
            now = self._clock() + self._offset_ms
            last = self._last + 1
            nonce = self._last = now if now > last else last
            lead = self._max_lead_ms
        if lead is None or nonce - now <= lead:
            return Reservation(nonce, 0.0)
        return Reservation(nonce, (nonce - now - lead) / 1000)

    def __repr__(self) -> str:
        return f"MillisecondNonce(last={self._last}, offset_ms={self._offset_ms})"


class FileNonce(_Counter):
    """A counter kept in a file and locked across processes: one key, several processes.

    Every process that uses the key on this machine passes the same ``path``; each nonce is
    handed out under an exclusive lock of the file (``fcntl.flock``; ``msvcrt.locking`` on
    Windows), so no two processes ever send the same one. Costs a few microseconds a nonce.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        clock: Callable[[], int] = wall_clock_ms,
        *,
        max_lead_ms: int | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(clock, max_lead_ms=max_lead_ms, sleep=sleep)
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        self._file_locked = False

    def _load(self) -> int:
        _lock_file(self._fd)
        self._file_locked = True
        try:
            os.lseek(self._fd, 0, os.SEEK_SET)
            text = os.read(self._fd, 64).strip()
        except BaseException:
            self._file_locked = False
            _unlock_file(self._fd)
            raise
        try:
            return int(text) if text else 0
        except ValueError:
            return 0  # an unreadable file starts over from the clock

    def _store(self, last: int) -> None:
        data = b"%020d\n" % last  # fixed width: a shorter number never leaves a stale tail
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, data)

    def _locked(self) -> _Transaction:
        return _FileTransaction(self)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __del__(self) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"FileNonce(path={str(self.path)!r})"


class _FileTransaction(_Transaction):
    def __exit__(self, *exc: object) -> None:
        counter = self._counter
        assert isinstance(counter, FileNonce)
        try:
            if self.last != self._initial:
                counter._store(self.last)
        finally:
            if counter._file_locked:
                counter._file_locked = False
                _unlock_file(counter._fd)
            counter._lock.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_file(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_LOCK, 64)

    def _unlock_file(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 64)

else:
    import fcntl

    def _lock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


_shared: dict[str, MillisecondNonce] = {}
_shared_lock = threading.Lock()


def shared_nonce_source(api_key: str, *, nonce_window: bool = False) -> MillisecondNonce:
    """The process-wide nonce source of one API key: every client built with it shares it.

    One counter per key whatever the mode, so a window-mode and a strict client on the same key
    never hand out the same nonce; once a window-mode client joins, the lead limit applies.
    """
    with _shared_lock:
        source = _shared.get(api_key)
        if source is None:
            source = _shared[api_key] = MillisecondNonce()
        if nonce_window:
            source.limit_lead(WINDOW_MAX_LEAD_MS)
        return source


class NonceReserver(Protocol):
    """What the request path asks of a nonce source."""

    def reserve(self) -> Reservation: ...

    @property
    def offset_ms(self) -> int: ...

    def follow_server_clock(self, offset_ms: int) -> None: ...


class _Plain:
    """A plain ``NonceSource`` (a callable) as a reserver: no wait, no clock to follow."""

    def __init__(self, source: NonceSource) -> None:
        self._source = source

    def reserve(self) -> Reservation:
        value = self._source()
        if type(value) is not int or value <= 0:
            from ._errors import ConfigurationError

            raise ConfigurationError(
                f"the nonce source returned {value!r} ({type(value).__name__}): "
                "a nonce must be a positive int (milliseconds since the epoch)"
            )
        return Reservation(value, 0.0)

    offset_ms = 0

    def follow_server_clock(self, offset_ms: int) -> None:
        pass


def reserver(source: NonceSource) -> NonceReserver:
    """Any nonce source as the request path uses it."""
    if isinstance(source, _Counter):
        return source
    return _Plain(source)
