"""Signing, retries, rate limiting and errors for WhiteBIT's private HTTP API V4.

    from whitebit_auth import create_client
    client = create_client()  # WHITEBIT_API_KEY / WHITEBIT_API_SECRET

Everything a user needs is exported here; the modules starting with ``_`` are internal.
"""

from ._auth import WhiteBitAuth
from ._client import DEFAULT_TIMEOUT, WhiteBitClient, create_client
from ._credentials import API_KEY_ENV, API_SECRET_ENV, BASE_URL_ENV, Credentials
from ._errors import (
    AlreadyExecutedError,
    ApiError,
    AuthenticationError,
    ConfigurationError,
    CredentialsError,
    InnerValidationError,
    InsecureTransportError,
    MalformedResponseError,
    NonceRejectedError,
    NotExecutedError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    RequestBodyError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    UnexpectedStatusError,
    UsageError,
    ValidationError,
    WebhookError,
    WebhookEventError,
    WebhookKeyError,
    WebhookPayloadError,
    WebhookReplayError,
    WebhookSignatureError,
    WhiteBitError,
)
from ._nonce import FileNonce, MillisecondNonce, NonceSource
from ._operations import Kind, operation_kind
from ._pagination import apaginate, paginate, unwrap
from ._policy import RetryPolicy
from ._ratelimit import RateLimit
from ._resolve import Resolution, resolve
from ._time import unix_seconds, utc_datetime
from ._urls import EU_SERVER, GLOBAL_SERVER

__version__ = "0.4.0"

__all__ = [
    "API_KEY_ENV",
    "API_SECRET_ENV",
    "BASE_URL_ENV",
    "DEFAULT_TIMEOUT",
    "EU_SERVER",
    "GLOBAL_SERVER",
    "AlreadyExecutedError",
    "ApiError",
    "AuthenticationError",
    "ConfigurationError",
    "Credentials",
    "CredentialsError",
    "FileNonce",
    "InnerValidationError",
    "InsecureTransportError",
    "Kind",
    "MalformedResponseError",
    "MillisecondNonce",
    "NonceRejectedError",
    "NonceSource",
    "NotExecutedError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RequestBodyError",
    "RequestTimeoutError",
    "Resolution",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "UnexpectedStatusError",
    "UsageError",
    "ValidationError",
    "WebhookError",
    "WebhookEventError",
    "WebhookKeyError",
    "WebhookPayloadError",
    "WebhookReplayError",
    "WebhookSignatureError",
    "WhiteBitAuth",
    "WhiteBitClient",
    "WhiteBitError",
    "apaginate",
    "create_client",
    "operation_kind",
    "paginate",
    "resolve",
    "unix_seconds",
    "unwrap",
    "utc_datetime",
]

# Public names report this module, not the private one they live in (tracebacks, reprs, docs).
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type) or callable(_value):
        _value.__module__ = __name__
del _name, _value
