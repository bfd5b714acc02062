"""The store of one machine: an SQLite database file in WAL mode, one transaction a decision.

Why SQLite rather than a locked file of our own: the facts kept here are of four shapes (the last
value of a counter, sets that grow, values, the last ``limit`` starts of each rate-limit window,
a thousand of them for WhiteBIT's main-account budget) and each decision reads and writes a few
of them together. A file under ``flock`` would have to be read and rewritten whole on every
decision, in a format of our own, and a process killed half way through writing it would leave
it torn. SQLite (the standard library's ``sqlite3``) gives indexed tables, a transaction whose
effects land whole or not at all, and locking between processes that works alike for processes
forked from one another and for processes started separately. ``BEGIN IMMEDIATE`` takes the
write lock before reading, so each decision reads what the one before it wrote; WAL mode lets
readers go on meanwhile.

A connection is opened lazily in each process (the first call after a ``fork()`` opens its
own: SQLite forbids carrying a connection across ``fork``). Within a process, threads share it
under a lock. ``synchronous=NORMAL``: a process that dies loses nothing it decided; a power cut
may forget the last decisions (the database stays whole).

The file must be on a local disk: SQLite's locks are unreliable on network file systems (NFS,
SMB); use ``RedisStore`` to share between machines.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Sequence
from pathlib import Path

from ._base import Window

_SCHEMA = """
CREATE TABLE IF NOT EXISTS last (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS members (key TEXT, member TEXT, PRIMARY KEY (key, member))
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS vals (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS windows (key TEXT PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS starts (
    key TEXT, seq INTEGER, start INTEGER NOT NULL, PRIMARY KEY (key, seq)
) WITHOUT ROWID;
"""

# Connections a forked child inherited: never closed there (closing one could checkpoint or
# unlink files the parent still uses), only kept from being collected.
_inherited: list[sqlite3.Connection] = []

# How long one decision waits for another process's transaction before failing (a transaction
# here lasts microseconds; only a stopped process holding the lock makes this run out).
BUSY_TIMEOUT_S = 30.0


class FileStore:
    """Every process of one machine that opens the same ``path`` shares the same facts.

    ``FileStore("/var/lib/myapp/whitebit.sqlite3")``: the folder is created if need be; the
    file is readable by its owner only.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        reset = weakref.WeakMethod(self._after_fork)
        os.register_at_fork(after_in_child=lambda: (method := reset()) and method())

    def _after_fork(self) -> None:
        # Another thread may have held the lock at the fork: the child's copy would stay held.
        self._lock = threading.Lock()
        if self._conn is not None:
            _inherited.append(self._conn)
            self._conn = None

    def _connection(self) -> sqlite3.Connection:
        conn = self._conn
        if conn is not None and self._pid == os.getpid():
            return conn
        if conn is not None:  # forked without the hook (e.g. os.fork from C): never reuse it
            _inherited.append(conn)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        # Switching to WAL does not wait on SQLite's busy handler when several processes open
        # the file at once: wait here instead.
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError:
                if time.monotonic() > deadline:
                    conn.close()
                    raise
                time.sleep(0.005)
        conn.execute("PRAGMA synchronous=NORMAL")
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{_SCHEMA}COMMIT;")
        except BaseException:
            conn.close()
            raise
        self._conn, self._pid = conn, os.getpid()
        return conn

    def _decide(self) -> _Decision:
        return _Decision(self)

    # -- the protocol --------------------------------------------------------------------------
    def advance(self, key: str, value: int) -> bool:
        with self._decide() as db:
            row = db.execute("SELECT value FROM last WHERE key = ?", (key,)).fetchone()
            if row is not None and value <= int(row[0]):
                return False
            db.execute("REPLACE INTO last (key, value) VALUES (?, ?)", (key, str(value)))
            return True

    def add(self, key: str, member: str) -> bool:
        with self._decide() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO members (key, member) VALUES (?, ?)", (key, member)
            )
            return cursor.rowcount == 1

    def get(self, key: str) -> str | None:
        with self._decide() as db:
            row = db.execute("SELECT value FROM vals WHERE key = ?", (key,)).fetchone()
            return None if row is None else str(row[0])

    def put(self, key: str, value: str) -> None:
        with self._decide() as db:
            db.execute("REPLACE INTO vals (key, value) VALUES (?, ?)", (key, value))

    def take(self, windows: Sequence[Window], now_ms: int) -> int:
        with self._decide() as db:
            start = now_ms
            seqs: list[int] = []
            for window in windows:
                row = db.execute("SELECT seq FROM windows WHERE key = ?", (window.key,)).fetchone()
                seq = 0 if row is None else int(row[0])
                seqs.append(seq)
                if seq == 0:
                    continue
                last = _start_at(db, window.key, seq)
                if last is not None:
                    start = max(start, last)
                oldest = _start_at(db, window.key, seq - window.limit + 1)
                if oldest is not None and seq >= window.limit:
                    start = max(start, oldest + window.span_ms)
            for window, seq in zip(windows, seqs, strict=True):
                db.execute(
                    "INSERT INTO starts (key, seq, start) VALUES (?, ?, ?)",
                    (window.key, seq + 1, start),
                )
                db.execute(
                    "DELETE FROM starts WHERE key = ? AND seq <= ?",
                    (window.key, seq + 1 - window.limit),
                )
                db.execute("REPLACE INTO windows (key, seq) VALUES (?, ?)", (window.key, seq + 1))
            return start

    def next_nonce(self, key: str, floor_ms: int | None) -> int:
        with self._decide() as db:
            floor = self.now_ms() if floor_ms is None else floor_ms
            row = db.execute("SELECT value FROM last WHERE key = ?", (key,)).fetchone()
            value = floor if row is None else max(floor, int(row[0]) + 1)
            db.execute("REPLACE INTO last (key, value) VALUES (?, ?)", (key, str(value)))
            return value

    def now_ms(self) -> int:
        """The store's clock: this machine's, in ms since the epoch."""
        return time.time_ns() // 1_000_000

    def close(self) -> None:
        """Close this process's connection (the next call opens another)."""
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None

    def __repr__(self) -> str:
        return f"FileStore({str(self.path)!r})"


def _start_at(db: sqlite3.Connection, key: str, seq: int) -> int | None:
    row = db.execute("SELECT start FROM starts WHERE key = ? AND seq = ?", (key, seq)).fetchone()
    return None if row is None else int(row[0])


class _Decision:
    """``with``: the thread lock, then ``BEGIN IMMEDIATE`` (the file's write lock); COMMIT on
    the way out, ROLLBACK if the body raised."""

    def __init__(self, store: FileStore) -> None:
        self._store = store

    def __enter__(self) -> sqlite3.Connection:
        store = self._store
        store._lock.acquire()
        try:
            conn = store._connection()
            conn.execute("BEGIN IMMEDIATE")
        except BaseException:
            store._lock.release()
            raise
        self._conn = conn
        return conn

    def __exit__(self, kind: object, *exc: object) -> None:
        try:
            if kind is None:
                self._conn.execute("COMMIT")
            else:
                self._conn.execute("ROLLBACK")
        finally:
            self._store._lock.release()
