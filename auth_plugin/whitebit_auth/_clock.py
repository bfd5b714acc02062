"""The server's clock, as its answers tell it: nonces in window mode must stay near it.

Every answer's ``Date`` header is looked at (parsed only when it changed: at most once a
second). When the server's clock and ours are more than ``FOLLOW_THRESHOLD_MS`` apart from
what the nonces follow now, they follow the new offset: after a step of the local clock, the
next answer re-learns it, instead of every call waiting out the step.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime

logger = logging.getLogger("whitebit_auth")

# The Date header has 1 s resolution and the answer took a while to come: a smaller gap is noise.
FOLLOW_THRESHOLD_MS = 2_000


def offset_ms(date: str, now_s: float) -> int | None:
    """The server's clock minus ours, from a ``Date`` value (its second's middle: ±0.5 s)."""
    try:
        server_s = parsedate_to_datetime(date).timestamp() + 0.5
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return int((server_s - now_s) * 1000)


class ServerClock:
    """Follows the server's clock for one signer (offsets in ms)."""

    __slots__ = ("_date", "_follow", "_followed", "_now")

    def __init__(
        self,
        follow: Callable[[int], None],
        followed: Callable[[], int],
        now: Callable[[], float] = time.time,
    ) -> None:
        self._follow = follow
        self._followed = followed  # what the nonces follow now (their source is shared)
        self._now = now
        self._date: str | None = None

    def observe(self, date: str | None) -> None:
        """An answer came with this ``Date`` header (None: it had none)."""
        if date is None or date == self._date:
            return
        self._date = date
        offset = offset_ms(date, self._now())
        if offset is None or abs(offset - self._followed()) <= FOLLOW_THRESHOLD_MS:
            return
        logger.warning(
            "local clock is %.1f s %s the server's (Date header): nonces now follow the "
            "server's clock; synchronise this machine's clock",
            abs(offset) / 1000, "behind" if offset > 0 else "ahead of",
        )  # fmt: skip
        self._follow(offset)
