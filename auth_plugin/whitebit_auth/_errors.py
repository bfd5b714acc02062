"""Every error this package raises, by cause; none carries a secret.

Set-up errors (raised before anything is sent) are ``ValueError`` subclasses. API errors carry
what WhiteBIT answered: ``status``, ``code``, ``message``, ``errors`` (field -> messages) and
the operation ``path``.
"""

from __future__ import annotations

import json
from typing import Any

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


class WhiteBitError(Exception):
    """Base of every error this package raises."""


class CredentialsError(WhiteBitError, ValueError):
    """API key or secret missing or unusable."""


class InsecureTransportError(WhiteBitError, ValueError):
    """Credentials would travel over plain http to a host that is not loopback."""


class RequestBodyError(WhiteBitError, ValueError):
    """The request body cannot be signed (not a JSON object, or holds a field we own)."""


class ApiError(WhiteBitError):
    """WhiteBIT answered with an error status."""

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


class InnerValidationError(ApiError):
    """422: well-formed, but refused by business rules (``code`` says which)."""


class AuthenticationError(ApiError):
    """401, or any of WhiteBIT's authentication messages: fix key, signature or nonce."""


class PermissionDeniedError(ApiError):
    """403: the key may not use this endpoint (e.g. lending access not enabled)."""


class NotFoundError(ApiError):
    """404: no such endpoint."""


class RateLimitError(ApiError):
    """429: too many requests; ``retry_after`` seconds is the server's advice, if it gave one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kw)


class ServerError(ApiError):
    """5xx: WhiteBIT failed."""


class UnexpectedStatusError(ApiError):
    """A status the spec does not explain (3xx, an unlisted 4xx, or e.g. Cloudflare's 520)."""


class MalformedResponseError(ApiError):
    """A success status with a body that is not the JSON the spec promises."""


class TransportError(WhiteBitError):
    """The exchange could not be reached or did not answer (connection, timeout)."""

    def __init__(self, message: str, *, path: str, sent: bool) -> None:
        self.path = path
        self.sent = sent  # False only when the request certainly never left this machine
        super().__init__(f"{path}: {message}")


class RequestTimeoutError(TransportError):
    """A connect, read, write or pool timeout."""


class OutcomeUnknownError(WhiteBitError):
    """A money-moving request may or may not have been executed: it was not repeated.

    Check the operation's effect before trying again, e.g. with the investment history
    operation (filter by plan and time), then decide.
    """

    def __init__(self, path: str, reason: str, *, cause: BaseException | None = None) -> None:
        self.path = path
        self.reason = reason
        self.cause = cause
        super().__init__(
            f"{path}: outcome unknown ({reason}). The request may have been executed, so it was "
            "not repeated. Check the investment history (getFlexInvestmentHistory, filtered by "
            "plan and time) before sending it again."
        )


def _decode(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (UnicodeDecodeError, ValueError):
        return None


def error_from_response(status: int, content: bytes, path: str, headers: Any = None) -> ApiError:
    """The typed error for a non-2xx answer."""
    body = _decode(content)
    code = body.get("code") if isinstance(body, dict) else None
    message = body.get("message") if isinstance(body, dict) else None
    raw_errors = body.get("errors") if isinstance(body, dict) else None
    errors = (
        {
            str(k): [str(m) for m in v] if isinstance(v, list) else [str(v)]
            for k, v in raw_errors.items()
        }
        if isinstance(raw_errors, dict)
        else {}
    )
    if not isinstance(message, str):
        message = f"HTTP {status}" + ("" if body is not None else " (body is not JSON)")
    kw: dict[str, Any] = {
        "status": status,
        "path": path,
        "code": code if isinstance(code, int) else None,
        "errors": errors,
        "body": body,
    }
    if status == 429:
        return RateLimitError(message, retry_after=retry_after_seconds(headers), **kw)
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
    except (TypeError, ValueError):
        return None
