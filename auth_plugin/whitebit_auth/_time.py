"""WhiteBIT's times, as they come and as datetimes.

The models keep times as the API sends them: Unix seconds as ``int`` (``createdAt``,
``dateFrom`` ...), and the odd formatted string (``expireAt``). Exact, cheap, and the unit
stays visible (the nonce is in milliseconds, everything else in seconds). These two helpers
turn them into timezone-aware datetimes and back, with the standard library alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ._errors import UsageError

_TEXT_FORMAT = "%Y-%m-%d %H:%M:%S"  # e.g. createExpressWithdrawToken's expireAt, in UTC


def utc_datetime(value: int | str) -> datetime:
    """A WhiteBIT time (Unix seconds, or ``"YYYY-MM-DD HH:MM:SS"`` in UTC) as an aware datetime."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise UsageError(f"a WhiteBIT time is an int or a string, got {type(value).__name__}")
    if isinstance(value, int):
        return datetime.fromtimestamp(value, UTC)
    try:
        return datetime.strptime(value, _TEXT_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise UsageError(f"{value!r} is not a time as YYYY-MM-DD HH:MM:SS") from None


def unix_seconds(moment: datetime) -> int:
    """A timezone-aware datetime as Unix seconds, for filters such as ``dateFrom``."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise UsageError(
            "a naive datetime has no time zone: pass an aware one, e.g. datetime.now(UTC)"
        )
    return int(moment.timestamp())
