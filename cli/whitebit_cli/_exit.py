"""Exit statuses: what happened to the request, as the client's error families tell it.

| status | meaning |
| --- | --- |
| 0 | done |
| 1 | the tool failed otherwise (a missing extra, an unexpected error) |
| 2 | usage: the command was wrong; nothing was sent |
| 3 | refused: nothing happened (the exchange refused, the connection never carried it, or
       the prompt was declined) |
| 4 | outcome unknown: a money or state change may have run; check before sending again |
| 5 | executed, but the answer is unreadable: do not send it again |
"""

from __future__ import annotations

import sys
from enum import IntEnum
from typing import NoReturn


class Exit(IntEnum):
    DONE = 0
    FAILED = 1
    USAGE = 2
    REFUSED = 3
    OUTCOME_UNKNOWN = 4
    UNREADABLE = 5
    INTERRUPTED = 130


def status_of(error: BaseException) -> Exit:
    """The exit status an error of the client stands for."""
    import whitebit_auth as wa

    if isinstance(error, wa.UsageError):
        return Exit.USAGE
    if isinstance(error, wa.NotExecutedError):
        return Exit.REFUSED
    if isinstance(error, wa.OutcomeUnknownError):
        return Exit.OUTCOME_UNKNOWN
    if isinstance(error, wa.MalformedResponseError):
        return Exit.UNREADABLE
    return Exit.FAILED


_HEADINGS = {
    Exit.USAGE: "not sent",
    Exit.REFUSED: "refused, nothing happened",
    Exit.OUTCOME_UNKNOWN: "OUTCOME UNKNOWN, it may have run",
    Exit.UNREADABLE: "EXECUTED, but the answer is unreadable; do not send it again",
    Exit.FAILED: "failed",
}


def describe(error: BaseException) -> str:
    """One paragraph for stderr: what happened, then what to do."""
    import whitebit_auth as wa

    status = status_of(error)
    lines = [f"whitebit: {_HEADINGS[status]}: {error}"]
    if isinstance(error, wa.RateLimitError) and error.retry_after:
        lines.append(f"Try again in {error.retry_after:g} s.")
    if isinstance(error, wa.OutcomeUnknownError):
        if error.check:
            lines.append(f"How to check: {error.check}")
        if error.idempotency_key:
            name, value = error.idempotency_key
            lines.append(f"Sending it again with the same {name}={value} cannot run it twice.")
    return "\n".join(lines)


def leave(status: Exit, message: str | None = None) -> NoReturn:
    if message:
        print(message, file=sys.stderr)
    raise SystemExit(int(status))
