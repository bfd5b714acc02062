"""When to send again, and what to raise: pure decisions, no I/O, tested as a table.

The one rule behind all of them: a request is sent again only when sending it again cannot
double anything. A read changes nothing, so it is retried on 429, 5xx, connection failures and
timeouts. A request that moves money or changes state is sent again only when it certainly did
not execute: the connection was never made, the server answered 429, or it refused the nonce
(a fresh nonce is signed each time). Anything else about it is "outcome unknown".
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from enum import Enum
from http import HTTPStatus

import httpx

from ._errors import ConfigurationError

# Raised before a single byte of the request left this machine.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


@dataclass(frozen=True)
class RetryPolicy:
    """WhiteBIT's advice: exponential backoff from 1 s, doubling, capped at 30 s, with jitter.

    ``nonce_resends``: how many times a request whose nonce was refused is signed afresh and
    sent again (nothing was executed; no waiting). ``RetryPolicy.no_wait()`` makes the same
    decisions without sleeping, for test suites.
    """

    max_attempts: int = 5
    base_delay_s: float = 1.0
    max_delay_s: float = 30.0
    max_retry_after_s: float = 60.0  # a longer Retry-After is returned to the caller instead
    nonce_resends: int = 3
    wait: bool = True  # False: decide the same, but never sleep (tests)
    jitter: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ConfigurationError("max_attempts must be at least 1")
        if self.base_delay_s < 0 or self.max_delay_s < 0:
            raise ConfigurationError("retry delays must not be negative")
        if self.nonce_resends < 0:
            raise ConfigurationError("nonce_resends must not be negative")

    @classmethod
    def no_wait(cls, max_attempts: int = 5, nonce_resends: int = 3) -> RetryPolicy:
        """The same decisions as the default, without any sleeping: for tests."""
        return cls(max_attempts=max_attempts, nonce_resends=nonce_resends, wait=False)

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before attempt ``attempt + 1`` (``attempt`` counts from 1)."""
        if not self.wait:
            return 0.0
        if retry_after is not None:
            return retry_after  # the server knows best; never less than it asked
        ceiling = min(self.max_delay_s, self.base_delay_s * 2 ** (attempt - 1))
        return self.jitter.uniform(0, ceiling)  # "full jitter"


# retry=None: nothing is sent twice, except a request whose nonce was refused (it never ran).
NO_RETRIES = RetryPolicy(max_attempts=1)


class Action(Enum):
    RETURN = "return"  # hand the response to the caller
    RETRY = "retry"  # sign afresh and send again after ``wait_s``
    RAISE = "raise"  # raise ``error``


class Raise(Enum):
    API = "api"  # the typed ApiError for the status (nothing was executed)
    MALFORMED = "malformed"  # 2xx with an unreadable body: executed
    OUTCOME_UNKNOWN = "outcome_unknown"  # a write that may have executed
    TRANSPORT = "transport"  # no answer; ``sent`` says whether it may have left


@dataclass(frozen=True)
class Verdict:
    action: Action
    wait_s: float = 0.0
    error: Raise | None = None
    sent: bool = True  # for Raise.TRANSPORT
    fresh_nonce: bool = False  # a resend after a refused nonce (not counted as an attempt)

    @classmethod
    def send_again(cls, wait_s: float) -> Verdict:
        return cls(Action.RETRY, wait_s)

    def next_attempt(self, attempt: Attempt) -> Attempt:
        if self.fresh_nonce:
            return Attempt(attempt.number, attempt.nonce_resends + 1)
        return Attempt(attempt.number + 1, attempt.nonce_resends)

    @classmethod
    def raise_(cls, error: Raise, *, sent: bool = True) -> Verdict:
        return cls(Action.RAISE, error=error, sent=sent)


RETURN = Verdict(Action.RETURN)


@dataclass(frozen=True)
class Attempt:
    """Where a call stands: the attempt number (from 1; resends after a refused nonce do not
    count) and how many such resends there were."""

    number: int
    nonce_resends: int = 0


FIRST_ATTEMPT = Attempt(1)  # every call starts here (an Attempt never changes)


def is_iana_status(status: int) -> bool:
    try:
        HTTPStatus(status)
    except ValueError:
        return False
    return True


def after_answer(
    status: int,
    *,
    is_read: bool,
    attempt: Attempt,
    policy: RetryPolicy,
    raise_errors: bool = True,
    readable: bool = True,
    nonce_rejected: bool = False,
    retry_after: float | None = None,
    undecodable: bool = False,
    too_large: bool = False,
) -> Verdict:
    """The server answered ``status``. ``readable``: a 2xx body holds what the spec promises;
    ``undecodable``: its body does not decode (a broken Content-Encoding); ``too_large``: it
    decodes to more than the client accepts (never sent again: it would be as large again)."""
    retries_left = attempt.number < policy.max_attempts
    if not 100 <= status <= 599:
        # Not HTTP: nothing tells whether a write ran.
        return Verdict.raise_(Raise.API if is_read else Raise.OUTCOME_UNKNOWN)
    if 200 <= status <= 299:
        if readable and not undecodable and not too_large:
            return RETURN
        if is_read and retries_left and not too_large:
            return Verdict.send_again(policy.backoff(attempt.number))
        return Verdict.raise_(Raise.MALFORMED)
    if undecodable or too_large:
        # A failure status whose body cannot be read: a write may have run (it cannot be
        # told from a refusal); a read changed nothing.
        if not is_read:
            return Verdict.raise_(Raise.OUTCOME_UNKNOWN)
        if retries_left and not too_large:
            return Verdict.send_again(policy.backoff(attempt.number))
        return Verdict.raise_(Raise.API)
    if nonce_rejected:  # refused before anything ran: a fresh nonce may pass, for any kind
        if attempt.nonce_resends < policy.nonce_resends:
            return Verdict(Action.RETRY, fresh_nonce=True)
        return Verdict.raise_(Raise.API)
    if status == 429:  # refused before execution, for reads and writes alike
        within = retry_after is None or retry_after <= policy.max_retry_after_s
        if retries_left and within:
            return Verdict.send_again(policy.backoff(attempt.number, retry_after))
    elif 500 <= status <= 599:
        if not is_read:
            return Verdict.raise_(Raise.OUTCOME_UNKNOWN)
        if retries_left:
            return Verdict.send_again(policy.backoff(attempt.number))
    if raise_errors or not is_iana_status(status):
        # A status httpx cannot name would break the generated code's HTTPStatus(...).
        return Verdict.raise_(Raise.API)
    return RETURN


def after_failure(
    exc: BaseException, *, is_read: bool, attempt: Attempt, policy: RetryPolicy
) -> Verdict:
    """No answer: the connection failed or timed out."""
    sent = not isinstance(exc, NOT_SENT)
    retries_left = attempt.number < policy.max_attempts
    if retries_left and (is_read or not sent):
        return Verdict.send_again(policy.backoff(attempt.number))
    if sent and not is_read:
        return Verdict.raise_(Raise.OUTCOME_UNKNOWN)
    return Verdict.raise_(Raise.TRANSPORT, sent=sent)
