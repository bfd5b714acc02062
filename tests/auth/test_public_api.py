"""The public surface is deliberate: what ``whitebit_auth`` exports is pinned here, and each
public class or function says it lives in ``whitebit_auth`` (tracebacks, reprs, docs)."""

from __future__ import annotations

import inspect

import whitebit_auth

EXPORTED = {
    # the client and its settings
    "create_client", "WhiteBitClient", "WhiteBitAuth", "Credentials", "API_KEY_ENV",
    "API_SECRET_ENV", "BASE_URL_ENV", "DEFAULT_TIMEOUT", "EU_SERVER", "GLOBAL_SERVER",
    "RetryPolicy",
    "RateLimit", "FileNonce", "MillisecondNonce", "NonceSource",
    # operations, pages, answers, time
    "Kind", "operation_kind", "paginate", "apaginate", "unwrap", "utc_datetime", "unix_seconds",
    # errors
    "WhiteBitError", "UsageError", "CredentialsError", "InsecureTransportError",
    "RequestBodyError", "ConfigurationError", "NotExecutedError", "ApiError", "ValidationError",
    "InnerValidationError", "AuthenticationError", "NonceRejectedError", "PermissionDeniedError",
    "NotFoundError", "RateLimitError", "ServerError", "UnexpectedStatusError", "TransportError",
    "RequestTimeoutError", "MalformedResponseError", "OutcomeUnknownError",
    "AlreadyExecutedError", "resolve", "Resolution",
    # webhooks (the verifier itself is whitebit_auth.webhooks.WebhookVerifier)
    "WebhookError", "WebhookKeyError", "WebhookPayloadError", "WebhookSignatureError",
    "WebhookReplayError", "WebhookEventError",
}  # fmt: skip


def test_exported_names_are_pinned() -> None:
    assert set(whitebit_auth.__all__) == EXPORTED
    assert len(whitebit_auth.__all__) == len(EXPORTED)  # no name twice


def test_every_exported_name_is_there() -> None:
    for name in whitebit_auth.__all__:
        assert hasattr(whitebit_auth, name), name


def test_public_classes_and_functions_report_the_public_module() -> None:
    for name in whitebit_auth.__all__:
        value = getattr(whitebit_auth, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__module__ == "whitebit_auth", name


def test_internals_stay_internal() -> None:
    public = set(dir(whitebit_auth)) - {n for n in dir(whitebit_auth) if n.startswith("_")}
    modules = {n for n in public if inspect.ismodule(getattr(whitebit_auth, n))}
    assert public - modules == EXPORTED
