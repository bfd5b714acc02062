"""Receiving WhiteBIT's webhooks: each delivery verified, typed, deduplicated by its nonce.

    from whitebit_auth.webhooks import WebhookVerifier
    verifier = WebhookVerifier(public_key, secret)   # nonces=FileStore(...) for several workers
    event = verifier.verify(request.headers, raw_body_bytes)

``WebhookASGIApp`` and ``WebhookWSGIApp`` are the same as whole endpoints, for FastAPI or
Starlette and for Flask (no framework needed). The events are the models of
``whitebit_webhooks`` (generated from openapi/webhooks.yaml).
"""

from .._errors import (
    WebhookError,
    WebhookEventError,
    WebhookKeyError,
    WebhookPayloadError,
    WebhookReplayError,
    WebhookSignatureError,
)
from ._apps import VERIFICATION_PATH, WebhookASGIApp, WebhookWSGIApp, verification_answer
from ._verifier import KEY_HEADER, PAYLOAD_HEADER, SIGNATURE_HEADER, WebhookVerifier

__all__ = [
    "KEY_HEADER",
    "PAYLOAD_HEADER",
    "SIGNATURE_HEADER",
    "VERIFICATION_PATH",
    "WebhookASGIApp",
    "WebhookError",
    "WebhookEventError",
    "WebhookKeyError",
    "WebhookPayloadError",
    "WebhookReplayError",
    "WebhookSignatureError",
    "WebhookVerifier",
    "WebhookWSGIApp",
    "verification_answer",
]

for _name in ("WebhookASGIApp", "WebhookWSGIApp", "WebhookVerifier", "verification_answer"):
    globals()[_name].__module__ = __name__
del _name
