"""Fault injection: make the next N requests to a path misbehave, for resilience tests.

Besides the transport's faults (5xx, 429, delays, dropped connections, broken bodies),
``documented`` makes a path answer any error status its operation documents, with the
spec's own body for it: every error a caller must handle can be had on demand.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from ._deliveries import DeliveryFaults


class FaultKind(Enum):
    STATUS = "status"  # answer `status` (5xx) without processing
    RATE_LIMIT = "rate_limit"  # answer 429 with Retry-After, without processing
    DELAY = "delay"  # wait `delay_s`, then process normally
    DROP = "drop"  # close the connection without processing or answering
    MALFORMED = "malformed"  # process, then answer its success status with a broken body
    FAIL_AFTER_PROCESSING = "fail_after_processing"  # process, then drop the connection
    DOCUMENTED = "documented"  # answer a documented error status and body, without processing


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    status: int = 503
    retry_after_s: int = 1
    delay_s: float = 0.0
    body: Any = None  # DOCUMENTED: the answer's JSON (None: the status has no body)

    @property
    def processes(self) -> bool:
        """Whether the request is executed despite the fault."""
        return self.kind in (FaultKind.DELAY, FaultKind.MALFORMED, FaultKind.FAIL_AFTER_PROCESSING)


class FaultPlan:
    """Per path, a queue of faults consumed one per request."""

    def __init__(self, documented: Callable[[str, int, str | None], Any] | None = None) -> None:
        self._queues: dict[str, deque[Fault]] = {}
        self._lock = threading.Lock()
        # (path, status, example name) -> the documented body: the spec knows them all.
        self._documented = documented
        self.deliveries = DeliveryFaults()  # webhook deliveries (whitebit_sandbox._deliveries)

    def add(self, path: str, fault: Fault, count: int = 1) -> None:
        with self._lock:
            self._queues.setdefault(path, deque()).extend([fault] * count)

    def status(self, path: str, status: int = 503, count: int = 1) -> None:
        self.add(path, Fault(FaultKind.STATUS, status=status), count)

    def rate_limit(self, path: str, retry_after_s: int = 1, count: int = 1) -> None:
        self.add(path, Fault(FaultKind.RATE_LIMIT, status=429, retry_after_s=retry_after_s), count)

    def delay(self, path: str, seconds: float, count: int = 1) -> None:
        self.add(path, Fault(FaultKind.DELAY, delay_s=seconds), count)

    def drop(self, path: str, count: int = 1) -> None:
        self.add(path, Fault(FaultKind.DROP), count)

    def malformed(self, path: str, count: int = 1) -> None:
        self.add(path, Fault(FaultKind.MALFORMED), count)

    def fail_after_processing(self, path: str, count: int = 1) -> None:
        self.add(path, Fault(FaultKind.FAIL_AFTER_PROCESSING), count)

    def documented(
        self, path: str, status: int, example: str | None = None, count: int = 1
    ) -> None:
        """Answer ``status`` as the spec documents it for ``path`` (its named example, else
        its first, else a body built from its schema); ValueError if it is not documented."""
        if self._documented is None:
            raise ValueError("this fault plan has no spec to take documented answers from")
        body = self._documented(path, status, example)
        self.add(path, Fault(FaultKind.DOCUMENTED, status=status, body=body), count)

    def take(self, path: str) -> Fault | None:
        with self._lock:
            queue = self._queues.get(path)
            return queue.popleft() if queue else None

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()
        self.deliveries.clear()
