"""Signing, retries, rate limiting and errors for WhiteBIT's private HTTP API V4.

from whitebit_auth import create_client
client = create_client()  # WHITEBIT_API_KEY / WHITEBIT_API_SECRET
"""

from ._auth import API_KEY_HEADER, PAYLOAD_HEADER, SIGNATURE_HEADER, WhiteBitAuth
from ._client import DEFAULT_TIMEOUT, WhiteBitClient, create_client
from ._credentials import API_KEY_ENV, API_SECRET_ENV, Credentials
from ._errors import (
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
    WhiteBitError,
)
from ._nonce import FileNonce, MillisecondNonce, NonceSource, shared_nonce_source
from ._operations import OperationKinds, bundled_operation_kinds, operation_kinds
from ._pagination import apaginate, paginate, unwrap
from ._policy import RetryPolicy
from ._ratelimit import RateLimit, RateLimiter
from ._signing import Signature, compact_json, sign, signed_body
from ._urls import EU_SERVER, GLOBAL_SERVER

__version__ = "0.2.0"

__all__ = [
    "API_KEY_ENV",
    "API_KEY_HEADER",
    "API_SECRET_ENV",
    "DEFAULT_TIMEOUT",
    "EU_SERVER",
    "GLOBAL_SERVER",
    "PAYLOAD_HEADER",
    "SIGNATURE_HEADER",
    "ApiError",
    "AuthenticationError",
    "ConfigurationError",
    "Credentials",
    "CredentialsError",
    "FileNonce",
    "InnerValidationError",
    "InsecureTransportError",
    "MalformedResponseError",
    "MillisecondNonce",
    "NonceRejectedError",
    "NonceSource",
    "NotExecutedError",
    "NotFoundError",
    "OperationKinds",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimiter",
    "RequestBodyError",
    "RequestTimeoutError",
    "RetryPolicy",
    "ServerError",
    "Signature",
    "TransportError",
    "UnexpectedStatusError",
    "UsageError",
    "ValidationError",
    "WhiteBitAuth",
    "WhiteBitClient",
    "WhiteBitError",
    "apaginate",
    "bundled_operation_kinds",
    "compact_json",
    "create_client",
    "operation_kinds",
    "paginate",
    "shared_nonce_source",
    "sign",
    "signed_body",
    "unwrap",
]
