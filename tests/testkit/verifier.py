"""An independent reading of WhiteBIT's auth rules, built from the facts by hand.

Deliberately shares no code with whitebit_auth: a bug copied into both would pass unseen.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import httpx


class SignatureMismatch(AssertionError):
    pass


def is_compact(body: bytes) -> bool:
    """No white space outside strings."""
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in b" \t\r\n":
            return False
    return True


def verify(request: httpx.Request, api_key: str, secret: str) -> dict[str, Any]:
    """Check a request as WhiteBIT would; return its decoded body."""
    body = request.content
    payload = request.headers.get("X-TXC-PAYLOAD", "")
    if request.headers.get("X-TXC-APIKEY") != api_key:
        raise SignatureMismatch("wrong or missing X-TXC-APIKEY")
    if base64.b64decode(payload) != body:
        raise SignatureMismatch("payload is not the body that was sent")
    want = hmac.new(secret.encode(), payload.encode(), hashlib.sha512).hexdigest()
    if not hmac.compare_digest(want, request.headers.get("X-TXC-SIGNATURE", "")):
        raise SignatureMismatch("signature does not match")
    if not is_compact(body):
        raise SignatureMismatch("body is not compact JSON")
    decoded = json.loads(body)
    assert isinstance(decoded, dict)
    if decoded.get("request") != request.url.path:
        raise SignatureMismatch(f"request {decoded.get('request')!r} != path {request.url.path!r}")
    if not isinstance(decoded.get("nonce"), int):
        raise SignatureMismatch("nonce missing or not an integer")
    return decoded
