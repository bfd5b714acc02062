"""The pure core of WhiteBIT authentication: body bytes and secret in, headers out."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from decimal import Decimal
from typing import Any, NamedTuple

from ._errors import RequestBodyError

# Fields the signer adds to every body; a caller's body must not carry them already.
AUTH_FIELDS = ("request", "nonce", "nonceWindow")


class Signature(NamedTuple):
    payload: str  # X-TXC-PAYLOAD: base64 of the exact body bytes
    signature: str  # X-TXC-SIGNATURE: hex HMAC-SHA512 of the payload string


def compact_json(value: Any) -> bytes:
    """Serialise the way WhiteBIT requires: no spaces after ``,`` and ``:``, ASCII only."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=True, allow_nan=False).encode()


def sign(body: bytes, secret: bytes) -> Signature:
    payload = base64.b64encode(body)
    digest = hmac.new(secret, payload, hashlib.sha512).hexdigest()
    return Signature(payload.decode("ascii"), digest)


def _reject_constant(name: str) -> Any:
    raise RequestBodyError(f"request body holds {name}, which is not JSON")


def _find_fraction(value: Any, path: str) -> str | None:
    if isinstance(value, Decimal):
        return path or "(body)"
    if isinstance(value, dict):
        for key, item in value.items():
            found = _find_fraction(item, f"{path}.{key}" if path else str(key))
            if found:
                return found
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found = _find_fraction(item, f"{path}[{i}]")
            if found:
                return found
    return None


def parse_body(content: bytes) -> dict[str, Any]:
    """The caller's JSON object; an absent body counts as ``{}``."""
    if not content.strip():
        return {}
    try:
        # parse_float=Decimal so that no number is silently rounded through a binary float.
        body = json.loads(content, parse_float=Decimal, parse_constant=_reject_constant)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RequestBodyError(f"request body is not JSON: {exc}") from None
    if not isinstance(body, dict):
        raise RequestBodyError(
            f"request body must be a JSON object, got a JSON {type(body).__name__}"
        )
    fraction = _find_fraction(body, "")
    if fraction:
        raise RequestBodyError(
            f"request body field {fraction!r} is a fractional JSON number; WhiteBIT takes "
            'amounts as decimal strings (e.g. "10.5"), which keeps them exact'
        )
    for field in AUTH_FIELDS:
        if field in body:
            raise RequestBodyError(
                f"request body already has {field!r}; the signer sets it, leave it out"
            )
    return body


def signed_body(
    content: bytes, request_path: str, nonce: int, *, nonce_window: bool = False
) -> bytes:
    """The exact bytes to send: the caller's fields plus ``request``, ``nonce`` (and window)."""
    body = parse_body(content)
    body["request"] = request_path
    body["nonce"] = nonce
    if nonce_window:
        body["nonceWindow"] = True
    return compact_json(body)
