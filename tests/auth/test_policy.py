"""The retry policy as a table: what was seen, for a read or a write: retry, or which error."""

from __future__ import annotations

import random
from typing import TypedDict

import httpx
import pytest
from whitebit_auth._policy import (
    Action,
    Attempt,
    Raise,
    RetryPolicy,
    Verdict,
    after_answer,
    after_failure,
)


class Seen(TypedDict, total=False):
    readable: bool
    nonce_rejected: bool


POLICY = RetryPolicy(max_attempts=3, nonce_resends=2, jitter=random.Random(1))
FIRST, LAST = Attempt(1), Attempt(3)
RETRY, RETURN = Action.RETRY, Action.RETURN


def _answer(
    status: int,
    *,
    read: bool,
    attempt: Attempt = FIRST,
    readable: bool = True,
    nonce_rejected: bool = False,
) -> Verdict:
    return after_answer(
        status,
        is_read=read,
        attempt=attempt,
        policy=POLICY,
        readable=readable,
        nonce_rejected=nonce_rejected,
    )


def _outcome(verdict: Verdict) -> object:
    return verdict.error if verdict.action is Action.RAISE else verdict.action


# (status, what else was seen) -> (read, write): the outcome on a first attempt.
ANSWERS: list[tuple[int, Seen, object, object]] = [
    (200, {}, RETURN, RETURN),
    (201, {}, RETURN, RETURN),
    (201, {"readable": False}, RETRY, Raise.MALFORMED),  # executed: never again for a write
    (400, {}, Raise.API, Raise.API),
    (401, {}, Raise.API, Raise.API),  # bad key or signature: not retried
    (401, {"nonce_rejected": True}, RETRY, RETRY),  # nothing ran: a fresh nonce may pass
    (403, {}, Raise.API, Raise.API),
    (404, {}, Raise.API, Raise.API),
    (422, {}, Raise.API, Raise.API),
    (429, {}, RETRY, RETRY),  # refused before execution, for both
    (500, {}, RETRY, Raise.OUTCOME_UNKNOWN),
    (503, {}, RETRY, Raise.OUTCOME_UNKNOWN),
    (520, {}, RETRY, Raise.OUTCOME_UNKNOWN),  # Cloudflare's, not IANA's
    (302, {}, Raise.API, Raise.API),  # a redirect is never followed
    (460, {}, Raise.API, Raise.API),
]


@pytest.mark.parametrize(("status", "seen", "read", "write"), ANSWERS)
def test_answers(status: int, seen: Seen, read: object, write: object) -> None:
    assert _outcome(_answer(status, read=True, **seen)) == read
    assert _outcome(_answer(status, read=False, **seen)) == write


@pytest.mark.parametrize(
    ("status", "seen", "read", "write"),
    [
        (201, {"readable": False}, Raise.MALFORMED, Raise.MALFORMED),
        (429, {}, Raise.API, Raise.API),
        (503, {}, Raise.API, Raise.OUTCOME_UNKNOWN),
    ],
)
def test_answers_on_the_last_attempt(status: int, seen: Seen, read: object, write: object) -> None:
    assert _outcome(_answer(status, read=True, attempt=LAST, **seen)) == read
    assert _outcome(_answer(status, read=False, attempt=LAST, **seen)) == write


def test_nonce_resends_are_bounded_and_counted_apart() -> None:
    verdict = _answer(401, read=False, attempt=LAST, nonce_rejected=True)
    assert verdict.action is RETRY  # a refused nonce does not use up the attempts
    assert verdict.wait_s == 0.0
    assert verdict.next_attempt(LAST) == Attempt(3, nonce_resends=1)
    spent = Attempt(1, nonce_resends=POLICY.nonce_resends)
    assert _outcome(_answer(401, read=True, attempt=spent, nonce_rejected=True)) == Raise.API


def test_a_long_retry_after_is_returned_to_the_caller() -> None:
    assert _answer(429, read=True).wait_s <= 1.0
    long = after_answer(429, is_read=True, attempt=FIRST, policy=POLICY, retry_after=3600.0)
    assert _outcome(long) == Raise.API
    ok = after_answer(429, is_read=False, attempt=FIRST, policy=POLICY, retry_after=7.0)
    assert (ok.action, ok.wait_s) == (RETRY, 7.0)


def test_without_raise_errors_4xx_come_back_but_odd_statuses_still_raise() -> None:
    quiet = {"is_read": True, "attempt": FIRST, "policy": POLICY, "raise_errors": False}
    assert after_answer(400, **quiet).action is RETURN  # type: ignore[arg-type]
    assert _outcome(after_answer(460, **quiet)) == Raise.API  # type: ignore[arg-type]


REQUEST = httpx.Request("POST", "https://whitebit.com/x")
FAILURES: list[tuple[httpx.TransportError, object, object, bool]] = [
    # exception, read, write, could it have been sent?
    (httpx.ConnectError("refused", request=REQUEST), RETRY, RETRY, False),
    (httpx.ConnectTimeout("slow", request=REQUEST), RETRY, RETRY, False),
    (httpx.PoolTimeout("busy", request=REQUEST), RETRY, RETRY, False),
    (httpx.ReadTimeout("late", request=REQUEST), RETRY, Raise.OUTCOME_UNKNOWN, True),
    (httpx.WriteTimeout("stuck", request=REQUEST), RETRY, Raise.OUTCOME_UNKNOWN, True),
    (httpx.ReadError("reset", request=REQUEST), RETRY, Raise.OUTCOME_UNKNOWN, True),
    (httpx.RemoteProtocolError("gone", request=REQUEST), RETRY, Raise.OUTCOME_UNKNOWN, True),
]


@pytest.mark.parametrize(("exc", "read", "write", "sent"), FAILURES)
def test_failures(exc: httpx.TransportError, read: object, write: object, sent: bool) -> None:
    for is_read, expected in ((True, read), (False, write)):
        verdict = after_failure(exc, is_read=is_read, attempt=FIRST, policy=POLICY)
        assert _outcome(verdict) == expected
        last = after_failure(exc, is_read=is_read, attempt=LAST, policy=POLICY)
        if is_read or not sent:
            assert (last.error, last.sent) == (Raise.TRANSPORT, sent)
        else:
            assert last.error is Raise.OUTCOME_UNKNOWN


def test_backoff_is_exponential_with_full_jitter_and_capped() -> None:
    policy = RetryPolicy(jitter=random.Random(7))
    for attempt, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (5, 16.0), (6, 30.0), (9, 30.0)]:
        waits = [policy.backoff(attempt) for _ in range(200)]
        assert all(0 <= w <= ceiling for w in waits)
        assert max(waits) > ceiling * 0.8  # uses the whole range
    assert policy.backoff(3, retry_after=7.0) == 7.0


def test_no_wait_decides_the_same_without_sleeping() -> None:
    quick = RetryPolicy.no_wait(max_attempts=3)
    for status in (429, 503):
        verdict = after_answer(status, is_read=True, attempt=FIRST, policy=quick, retry_after=5.0)
        assert (verdict.action, verdict.wait_s) == (RETRY, 0.0)
