"""Every error this package raises, grouped by what happened to the request.

    WhiteBitError
    ├── UsageError (also ValueError)   refused here, before anything was sent: fix the call
    │   ├── CredentialsError, InsecureTransportError, RequestBodyError, ConfigurationError
    ├── NotExecutedError               the exchange changed nothing: safe to send again
    │   ├── ApiError                   it answered an error status (4xx; 5xx only for reads)
    │   │   └── ValidationError, InnerValidationError, AuthenticationError (NonceRejectedError),
    │   │       PermissionDeniedError, NotFoundError, RateLimitError, ServerError,
    │   │       UnexpectedStatusError
    │   └── TransportError             no answer: for a money-moving or state-changing call only
    │       └── RequestTimeoutError    when the request certainly never left (``sent=False``)
    ├── MalformedResponseError         executed (2xx), but the answer is unreadable
    ├── AlreadyExecutedError           executed before: a repeat of an idempotency key taken
    ├── OutcomeUnknownError            a money-moving or state-changing call may have executed
    └── WebhookError                   a webhook delivery refused, nothing handled (``status``)
        └── WebhookKeyError, WebhookPayloadError, WebhookSignatureError, WebhookReplayError,
            WebhookEventError

A handler for refusals (``except NotExecutedError`` or ``except ApiError``) therefore never
catches a call that moved money or may have. None of these errors carries a secret.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._credentials import Hidden

# Messages WhiteBIT answers when authentication, not the request itself, is at fault.
AUTH_MESSAGES = (
    "Payload not provided.",
    "Too many requests.",
    "This action is unauthorized.",
    "Invalid payload",
    "Unauthorized request.",
    "Nonce not provided.",
    "Your nonce is more than 5 seconds lesser than the current nonce",
    "Invalid nonceWindow.",
    "Request not provided.",
)
# The two that mean "this nonce was refused, nothing was executed": a fresh one may succeed.
NONCE_REUSED = "Too many requests."
NONCE_OUT_OF_WINDOW = "Your nonce is more than 5 seconds lesser than the current nonce"
NONCE_MESSAGES = (NONCE_REUSED, NONCE_OUT_OF_WINDOW)

_PUBLIC_MODULE = "whitebit_auth"


class WhiteBitError(Exception):
    """Base of every error this package raises."""

    __module__ = _PUBLIC_MODULE


class UsageError(WhiteBitError, ValueError):
    """The call was refused here, before anything was sent: fix the arguments."""

    __module__ = _PUBLIC_MODULE


class CredentialsError(UsageError):
    """API key or secret missing or unusable."""

    __module__ = _PUBLIC_MODULE


class InsecureTransportError(UsageError):
    """Credentials would travel over plain http to a host that is not loopback."""

    __module__ = _PUBLIC_MODULE


class RequestBodyError(UsageError):
    """The request body cannot be signed (not a JSON object, a float amount, a field we own)."""

    __module__ = _PUBLIC_MODULE


class ConfigurationError(UsageError):
    """An option of ``create_client`` (or the client it built) cannot be honoured."""

    __module__ = _PUBLIC_MODULE


class NotExecutedError(WhiteBitError):
    """The exchange changed nothing: it refused the request, never got it, or it was a read.

    Sending the same request again cannot double anything (whether it can succeed depends on
    the cause: a 400 stays a 400 until the request is fixed).
    """

    __module__ = _PUBLIC_MODULE


class ApiError(NotExecutedError):
    """WhiteBIT answered with an error status and executed nothing.

    Carries what it said: ``status``, ``code``, ``message``, ``errors`` (field -> messages),
    ``body`` and the operation ``path``.
    """

    __module__ = _PUBLIC_MODULE

    def __init__(
        self,
        message: str,
        *,
        status: int,
        path: str,
        code: int | None = None,
        errors: dict[str, list[str]] | None = None,
        body: Any = None,
    ) -> None:
        self.status = status
        self.path = path
        self.code = code
        self.message = message
        self.errors: dict[str, list[str]] = errors or {}
        self.body = body
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"{self.path}: HTTP {self.status}"
        if self.code is not None:
            text += f" code {self.code}"
        text += f": {self.message}"
        if self.errors:
            fields = "; ".join(f"{k}: {' '.join(v)}" for k, v in self.errors.items())
            text += f" ({fields})"
        return text


class ValidationError(ApiError):
    """400: the request's parameters were refused; see ``errors`` per field."""

    __module__ = _PUBLIC_MODULE


