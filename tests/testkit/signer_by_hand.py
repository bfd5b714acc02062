"""Build signed requests by hand, from the facts alone, to probe the sandbox's edge."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

import httpx

_last = 0


def fresh_nonce() -> int:
    global _last
    _last = max(_last + 1, time.time_ns() // 1_000_000)
    return _last


def signed_request(
    path: str,
    fields: dict[str, Any] | None = None,
    *,
    key: str,
    secret: str,
    nonce: Any = None,  # an int, or anything else to see it refused
    body: bytes | None = None,
    separators: tuple[str, str] = (",", ":"),
    drop: tuple[str, ...] = (),
    **extra: Any,
) -> httpx.Request:
    data: dict[str, Any] = dict(fields or {})
    data.setdefault("request", path)
    data.setdefault("nonce", fresh_nonce() if nonce is None else nonce)
    data.update(extra)
    for name in drop:
        data.pop(name, None)
    raw = body if body is not None else json.dumps(data, separators=separators).encode()
    payload = base64.b64encode(raw).decode()
    signature = hmac.new(secret.encode(), payload.encode(), hashlib.sha512).hexdigest()
    headers = {
        "Content-Type": "application/json",
        "X-TXC-APIKEY": key,
        "X-TXC-PAYLOAD": payload,
        "X-TXC-SIGNATURE": signature,
    }
    return httpx.Request("POST", f"http://127.0.0.1{path}", headers=headers, content=raw)
