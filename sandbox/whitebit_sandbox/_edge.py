"""The auth edge: checks each request the way WhiteBIT does, with WhiteBIT's messages."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from typing import Any, TypeAlias

from ._config import ApiKey

# Case-insensitive header lookups: httpx.Headers in process, http.server's Message on a socket.
Headers: TypeAlias = Mapping[str, str] | Message

UNAUTHORIZED_KEY = "This action is unauthorized. Enable your key in API settings"
NO_PERMISSION = (
    "You don't have permission to use this endpoint. Please contact support for more details"
)


class EdgeError(Exception):
    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: int = 0,
        errors: dict[str, list[str]] | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors
        super().__init__(f"{status} {message}")

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.errors:
            out["errors"] = self.errors
        return out


def is_compact(body: bytes) -> bool:
    """True when no white space stands outside JSON strings."""
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in b" \t\r\n":
            return False
    return True


def parse_nonce(value: object) -> int:
    """An integer, or a JSON string of digits as ccxt sends it (WhiteBIT accepts both)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    raise EdgeError(400, "Validation failed", errors={"nonce": ["The nonce must be an integer."]})


@dataclass
class NonceBook:
    """Per key: the last nonce (strict mode) and the nonces seen in the window (window mode)."""

    last: dict[str, int] = field(default_factory=dict)
    seen_in_window: dict[str, dict[int, None]] = field(default_factory=dict)

    def check(self, key: str, nonce: int, window: bool, now_ms: int, window_ms: int) -> None:
        if window:
            if abs(nonce - now_ms) > window_ms:
                raise EdgeError(
                    401, "Your nonce is more than 5 seconds lesser than the current nonce"
                )
            seen = self.seen_in_window.setdefault(key, {})
            for old in [n for n in seen if n < now_ms - window_ms]:
                del seen[old]  # outside the window it would be rejected anyway
            if nonce in seen:
                raise EdgeError(401, "Too many requests.")
            seen[nonce] = None
            self.last[key] = max(self.last.get(key, 0), nonce)
            return
        if nonce <= self.last.get(key, 0):
            raise EdgeError(401, "Too many requests.")
        self.last[key] = nonce


@dataclass
class Authenticator:
    keys: Callable[[str], ApiKey | None]  # the key's record, None if there is none
    clock_ms: Callable[[], int]
    window_ms: int = 5_000
    nonces: NonceBook = field(default_factory=NonceBook)

    def authenticate(self, path: str, headers: Headers, body: bytes) -> tuple[str, dict[str, Any]]:
        """The API key and decoded body of a request WhiteBIT would accept; else EdgeError.

        ``headers`` must be case-insensitive (httpx.Headers, email.message.Message, ...).
        """
        api_key = headers.get("X-TXC-APIKEY") or ""
        payload = headers.get("X-TXC-PAYLOAD") or ""
        signature = headers.get("X-TXC-SIGNATURE") or ""
        if not payload:
            raise EdgeError(401, "Payload not provided.")
        if not payload.isascii():
            raise EdgeError(400, "Invalid payload.", code=9)
        key = self.keys(api_key)
        if key is None or not key.enabled:
            raise EdgeError(401, UNAUTHORIZED_KEY)
        try:
            decoded = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            raise EdgeError(400, "Invalid payload.", code=9) from None
        if decoded != body:
            raise EdgeError(400, "Invalid payload.", code=9)
        expected = hmac.new(key.secret.encode(), payload.encode(), hashlib.sha512).hexdigest()
        if not signature.isascii() or not hmac.compare_digest(expected, signature):
            raise EdgeError(401, "Unauthorized request.")
        try:
            data = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            raise EdgeError(400, "Invalid payload.", code=9) from None
        if not isinstance(data, dict) or not is_compact(body):
            raise EdgeError(400, "Invalid payload.", code=9)
        if "request" not in data:
            raise EdgeError(400, "Request not provided.")
        if data["request"] != path:
            raise EdgeError(
                401,
                "Unauthorized request.",
                errors={"request": [f"The request field must be the endpoint path {path}."]},
            )
        if "nonce" not in data or data["nonce"] is None:
            raise EdgeError(400, "Nonce not provided.")
        nonce = data["nonce"] = parse_nonce(data["nonce"])  # validated as the int it stands for
        window = data.get("nonceWindow", False)
        if not isinstance(window, bool):
            raise EdgeError(400, "Invalid nonceWindow.")
        self.nonces.check(api_key, nonce, window, self.clock_ms(), self.window_ms)
        return api_key, data