class InnerValidationError(ApiError):
    """422: well-formed, but refused by business rules (``code`` says which)."""

    __module__ = _PUBLIC_MODULE


class AuthenticationError(ApiError):
    """401, or any of WhiteBIT's authentication messages: fix key, signature or clock."""

    __module__ = _PUBLIC_MODULE


class NonceRejectedError(AuthenticationError):
    """The nonce was refused (reused, or out of the ±5 s window) again after fresh ones."""

    __module__ = _PUBLIC_MODULE


class PermissionDeniedError(ApiError):
    """403: the key may not use this endpoint (e.g. lending access not enabled)."""

    __module__ = _PUBLIC_MODULE


class NotFoundError(ApiError):
    """404: no such endpoint, or a feature not enabled for the account."""

    __module__ = _PUBLIC_MODULE


class RateLimitError(ApiError):
    """429: too many requests; ``retry_after`` seconds is the server's advice, if it gave one."""

    __module__ = _PUBLIC_MODULE

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kw)


class ServerError(ApiError):
    """5xx on a read (a money-moving or state-changing call gets ``OutcomeUnknownError``)."""

    __module__ = _PUBLIC_MODULE


class UnexpectedStatusError(ApiError):
    """A status the spec does not explain: a redirect (never followed), an unlisted 4xx."""

    __module__ = _PUBLIC_MODULE


class TransportError(NotExecutedError):
    """The exchange could not be reached or did not answer (connection, timeout).

    ``sent`` is False only when the request certainly never left this machine. A call that
    moves money or changes state gets this error only then; otherwise ``OutcomeUnknownError``.
    """

    __module__ = _PUBLIC_MODULE

    def __init__(self, message: str, *, path: str, sent: bool) -> None:
        self.path = path
        self.sent = sent
        super().__init__(f"{path}: {message}")


class RequestTimeoutError(TransportError):
    """A connect, read, write or pool timeout."""

    __module__ = _PUBLIC_MODULE


class MalformedResponseError(WhiteBitError):
    """The exchange answered success (2xx), so it executed the call, but the answer is unreadable.

    For a money-moving call the money moved: never send it again because of this error.
    ``field`` names what is missing or wrong in the answer, when it is one field.
    """

    __module__ = _PUBLIC_MODULE

    def __init__(
        self, message: str, *, status: int, path: str, field: str | None = None, body: Any = None
    ) -> None:
        self.status = status
        self.path = path
        self.field = field
        self.body = body
        self.executed = True
        super().__init__(f"{path}: HTTP {status}, executed, but {message}")


class AlreadyExecutedError(WhiteBitError):
    """A repeat of a request whose idempotency key the exchange has already taken: the request
    with that key executed before (e.g. a withdrawal sent again after ``OutcomeUnknownError``),
    and this repeat changed nothing more.

    Never file it as a refusal: the money moved. ``idempotency_key`` is (name, value); the
    answer is kept as ``status``, ``code``, ``message``, ``errors`` and ``body``.
    """

    __module__ = _PUBLIC_MODULE

    def __init__(self, refusal: ApiError, idempotency_key: tuple[str, Any]) -> None:
        self.path = refusal.path
        self.status = refusal.status
        self.code = refusal.code
        self.message = refusal.message
        self.errors = refusal.errors
        self.body = refusal.body
        self.idempotency_key = idempotency_key
        self.executed = True
        name, value = idempotency_key
        super().__init__(
            f"{self.path}: executed before: {name}={value!r} was already taken, so a request "
            f"with it ran earlier and this repeat changed nothing ({refusal.message})"
        )


class OutcomeUnknownError(WhiteBitError):
    """A money-moving or state-changing request may or may not have executed: not repeated.

    Find out before trying again. ``check`` says how for this operation (docs/operations.md
    lists them all); ``idempotency_key`` is the request's own key (e.g. a withdrawal's
    ``uniqueId``) where it has one: WhiteBIT refuses a repeat of it, so resending is safe.
    """

    __module__ = _PUBLIC_MODULE

    def __init__(
        self,
        path: str,
        reason: str,
        *,
        cause: BaseException | None = None,
        operation_id: str | None = None,
        idempotency_key: tuple[str, Any] | None = None,
        check: str | None = None,
        request_body: Hidden | None = None,
    ) -> None:
        self.path = path
        self.reason = reason
        self.cause = cause
        self.operation_id = operation_id
        self.idempotency_key = idempotency_key
        self.check = check
        self.request_body = request_body  # what was sent, for whitebit_auth.resolve
        self.at = time.monotonic()  # resolve waits until a request this old can no longer run
        text = f"{path}: outcome unknown ({reason}). It may have run, so it was not sent again."
        if idempotency_key is not None:
            text += f" It carried {idempotency_key[0]}={idempotency_key[1]!r}."
        text += f" To find out: {check}" if check else " Check its effect before sending again."
        super().__init__(text)


