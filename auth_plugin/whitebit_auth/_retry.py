"""When to try again, and how long to wait: pure decisions, no I/O.

Reads are retried on 429, 5xx, connection failures and timeouts. A request that moves money is
retried only when it certainly did not reach the server: a connection never established, or a
429 (refused before execution). Everything else about it is "outcome unknown".
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import httpx

# Raised before a single byte of the request left this machine.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


@dataclass(frozen=True)
class RetryPolicy:
    """WhiteBIT's advice: exponential backoff from 1 s, doubling, capped at 30 s, with jitter."""

    max_attempts: int = 5
    base_delay_s: float = 1.0
    max_delay_s: float = 30.0
    max_retry_after_s: float = 60.0  # a longer Retry-After is returned to the caller instead
    jitter: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.base_delay_s < 0 or self.max_delay_s < 0:
            raise ValueError("retry delays must not be negative")

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before attempt ``attempt + 1`` (``attempt`` counts from 1)."""
        if retry_after is not None:
            return retry_after  # the server knows best; never less than it asked
        ceiling = min(self.max_delay_s, self.base_delay_s * 2 ** (attempt - 1))
        return self.jitter.uniform(0, ceiling)  # "full jitter"


NO_RETRIES = RetryPolicy(max_attempts=1)


def retryable_status(status: int, *, is_read: bool) -> bool:
    if status == 429:
        return True  # refused before execution, for reads and money-moving alike
    return is_read and 500 <= status <= 599


def retryable_exception(exc: Exception, *, is_read: bool) -> bool:
    if isinstance(exc, NOT_SENT):
        return True
    return is_read and isinstance(exc, httpx.TransportError)


def certainly_not_sent(exc: Exception) -> bool:
    return isinstance(exc, NOT_SENT)
