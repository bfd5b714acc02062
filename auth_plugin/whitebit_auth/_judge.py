"""What an attempt's outcome means for the call: return it, send it again, or which error.

The decision itself is ``_policy``'s pure table; the judge gathers what the table needs from
an answer (is the body what the spec promises, did the server refuse the nonce) and builds
the error the caller gets, from what happened to the money. No I/O.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._answer import Answer, Body
from ._call import Call
from ._errors import (
    MalformedResponseError,
    OutcomeUnknownError,
    RequestTimeoutError,
    TransportError,
    WhiteBitError,
    error_from_response,
    is_nonce_rejection,
    retry_after_seconds,
)
from ._idempotency import already_executed, sent_body
from ._operations import AnswerProblem, answer_problem
from ._policy import RETURN, Attempt, Raise, RetryPolicy, Verdict, after_answer, after_failure


def _problem(call: Call, answer: Answer) -> AnswerProblem | None:
    """Why a success answer cannot be read (None: it holds what the spec promises)."""
    op = call.operation
    if answer.body in (Body.UNDECODABLE, Body.TOO_LARGE):
        return AnswerProblem(answer.why)
    if op is not None and not op.content:
        return None  # the spec promises no body
    if answer.body is not Body.JSON:
        return AnswerProblem("the answer is not JSON")
    if op is not None and op.answer:
        return answer_problem(op.answer, answer.data)
    return None


class Judge:
    """The judgement of one client: its retry policy and whether errors are raised."""

    def __init__(self, *, retry: RetryPolicy, raise_errors: bool) -> None:
        self.retry = retry
        self.raise_errors = raise_errors

    def after_answer(self, call: Call, answer: Answer, attempt: Attempt) -> Verdict:
        status = answer.status
        readable = True
        if 200 <= status <= 299:
            readable = _problem(call, answer) is None
            if readable:
                return RETURN  # what the table says of every readable success
        data = answer.data if answer.body is Body.JSON else None
        return after_answer(
            status,
            is_read=call.is_read,
            attempt=attempt,
            policy=self.retry,
            raise_errors=self.raise_errors,
            readable=readable,
            nonce_rejected=is_nonce_rejection(status, data),
            retry_after=retry_after_seconds(answer.response.headers),
            undecodable=answer.body is Body.UNDECODABLE,
            too_large=answer.body is Body.TOO_LARGE,
        )

    def after_failure(self, call: Call, error: httpx.TransportError, attempt: Attempt) -> Verdict:
        return after_failure(error, is_read=call.is_read, attempt=attempt, policy=self.retry)

    # -- the errors ------------------------------------------------------------------------
    def answer_error(self, call: Call, answer: Answer, verdict: Verdict) -> WhiteBitError:
        status = answer.status
        if verdict.error is Raise.MALFORMED:
            problem = _problem(call, answer) or AnswerProblem("the answer is unreadable")
            return MalformedResponseError(
                problem.text, status=status, path=call.path, field=problem.field
            )
        if verdict.error is Raise.OUTCOME_UNKNOWN:
            reason = f"HTTP {status}"
            if answer.why:
                reason += f", and {answer.why}"
            return self.outcome_unknown(call, reason)
        response = answer.response
        readable = answer.body not in (Body.UNDECODABLE, Body.TOO_LARGE)
        data: Any = answer.data if answer.body is Body.JSON else None
        error = error_from_response(
            status,
            response.content if readable else b"",
            call.path,
            response.headers,
            body=data,
        )
        return already_executed(call, error) or error

    def failure_error(
        self, call: Call, error: httpx.TransportError, verdict: Verdict
    ) -> WhiteBitError:
        reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        if verdict.error is Raise.OUTCOME_UNKNOWN:
            return self.outcome_unknown(call, reason, error)
        kind = RequestTimeoutError if isinstance(error, httpx.TimeoutException) else TransportError
        return kind(reason, path=call.path, sent=verdict.sent)

    @staticmethod
    def outcome_unknown(
        call: Call, reason: str, cause: BaseException | None = None
    ) -> OutcomeUnknownError:
        op = call.operation
        return OutcomeUnknownError(
            call.path,
            reason,
            cause=cause,
            operation_id=op.operation_id if op else None,
            idempotency_key=call.idempotency_key(),
            check=op.check if op else None,
            request_body=sent_body(call),
        )