class WebhookError(WhiteBitError):
    """A webhook delivery was refused and nothing was handled. ``check`` names the check it
    failed (``key``, ``payload``, ``signature``, ``nonce``, ``event``); ``status`` is what a
    web handler answers (anything but 200 makes WhiteBIT deliver it again)."""

    __module__ = _PUBLIC_MODULE
    check = "delivery"
    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(f"webhook delivery refused ({self.check}): {message}")


class WebhookKeyError(WebhookError):
    """``X-TXC-APIKEY`` is missing or is not this endpoint's public webhook key."""

    __module__ = _PUBLIC_MODULE
    check = "key"
    status = 401


class WebhookPayloadError(WebhookError):
    """``X-TXC-PAYLOAD`` is missing or is not the base64 of the exact body received."""

    __module__ = _PUBLIC_MODULE
    check = "payload"
    status = 400


class WebhookSignatureError(WebhookError):
    """``X-TXC-SIGNATURE`` is missing or is not the HMAC-SHA512 of the payload under the
    webhook secret: forged, or signed with another secret."""

    __module__ = _PUBLIC_MODULE
    check = "signature"
    status = 401


class WebhookReplayError(WebhookError):
    """The delivery's ``params.nonce`` is not above the last one seen for the key: a replay,
    a duplicate, or a delivery that arrived after a later one (``nonce`` is its number)."""

    __module__ = _PUBLIC_MODULE
    check = "nonce"
    status = 409

    def __init__(self, message: str, *, nonce: int) -> None:
        self.nonce = nonce
        super().__init__(message)


class WebhookEventError(WebhookError):
    """A correctly signed body that is not an event: not a JSON object, no ``method`` or
    ``params.nonce``, or fields its event's model cannot read (``field`` names one)."""

    __module__ = _PUBLIC_MODULE
    check = "event"
    status = 400

    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.field = field
        super().__init__(message)


def _decode(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def error_message(body: Any) -> str | None:
    message = body.get("message") if isinstance(body, dict) else None
    return message if isinstance(message, str) else None


def is_nonce_rejection(status: int, body: Any) -> bool:
    """WhiteBIT refused the nonce, not the request: nothing was executed."""
    return status == 401 and error_message(body) in NONCE_MESSAGES


def error_from_response(
    status: int, content: bytes, path: str, headers: Any = None, *, body: Any = None
) -> ApiError:
    """The typed error for a non-2xx answer."""
    if body is None:
        body = _decode(content)
    code = body.get("code") if isinstance(body, dict) else None
    message = error_message(body)
    raw_errors = body.get("errors") if isinstance(body, dict) else None
    errors = (
        {
            str(k): [str(m) for m in v] if isinstance(v, list) else [str(v)]
            for k, v in raw_errors.items()
        }
        if isinstance(raw_errors, dict)
        else {}
    )
    if message is None:
        message = f"HTTP {status}" + ("" if body is not None else " (body is not JSON)")
    kw: dict[str, Any] = {
        "status": status,
        "path": path,
        "code": code if isinstance(code, int) and not isinstance(code, bool) else None,
        "errors": errors,
        "body": body,
    }
    if status == 429:
        return RateLimitError(message, retry_after=retry_after_seconds(headers), **kw)
    if is_nonce_rejection(status, body):
        return NonceRejectedError(message, **kw)
    if status == 401 or (status in (400, 403) and message.startswith(AUTH_MESSAGES)):
        return AuthenticationError(message, **kw)
    if status == 400:
        return ValidationError(message, **kw)
    if status == 422:
        return InnerValidationError(message, **kw)
    if status == 403:
        return PermissionDeniedError(message, **kw)
    if status == 404:
        return NotFoundError(message, **kw)
    if 500 <= status <= 599:
        return ServerError(message, **kw)
    if 300 <= status <= 399:
        location = headers.get("Location") if headers is not None else None
        message = f"redirect to {location!r}, not followed: signed requests never follow redirects"
    return UnexpectedStatusError(message, **kw)


def retry_after_seconds(headers: Any) -> float | None:
    if headers is None:
        return None
    value = headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime
    from time import time

    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
